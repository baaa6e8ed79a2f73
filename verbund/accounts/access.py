"""The one place that decides who may do what.

Views, the API and management commands all ask ``has_permission``. The user's roles are read
once per request (two queries) and kept on the user object, so permission checks in a list of a
hundred rows cost no further queries.
"""

from dataclasses import dataclass, field

from django.http import Http404
from django.shortcuts import get_object_or_404

from verbund.accounts.models import NetworkRole, OrganisationRole
from verbund.accounts.roles import (
    NETWORK,
    NETWORK_ROLE_PERMISSIONS,
    ORGANISATION,
    ORGANISATION_ROLE_PERMISSIONS,
    PERMISSIONS,
)
from verbund.network.models import Membership, Network

_CACHE_ATTR = "_verbund_access"


@dataclass
class Access:
    is_superuser: bool = False
    # network id -> permissions granted there by network roles (coordinator)
    network_grants: dict[int, set[str]] = field(default_factory=dict)
    # organisation id -> permissions granted by roles held in that organisation
    organisation_grants: dict[int, set[str]] = field(default_factory=dict)
    # network id -> ids of the user's organisations that are current members of it
    member_organisations: dict[int, set[int]] = field(default_factory=dict)
    # network id -> ids of every organisation that ever belonged to it, read on demand
    _network_members: dict[int, set[int]] = field(default_factory=dict)

    @property
    def network_ids(self) -> set[int]:
        """Networks whose internal registry the user may enter."""
        return set(self.network_grants) | set(self.member_organisations)

    def network_permissions(self, network_id: int) -> set[str]:
        perms = set(self.network_grants.get(network_id, ()))
        for org_id in self.member_organisations.get(network_id, ()):
            perms |= {
                p for p in self.organisation_grants[org_id] if PERMISSIONS[p].scope == NETWORK
            }
        return perms

    def organisation_permissions(self, network_id: int, organisation_id: int) -> set[str]:
        perms = set()
        if network_id in self.network_grants and organisation_id in self._members(network_id):
            perms |= self.network_grants[network_id]
        perms |= self.organisation_grants.get(organisation_id, set())
        return perms

    def _members(self, network_id: int) -> set[int]:
        if network_id not in self._network_members:
            self._network_members[network_id] = set(
                Membership.objects.filter(network_id=network_id).values_list(
                    "organisation_id", flat=True
                )
            )
        return self._network_members[network_id]


def access_for(user) -> Access:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Access()
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is not None:
        return cached
    access = Access(is_superuser=user.is_superuser)
    for network_id, role in NetworkRole.objects.filter(user=user).values_list("network_id", "role"):
        access.network_grants.setdefault(network_id, set()).update(NETWORK_ROLE_PERMISSIONS[role])
    for org_id, role in OrganisationRole.objects.filter(user=user).values_list(
        "organisation_id", "role"
    ):
        access.organisation_grants.setdefault(org_id, set()).update(
            ORGANISATION_ROLE_PERMISSIONS[role]
        )
    if access.organisation_grants:
        for network_id, org_id in (
            Membership.objects.current()
            .filter(organisation_id__in=access.organisation_grants)
            .values_list("network_id", "organisation_id")
        ):
            access.member_organisations.setdefault(network_id, set()).add(org_id)
    setattr(user, _CACHE_ATTR, access)
    return access


def forget_access(user) -> None:
    """Drop the cached roles after they changed (role grants within a request, tests)."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def has_permission(user, permission: str, *, network, organisation=None) -> bool:
    """May ``user`` do ``permission`` in ``network`` (on ``organisation``, for its own data)?"""
    spec = PERMISSIONS[permission]  # an unknown name is a programming error, not a "no"
    access = access_for(user)
    if access.is_superuser:
        return True
    network_id = network.pk if hasattr(network, "pk") else network
    if spec.scope == ORGANISATION:
        if organisation is None:
            raise ValueError(f"{permission} is decided per organisation; pass organisation=.")
        org_id = organisation.pk if hasattr(organisation, "pk") else organisation
        return permission in access.organisation_permissions(network_id, org_id)
    return permission in access.network_permissions(network_id)


def networks_for(user):
    """The networks whose internal pages the user may open."""
    access = access_for(user)
    if access.is_superuser:
        return Network.objects.all()
    return Network.objects.filter(pk__in=access.network_ids)


def get_network_for_user(user, slug: str) -> Network:
    """Fetch through the tenant: another network's internals are a 404, never a 403."""
    network = get_object_or_404(Network, slug=slug)
    access = access_for(user)
    if not access.is_superuser and network.pk not in access.network_ids:
        raise Http404
    return network
