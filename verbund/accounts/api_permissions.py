"""The API asks the same permission registry as the back office (``roles.py``, ``access.py``).

A network is visible to everybody when it is public, otherwise only to its staff: an invisible
network, and any object outside the network named in the address, is a 404. Reads are open to
whoever sees the network; the view's queryset narrows them to what the reader may see (public
fields and public rows for the public, everything for the network's staff). Writes need the
permission the view names for the action; a visible object without that permission is a 403.
"""

from django.db.models import Q
from django.shortcuts import get_object_or_404
from rest_framework.permissions import SAFE_METHODS, BasePermission

from verbund.accounts.access import access_for, has_permission
from verbund.accounts.roles import NETWORK, PERMISSIONS
from verbund.network.models import Membership, Network


class DenyByDefault(BasePermission):
    """An API view that forgot to declare its rules refuses everyone."""

    def has_permission(self, request, view):
        return False


def visible_networks(user):
    """Public networks, and the non-public ones whose internal registry the user may enter."""
    access = access_for(user)
    if access.is_superuser:
        return Network.objects.all()
    return Network.objects.filter(Q(is_public=True) | Q(pk__in=access.network_ids))


def get_visible_network(user, slug: str) -> Network:
    return get_object_or_404(visible_networks(user), slug=slug)


def is_network_staff(user, network) -> bool:
    """May ``user`` see the internal registry of ``network`` (all rows and all fields)?"""
    return has_permission(user, "network.registry:view", network=network)


def holds_in_some_organisation(user, permission: str, network) -> bool:
    """Does ``user`` hold the organisation permission on at least one organisation of ``network``?

    Asked before a payload names the organisation (creating a contact person): a user who may
    act on no organisation of the network gets a 403 at once, the others a 400 or a 403 once the
    payload says which organisation is meant.
    """
    access = access_for(user)
    if access.is_superuser or permission in access.network_grants.get(network.pk, ()):
        return True
    own = [org_id for org_id, perms in access.organisation_grants.items() if permission in perms]
    return bool(own) and (
        Membership.objects.filter(network=network, organisation_id__in=own).exists()
    )


class RegistryPermission(BasePermission):
    """Writes need ``view.write_permission`` (a name from the registry) in ``view.network``.

    Organisation permissions are decided on ``view.organisation_of(obj)`` for an existing object;
    for a new one the view checks the organisation of the payload itself (``require``).
    """

    def has_permission(self, request, view):
        if view.action is None:
            # A method the resource does not offer: let the view answer 405.
            return True
        if request.method in SAFE_METHODS:
            return True
        permission = view.write_permission
        if permission is None or not request.user.is_authenticated:
            return False
        if PERMISSIONS[permission].scope == NETWORK:
            return has_permission(request.user, permission, network=view.network)
        return holds_in_some_organisation(request.user, permission, view.network)

    def has_object_permission(self, request, view, obj):
        if view.action is None or request.method in SAFE_METHODS:
            return True
        permission = view.write_permission
        if permission is None or not request.user.is_authenticated:
            return False
        if PERMISSIONS[permission].scope == NETWORK:
            return has_permission(request.user, permission, network=view.network)
        return has_permission(
            request.user, permission, network=view.network, organisation=view.organisation_of(obj)
        )
