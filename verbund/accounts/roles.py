"""The permission registry and the roles that grant its permissions.

Permissions are named strings ``<app>.<thing>:<action>``. A *network* permission is about the
network as a whole (see its internal registry, import, export); an *organisation* permission is
about one organisation's own data (edit it, its contacts, its staff). A network role (coordinator)
grants its permissions for the whole network and every organisation in it; an organisation role
grants its organisation permissions on that organisation, and its network permissions in the
networks the organisation currently belongs to.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from verbund.accounts.models import NetworkRoleName, OrganisationRoleName

NETWORK = "network"
ORGANISATION = "organisation"


@dataclass(frozen=True)
class Permission:
    name: str
    scope: str
    label: str


PERMISSIONS = {
    p.name: p
    for p in [
        Permission("network.registry:view", NETWORK, _("see the network's internal registry")),
        Permission("network.network:change", NETWORK, _("edit the network and its lists")),
        Permission("network.organisation:add", NETWORK, _("add organisations")),
        Permission("network.membership:change", NETWORK, _("add and end memberships")),
        Permission("network.registry:import", NETWORK, _("import organisations and contacts")),
        Permission("network.registry:export", NETWORK, _("export lists")),
        Permission("projects.project:change", NETWORK, _("add and edit projects and funding")),
        Permission("accounts.coordinators:manage", NETWORK, _("appoint coordinators")),
        Permission(
            "offers.catalogue:view", NETWORK, _("see every offering of the network, drafts too")
        ),
        Permission(
            "outbox.email:view",
            NETWORK,
            _("see the network's outgoing e-mail and send it again"),
        ),
        Permission(
            "events.calendar:view", NETWORK, _("see every event of the network, drafts too")
        ),
        Permission(
            "events.invitation:send", NETWORK, _("invite the contact persons of all members")
        ),
        Permission("network.organisation:change", ORGANISATION, _("edit the organisation")),
        Permission("network.contact:change", ORGANISATION, _("edit contact persons")),
        Permission("accounts.staff:manage", ORGANISATION, _("manage the organisation's staff")),
        Permission(
            "offers.offering:change", ORGANISATION, _("write, copy and translate offerings")
        ),
        Permission("offers.offering:publish", ORGANISATION, _("publish and archive offerings")),
        Permission("offers.offering:import", ORGANISATION, _("import offerings from a file")),
        # Events are decided per organiser: any one of an event's organisers' grants counts.
        Permission("events.event:change", ORGANISATION, _("write and translate events")),
        Permission(
            "events.event:publish", ORGANISATION, _("publish and cancel events, upload minutes")
        ),
        Permission(
            "events.registration:view",
            ORGANISATION,
            _("see registrations of the organisation's events and export them"),
        ),
        Permission(
            "events.registration:change",
            ORGANISATION,
            _("register people, cancel registrations and check people in"),
        ),
    ]
}

_VIEW = {"network.registry:view"}

NETWORK_ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    NetworkRoleName.COORDINATOR: frozenset(PERMISSIONS),
}

ORGANISATION_ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    OrganisationRoleName.ADMIN: frozenset(
        _VIEW
        | {
            "network.registry:export",
            "network.organisation:change",
            "network.contact:change",
            "accounts.staff:manage",
            "offers.offering:change",
            "offers.offering:publish",
            "offers.offering:import",
            "events.event:change",
            "events.event:publish",
            "events.registration:view",
            "events.registration:change",
        }
    ),
    OrganisationRoleName.CASEWORKER: frozenset(
        _VIEW
        | {
            "offers.offering:change",
            "events.event:change",
            "events.registration:view",
            "events.registration:change",
        }
    ),
    OrganisationRoleName.MULTIPLIER: frozenset(_VIEW),
    OrganisationRoleName.VIEWER: frozenset(_VIEW),
}


def _check_registry():
    for grants in (*NETWORK_ROLE_PERMISSIONS.values(), *ORGANISATION_ROLE_PERMISSIONS.values()):
        unknown = set(grants) - set(PERMISSIONS)
        if unknown:
            raise LookupError(f"Roles grant unregistered permissions: {sorted(unknown)}")


_check_registry()
