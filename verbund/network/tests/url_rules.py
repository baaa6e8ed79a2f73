"""Permission rules of the registry's pages (see verbund/core/testing.py).

Each object URL has a rule where the object belongs to network B while the address names
network A: that is a 404 for everyone, the superuser included, because objects are fetched
through the network of the address.
"""

from verbund.core.testing import (
    COORDINATION,
    NETWORK_STAFF,
    OWN_ORGANISATION_ADMIN,
    UrlRule,
    office,
    public,
)
from verbund.network.models import Membership
from verbund.network.tests.factories import FieldOfActionFactory, NetworkFactory

EXPORTERS = COORDINATION | {"org_admin", "other_org_admin"}


def _alpha(world, **extra):
    return {"network": world.network.slug, **extra}


def _organisation(world):
    return _alpha(world, organisation=world.organisation.pk)


def _foreign_organisation(world):
    return _alpha(world, organisation=world.foreign_organisation.pk)


def _contact(world):
    return _alpha(world, organisation=world.organisation.pk, contact=world.contact.pk)


def _contact_under_foreign_organisation(world):
    return _alpha(
        world, organisation=world.foreign_organisation.pk, contact=world.foreign_contact.pk
    )


def _foreign_contact_under_own_organisation(world):
    return _alpha(world, organisation=world.organisation.pk, contact=world.foreign_contact.pk)


def _membership(world):
    membership = Membership.objects.get(network=world.network, organisation=world.organisation)
    return _alpha(world, membership=membership.pk)


def _foreign_membership(world):
    membership = Membership.objects.get(
        network=world.other_network, organisation=world.foreign_organisation
    )
    return _alpha(world, membership=membership.pk)


def _kind(world):
    return _alpha(world, kind="fields-of-action")


def _entry(world):
    entry = FieldOfActionFactory(network=world.network)
    return _alpha(world, kind="fields-of-action", entry=entry.pk)


def _foreign_entry(world):
    entry = FieldOfActionFactory(network=world.other_network)
    return _alpha(world, kind="fields-of-action", entry=entry.pk)


def _fmt(fmt):
    return lambda world: _alpha(world, fmt=fmt)


def _public_organisation(world):
    return {"network": world.network.slug, "organisation": world.organisation.pk}


def _public_foreign_organisation(world):
    return {"network": world.network.slug, "organisation": world.foreign_organisation.pk}


def _non_public_network_organisation(world):
    hidden = NetworkFactory(slug="hidden", is_public=False)
    Membership.objects.create(network=hidden, organisation=world.organisation, role="member")
    return {"network": hidden.slug, "organisation": world.organisation.pk}


def _get_and_post(name, expect, kwargs, *, label=""):
    """A form page: GET shows it, an empty POST re-renders it with errors and changes nothing."""
    return [
        UrlRule(name, expect, kwargs=kwargs, label=label),
        UrlRule(name, expect, kwargs=kwargs, method="post", label=label),
    ]


def _foreign(name, kwargs, *, label="foreign object"):
    expect = office(NETWORK_STAFF, foreign=True)
    return _get_and_post(name, expect, kwargs, label=label)


RULES = [
    # Public pages: the same for everyone; nothing to post.
    UrlRule("public:home", public()),
    UrlRule("public:home", public(405), method="post"),
    UrlRule("public:network", public(), kwargs=lambda w: {"network": w.network.slug}),
    UrlRule(
        "public:network", public(405), kwargs=lambda w: {"network": w.network.slug}, method="post"
    ),
    UrlRule(
        "public:network",
        public(404),
        kwargs=lambda w: {"network": NetworkFactory(is_public=False).slug},
        label="non-public network",
    ),
    UrlRule("public:organisation", public(), kwargs=_public_organisation),
    UrlRule("public:organisation", public(405), kwargs=_public_organisation, method="post"),
    UrlRule(
        "public:organisation",
        public(404),
        kwargs=_public_foreign_organisation,
        label="organisation of another network",
    ),
    UrlRule(
        "public:organisation",
        public(404),
        kwargs=_non_public_network_organisation,
        label="non-public network",
    ),
    # Start and overview.
    UrlRule("office:home", {**office(NETWORK_STAFF), "outsider": 200}),
    UrlRule("office:home", {**office(NETWORK_STAFF, ok=405), "outsider": 405}, method="post"),
    UrlRule("office:network", office(NETWORK_STAFF), kwargs=_alpha),
    UrlRule("office:network", office(NETWORK_STAFF, ok=405), kwargs=_alpha, method="post"),
    # The network itself.
    *_get_and_post("office:network_edit", office(COORDINATION), _alpha),
    # No statute uploaded in the world: the permission is checked before the file is looked
    # for (test_views_network.py streams a real one to each persona).
    UrlRule("office:network_statute", office(NETWORK_STAFF, ok=404), kwargs=_alpha),
    UrlRule("office:network_statute", office(NETWORK_STAFF, ok=405), kwargs=_alpha, method="post"),
    # Fields of action and target groups.
    UrlRule("office:vocabulary_list", office(COORDINATION), kwargs=_kind),
    UrlRule("office:vocabulary_list", office(COORDINATION, ok=405), kwargs=_kind, method="post"),
    UrlRule(
        "office:vocabulary_list",
        office(NETWORK_STAFF, foreign=True),
        kwargs=lambda w: _alpha(w, kind="no-such-list"),
        label="unknown list",
    ),
    *_get_and_post("office:vocabulary_add", office(COORDINATION), _kind),
    *_get_and_post("office:vocabulary_edit", office(COORDINATION), _entry),
    *_foreign("office:vocabulary_edit", _foreign_entry),
    *_get_and_post("office:vocabulary_delete", office(COORDINATION), _entry),
    *_foreign("office:vocabulary_delete", _foreign_entry),
    # Organisations.
    UrlRule("office:organisation_list", office(NETWORK_STAFF), kwargs=_alpha),
    UrlRule(
        "office:organisation_list",
        office(NETWORK_STAFF),
        kwargs=_alpha,
        query="?status=all&kind=migrant_organisation&role=member&q=Organisation&page=1",
        label="filtered",
    ),
    UrlRule(
        "office:organisation_list", office(NETWORK_STAFF, ok=405), kwargs=_alpha, method="post"
    ),
    *_get_and_post("office:organisation_add", office(COORDINATION), _alpha),
    UrlRule("office:organisation_detail", office(NETWORK_STAFF), kwargs=_organisation),
    UrlRule(
        "office:organisation_detail",
        office(NETWORK_STAFF, ok=405),
        kwargs=_organisation,
        method="post",
    ),
    *_foreign("office:organisation_detail", _foreign_organisation),
    *_get_and_post("office:organisation_edit", office(OWN_ORGANISATION_ADMIN), _organisation),
    *_foreign("office:organisation_edit", _foreign_organisation),
    # Memberships.
    *_get_and_post("office:membership_add", office(COORDINATION), _alpha),
    *_get_and_post("office:membership_edit", office(COORDINATION), _membership),
    *_foreign("office:membership_edit", _foreign_membership),
    # Contact persons.
    UrlRule("office:contact_list", office(NETWORK_STAFF), kwargs=_alpha),
    UrlRule(
        "office:contact_list",
        office(NETWORK_STAFF),
        kwargs=_alpha,
        query="?kind=migrant_organisation&public_only=on&page=2",
        label="filtered",
    ),
    UrlRule("office:contact_list", office(NETWORK_STAFF, ok=405), kwargs=_alpha, method="post"),
    *_get_and_post("office:contact_add", office(OWN_ORGANISATION_ADMIN), _organisation),
    *_foreign("office:contact_add", _foreign_organisation),
    *_get_and_post("office:contact_edit", office(OWN_ORGANISATION_ADMIN), _contact),
    *_foreign("office:contact_edit", _contact_under_foreign_organisation),
    *_foreign(
        "office:contact_edit",
        _foreign_contact_under_own_organisation,
        label="foreign contact of own organisation",
    ),
    # GET asks for confirmation; an empty POST (no confirmation) deletes nothing.
    *_get_and_post("office:contact_delete", office(OWN_ORGANISATION_ADMIN), _contact),
    *_foreign("office:contact_delete", _contact_under_foreign_organisation),
    *_foreign(
        "office:contact_delete",
        _foreign_contact_under_own_organisation,
        label="foreign contact of own organisation",
    ),
    # Exports.
    UrlRule("office:organisation_export", office(EXPORTERS), kwargs=_fmt("csv")),
    UrlRule("office:organisation_export", office(EXPORTERS), kwargs=_fmt("xlsx"), label="xlsx"),
    UrlRule(
        "office:organisation_export",
        office(EXPORTERS, ok=404),
        kwargs=_fmt("pdf"),
        label="unknown format",
    ),
    UrlRule(
        "office:organisation_export", office(EXPORTERS, ok=405), kwargs=_fmt("csv"), method="post"
    ),
    UrlRule("office:contact_export", office(EXPORTERS), kwargs=_fmt("csv")),
    UrlRule("office:contact_export", office(EXPORTERS), kwargs=_fmt("xlsx"), label="xlsx"),
    UrlRule("office:contact_export", office(EXPORTERS, ok=405), kwargs=_fmt("csv"), method="post"),
    # Search: the query travels in a POST body; an empty one re-renders the form.
    *_get_and_post("office:search", office(NETWORK_STAFF), _alpha),
    UrlRule(
        "office:search",
        office(NETWORK_STAFF),
        kwargs=_alpha,
        method="post",
        data=lambda w: {"q": "Organisation"},
        label="with query",
    ),
]
