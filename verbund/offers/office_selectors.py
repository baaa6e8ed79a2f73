"""Reads of the offerings' back office: which offerings a user sees in a network, the list with its
filters, counts per status, what changed in German since a translation was made.

Coordinators (``offers.catalogue:view``) see every offering shown in their network, drafts too;
the staff of an organisation see their own organisations' offerings, whatever their status. An
offering outside that set does not exist for the user (404), so the list, the pages and the
sections all start from ``office_offerings``.
"""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from verbund.accounts.access import access_for, has_permission
from verbund.audit.models import LogEntry
from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Membership,
    Network,
    Organisation,
    TargetGroup,
)
from verbund.offers.languages import SOURCE_LANGUAGE
from verbund.offers.models import Offering, OfferingStatus, OfferingText
from verbund.projects.models import FundingProgramme, Project

CATALOGUE = "offers.catalogue:view"
CHANGE = "offers.offering:change"
PUBLISH = "offers.offering:publish"
IMPORT = "offers.offering:import"
SECTION_LIMIT = 10


def own_organisations(user, network) -> set[int] | None:
    """None when the user sees the network's whole catalogue; else their organisations' ids."""
    if has_permission(user, CATALOGUE, network=network):
        return None
    return set(access_for(user).member_organisations.get(network.pk, ()))


def office_offerings(user, network) -> QuerySet:
    """The offerings shown in ``network`` that ``user`` may see in the back office."""
    offerings = Offering.objects.filter(networks=network)
    own = own_organisations(user, network)
    if own is not None:
        offerings = offerings.filter(provider_id__in=own)
    return offerings


def sees_organisation(user, network, organisation) -> bool:
    own = own_organisations(user, network)
    return own is None or organisation.pk in own


@dataclass(frozen=True)
class OfferingFilter:
    query: str = ""
    status: str = ""
    provider: int | None = None
    kind: str = ""


def offering_list(user, network, filters: OfferingFilter) -> QuerySet:
    offerings = office_offerings(user, network).select_related("provider")
    if filters.status:
        offerings = offerings.filter(status=filters.status)
    if filters.provider:
        offerings = offerings.filter(provider_id=filters.provider)
    if filters.kind:
        offerings = offerings.filter(kind=filters.kind)
    if filters.query:
        # The German title is kept on the offering itself, so no join with the texts is needed.
        offerings = offerings.filter(
            Q(title__icontains=filters.query)
            | Q(external_id__iexact=filters.query)
            | Q(city__icontains=filters.query)
            | Q(venue__icontains=filters.query)
        )
    return offerings.order_by("-updated_at", "pk")


def status_counts(user, network) -> dict[str, int]:
    counts = dict.fromkeys(OfferingStatus.values, 0)
    rows = office_offerings(user, network).values("status").annotate(count=Count("pk"))
    for row in rows:
        counts[row["status"]] = row["count"]
    return counts


def organisation_offerings(network, organisation) -> list[Offering]:
    """The first offerings of ``organisation`` shown in ``network`` (one more than the section
    shows, so the section knows whether there are more)."""
    return list(
        Offering.objects.filter(networks=network, provider=organisation).order_by(
            "-updated_at", "pk"
        )[: SECTION_LIMIT + 1]
    )


def filter_providers(user, network) -> QuerySet:
    """The organisations the list's provider filter offers."""
    organisations = Organisation.objects.filter(memberships__network=network).distinct()
    own = own_organisations(user, network)
    if own is not None:
        organisations = organisations.filter(pk__in=own)
    return organisations.order_by("name")


def providers_for(user, network, permission: str) -> list[Organisation]:
    """Current member organisations of ``network`` for which ``user`` holds ``permission``."""
    members = Organisation.objects.filter(
        pk__in=Membership.objects.current().filter(network=network).values("organisation_id")
    ).order_by("name")
    return [
        organisation
        for organisation in members
        if has_permission(user, permission, network=network, organisation=organisation)
    ]


def provider_network_ids(providers) -> set[int]:
    return set(
        Membership.objects.filter(organisation__in=providers).values_list("network_id", flat=True)
    )


@dataclass
class LinkChoices:
    """What an offering of ``providers`` may point to: the querysets of the form's fields."""

    networks: QuerySet
    fields_of_action: QuerySet
    target_groups: QuerySet
    contacts: QuerySet
    projects: QuerySet
    programmes: QuerySet
    several_networks: bool


def link_choices(providers, extra_networks=()) -> LinkChoices:
    network_ids = provider_network_ids(providers) | {n.pk for n in extra_networks}
    return LinkChoices(
        networks=Network.objects.filter(pk__in=network_ids).order_by("name"),
        fields_of_action=FieldOfAction.objects.filter(network_id__in=network_ids)
        .select_related("network")
        .order_by("network__name", "position", "name"),
        target_groups=TargetGroup.objects.filter(network_id__in=network_ids)
        .select_related("network")
        .order_by("network__name", "position", "name"),
        contacts=ContactPerson.objects.filter(organisation__in=providers)
        .select_related("organisation")
        .order_by("last_name", "first_name"),
        projects=Project.objects.filter(network_id__in=network_ids).order_by("title"),
        programmes=FundingProgramme.objects.filter(network_id__in=network_ids).order_by("name"),
        several_networks=len(network_ids) > 1,
    )


def texts_by_language(offering) -> dict[str, OfferingText]:
    return {text.language: text for text in offering.texts.defer("search_document")}


def source_changes_since(offering, translation: OfferingText | None) -> list[str]:
    """The German fields changed by major edits after ``translation`` was last saved.

    Read from the audit log, which names changed fields (never their values); an empty list
    when the translation is up to date or missing.
    """
    if translation is None:
        return []
    entries = LogEntry.objects.filter(
        action="offers.text.saved",
        object_type=Offering._meta.label_lower,
        object_id=str(offering.pk),
        created_at__gt=translation.updated_at,
        data__language=SOURCE_LANGUAGE,
        data__minor_edit=False,
    ).values_list("data", flat=True)
    fields = set()
    for data in entries:
        fields.update(data.get("fields", ()))
    return [name for name in OfferingText.TRANSLATED_FIELDS if name in fields]
