"""Blank the personal data of registrations a set time after their event (run daily)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from verbund.events.services import registrations_anonymise


class Command(BaseCommand):
    help = (
        "Anonymise registrations of events that ended more than VERBUND_REGISTRATION_KEEP_DAYS "
        "days ago; attendance and organisations stay for the figures."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="keep registrations this many days after the event (default: the setting)",
        )

    def handle(self, *args, days=None, **options):
        days = settings.VERBUND_REGISTRATION_KEEP_DAYS if days is None else days
        if days < 0:
            raise CommandError("--days must not be negative.")
        count = registrations_anonymise(ended_before=timezone.now() - datetime.timedelta(days=days))
        self.stdout.write(f"{count} registrations anonymised.")
