"""Writes the demo networks of ``seeds.py`` into the database, idempotently.

Every row is found by its natural key (network slug, organisation name, project title, …) and
updated in place, so a second run changes no counts and existing ids stay. Lists that belong to
a seeded row (a sub-project's partners, target groups) are set to what the seed says.
Offerings follow the same rule, keyed on provider and external key (see ``offerings.py``);
events on network and title, registrations on event and e-mail address (see ``events.py``).
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from verbund.accounts.models import NetworkRole, OrganisationRole, User
from verbund.demo import events as demo_events
from verbund.demo import offerings, places, seeds, synthetic
from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Membership,
    Network,
    Organisation,
    TargetGroup,
)
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    Indicator,
    Project,
    SubProject,
    SubProjectPartner,
)

DEFAULT_SYNTHETIC = 60
DEFAULT_SEED = 2026


@dataclass(frozen=True)
class DemoResult:
    networks: list[Network]
    logins: tuple[seeds.Login, ...]
    synthetic: synthetic.SyntheticResult
    postal_codes: int = 0
    seed_offerings: int = 0
    synthetic_offerings: offerings.SyntheticOfferings = field(
        default_factory=offerings.SyntheticOfferings
    )
    events: demo_events.EventCounts = field(default_factory=demo_events.EventCounts)


@transaction.atomic
def load_demo(
    *,
    synthetic_count: int = DEFAULT_SYNTHETIC,
    seed: int = DEFAULT_SEED,
    offering_count: int = offerings.DEFAULT_SYNTHETIC_OFFERINGS,
) -> DemoResult:
    """Load the three seeded networks, ``synthetic_count`` synthetic partners, the offerings of
    the seeds and ``offering_count`` synthetic ones, and the logins."""
    if synthetic_count < 0:
        raise ValueError("The number of synthetic organisations cannot be negative.")
    if offering_count < 0:
        raise ValueError("The number of synthetic offerings cannot be negative.")
    organisations = {org.key: _load_organisation(org) for org in seeds.ALL_ORGANISATIONS}
    areas = {}
    networks = []
    for spec in seeds.NETWORKS:
        network = _load_network(spec, organisations)
        networks.append(network)
        areas[spec.synthetic_area] = network
    generated = synthetic.generate(
        networks_by_area=areas,
        count=synthetic_count,
        seed=seed,
        reserved_names={org.name for org in seeds.ALL_ORGANISATIONS},
    )
    by_slug = {network.slug: network for network in networks}
    postal_codes = places.load_postal_codes()
    anchor = offerings.anchor_day()
    seeded = offerings.load_seed_offerings(
        networks=by_slug, organisations=organisations, anchor=anchor
    )
    planned = offerings.plan_synthetic_offerings(
        count=offering_count,
        seed=seed,
        providers=_offering_providers(generated, by_slug, organisations),
        anchor=anchor,
    )
    synthetic_offerings = offerings.write_synthetic_offerings(planned)
    event_counts = demo_events.load_events(
        networks=by_slug,
        organisations=organisations,
        seed=seed,
    )
    for login in seeds.LOGINS:
        _load_login(login, by_slug, organisations)
    return DemoResult(
        networks=networks,
        logins=seeds.LOGINS,
        synthetic=generated,
        postal_codes=postal_codes,
        seed_offerings=len(seeded),
        synthetic_offerings=synthetic_offerings,
        events=event_counts,
    )


def _offering_providers(generated, networks: dict[str, Network], organisations) -> list:
    """Who offers the synthetic offerings: the synthetic partners of this run and the Marburg
    placeholders, each in its network while its membership lasts."""
    candidates = [
        (organisation, networks[spec.slug], spec.synthetic_area)
        for spec in seeds.NETWORKS
        for organisation in generated.partners.get(spec.synthetic_area, [])
    ]
    candidates += [
        (organisations[placeholder.key], networks[seeds.MARBURG.slug], seeds.MARBURG.synthetic_area)
        for placeholder in seeds.MARBURG_PLACEHOLDERS
    ]
    active = set(
        Membership.objects.filter(organisation__in=[org for org, _n, _a in candidates])
        .active_on(timezone.localdate())
        .values_list("organisation_id", "network_id")
    )
    return [c for c in candidates if (c[0].pk, c[1].pk) in active]


def _load_organisation(org: seeds.Org) -> Organisation:
    latitude, longitude = org.coordinates or (None, None)
    organisation, _ = Organisation.objects.update_or_create(
        name=org.name,
        defaults={
            "short_name": org.short_name,
            "kind": org.kind,
            "legal_form": org.legal_form,
            "street": org.street,
            "postal_code": org.postal_code,
            "city": org.city,
            "latitude": latitude,
            "longitude": longitude,
            "website": org.website,
            "email": org.email,
            "phone": org.phone,
            "description": org.description,
            "is_synthetic": org.is_synthetic,
        },
    )
    return organisation


def _load_network(spec: seeds.NetworkSeed, organisations: dict[str, Organisation]) -> Network:
    network, _ = Network.objects.update_or_create(
        slug=spec.slug,
        defaults={
            "name": spec.name,
            "short_name": spec.short_name,
            "region": spec.region,
            "founded_year": spec.founded_year,
            "coordination_office": organisations[spec.coordination_office],
            "description": spec.description,
            "website": spec.website,
            "email": spec.email,
            "is_public": True,
        },
    )
    for member in spec.members:
        Membership.objects.update_or_create(
            network=network,
            organisation=organisations[member.org],
            role=member.role,
            started_on=member.started_on,
            defaults={"ended_on": member.ended_on, "note": member.note},
        )
    fields = {
        name: FieldOfAction.objects.update_or_create(
            network=network, name=name, defaults={"position": position}
        )[0]
        for position, name in enumerate(spec.fields_of_action, start=1)
    }
    groups = {
        name: TargetGroup.objects.update_or_create(
            network=network, name=name, defaults={"position": position, "description": text}
        )[0]
        for position, (name, text) in enumerate(spec.target_groups, start=1)
    }
    contacts = {}
    for contact in spec.contacts:
        contacts[contact.last_name] = _load_contact(contact, organisations[contact.org])
    programmes = {
        programme.name: FundingProgramme.objects.update_or_create(
            network=network,
            name=programme.name,
            defaults={
                "short_name": programme.short_name,
                "funders": programme.funders,
                "description": programme.description,
            },
        )[0]
        for programme in spec.programmes
    }
    for project in spec.projects:
        _load_project(
            project,
            network=network,
            organisations=organisations,
            programmes=programmes,
            fields=fields,
            groups=groups,
            contacts=contacts,
        )
    for figure in spec.figures:
        _load_figure(figure, network=network, project=None)
    return network


def _load_contact(contact: seeds.Contact, organisation: Organisation) -> ContactPerson:
    person, _ = ContactPerson.objects.update_or_create(
        organisation=organisation,
        first_name=contact.first_name,
        last_name=contact.last_name,
        defaults={
            "salutation": contact.salutation,
            "function": contact.function,
            "is_public": contact.is_public,
            "is_synthetic": False,
        },
    )
    return person


def _load_project(spec, *, network, organisations, programmes, fields, groups, contacts):
    project, _ = Project.objects.update_or_create(
        network=network,
        title=spec.title,
        defaults={
            "acronym": spec.acronym,
            "programme": programmes[spec.programme] if spec.programme else None,
            "lead_organisation": organisations[spec.lead] if spec.lead else None,
            "starts_on": spec.starts_on,
            "ends_on": spec.ends_on,
            "status": spec.status,
            "description": spec.description,
            "is_public": True,
            "is_synthetic": False,
        },
    )
    project.contacts.set([contacts[name] for name in spec.contacts])
    for position, sub in enumerate(spec.sub_projects, start=1):
        sub_project, _ = SubProject.objects.update_or_create(
            project=project,
            title=sub.title,
            defaults={
                "lead_partner": organisations[sub.lead] if sub.lead else None,
                "description": sub.description,
                "activities": sub.activities,
                "position": position,
            },
        )
        sub_project.target_groups.set([groups[name] for name in sub.target_groups])
        sub_project.fields_of_action.set([fields[name] for name in sub.fields_of_action])
        partner_ids = [organisations[partner.org].pk for partner in sub.partners]
        sub_project.partners.exclude(organisation_id__in=partner_ids).delete()
        for partner in sub.partners:
            SubProjectPartner.objects.update_or_create(
                sub_project=sub_project,
                organisation=organisations[partner.org],
                defaults={"role": partner.role},
            )
    for fund in spec.funding:
        Funding.objects.update_or_create(
            project=project,
            source=fund.source,
            defaults={"amount": fund.amount, "funder": fund.funder, "note": fund.note},
        )
    return project


def _load_figure(figure: seeds.Figure, *, network: Network, project: Project | None):
    Indicator.objects.update_or_create(
        network=network,
        project=project,
        kind=figure.kind,
        period_start=figure.period_start,
        period_end=figure.period_end,
        defaults={
            "label": figure.label,
            "planned": figure.planned,
            "achieved": figure.achieved,
            "is_approximate": figure.is_approximate,
            "source": figure.source,
        },
    )


def _load_login(login: seeds.Login, networks: dict[str, Network], organisations) -> User:
    """Create or refresh a demo login; an existing user keeps its id, the password is reset."""
    user = User.objects.filter(email=login.email).first() or User(email=login.email)
    user.first_name = login.first_name
    user.last_name = login.last_name
    user.is_active = True
    user.is_staff = login.is_superuser
    user.is_superuser = login.is_superuser
    user.set_password(seeds.DEMO_PASSWORD)
    user.save()
    if login.network_role:
        slug, role = login.network_role
        NetworkRole.objects.get_or_create(user=user, network=networks[slug], role=role)
    if login.organisation_role:
        key, role = login.organisation_role
        OrganisationRole.objects.get_or_create(
            user=user, organisation=organisations[key], role=role
        )
    return user
