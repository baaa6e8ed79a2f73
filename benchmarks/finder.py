"""Finder benchmark: throughput and latency of the public finder under load, against the floor.

    .venv/bin/python benchmarks/finder.py [--offerings 20000] [--duration 15]

Creates (or reuses) a PostgreSQL database, migrates it, fills one public network with
``--offerings`` published offerings of ``--organisations`` providers with texts in all eight
languages, serves the app with gunicorn and loads it from a second process, wrk, with
``--connections`` concurrent connections. Measured per URL: the search page with a query, a
filtered search (kind + level + near a postal code), a detail page, the API list, and a trivial
view of the same server (the floor, measured before and after the others). Prints a table and
stores the run in ``benchmarks/results/`` (JSON, SVG, and ``finder.md`` with every size run).
See ``benchmarks/README.md``.
"""

import argparse
import fcntl
import itertools
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import filldb, report  # noqa: E402

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/verbund_bench"
LUA = Path(__file__).with_name("wrk_paths.lua")
RESULTS = Path(__file__).with_name("results")
# Forty searches as people type them: single words and compounds, two words, words with a
# filter, and searches on the pages in other languages (searched in that language and German).
SEARCHES = (
    ("de", "Sprachkurs"),
    ("de", "Beratung"),
    ("de", "Deutsch"),
    ("de", "Bewerbung"),
    ("de", "Hausaufgaben"),
    ("de", "Pflege"),
    ("de", "Elterncafé"),
    ("de", "Computer"),
    ("de", "Integrationskurs"),
    ("de", "Ausbildung"),
    ("de", "Qualifizierung"),
    ("de", "Kinderbetreuung"),
    ("de", "Berufssprachkurs B2"),
    ("de", "Sprachcafé"),
    ("de", "Anerkennung"),
    ("de", "Migrationsberatung"),
    ("de", "Logistik"),
    ("de", "Handwerk Technik"),
    ("de", "Büro und Verwaltung"),
    ("de", "Berufsorientierung"),
    ("de", "interkulturell"),
    ("de", "PC Kurs"),
    ("de", "Fachsprachkurs Pflege"),
    ("de", "Einstufungstest"),
    ("de", "Jobcenter"),
    ("de", "Schulkinder"),
    ("de", "Deutsch Pflege"),
    ("de", "Linden"),
    ("de", "Deutsch&kind=language_course"),
    ("de", "Beratung&free=on"),
    ("de", "Sprachkurs&level=B1"),
    ("de", "Kurs&childcare=on"),
    ("en", "German course"),
    ("en", "counselling"),
    ("en", "homework"),
    ("tr", "Almanca"),
    ("tr", "danışmanlık"),
    ("ar", "دورة"),
    ("uk", "курс"),
    ("de-simple", "Kurs"),
)
NEAR = ("30159", "30451", "30165", "30171", "30625", "30459", "30419", "30539")
LEVELS = ("A1", "A2", "B1", "B2")
# Forty filter combinations: kind, level and distance as before, and the other filters people
# use (language spoken, free, childcare, evenings, district, field of action, age).
FILTERS = (
    *(
        f"kind=language_course&level={level}&near={code}&radius=5"
        for index, (level, code) in enumerate(itertools.product(LEVELS, NEAR))
        if index % 2 == 0
    ),
    *(f"kind=counselling&near={code}&radius=2" for code in NEAR[:4]),
    *(f"kind=learning_support&near={code}&radius=10" for code in NEAR[4:]),
    "kind=counselling&language=ar",
    "kind=counselling&language=uk&free=on",
    "kind=language_course&schedule=evening",
    "kind=language_course&schedule=part_time&childcare=on",
    "kind=seminar&free=on",
    "kind=coaching&age=25",
    "kind=career_orientation&age=15",
    "kind=vocational_qualification&near=30159&radius=25",
    "language=tr&near=30451&radius=5",
    "language=fa&free=on",
    "free=on&childcare=on&near=30165&radius=5",
    "level=A2&level=B1",
    "district=Linden-S%C3%BCd",
    "district=Mitte&kind=language_course",
    "{field}",
    "{field}&{group}",
)
# Behind the TLS-terminating proxy of a deployment every request arrives with this header; the
# production settings redirect plain http otherwise.
PROXY_HEADER = ("X-Forwarded-Proto", "https")


@dataclass(frozen=True)
class Scenario:
    key: str
    label: str
    paths: list[str]
    # A pattern the first answer must contain, so that an empty result or an error page is not
    # measured as if it were the finder.
    expect: str


def parse_args(argv=None):
    cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--offerings", type=int, default=20_000)
    parser.add_argument("--organisations", type=int, default=50)
    parser.add_argument("--duration", type=int, default=15, help="seconds measured per URL")
    parser.add_argument("--warmup", type=int, default=5, help="seconds of warm-up per URL")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=min(4, cores), help="wrk threads")
    parser.add_argument("--workers", type=int, default=2 * cores + 1, help="gunicorn workers")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--refill", action="store_true", help="replace the benchmark network's data"
    )
    parser.add_argument("--no-write", action="store_true", help="print only, store nothing")
    parser.add_argument(
        "--cache",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="serve with the public page cache (Redis at --cache-url) or without it (default)",
    )
    parser.add_argument("--cache-url", default="redis://127.0.0.1:6379/1")
    parser.add_argument(
        "--cache-seconds", type=int, default=60, help="VERBUND_PUBLIC_CACHE_SECONDS with --cache"
    )
    args = parser.parse_args(argv)
    args.database_url = args.database_url or DEFAULT_DATABASE_URL
    return args


def say(message: str) -> None:
    print(message, flush=True)


def configure(args) -> dict:
    """The environment of this process and of the server: production settings, bench URLs."""
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
        # The page cache: Redis shared by the workers, or switched off (0).
        "VERBUND_PUBLIC_CACHE_SECONDS": str(args.cache_seconds if args.cache else 0),
        "CACHE_URL": args.cache_url if args.cache else "",
    }
    os.environ.update(env)
    return {**os.environ, **env}


def prepare(args) -> dict:
    created = filldb.ensure_database(args.database_url)
    import django
    from django.core.management import call_command

    django.setup()
    say("Migrating…")
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    existing = filldb.existing_offerings()
    ours = args.database_url == DEFAULT_DATABASE_URL
    if existing == args.offerings and not args.refill:
        say(f"Reusing the {existing} offerings already in the database; vacuuming…")
        filldb.maintain()
        return {}
    if existing is not None:
        if not (args.refill or ours or created):
            raise SystemExit(
                f"The database holds a benchmark network with {existing} offerings, not "
                f"{args.offerings}; pass --refill to replace it (only its own rows go)."
            )
        say(f"Removing the benchmark network's {existing} offerings…")
        filldb.remove()
    say(f"Filling {args.offerings} offerings of {args.organisations} organisations…")
    stats = filldb.fill(count=args.offerings, organisations=args.organisations, say=say)
    say(
        f"Filled in {stats['total_s']:.0f} s ({stats['texts']} texts; search documents "
        f"{stats['refresh_documents_s']:.0f} s)."
    )
    return stats


def scenarios() -> list[Scenario]:
    import random

    from django.urls import reverse
    from django.utils import translation

    from verbund.network.models import Network
    from verbund.offers.models import Offering

    network = Network.objects.get(slug=filldb.NETWORK_SLUG)
    ids = list(Offering.objects.public().shown_in(network).values_list("pk", flat=True))
    sample = random.Random(1).sample(ids, min(len(ids), 2000))
    listings = {}
    for language in {language for language, _words in SEARCHES}:
        with translation.override(language):
            listings[language] = reverse("public:offering_list", kwargs={"network": network.slug})
    listing = listings["de"]
    with translation.override("de"):
        details = [
            reverse("public:offering_detail", kwargs={"network": network.slug, "offering": pk})
            for pk in sample
        ]
    field = network.fields_of_action.order_by("position", "name").first()
    group = network.target_groups.order_by("position", "name").first()
    vocabulary = {"field": f"field={field.pk}", "group": f"group={group.pk}"}
    result_link = r"/offerings/\d+/"
    api = f"/api/networks/{network.slug}/offerings/"
    api_paths = [
        f"{api}?lang={language}&offset={offset}"
        for offset, language in zip(
            range(0, 1500, 50), ("de", "de", "en", "ar", "tr", "uk") * 5, strict=True
        )
    ]
    api_paths[0] = api
    api_paths += [f"{api}?q={quote(words)}" for _language, words in SEARCHES[:5]]
    api_paths += [f"{api}?{combination}" for combination in FILTERS[:5]]
    return [
        Scenario("floor", "trivial view (floor)", ["/bench/floor/"], "ok"),
        Scenario(
            "search",
            "search page ?q=…",
            [f"{listings[language]}?q={quote(words, safe='&=')}" for language, words in SEARCHES],
            result_link,
        ),
        Scenario(
            "filtered",
            "filtered: kind, level, near, …",
            [f"{listing}?{combination.format(**vocabulary)}" for combination in FILTERS],
            result_link,
        ),
        Scenario("detail", "detail page", details, r"<h1"),
        Scenario("api", "API list", api_paths, r'"results":\[\{'),
    ]


def base_url(args) -> str:
    return f"http://127.0.0.1:{args.port}"


def fetch(url: str) -> tuple[int, str]:
    # Only ever http://127.0.0.1 and the benchmark's own paths.
    request = urllib.request.Request(url, headers=dict([PROXY_HEADER]))  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def start_server(args, env) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "verbund.wsgi:application",
        "--bind",
        f"127.0.0.1:{args.port}",
        "--workers",
        str(args.workers),
        "--worker-class",
        "sync",
        "--timeout",
        "60",
        "--log-level",
        "warning",
    ]
    # A group of its own, so that stopping it ends the master and every worker.
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)  # noqa: S603
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn stopped while starting; see its output above.")
        try:
            if fetch(base_url(args) + "/bench/floor/")[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.3)
    stop_server(server)
    raise SystemExit("gunicorn did not answer within a minute.")


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        # The master stops its workers gracefully; the group is killed only if that hangs.
        os.kill(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def cpu_snapshot(server: subprocess.Popen, database: str) -> dict:
    """CPU ticks used so far per process: gunicorn's master and workers (its process group) and
    the PostgreSQL backends serving ``database``; and the whole machine's busy ticks."""
    server_ticks, database_ticks = {}, {}
    backend = f" {database} "
    for process in Path("/proc").glob("[0-9]*"):
        try:
            fields = (process / "stat").read_text().rsplit(")", 1)[1].split()
            # After the command name: state, ppid, pgrp, …, utime (14th field), stime (15th).
            used = int(fields[11]) + int(fields[12])
            if int(fields[2]) == server.pid:
                server_ticks[process.name] = used
            elif backend in (process / "cmdline").read_text():
                database_ticks[process.name] = used
        except (OSError, IndexError, ValueError):
            continue  # a process that ended meanwhile
    # First line of /proc/stat: user nice system idle iowait irq softirq steal …
    times = [int(value) for value in Path("/proc/stat").read_text().split("\n")[0].split()[1:9]]
    return {
        "server": server_ticks,
        "database": database_ticks,
        "machine": sum(times) - times[3] - times[4],
    }


def cpu_used(before: dict, after: dict) -> dict[str, float]:
    """Seconds of CPU between two snapshots. A process that ended in between (a database
    connection recycled after its maximum age) is missed for its last moments: an
    underestimate, never a negative figure."""
    ticks = os.sysconf("SC_CLK_TCK")
    used = {
        name: sum(max(0, count - before[name].get(pid, 0)) for pid, count in after[name].items())
        for name in ("server", "database")
    }
    return {
        **{k: v / ticks for k, v in used.items()},
        "machine": (after["machine"] - before["machine"]) / ticks,
    }


def check(args, scenario: Scenario) -> None:
    """Every address of the list (the first 40 of a long one) must answer 200 with results."""
    for path in scenario.paths[:40]:
        status, body = fetch(base_url(args) + path)
        if status != 200 or not re.search(scenario.expect, body):
            raise SystemExit(
                f"{scenario.label}: {path} answered {status} without {scenario.expect!r}; "
                f"not measuring an error page. First characters:\n{body[:600]}"
            )


def alone(args, scenario: Scenario, count: int = 20) -> float:
    """Median milliseconds of ``count`` requests one after the other: a page's own cost,
    without the queueing that concurrent connections add."""
    import random
    import statistics

    paths = random.Random(2).choices(scenario.paths, k=count)
    timings = []
    for path in paths:
        started = time.perf_counter()
        fetch(base_url(args) + path)
        timings.append(1000 * (time.perf_counter() - started))
    return statistics.median(timings)


def run_wrk(args, wrk: str, scenario: Scenario, seconds: int, server, database: str) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".paths", delete=False) as handle:
        handle.write("\n".join(scenario.paths) + "\n")
        paths_file = handle.name
    command = [
        wrk,
        "--threads",
        str(args.threads),
        "--connections",
        str(args.connections),
        "--duration",
        f"{seconds}s",
        "--timeout",
        "10s",
        "--header",
        f"{PROXY_HEADER[0]}: {PROXY_HEADER[1]}",
        "--script",
        str(LUA),
        base_url(args),
        "--",
        paths_file,
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_before = cpu_snapshot(server, database)
    started = time.monotonic()
    try:
        completed = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    finally:
        os.unlink(paths_file)
    wall = time.monotonic() - started
    cpu = cpu_used(cpu_before, cpu_snapshot(server, database))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = json.loads(completed.stdout.strip().splitlines()[-1])
    seconds_measured = figures["duration_us"] / 1e6
    errors = sum(figures[k] for k in ("connect", "read", "write", "status", "timeout"))
    loadgen = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "key": scenario.key,
        "label": scenario.label,
        "example": scenario.paths[0],
        "paths": len(scenario.paths),
        "requests": figures["requests"],
        "rps": figures["requests"] / seconds_measured,
        "p50_ms": figures["p50_us"] / 1000,
        "p95_ms": figures["p95_us"] / 1000,
        "p99_ms": figures["p99_us"] / 1000,
        "errors": errors,
        "error_kinds": {k: figures[k] for k in ("connect", "read", "write", "status", "timeout")},
        # Percent of one core; the machine has os.cpu_count() of them. "Other" is what the
        # rest of the machine used meanwhile: other programs competing for the same cores.
        "server_cpu": 100 * cpu["server"] / wall,
        "db_cpu": 100 * cpu["database"] / wall,
        "loadgen_cpu": 100 * loadgen / wall,
        "other_cpu": max(
            0.0, 100 * (cpu["machine"] - cpu["server"] - cpu["database"] - loadgen) / wall
        ),
    }


def machine(args) -> dict:
    import django
    import gunicorn
    from django.db import connection

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    memory_kb = int(Path("/proc/meminfo").read_text().split()[1])
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = f"PostgreSQL {cursor.fetchone()[0].split()[0]}"
    wrk_version = (
        subprocess.run(  # noqa: S603
            [shutil.which("wrk"), "--version"], capture_output=True, text=True, check=False
        )
        .stdout.split("[")[0]
        .strip()
    )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_average": Path("/proc/loadavg").read_text().split()[:3],
        "memory_gb": round(memory_kb / 1024 / 1024),
        "os": platform.platform(terse=True),
        "python": platform.python_version(),
        "django": django.get_version(),
        "gunicorn": gunicorn.__version__,
        "postgres": postgres,
        "wrk": wrk_version or "wrk",
    }


def exclusive(args):
    """Hold a machine-wide lock for the run, and make sure the port is free: two benchmarks at
    once would load each other's server and share the static files directory, and both would
    publish figures of neither."""
    lock = open(Path(tempfile.gettempdir()) / "verbund-finder-benchmark.lock", "w")  # noqa: SIM115
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise SystemExit("Another finder benchmark is running on this machine; wait.") from None
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", args.port)) == 0:
            raise SystemExit(f"Something already listens on 127.0.0.1:{args.port}; use --port.")
    return lock


def main(argv=None) -> int:
    args = parse_args(argv)
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    lock = exclusive(args)  # noqa: F841 (held until the process ends)
    env = configure(args)
    fill_stats = prepare(args)
    plan = scenarios()
    from django.db import connections

    from verbund.offers.models import OfferingText

    texts = OfferingText.objects.filter(offering__networks__slug=filldb.NETWORK_SLUG).count()
    described = machine(args)
    database = connections["default"].settings_dict["NAME"]
    connections.close_all()

    mode = "page cache on" if args.cache else "page cache off"
    say(f"Serving with gunicorn, {args.workers} workers, on port {args.port}, {mode}…")
    server = start_server(args, env)
    runs = []
    try:
        for scenario in plan:
            check(args, scenario)
        if args.cache:
            # The checks filled the cache; every run starts from an empty one.
            from django.core.cache import cache

            cache.clear()
        # Without the cache: each page's own cost before the load. With it: after the load,
        # when the cache holds what the load asked for (the cost a visitor mostly meets).
        sequential = {} if args.cache else {s.key: alone(args, s) for s in plan}
        floor_scenario = plan[0]
        for scenario in [*plan, floor_scenario]:
            say(f"{scenario.label}: warm-up {args.warmup} s, then {args.duration} s…")
            run_wrk(args, wrk, scenario, args.warmup, server, database)
            runs.append(run_wrk(args, wrk, scenario, args.duration, server, database))
            if scenario.key not in sequential:
                sequential[scenario.key] = alone(args, scenario)
            runs[-1]["alone_ms"] = sequential[scenario.key]
    finally:
        stop_server(server)

    floors = [run for run in runs if run["key"] == "floor"]
    floor = {
        **floors[0],
        "rps": sum(run["rps"] for run in floors) / len(floors),
        "p50_ms": max(run["p50_ms"] for run in floors),
        "p95_ms": max(run["p95_ms"] for run in floors),
        "errors": sum(run["errors"] for run in floors),
        **{
            name: sum(run[name] for run in floors) / len(floors)
            for name in ("server_cpu", "db_cpu", "loadgen_cpu", "other_cpu")
        },
    }
    result = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": described,
        "settings": {
            "offerings": args.offerings,
            "organisations": args.organisations,
            "languages": 8,
            "texts": texts,
            "workers": args.workers,
            "connections": args.connections,
            "threads": args.threads,
            "duration": args.duration,
            "warmup": args.warmup,
            "floor_before": floors[0]["rps"],
            "floor_after": floors[-1]["rps"],
            "cache": args.cache,
            "cache_seconds": args.cache_seconds if args.cache else 0,
        },
        "fill": fill_stats,
        "floor_rps": floor["rps"],
        "runs": [floor, *[run for run in runs if run["key"] != "floor"]],
    }
    say("")
    say(report.text_table(result))
    for note in report.verdict(result):
        say(f"  {note}")
    if not args.no_write:
        page, plot = report.write(result, RESULTS)
        say(f"\nWritten: {page.relative_to(ROOT)}, {plot.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
