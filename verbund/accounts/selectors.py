"""Reads of accounts and roles, shaped for the pages; each runs a fixed number of queries."""

from allauth.mfa.models import Authenticator
from django.db.models import Exists, OuterRef, Prefetch
from rest_framework.authtoken.models import Token

from verbund.accounts.models import NetworkRole, NetworkRoleName, OrganisationRole, User


def _has_totp(user_ref: str = "pk"):
    return Exists(
        Authenticator.objects.filter(user_id=OuterRef(user_ref), type=Authenticator.Type.TOTP)
    )


def organisation_staff(organisation):
    """Users holding a role in ``organisation``, each with ``roles_here`` and ``has_totp``."""
    return (
        User.objects.filter(organisation_roles__organisation=organisation)
        .distinct()
        .annotate(has_totp=_has_totp())
        .prefetch_related(
            Prefetch(
                "organisation_roles",
                queryset=OrganisationRole.objects.filter(organisation=organisation).order_by(
                    "role"
                ),
                to_attr="roles_here",
            )
        )
        .order_by("last_name", "first_name", "email")
    )


def network_coordinators(network):
    """The coordinator appointments of ``network`` with their users."""
    return (
        NetworkRole.objects.filter(network=network, role=NetworkRoleName.COORDINATOR)
        .select_related("user")
        .annotate(has_totp=_has_totp("user_id"))
        .order_by("user__last_name", "user__first_name", "user__email")
    )


def roles_of(user) -> dict:
    """The user's roles for their profile: organisation roles and network roles."""
    return {
        "organisation_roles": OrganisationRole.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__name", "role"),
        "network_roles": NetworkRole.objects.filter(user=user)
        .select_related("network")
        .order_by("network__name", "role"),
    }


def has_totp(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def api_token_of(user) -> Token | None:
    return Token.objects.filter(user=user).first()
