"""The finder benchmark's data: one public network in Hannover with its organisations and
thousands of published offerings, each with texts in all eight public languages.

The offerings are the demo's synthetic kinds (``verbund.demo.offering_templates``), written in
bulk in batches; the search documents are rebuilt once at the end with one
``refresh_documents`` and the tables vacuumed and analysed (``maintain``), so the planner sees
the real sizes.
Call ``django.setup()`` before anything but ``ensure_database``.
"""

import datetime
import random
import time

NETWORK_SLUG = "bench"
BATCH = 2500
ORGANISATION_KINDS = (
    "migrant_organisation",
    "education_provider",
    "adult_education_centre",
    "welfare_association",
    "other_ngo",
    "company",
)
NAMES = {
    "migrant_organisation": "Interkultureller Verein {district} e.V.",
    "education_provider": "Bildungswerk {last} gGmbH",
    "adult_education_centre": "Volkshochschule {district}",
    "welfare_association": "Sozialwerk {district} e.V.",
    "other_ngo": "Initiative Willkommen {last} e.V.",
    "company": "{last} Logistik GmbH",
}


def ensure_database(url: str) -> bool:
    """Create the PostgreSQL database ``url`` names unless it exists; True if it was created."""
    import dj_database_url
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(url)
    if "postgresql" not in config["ENGINE"]:
        raise SystemExit(f"The finder benchmark measures PostgreSQL; {url!r} is not.")
    params = {
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "dbname": "postgres",
    }
    with psycopg.connect(
        **{k: v for k, v in params.items() if v is not None}, autocommit=True
    ) as connection:
        name = config["NAME"]
        known = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if known.fetchone():
            return False
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return True


def existing_offerings() -> int | None:
    """Published offerings of the benchmark network, or None if there is no such network."""
    from verbund.network.models import Network
    from verbund.offers.models import Offering

    network = Network.objects.filter(slug=NETWORK_SLUG).first()
    if network is None:
        return None
    return Offering.objects.public().shown_in(network).count()


def remove() -> None:
    """Delete the benchmark network and everything in it (nothing else)."""
    from verbund.network.models import Network, Organisation
    from verbund.offers.models import Offering

    network = Network.objects.filter(slug=NETWORK_SLUG).first()
    if network is None:
        return
    organisations = Organisation.objects.filter(memberships__network=network, is_synthetic=True)
    Offering.objects.filter(provider__in=organisations).delete()
    organisations.delete()
    network.delete()


def _organisations(network, count: int, rng: random.Random, fake) -> list:
    from verbund.demo import places
    from verbund.network.models import Membership, Organisation

    organisations = []
    for index in range(count):
        kind = ORGANISATION_KINDS[index % len(ORGANISATION_KINDS)]
        home = rng.choice(places.HANNOVER)
        name = NAMES[kind].format(district=home.name, last=fake.last_name())
        organisations.append(
            Organisation(
                name=f"{name} ({index + 1})",
                kind=kind,
                street=f"{fake.street_name()} {rng.randint(1, 120)}",
                postal_code=home.postal_code,
                city="Hannover",
                latitude=home.latitude,
                longitude=home.longitude,
                email=f"info@bench-{index + 1}.example",
                description="Synthetische Daten für den Finder-Benchmark.",
                is_synthetic=True,
            )
        )
    Organisation.objects.bulk_create(organisations)
    Membership.objects.bulk_create(
        Membership(
            network=network,
            organisation=organisation,
            role="member",
            started_on=datetime.date(2020, 1, 1),
        )
        for organisation in organisations
    )
    return organisations


def fill(*, count: int, organisations: int, seed: int = 2026, say=print) -> dict:
    """Write the network, ``organisations`` providers and ``count`` published offerings."""
    from django.db import transaction
    from faker import Faker

    from verbund.demo import offering_templates, places
    from verbund.demo.offerings import PlannedOffering, write_synthetic_offerings
    from verbund.demo.places import load_postal_codes
    from verbund.demo.seeds import ALBUM_FIELDS_OF_ACTION, ALBUM_TARGET_GROUPS
    from verbund.network.models import FieldOfAction, Network, TargetGroup
    from verbund.offers import search
    from verbund.offers.choices import OfferingStatus
    from verbund.offers.models import OfferingText

    rng = random.Random(seed)
    fake = Faker("de_DE")
    fake.seed_instance(seed)
    anchor = datetime.date.today().replace(day=1)
    timings = {}
    started = time.monotonic()
    with transaction.atomic():
        load_postal_codes()
        network = Network.objects.create(
            slug=NETWORK_SLUG,
            name="Benchmark-Netzwerk Hannover",
            short_name="Benchmark",
            region="Hannover",
            description="Synthetische Daten für den Finder-Benchmark.",
            is_public=True,
        )
        fields = FieldOfAction.objects.bulk_create(
            FieldOfAction(network=network, name=name, position=position)
            for position, name in enumerate(ALBUM_FIELDS_OF_ACTION, start=1)
        )
        groups = TargetGroup.objects.bulk_create(
            TargetGroup(network=network, name=name, description=text, position=position)
            for position, (name, text) in enumerate(ALBUM_TARGET_GROUPS, start=1)
        )
        providers = _organisations(network, organisations, rng, fake)
        versions = dict.fromkeys(offering_templates.LANGUAGES, (1, 1, False))
        for start in range(0, count, BATCH):
            planned = []
            for index in range(start, min(start + BATCH, count)):
                provider = providers[index % len(providers)]
                draft = offering_templates.build(
                    rng=rng,
                    template=rng.choice(offering_templates.templates_for(provider.kind)),
                    provider=provider,
                    district=rng.choice(places.HANNOVER),
                    anchor=anchor,
                    street=provider.street,
                    fields_of_action=fields,
                    target_groups=groups,
                    external_id=f"bench-{index:06d}",
                    status=OfferingStatus.PUBLISHED,
                )
                planned.append(PlannedOffering(draft=draft, network=network, versions=versions))
            write_synthetic_offerings(planned, refresh=False)
            say(f"  {min(start + BATCH, count)} of {count} offerings written")
        timings["insert_s"] = time.monotonic() - started
        refreshed = time.monotonic()
        texts = search.refresh_documents(OfferingText.objects.filter(offering__networks=network))
        timings["refresh_documents_s"] = time.monotonic() - refreshed
    maintain()
    timings["total_s"] = time.monotonic() - started
    return {"offerings": count, "texts": texts, "organisations": organisations, **timings}


MAINTAINED_TABLES = (
    "offers_offering",
    "offers_offering_networks",
    "offers_offeringtext",
    "offers_offeringlanguage",
    "offers_offering_fields_of_action",
    "offers_offering_target_groups",
)


def maintain() -> None:
    """VACUUM and ANALYZE the offers tables, as autovacuum does on a running server.

    Filling writes every text twice (the rows, then their search documents), which leaves as
    many dead rows as live ones, and nothing is marked all-visible yet: without a vacuum the
    benchmark would measure bloat and heap look-ups that a maintained database does not have
    (and a server with autovacuum switched off would keep them for good).
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM (ANALYZE) {', '.join(MAINTAINED_TABLES)}")
