"""Registration benchmark: many people registering for one event at the same moment.

    .venv/bin/python benchmarks/registration.py [--clients 200] [--workers 5]

Creates (or reuses) a PostgreSQL database, migrates it, and creates two public events of a
benchmark network: one with 20 seats, one with 5,000. It serves the app with gunicorn (production
settings) and starts ``--clients`` client threads in this process. Each client first opens the
event's page like a browser (for the CSRF cookie and token), then all clients wait at a barrier
and post their registrations through the public form at once: one each for the small event,
``--per-client`` each (30: 6,000 registrations) for the large one. Measured per event: the
registrations per second from the barrier to the last answer, the median and 95th percentile of
the POST latency, the answers by status, and from the database the confirmed and waiting seats
and the overbooking (confirmed seats beyond the capacity: must be 0).

Each event is run twice: with confirmation mails sent right after each commit to a local SMTP
server (aiosmtpd, in this process; Verbund's default) and with mails only queued
(``VERBUND_EMAIL_SEND_ON_COMMIT=false``, a worker sends them). Results go to
``benchmarks/results/registration.md`` and ``registration.json``, with a plot (SVG).
"""

import argparse
import http.client
import json
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import filldb  # noqa: E402
from benchmarks.finder import machine, start_server, stop_server  # noqa: E402

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/verbund_bench_registration"
RESULTS = Path(__file__).with_name("results")
NETWORK_SLUG = "bench-events"
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def parse_args(argv=None):
    cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--per-client", type=int, default=30, help="registrations per client")
    parser.add_argument("--workers", type=int, default=2 * cores + 1, help="gunicorn workers")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--no-write", action="store_true", help="print only, store nothing")
    args = parser.parse_args(argv)
    args.database_url = args.database_url or DEFAULT_DATABASE_URL
    return args


def say(message: str) -> None:
    print(message, flush=True)


def environment(args, *, smtp_port: int, send_on_commit: bool) -> dict:
    static_root = Path(tempfile.gettempdir()) / "verbund-bench-static"
    env = {
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "DATABASE_URL": args.database_url,
        "DEBUG": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-secret-key-not-for-production"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "STATIC_ROOT": str(static_root),
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "VERBUND_PUBLIC_CACHE_SECONDS": "0",
        "VERBUND_SITE_URL": "https://verbund.example.org",
        # Every client comes from 127.0.0.1: the per-address limit would stop the benchmark.
        "RATELIMIT_ENABLE": "false",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "VERBUND_EMAIL_SEND_ON_COMMIT": "true" if send_on_commit else "false",
    }
    os.environ.update(env)
    return {**os.environ, **env}


class Sink:
    """The local SMTP server the confirmations go to; counts what arrives."""

    def __init__(self):
        self.count = 0
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self._lock:
            self.count += 1
        return "250 OK"


def start_sink():
    import socket

    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    return sink, controller, port


def prepare() -> None:
    import django
    from django.core.management import call_command

    django.setup()
    say("Migrating…")
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def fresh_event(capacity: int) -> tuple[str, int]:
    """A published public event with ``capacity`` seats and no registrations; its page path."""
    from django.urls import reverse
    from django.utils import timezone, translation

    from verbund.events.choices import EventKind, EventStatus
    from verbund.events.models import Event, EventText
    from verbund.network.models import Membership, MembershipRole, Network, Organisation

    network, _created = Network.objects.get_or_create(
        slug=NETWORK_SLUG, defaults={"name": "Benchmark events", "short_name": "Bench"}
    )
    organiser, _created = Organisation.objects.get_or_create(
        name="Benchmark organiser", defaults={"kind": "migrant_organisation"}
    )
    Membership.objects.get_or_create(
        network=network,
        organisation=organiser,
        defaults={"role": MembershipRole.MEMBER},
    )
    starts = timezone.now() + timezone.timedelta(days=60)
    event = Event.objects.create(
        network=network,
        kind=EventKind.PUBLIC_FORUM,
        status=EventStatus.PUBLISHED,
        title=f"Benchmark forum for {capacity}",
        starts_at=starts,
        ends_at=starts + timezone.timedelta(hours=3),
        venue="Rathaus",
        city="Hannover",
        capacity=capacity,
    )
    event.organisers.add(organiser)
    EventText.objects.create(event=event, language="de", title=event.title, summary="Benchmark")
    with translation.override("de"):
        path = reverse("public:event_detail", kwargs={"network": network.slug, "event": event.pk})
    return path, event.pk


class Client:
    """One person at a browser: a keep-alive connection, the CSRF cookie, the form's token."""

    def __init__(self, port: int, page: str):
        self.port = port
        self.page = page
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.cookie = ""
        self.token = ""

    def headers(self) -> dict:
        # As behind the TLS proxy of a deployment; the CSRF check wants a same-origin referer.
        return {
            "X-Forwarded-Proto": "https",
            "Host": f"127.0.0.1:{self.port}",
            "Referer": f"https://127.0.0.1:{self.port}{self.page}",
            "Accept-Language": "de",
            "Cookie": self.cookie,
        }

    def open_page(self) -> None:
        self.connection.request("GET", self.page, headers=self.headers())
        response = self.connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        if response.status != 200:
            raise SystemExit(f"The event page answered {response.status}.")
        cookie = response.getheader("Set-Cookie") or ""
        self.cookie = cookie.split(";", 1)[0]
        found = CSRF_INPUT.search(body)
        if not found:
            raise SystemExit("The event page has no registration form with a CSRF token.")
        self.token = found.group(1)

    def register(self, path: str, email: str) -> tuple[int, float]:
        body = urlencode(
            {
                "csrfmiddlewaretoken": self.token,
                "name": "Bench Person",
                "email": email,
                "seats": "1",
                "consent": "on",
            }
        )
        headers = {**self.headers(), "Content-Type": "application/x-www-form-urlencoded"}
        started = time.perf_counter()
        self.connection.request("POST", path, body=body, headers=headers)
        response = self.connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started


def run(args, *, capacity: int, clients: int, per_client: int, page: str, event_id: int) -> dict:
    from django.urls import reverse
    from django.utils import translation

    with translation.override("de"):
        post_path = reverse(
            "public:event_register", kwargs={"network": NETWORK_SLUG, "event": event_id}
        )
    clients = [Client(args.port, page) for _ in range(clients)]
    for client in clients:
        client.open_page()
    barrier = threading.Barrier(len(clients) + 1)
    latencies, statuses, failures = [], {}, []
    lock = threading.Lock()

    def person(number: int, client: Client):
        barrier.wait()
        for round_ in range(per_client):
            try:
                status, seconds = client.register(
                    post_path, f"bench-{event_id}-{number}-{round_}@example.org"
                )
            except (OSError, http.client.HTTPException) as error:
                with lock:
                    failures.append(type(error).__name__)
                continue
            with lock:
                latencies.append(seconds)
                statuses[status] = statuses.get(status, 0) + 1

    threads = [
        threading.Thread(target=person, args=(number, client))
        for number, client in enumerate(clients)
    ]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    return {
        "wall_s": wall,
        "requests": len(latencies),
        "statuses": statuses,
        "failures": failures,
        "per_second": len(latencies) / wall if wall else 0.0,
        "p50_ms": statistics.median(latencies) * 1000 if latencies else None,
        "p95_ms": statistics.quantiles(latencies, n=20)[18] * 1000 if len(latencies) > 1 else None,
        **seats(event_id, capacity),
    }


def seats(event_id: int, capacity: int) -> dict:
    from django.db.models import Sum

    from verbund.events.models import Registration

    rows = Registration.objects.filter(event_id=event_id)
    confirmed = rows.filter(status="confirmed").aggregate(n=Sum("seats", default=0))["n"]
    waiting = rows.filter(status="waiting").aggregate(n=Sum("seats", default=0))["n"]
    return {
        "capacity": capacity,
        "confirmed": confirmed,
        "waiting": waiting,
        "overbooked": max(confirmed - capacity, 0),
    }


def table(results: list[dict]) -> str:
    header = (
        "| event | clients | mail | registrations | per second | p50 | p95 | answers | confirmed | "
        "waiting | overbooked |\n|---|---|---|---|---|---|---|---|---|---|---|"
    )
    lines = [header]
    for result in results:
        answers = ", ".join(
            f"{count}× {status}" for status, count in sorted(result["statuses"].items())
        )
        if result["failures"]:
            answers += f", {len(result['failures'])} failed"
        lines.append(
            f"| {result['capacity']:,} seats | {result['clients']} | {result['mail']} | "
            f"{result['requests']:,} | "
            f"{result['per_second']:.0f} | {result['p50_ms']:.0f} ms | {result['p95_ms']:.0f} ms | "
            f"{answers} | {result['confirmed']:,} | {result['waiting']:,} | "
            f"**{result['overbooked']}** |"
        )
    return "\n".join(lines)


def svg(results: list[dict]) -> str:
    """Bars of registrations per second, one per run, labelled with the p95 latency."""
    width, bar, gap, left, top = 720, 28, 14, 290, 40
    height = top + len(results) * (bar + gap) + 30
    most = max(r["per_second"] for r in results) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        'font-family="sans-serif" font-size="13">',
        '<text x="10" y="22" font-size="15">Registrations per second (p95 latency)</text>',
    ]
    for index, result in enumerate(results):
        y = top + index * (bar + gap)
        length = (width - left - 90) * result["per_second"] / most
        label = f"{result['capacity']:,} seats, {result['clients']} cl., {result['mail']}"
        parts += [
            f'<text x="10" y="{y + bar * 0.7}">{label}</text>',
            f'<rect x="{left}" y="{y}" width="{length:.1f}" height="{bar}" fill="#2b6cb0"/>',
            f'<text x="{left + length + 6:.1f}" y="{y + bar * 0.7}">'
            f"{result['per_second']:.0f}/s · {result['p95_ms']:.0f} ms</text>",
        ]
    parts.append("</svg>")
    return "\n".join(parts)


def main(argv=None) -> int:
    args = parse_args(argv)
    filldb.ensure_database(args.database_url)
    sink, controller, smtp_port = start_sink()
    results = []
    try:
        for send_on_commit in (True, False):
            env = environment(args, smtp_port=smtp_port, send_on_commit=send_on_commit)
            if not results:
                prepare()
            mode = "sent after commit" if send_on_commit else "queued"
            server = start_server(args, env)
            try:
                # The last run is one client alone: what a registration costs without a queue.
                for capacity, clients, per_client in (
                    (20, args.clients, 1),
                    (5000, args.clients, args.per_client),
                    (5000, 1, 50),
                ):
                    page, event_id = fresh_event(capacity)
                    arrived_before = sink.count
                    say(
                        f"{clients} clients × {per_client} registrations, {capacity} seats, "
                        f"mail {mode}…"
                    )
                    result = run(
                        args,
                        capacity=capacity,
                        clients=clients,
                        per_client=per_client,
                        page=page,
                        event_id=event_id,
                    )
                    result.update(
                        mail=mode,
                        clients=clients,
                        per_client=per_client,
                        mails_arrived=sink.count - arrived_before,
                    )
                    say(
                        f"  {result['per_second']:.0f}/s, p95 {result['p95_ms']:.0f} ms, "
                        f"confirmed {result['confirmed']}, waiting {result['waiting']}, "
                        f"overbooked {result['overbooked']}, mails {result['mails_arrived']}"
                    )
                    results.append(result)
            finally:
                stop_server(server)
    finally:
        controller.stop()
    report = table(results)
    print()
    print(report)
    if not args.no_write:
        RESULTS.mkdir(exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        about = machine_line()
        (RESULTS / "registration.json").write_text(
            json.dumps({"when": stamp, "machine": about, "runs": results}, indent=2)
        )
        (RESULTS / "registration.svg").write_text(svg(results))
        (RESULTS / "registration.md").write_text(
            f"# Registration under load\n\n{stamp}; {about}; {args.workers} gunicorn sync workers; "
            f"{args.clients} client threads in one process on the same machine.\n\n{report}\n\n"
            "![registrations per second](registration.svg)\n"
        )
    return 0 if all(r["overbooked"] == 0 for r in results) else 1


def machine_line() -> str:
    try:
        facts = machine(argparse.Namespace())
    except Exception:
        import platform

        return f"{os.cpu_count()} cores, Python {platform.python_version()}"
    return (
        f"{facts['cpu']}, {facts['cores']} cores, {facts['postgres']}, Django {facts['django']}, "
        f"gunicorn {facts['gunicorn']}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
