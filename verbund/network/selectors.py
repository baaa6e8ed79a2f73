"""Reads of the registry, shaped for the pages and the API."""

import datetime

from django.db.models import Prefetch
from django.utils import timezone

from verbund.network.models import ContactPerson, Membership, MembershipRole, Network


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


def network_contacts(network: Network):
    """Contact persons of the network's current members."""
    return (
        ContactPerson.objects.filter(organisation__in=members_on(network).values("organisation_id"))
        .select_related("organisation")
        .order_by("organisation__name", "last_name")
    )
