"""``verbund send_queued_email [--loop SECONDS]``: send the outgoing e-mail that is due, then
blank the texts of mail sent more than ``VERBUND_EMAIL_KEEP_DAYS`` days ago.

Mail is sent right after the transaction that queued it; this command sends what is left — mail
whose first attempt failed, and mail queued while sending on commit was switched off. Run it
from a timer (cron, systemd) every minute or two, or as a worker with ``--loop``. Several at once
are safe: each mail is locked while it is being sent (PostgreSQL).
"""

import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

from verbund.outbox.services import emails_deliver_due, emails_purge_sent


class Command(BaseCommand):
    help = "Send the outgoing e-mail that is due and blank the texts of old sent mail."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop",
            type=float,
            metavar="SECONDS",
            help="keep running, with this pause between rounds (a worker); stop with SIGTERM",
        )
        parser.add_argument(
            "--limit", type=int, default=100, help="at most this many mails per batch"
        )

    def handle(self, *args, loop=None, limit=100, **options):
        if loop is not None and loop <= 0:
            raise CommandError("--loop needs a pause of more than 0 seconds.")
        if limit < 1:
            raise CommandError("--limit needs at least 1.")
        stop = threading.Event()
        if loop is not None:
            # systemd stops a worker with SIGTERM: finish the mail being sent (so it is not
            # sent twice) and the round, then leave.
            signal.signal(signal.SIGTERM, lambda *_: stop.set())
        try:
            while True:
                self.round(limit, quiet=loop is not None)
                if loop is None or stop.wait(loop):
                    break
                # A worker lives for weeks; the database may have closed its connection.
                close_old_connections()
        except KeyboardInterrupt:
            pass

    def round(self, limit: int, *, quiet: bool) -> None:
        totals = {"sent": 0, "retrying": 0, "failed": 0, "skipped": 0}
        while True:
            counts = emails_deliver_due(limit=limit)
            for key, value in counts.items():
                totals[key] += value
            # A full batch that went out may have more behind it; anything else waits its turn.
            if sum(counts.values()) < limit or counts["sent"] == 0:
                break
        purged = emails_purge_sent(older_than_days=settings.VERBUND_EMAIL_KEEP_DAYS)
        if quiet and not (any(totals.values()) or purged):
            return
        self.stdout.write(
            "sent {sent}, retrying {retrying}, failed {failed}, skipped {skipped}; ".format(
                **totals
            )
            + f"texts of old sent mail blanked: {purged}"
        )
