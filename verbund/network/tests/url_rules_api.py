"""Permission rules of the registry's API routes (see verbund/core/testing.py).

Network A (``world.network``) is public, so its public rows answer everyone; a rule marked
"private network" makes it non-public first. Writes send an invalid payload: an allowed persona
gets 400 (and nothing changes), the others 403, or 404 where they may not even see the object.
"""

import datetime

from verbund.core.testing import (
    COORDINATION,
    NETWORK_STAFF,
    OWN_ORGANISATION_ADMIN,
    UrlRule,
    api,
    public,
)
from verbund.network.models import Membership
from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    MembershipFactory,
    OrganisationFactory,
    TargetGroupFactory,
)

NOT_FOUND = public(404)
NOT_ALLOWED = public(405)


def private(world) -> str:
    """Make network A non-public; returns its slug."""
    world.network.is_public = False
    world.network.save(update_fields=["is_public"])
    return world.network.slug


def in_a(world, **kwargs) -> dict:
    return {"network": world.network.slug, **kwargs}


def in_private_a(world, **kwargs) -> dict:
    return {"network": private(world), **kwargs}


def staff_read() -> dict:
    """Readable by the staff of network A only; invisible (404) to the rest."""
    return api(NETWORK_STAFF, anonymous=404)


def write(allowed, *, ok: int = 400, hidden: bool = False) -> dict:
    """A write in public network A: ``allowed`` get ``ok``, the rest 403; with ``hidden`` the
    object (or network) is invisible to the anonymous and the outsider, who get 404."""
    if hidden:
        return api(allowed, ok=ok, anonymous=404)
    return api(allowed, ok=ok, outsider=403)


def former_member(world):
    """An organisation whose membership in network A has ended."""
    organisation = OrganisationFactory(name="Organisation Former")
    MembershipFactory(
        network=world.network,
        organisation=organisation,
        started_on=datetime.date(2010, 1, 1),
        ended_on=datetime.date(2015, 12, 31),
    )
    return organisation


def membership_of_x(world):
    return Membership.objects.get(network=world.network, organisation=world.organisation).pk


def foreign_membership(world):
    return Membership.objects.get(
        network=world.other_network, organisation=world.foreign_organisation
    ).pk


def public_contact(world):
    return ContactPersonFactory(organisation=world.organisation, is_public=True).pk


def nested_resource_rules(
    resource: str,
    *,
    own,
    foreign,
    writers,
    detail_writers=None,
    invalid_patch: dict,
    deletable: bool,
    patchable: bool = True,
):
    """The common rules of a resource under ``/api/networks/<network>/<resource>/``.

    ``own`` and ``foreign`` build (from the world) an object of network A that everybody may
    read and one of network B. ``writers`` may create; ``detail_writers`` may change and delete
    the ``own`` object (``writers`` if not given). A resource that is not ``patchable`` or not
    ``deletable`` answers those methods with 405.
    """
    detail_writers = writers if detail_writers is None else detail_writers
    list_name, detail_name = f"api:{resource}-list", f"api:{resource}-detail"
    return [
        UrlRule(list_name, public(), kwargs=in_a),
        UrlRule(list_name, staff_read(), kwargs=in_private_a, label="private network"),
        UrlRule(list_name, write(writers), kwargs=in_a, method="post"),
        UrlRule(
            list_name,
            write(writers, hidden=True),
            kwargs=in_private_a,
            method="post",
            label="private network",
        ),
        UrlRule(detail_name, public(), kwargs=lambda w: in_a(w, pk=own(w))),
        UrlRule(
            detail_name,
            staff_read(),
            kwargs=lambda w: in_private_a(w, pk=own(w)),
            label="private network",
        ),
        UrlRule(detail_name, NOT_FOUND, kwargs=lambda w: in_a(w, pk=foreign(w)), label="foreign"),
        UrlRule(
            detail_name,
            write(detail_writers) if patchable else NOT_ALLOWED,
            kwargs=lambda w: in_a(w, pk=own(w)),
            method="patch",
            data=lambda w: invalid_patch,
        ),
        UrlRule(
            detail_name,
            NOT_FOUND,
            kwargs=lambda w: in_a(w, pk=foreign(w)),
            method="patch",
            data=lambda w: invalid_patch,
            label="foreign",
        ),
        UrlRule(
            detail_name,
            write(detail_writers, ok=204) if deletable else NOT_ALLOWED,
            kwargs=lambda w: in_a(w, pk=own(w)),
            method="delete",
        ),
        UrlRule(
            detail_name,
            NOT_FOUND,
            kwargs=lambda w: in_a(w, pk=foreign(w)),
            method="delete",
            label="foreign",
        ),
    ]


def _private_b(world):
    world.other_network.is_public = False
    world.other_network.save(update_fields=["is_public"])
    return {"network": world.other_network.slug}


RULES = [
    UrlRule("api:api-root", public()),
    UrlRule("api:schema", public()),
    UrlRule("api:docs", public()),
    # networks
    UrlRule("api:network-list", public()),
    UrlRule("api:network-list", NOT_ALLOWED, method="post"),
    UrlRule("api:network-detail", public(), kwargs=lambda w: {"network": w.network.slug}),
    UrlRule(
        "api:network-detail",
        staff_read(),
        kwargs=lambda w: {"network": private(w)},
        label="private network",
    ),
    UrlRule(
        "api:network-detail",
        {**NOT_FOUND, "superuser": 200, "outsider": 200},
        kwargs=_private_b,
        label="foreign private network",
    ),
    UrlRule(
        "api:network-detail",
        write(COORDINATION),
        kwargs=lambda w: {"network": w.network.slug},
        method="patch",
        data=lambda w: {"name": ""},
    ),
    UrlRule(
        "api:network-detail",
        {**NOT_FOUND, "superuser": 400, "outsider": 400},
        kwargs=_private_b,
        method="patch",
        data=lambda w: {"name": ""},
        label="foreign private network",
    ),
    UrlRule(
        "api:network-detail",
        NOT_ALLOWED,
        kwargs=lambda w: {"network": w.network.slug},
        method="delete",
    ),
    # organisations
    *nested_resource_rules(
        "organisation",
        own=lambda w: w.organisation.pk,
        foreign=lambda w: w.foreign_organisation.pk,
        writers=COORDINATION,
        detail_writers=OWN_ORGANISATION_ADMIN,
        invalid_patch={"kind": "no-such-kind"},
        deletable=False,
    ),
    UrlRule(
        "api:organisation-detail",
        write(COORDINATION | {"other_org_admin"}),
        kwargs=lambda w: in_a(w, pk=w.other_organisation.pk),
        method="patch",
        data=lambda w: {"kind": "no-such-kind"},
        label="other organisation",
    ),
    UrlRule(
        "api:organisation-detail",
        api(NETWORK_STAFF, outsider=404, anonymous=404),
        kwargs=lambda w: in_a(w, pk=former_member(w).pk),
        label="former member",
    ),
    UrlRule(
        "api:organisation-list",
        public(),
        kwargs=in_a,
        query="?kind=migrant_organisation&role=member&current=true&search=Organisation",
        label="filtered",
    ),
    UrlRule(
        "api:organisation-list",
        public(400),
        kwargs=in_a,
        query="?kind=no-such-kind",
        label="invalid filter",
    ),
    # memberships
    *nested_resource_rules(
        "membership",
        own=membership_of_x,
        foreign=foreign_membership,
        writers=COORDINATION,
        invalid_patch={"role": "no-such-role"},
        deletable=False,
    ),
    UrlRule(
        "api:membership-detail",
        api(NETWORK_STAFF, outsider=404, anonymous=404),
        kwargs=lambda w: in_a(
            w, pk=Membership.objects.get(organisation=former_member(w), network=w.network).pk
        ),
        label="ended",
    ),
    # contact persons: the world's contact is not public
    *nested_resource_rules(
        "contact",
        own=public_contact,
        foreign=lambda w: w.foreign_contact.pk,
        writers=OWN_ORGANISATION_ADMIN | {"other_org_admin"},
        detail_writers=OWN_ORGANISATION_ADMIN,
        invalid_patch={"email": "not-an-address"},
        deletable=True,
    ),
    UrlRule(
        "api:contact-list",
        write(COORDINATION | {"other_org_admin"}),
        kwargs=in_a,
        method="post",
        data=lambda w: {"organisation": w.other_organisation.pk},
        label="for organisation Y",
    ),
    UrlRule(
        "api:contact-detail",
        staff_read(),
        kwargs=lambda w: in_a(w, pk=w.contact.pk),
        label="not public",
    ),
    UrlRule(
        "api:contact-detail",
        write(OWN_ORGANISATION_ADMIN, hidden=True),
        kwargs=lambda w: in_a(w, pk=w.contact.pk),
        method="patch",
        data=lambda w: {"email": "not-an-address"},
        label="not public",
    ),
    UrlRule(
        "api:contact-detail",
        write(OWN_ORGANISATION_ADMIN, ok=204, hidden=True),
        kwargs=lambda w: in_a(w, pk=w.contact.pk),
        method="delete",
        label="not public",
    ),
    # fields of action and target groups
    *nested_resource_rules(
        "field-of-action",
        own=lambda w: FieldOfActionFactory(network=w.network).pk,
        foreign=lambda w: FieldOfActionFactory(network=w.other_network).pk,
        writers=COORDINATION,
        invalid_patch={"name": ""},
        deletable=True,
    ),
    *nested_resource_rules(
        "target-group",
        own=lambda w: TargetGroupFactory(network=w.network).pk,
        foreign=lambda w: TargetGroupFactory(network=w.other_network).pk,
        writers=COORDINATION,
        invalid_patch={"name": ""},
        deletable=True,
    ),
]
