"""Reads of the registry, shaped for the pages and the API.

Every read is scoped by the network it is asked for: an organisation is "of the network" when
it has (or had) a membership there. Lists return querysets with what their rows show joined or
prefetched, so a page costs the same number of queries for ten rows as for a thousand.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.utils import timezone

from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Membership,
    MembershipRole,
    Network,
    Organisation,
    TargetGroup,
)


class MemberStatus:
    CURRENT = "current"
    FORMER = "former"
    ALL = "all"


# The per-network lists, by the name their pages carry in the address.
VOCABULARIES = {
    "fields-of-action": FieldOfAction,
    "target-groups": TargetGroup,
}


def public_networks():
    return Network.objects.filter(is_public=True).select_related("coordination_office")


def members_on(network: Network, day: datetime.date | None = None):
    """Memberships of ``network`` active on ``day`` (today by default), with their organisation."""
    day = day or timezone.localdate()
    return (
        Membership.objects.filter(network=network)
        .active_on(day)
        .select_related("organisation")
        .order_by("organisation__name")
    )


def members_by_role(network: Network, day: datetime.date | None = None) -> dict:
    """{role label: [memberships]} in the order coordination, member, cooperation partner."""
    grouped = {role: [] for role in MembershipRole}
    for membership in members_on(network, day):
        grouped[MembershipRole(membership.role)].append(membership)
    return {role.label: rows for role, rows in grouped.items() if rows}


def network_overview(network: Network) -> Network:
    return (
        Network.objects.filter(pk=network.pk)
        .select_related("coordination_office")
        .prefetch_related(
            Prefetch("fields_of_action"),
            Prefetch("target_groups"),
        )
        .get()
    )


def network_counts(network: Network) -> dict:
    """Figures of the overview: current members, former members, contacts of current members."""
    current = Membership.objects.filter(network=network).current().values("organisation_id")
    counts = Organisation.objects.filter(memberships__network=network).aggregate(
        current=Count("pk", filter=Q(pk__in=current), distinct=True),
        all=Count("pk", distinct=True),
    )
    return {
        "current_members": counts["current"],
        "former_members": counts["all"] - counts["current"],
        "contacts": ContactPerson.objects.filter(organisation__in=current).count(),
    }


def organisations_of(network: Network) -> QuerySet[Organisation]:
    """Every organisation that belongs or belonged to ``network``."""
    return Organisation.objects.filter(
        pk__in=Membership.objects.filter(network=network).values("organisation_id")
    )


def coordination_office_choices(network: Network) -> QuerySet[Organisation]:
    return organisations_of(network).order_by("name")


def addable_organisations(network: Network) -> QuerySet[Organisation]:
    """Organisations a coordinator may give a membership in ``network``.

    Those that belong or belonged to it, and the current members of public networks, whose
    names are public anyway; the members of a non-public network stay hidden from others.
    """
    public_members = (
        Membership.objects.current().filter(network__is_public=True).values("organisation_id")
    )
    in_network = Membership.objects.filter(network=network).values("organisation_id")
    return Organisation.objects.filter(Q(pk__in=in_network) | Q(pk__in=public_members)).order_by(
        "name", "city"
    )


def organisations_named(network: Network, name: str) -> list[Organisation]:
    """Organisations visible to ``network`` whose name is ``name`` (ignoring case), with a flag
    ``in_network`` telling whether they already belong or belonged to it."""
    name = name.strip()
    if not name:
        return []
    in_network = set(organisations_of(network).values_list("pk", flat=True))
    found = list(addable_organisations(network).filter(name__iexact=name))
    for organisation in found:
        organisation.in_network = organisation.pk in in_network
    return found


# Membership history newest first; a period without a start date counts as the oldest.
NEWEST_FIRST = (F("started_on").desc(nulls_last=True), "-pk")


def _network_memberships(network: Network) -> Prefetch:
    return Prefetch(
        "memberships",
        queryset=Membership.objects.filter(network=network).order_by(*NEWEST_FIRST),
        to_attr="network_memberships",
    )


@dataclass(frozen=True)
class OrganisationFilter:
    query: str = ""
    kind: str = ""
    role: str = ""
    status: str = MemberStatus.CURRENT


def organisation_list(network: Network, filters: OrganisationFilter | None = None):
    """Organisations of ``network`` matching ``filters``, each with ``network_memberships``
    (newest first), ``current_membership`` and ``contact_count``."""
    filters = filters or OrganisationFilter()
    memberships = Membership.objects.filter(network=network)
    current = memberships.current()
    if filters.status == MemberStatus.CURRENT:
        matching = current
    else:
        matching = memberships
    if filters.role:
        matching = matching.filter(role=filters.role)
    organisations = Organisation.objects.filter(pk__in=matching.values("organisation_id"))
    if filters.status == MemberStatus.FORMER:
        organisations = organisations.exclude(pk__in=current.values("organisation_id"))
    if filters.kind:
        organisations = organisations.filter(kind=filters.kind)
    if filters.query:
        organisations = organisations.filter(
            Q(name__icontains=filters.query)
            | Q(short_name__icontains=filters.query)
            | Q(city__icontains=filters.query)
        )
    return (
        organisations.annotate(contact_count=Count("contacts"))
        .prefetch_related(_network_memberships(network))
        .order_by("name", "pk")
    )


def current_membership(organisation: Organisation) -> Membership | None:
    """The current one among the prefetched ``network_memberships``."""
    today = timezone.localdate()
    for membership in organisation.network_memberships:
        if membership.is_active_on(today):
            return membership
    return None


def with_current_membership(organisations):
    """Set ``current_membership`` on organisations of ``organisation_list`` (page rows)."""
    for organisation in organisations:
        organisation.current_membership = current_membership(organisation)
    return organisations


def organisation_detail(network: Network, organisation: Organisation) -> Organisation:
    return (
        Organisation.objects.filter(pk=organisation.pk)
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.filter(network=network).order_by(*NEWEST_FIRST),
                to_attr="network_memberships",
            ),
            Prefetch(
                "contacts", queryset=ContactPerson.objects.order_by("last_name", "first_name")
            ),
        )
        .get()
    )


@dataclass(frozen=True)
class ContactFilter:
    organisation: int | None = None
    kind: str = ""
    public_only: bool = False


def contact_list(network: Network, filters: ContactFilter | None = None):
    """Contact persons of the network's current members."""
    filters = filters or ContactFilter()
    contacts = ContactPerson.objects.filter(
        organisation__in=Membership.objects.filter(network=network)
        .current()
        .values("organisation_id")
    )
    if filters.organisation:
        contacts = contacts.filter(organisation_id=filters.organisation)
    if filters.kind:
        contacts = contacts.filter(organisation__kind=filters.kind)
    if filters.public_only:
        contacts = contacts.filter(is_public=True)
    return contacts.select_related("organisation").order_by(
        "organisation__name", "last_name", "first_name", "pk"
    )


def current_member_choices(network: Network) -> QuerySet[Organisation]:
    return Organisation.objects.filter(
        pk__in=Membership.objects.filter(network=network).current().values("organisation_id")
    ).order_by("name")


SEARCH_LIMIT = 50


@dataclass
class SearchResults:
    organisations: list
    organisations_more: bool
    contacts: list
    contacts_more: bool

    @property
    def count(self) -> int:
        return len(self.organisations) + len(self.contacts)


def search_registry(network: Network, query: str) -> SearchResults:
    """Organisations and contact persons of ``network`` (current and former members) whose
    names, city, function or e-mail contain ``query``, ignoring case; at most SEARCH_LIMIT each."""
    in_network = Membership.objects.filter(network=network).values("organisation_id")
    organisations = list(
        with_current_membership(
            Organisation.objects.filter(pk__in=in_network)
            .filter(
                Q(name__icontains=query)
                | Q(short_name__icontains=query)
                | Q(city__icontains=query)
                | Q(email__icontains=query)
            )
            .prefetch_related(_network_memberships(network))
            .order_by("name", "pk")[: SEARCH_LIMIT + 1]
        )
    )
    contacts = list(
        ContactPerson.objects.filter(organisation__in=in_network)
        .filter(
            Q(first_name__icontains=query)
            | Q(last_name__icontains=query)
            | Q(function__icontains=query)
            | Q(email__icontains=query)
        )
        .select_related("organisation")
        .order_by("last_name", "first_name", "pk")[: SEARCH_LIMIT + 1]
    )
    return SearchResults(
        organisations=organisations[:SEARCH_LIMIT],
        organisations_more=len(organisations) > SEARCH_LIMIT,
        contacts=contacts[:SEARCH_LIMIT],
        contacts_more=len(contacts) > SEARCH_LIMIT,
    )


def vocabulary_entries(network: Network, model) -> QuerySet:
    return model.objects.filter(network=network).order_by("position", "name")


def usages(entry) -> list[tuple[str, int]]:
    """[(label of the referring records, count)] of rows that refer to ``entry``.

    Read through the model's relations so that ``network`` need not know the apps that use its
    lists (projects' sub-projects, later offerings and events).
    """
    found = []
    for relation in entry._meta.related_objects:
        related = relation.related_model
        count = related._base_manager.filter(**{relation.field.name: entry}).count()
        if count:
            found.append((str(related._meta.verbose_name_plural), count))
    return found


# --- public pages --------------------------------------------------------------------------------


def public_organisation(network: Network, organisation_id: int) -> Organisation | None:
    """A current member of the public ``network`` with its public contacts and its memberships
    there; ``None`` when it is not a current member (or the network is not public)."""
    if not network.is_public:
        return None
    current = Membership.objects.filter(network=network).current()
    return (
        Organisation.objects.filter(pk=organisation_id, pk__in=current.values("organisation_id"))
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.filter(network=network).order_by(*NEWEST_FIRST),
                to_attr="network_memberships",
            ),
            Prefetch(
                "contacts",
                queryset=ContactPerson.objects.public().order_by("last_name", "first_name"),
                to_attr="public_contacts",
            ),
        )
        .first()
    )
