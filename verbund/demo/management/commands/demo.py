"""``verbund demo``: load the demo networks from the seeds, plus synthetic volume and logins."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from verbund.demo import seeds
from verbund.demo.loading import DEFAULT_SEED, DEFAULT_SYNTHETIC, load_demo
from verbund.demo.offerings import DEFAULT_SYNTHETIC_OFFERINGS

STATE_WORDS = {
    "up_to_date": "up to date",
    "machine": "machine-made",
    "outdated": "outdated",
    "missing": "missing",
}


class Command(BaseCommand):
    help = (
        "Load the demo networks (ALBuM Hannover, Marburg, IQ Berlin), their offerings, synthetic "
        "partners and offerings, the demo cities' postal codes and one login per role. "
        "Idempotent: a second run updates and duplicates nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--synthetic",
            type=int,
            default=DEFAULT_SYNTHETIC,
            metavar="N",
            help=f"number of synthetic organisations (default {DEFAULT_SYNTHETIC})",
        )
        parser.add_argument(
            "--offerings",
            type=int,
            default=DEFAULT_SYNTHETIC_OFFERINGS,
            metavar="N",
            help=f"number of synthetic offerings (default {DEFAULT_SYNTHETIC_OFFERINGS})",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=DEFAULT_SEED,
            metavar="S",
            help=f"Faker seed: the same seed gives the same data (default {DEFAULT_SEED})",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="load even though DEBUG is off; the demo logins share a published password",
        )

    def handle(self, *args, synthetic, offerings, seed, force, **options):
        if synthetic < 0:
            raise CommandError("--synthetic must be 0 or more.")
        if offerings < 0:
            raise CommandError("--offerings must be 0 or more.")
        if not settings.DEBUG and not force:
            # A superuser with a published password must not reach a production database by
            # accident; `make demo` runs with DEBUG on.
            raise CommandError(
                "DEBUG is off: this looks like a production database. The demo creates logins "
                f"with the published password {seeds.DEMO_PASSWORD!r}. Run with DEBUG=true, or "
                "pass --force if this database is for demonstration only."
            )
        result = load_demo(synthetic_count=synthetic, seed=seed, offering_count=offerings)
        names = ", ".join(network.short_name for network in result.networks)
        self.stdout.write(self.style.SUCCESS(f"Demo networks loaded: {names}."))
        self.stdout.write(
            f"Synthetic data: {result.synthetic.organisations} organisations, "
            f"{result.synthetic.contacts} contacts, {result.synthetic.projects} projects "
            f"(seed {seed})."
        )
        made = result.synthetic_offerings
        states = ", ".join(f"{made.states[state]} {label}" for state, label in STATE_WORDS.items())
        self.stdout.write(
            f"Offerings: {result.seed_offerings} from the seeds, {made.count} synthetic "
            f"(translations: {states}); {result.postal_codes} postal codes of the demo "
            "cities."
        )
        made = result.events
        registrations = made.registrations
        self.stdout.write(
            f"Events: {made.seed} from the seeds, {made.synthetic} synthetic past ones; "
            f"{registrations.total()} registrations ({registrations['confirmed']} confirmed, "
            f"{registrations['waiting']} waiting, {registrations['cancelled']} cancelled), "
            f"{made.checked_in} checked in."
        )
        self.stdout.write(f"\nDemo logins (password for all: {seeds.DEMO_PASSWORD}):")
        width = max(len(login.email) for login in result.logins)
        for login in result.logins:
            self.stdout.write(f"  {login.email.ljust(width)}  {login.role}")
