from verbund.accounts.models import NetworkRole, OrganisationRole
from verbund.core.testing import (
    COORDINATION,
    OWN_ORGANISATION_ADMIN,
    PERSONAS,
    UrlRule,
    office,
)

LOGGED_IN = frozenset(PERSONAS) - {"anonymous"}


def _personal(status: int) -> dict[str, int]:
    """A page about the logged-in user themselves: the same for every user, whatever network."""
    return {**office(LOGGED_IN, ok=status), "outsider": status}


def _staff(world, organisation=None):
    organisation = organisation or world.organisation
    return {"network": world.network.slug, "organisation": organisation.pk}


def _role(world, organisation, user):
    role = OrganisationRole.objects.get(organisation=organisation, user=user)
    return {"network": world.network.slug, "organisation": organisation.pk, "role": role.pk}


def _viewer_role(world):
    return _role(world, world.organisation, world.viewer)


def _other_organisations_role(world):
    # A role of organisation Y (same network) named under organisation X's address.
    role = OrganisationRole.objects.get(organisation=world.other_organisation)
    return {**_staff(world), "role": role.pk}


def _foreign_role(world):
    return _role(world, world.foreign_organisation, world.outsider)


def _coordinator_role(world):
    role = NetworkRole.objects.get(network=world.network, user=world.coordinator)
    return {"network": world.network.slug, "role": role.pk}


def _foreign_coordinator_role(world):
    role = NetworkRole.objects.get(network=world.other_network)
    return {"network": world.network.slug, "role": role.pk}


def _network_b(ok: int) -> dict[str, int]:
    """A page of network B: its coordinator (the outsider) and superusers in, network A's out."""
    return {**office((), foreign=True), "superuser": ok, "outsider": ok}


def _both(name, expect_get, expect_post, kwargs, label=""):
    return [
        UrlRule(name, expect_get, kwargs=kwargs, label=label),
        UrlRule(name, expect_post, kwargs=kwargs, method="post", label=label),
    ]


STAFF_ADMINS = OWN_ORGANISATION_ADMIN
# Allowed personas get 404 for a role outside the organisation of the address, others 403 first.
_ROLE_ELSEWHERE = office(STAFF_ADMINS, ok=404)

RULES = [
    # The user's own pages.
    *_both("office:profile", _personal(200), _personal(200), lambda w: {}),
    *_both("office:profile_token_create", _personal(405), _personal(200), lambda w: {}),
    *_both("office:profile_token_revoke", _personal(405), _personal(200), lambda w: {}),
    # Staff of organisation X.
    *_both("office:staff_list", office(STAFF_ADMINS), office(STAFF_ADMINS, ok=405), _staff),
    *_both(
        "office:staff_list",
        office((), foreign=True),
        office((), foreign=True),
        lambda w: _staff(w, w.foreign_organisation),
        label="of another network's organisation",
    ),
    *_both(
        "office:staff_list",
        office(COORDINATION | {"other_org_admin"}),
        office(COORDINATION | {"other_org_admin"}, ok=405),
        lambda w: _staff(w, w.other_organisation),
        label="of another organisation",
    ),
    *_both("office:staff_add", office(STAFF_ADMINS), office(STAFF_ADMINS), _staff),
    *_both(
        "office:staff_add",
        office((), foreign=True),
        office((), foreign=True),
        lambda w: _staff(w, w.foreign_organisation),
        label="of another network's organisation",
    ),
    *_both("office:staff_role_change", office(STAFF_ADMINS), office(STAFF_ADMINS), _viewer_role),
    *_both(
        "office:staff_role_change",
        _ROLE_ELSEWHERE,
        _ROLE_ELSEWHERE,
        _other_organisations_role,
        label="of another organisation",
    ),
    *_both(
        "office:staff_role_change",
        office((), foreign=True),
        office((), foreign=True),
        _foreign_role,
        label="of another network's organisation",
    ),
    *_both("office:staff_role_remove", office(STAFF_ADMINS), office(STAFF_ADMINS), _viewer_role),
    *_both(
        "office:staff_role_remove",
        _ROLE_ELSEWHERE,
        _ROLE_ELSEWHERE,
        _other_organisations_role,
        label="of another organisation",
    ),
    *_both(
        "office:staff_role_remove",
        office((), foreign=True),
        office((), foreign=True),
        _foreign_role,
        label="of another network's organisation",
    ),
    # Coordinators of network A.
    *_both(
        "office:coordinator_list",
        office(COORDINATION),
        office(COORDINATION, ok=405),
        lambda w: {"network": w.network.slug},
    ),
    *_both(
        "office:coordinator_add",
        office(COORDINATION),
        office(COORDINATION),
        lambda w: {"network": w.network.slug},
    ),
    *_both(
        "office:coordinator_remove",
        office(COORDINATION),
        office(COORDINATION),
        _coordinator_role,
    ),
    *_both(
        "office:coordinator_remove",
        office(COORDINATION, ok=404),
        office(COORDINATION, ok=404),
        _foreign_coordinator_role,
        label="of another network",
    ),
    *_both(
        "office:coordinator_list",
        _network_b(200),
        _network_b(405),
        lambda w: {"network": w.other_network.slug},
        label="of another network",
    ),
    *_both(
        "office:coordinator_add",
        _network_b(200),
        _network_b(200),
        lambda w: {"network": w.other_network.slug},
        label="of another network",
    ),
]
