"""Synthetic partners for realistic volume: invented organisations, contacts and projects.

Everything made here is flagged ``is_synthetic`` and says "Synthetische Demodaten" in its
description, joins a network only as cooperation partner (never as member, so documented member
lists stay true) and uses reserved addresses (``.example`` domains, no phone numbers) so that no
real person is e-mailed or called. A fixed Faker seed gives the same names on every run, which is
what makes a second run update rather than duplicate.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify
from faker import Faker

from verbund.network.models import (
    ContactPerson,
    LegalForm,
    Membership,
    MembershipRole,
    Organisation,
    OrganisationKind,
)
from verbund.projects.models import (
    Funding,
    FundingSource,
    Indicator,
    IndicatorKind,
    Project,
    ProjectStatus,
)

MARKER = "Synthetische Demodaten"
ORGANISATION_NOTE = f"{MARKER}: eine erfundene Organisation, die nur der Vorführung dient."


@dataclass(frozen=True)
class Area:
    city: str
    centre: tuple[float, float]
    postal_codes: tuple[str, ...]
    districts: tuple[str, ...]


AREAS = {
    "hannover": Area(
        city="Hannover",
        centre=(52.3759, 9.7320),
        postal_codes=(
            "30159",
            "30161",
            "30165",
            "30167",
            "30169",
            "30171",
            "30179",
            "30419",
            "30449",
            "30451",
            "30457",
            "30459",
            "30519",
            "30539",
            "30627",
            "30659",
        ),
        districts=(
            "Linden",
            "Vahrenwald",
            "Sahlkamp",
            "Mühlenberg",
            "Stöcken",
            "Döhren",
            "List",
            "Südstadt",
            "Ricklingen",
            "Bothfeld",
            "Hainholz",
            "Mittelfeld",
            "Roderbruch",
        ),
    ),
    "marburg": Area(
        city="Marburg",
        centre=(50.8021, 8.7667),
        postal_codes=("35037", "35039", "35041", "35043"),
        districts=(
            "Richtsberg",
            "Waldtal",
            "Stadtwald",
            "Cappel",
            "Wehrda",
            "Ockershausen",
            "Marbach",
            "Weidenhausen",
            "Südviertel",
            "Nordstadt",
        ),
    ),
    "berlin": Area(
        city="Berlin",
        centre=(52.5200, 13.4050),
        postal_codes=(
            "10115",
            "10178",
            "10243",
            "10247",
            "10315",
            "10551",
            "10557",
            "10961",
            "10999",
            "12043",
            "12047",
            "12053",
            "12683",
            "13347",
            "13353",
            "13581",
        ),
        districts=(
            "Neukölln",
            "Wedding",
            "Moabit",
            "Kreuzberg",
            "Marzahn",
            "Spandau",
            "Friedrichshain",
            "Lichtenberg",
            "Schöneberg",
            "Reinickendorf",
            "Hellersdorf",
        ),
    ),
}

# (kind, weight, name templates); {district} and {last} are filled in.
NAME_TEMPLATES = (
    (
        OrganisationKind.MIGRANT_ORGANISATION,
        35,
        (
            "Interkultureller Verein {district} e.V.",
            "Elternnetzwerk {district} e.V.",
            "Frauentreff International {district} e.V.",
            "Kulturbrücke {district} e.V.",
            "Deutsch-Türkischer Kulturverein {district} e.V.",
            "Deutsch-Arabischer Familienverein {district} e.V.",
            "Afrikanisches Forum {district} e.V.",
            "Ukrainischer Kulturverein {district} e.V.",
            "Persischer Kulturverein {district} e.V.",
            "Vietnamesischer Elternverein {district} e.V.",
        ),
    ),
    (
        OrganisationKind.EDUCATION_PROVIDER,
        20,
        (
            "Bildungswerk {last} gGmbH",
            "Sprachschule {last} GmbH",
            "Akademie {last} für Beruf und Sprache gGmbH",
            "Lernwerkstatt {district} gGmbH",
        ),
    ),
    (
        OrganisationKind.WELFARE_ASSOCIATION,
        10,
        ("Sozialwerk {district} e.V.", "Nachbarschaftshilfe {district} e.V."),
    ),
    (
        OrganisationKind.COMPANY,
        20,
        (
            "{last} Haustechnik GmbH",
            "{last} Logistik GmbH",
            "Pflegedienst {last} GmbH",
            "{last} Gebäudereinigung GmbH",
            "Bäckerei {last} GmbH",
            "{last} Metallbau GmbH",
            "{last} IT-Service GmbH",
        ),
    ),
    (
        OrganisationKind.OTHER_NGO,
        15,
        (
            "{last}-Stiftung",
            "Initiative Willkommen in {district} e.V.",
            "Patenschaftsnetzwerk {district} e.V.",
        ),
    ),
)

LEGAL_FORM_BY_SUFFIX = (
    (" e.V.", LegalForm.REGISTERED_ASSOCIATION),
    (" gGmbH", LegalForm.NONPROFIT_LIMITED),
    (" GmbH", LegalForm.LIMITED),
    ("-Stiftung", LegalForm.FOUNDATION),
)

CONTACT_FUNCTIONS = (
    "Geschäftsführung",
    "Vorstand",
    "Projektleitung",
    "Beratung",
    "Finanzkoordination",
    "Ehrenamtskoordination",
    "Ausbildungsleitung",
)

PROJECT_TEMPLATES = (
    "Sprachbrücke {district}",
    "Elternlotsinnen {district}",
    "Ausbildungspatenschaften {district}",
    "Mentoring in den Beruf – {district}",
    "Nachbarschaftscafé {district}",
    "Berufsorientierung für Neuzugewanderte in {district}",
)

FUNDERS = {
    FundingSource.EU: "Europäischer Sozialfonds Plus",
    FundingSource.FEDERAL: "Bund",
    FundingSource.STATE: "Land",
    FundingSource.MUNICIPAL: "Kommune",
    FundingSource.OWN: "Eigenmittel des Trägers",
    FundingSource.OTHER: "Stiftung",
}


@dataclass(frozen=True)
class SyntheticResult:
    organisations: int
    contacts: int
    projects: int
    # The organisations made in this run, by area: the providers of synthetic offerings.
    partners: dict[str, list[Organisation]] = field(default_factory=dict)


def generate(*, networks_by_area: dict, count: int, seed: int, reserved_names=frozenset()):
    """Create or refresh ``count`` synthetic organisations spread over the networks' areas."""
    fake = Faker("de_DE")
    fake.seed_instance(seed)
    rng = fake.random
    areas = [area for area in AREAS if area in networks_by_area]
    taken = set(reserved_names)
    partners_by_area: dict[str, list[Organisation]] = {area: [] for area in areas}
    contacts = 0
    for index in range(count if areas else 0):
        area_key = areas[index % len(areas)]
        area = AREAS[area_key]
        organisation, domain = _organisation(fake, area, taken)
        _membership(rng, networks_by_area[area_key], organisation)
        contacts += _contacts(fake, organisation, domain)
        partners_by_area[area_key].append(organisation)
    projects = 0
    per_network = min(3, max(1, count // 20))
    for area_key in areas:
        partners = partners_by_area[area_key]
        titles: set[str] = set()
        for _ in range(per_network if partners else 0):
            _project(fake, networks_by_area[area_key], AREAS[area_key], partners, titles)
            projects += 1
    return SyntheticResult(
        organisations=count, contacts=contacts, projects=projects, partners=partners_by_area
    )


def _organisation(fake, area: Area, taken: set[str]) -> tuple[Organisation, str]:
    rng = fake.random
    kinds = [kind for kind, _, _ in NAME_TEMPLATES]
    weights = [weight for _, weight, _ in NAME_TEMPLATES]
    kind = rng.choices(kinds, weights=weights)[0]
    templates = next(names for k, _, names in NAME_TEMPLATES if k == kind)
    for attempt in range(50):
        template = rng.choice(templates)
        name = template.format(district=rng.choice(area.districts), last=fake.last_name())
        if attempt >= 40:
            name = f"{name} ({attempt})"
        if name not in taken:
            break
    taken.add(name)
    legal_form = next(
        (form for suffix, form in LEGAL_FORM_BY_SUFFIX if name.endswith(suffix)), LegalForm.UNKNOWN
    )
    domain = f"{slugify(name)[:40].strip('-')}.example"
    latitude = Decimal(str(round(area.centre[0] + rng.uniform(-0.04, 0.04), 6)))
    longitude = Decimal(str(round(area.centre[1] + rng.uniform(-0.06, 0.06), 6)))
    # Keyed on the synthetic flag too: a real organisation that happens to bear the same name
    # is never overwritten.
    organisation, _ = Organisation.objects.update_or_create(
        name=name,
        is_synthetic=True,
        defaults={
            "short_name": "",
            "kind": kind,
            "legal_form": legal_form,
            "street": f"{fake.street_name()} {rng.randint(1, 120)}",
            "postal_code": rng.choice(area.postal_codes),
            "city": area.city,
            "latitude": latitude,
            "longitude": longitude,
            "website": f"https://www.{domain}/",
            "email": f"info@{domain}",
            "phone": "",
            "description": ORGANISATION_NOTE,
        },
    )
    return organisation, domain


def _membership(rng, network, organisation: Organisation) -> None:
    started_on = datetime.date(rng.randint(2008, 2024), rng.randint(1, 12), 1)
    ended_on = None
    if rng.random() < 0.1:  # a few former partners, so the history shows
        ended_on = datetime.date(min(started_on.year + rng.randint(1, 5), 2025), 12, 31)
    Membership.objects.update_or_create(
        network=network,
        organisation=organisation,
        role=MembershipRole.COOPERATION_PARTNER,
        defaults={"started_on": started_on, "ended_on": ended_on, "note": MARKER},
    )


def _contacts(fake, organisation: Organisation, domain: str) -> int:
    rng = fake.random
    names: set[tuple[str, str]] = set()
    for _ in range(rng.randint(1, 3)):
        female = rng.random() < 0.5
        first = fake.first_name_female() if female else fake.first_name_male()
        last = fake.last_name()
        function = rng.choice(CONTACT_FUNCTIONS)
        is_public = rng.random() < 0.3
        if (first, last) in names:
            continue
        names.add((first, last))
        ContactPerson.objects.update_or_create(
            organisation=organisation,
            first_name=first,
            last_name=last,
            defaults={
                "salutation": "Frau" if female else "Herr",
                "function": function,
                "email": f"{slugify(first)}.{slugify(last)}@{domain}",
                "phone": "",
                "is_public": is_public,
                "is_synthetic": True,
            },
        )
    return len(names)


def _project(fake, network, area: Area, partners: list[Organisation], titles: set[str]) -> None:
    rng = fake.random
    for _ in range(50):
        title = rng.choice(PROJECT_TEMPLATES).format(district=rng.choice(area.districts))
        if title not in titles:
            break
    titles.add(title)
    # Companies cooperate in projects but do not carry them in these networks.
    lead = rng.choice([org for org in partners if org.kind != OrganisationKind.COMPANY] or partners)
    starts_on = datetime.date(rng.randint(2019, 2025), rng.randint(1, 12), 1)
    months = rng.choice((12, 18, 24, 36))
    end_month = starts_on.month - 1 + months
    ends_on = datetime.date(starts_on.year + end_month // 12, end_month % 12 + 1, 1)
    ends_on -= datetime.timedelta(days=1)
    today = timezone.localdate()
    status = (
        ProjectStatus.COMPLETED
        if ends_on < today
        else ProjectStatus.RUNNING
        if starts_on <= today
        else ProjectStatus.PLANNED
    )
    project, _ = Project.objects.update_or_create(
        network=network,
        title=title,
        is_synthetic=True,
        defaults={
            "acronym": "",
            "programme": None,
            "lead_organisation": lead,
            "starts_on": starts_on,
            "ends_on": ends_on,
            "status": status,
            "description": f"{MARKER}: ein erfundenes Projekt, das nur der Vorführung dient.",
            "is_public": True,
        },
    )
    project.contacts.set(lead.contacts.filter(is_synthetic=True)[:1])

    public = [FundingSource.EU, FundingSource.FEDERAL, FundingSource.STATE, FundingSource.MUNICIPAL]
    sources = [*rng.sample(public, k=rng.randint(1, 3)), FundingSource.OWN]
    project.funding.exclude(source__in=sources).delete()
    for source in sources:
        steps = rng.randint(2, 40) if source == FundingSource.OWN else rng.randint(10, 500)
        amount = Decimal(steps * 500)
        Funding.objects.update_or_create(
            project=project,
            source=source,
            defaults={"amount": amount, "funder": FUNDERS[source], "note": MARKER},
        )

    participants = rng.randint(4, 30) * 5
    reached = round(participants * rng.uniform(0.6, 1.15))
    events = rng.randint(4, 24)
    figures = {
        IndicatorKind.PARTICIPANTS: (participants, reached),
        IndicatorKind.PARTICIPANTS_FEMALE: (
            round(participants / 2),
            round(reached * rng.uniform(0.4, 0.65)),
        ),
        IndicatorKind.EVENTS: (events, round(events * rng.uniform(0.5, 1.1))),
    }
    project.indicators.exclude(kind__in=list(figures)).delete()
    for kind, (planned_value, achieved_value) in figures.items():
        Indicator.objects.update_or_create(
            network=network,
            project=project,
            kind=kind,
            defaults={
                "label": "",
                "period_start": starts_on,
                "period_end": ends_on,
                "planned": Decimal(planned_value),
                "achieved": Decimal(achieved_value) if status != ProjectStatus.PLANNED else None,
                "is_approximate": False,
                "source": MARKER,
            },
        )
