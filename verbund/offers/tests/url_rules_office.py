"""Permission rules of the offerings' back office (see verbund/core/testing.py).

The list is open to the network's staff, each seeing what they may (coordinators everything,
organisation staff their organisations' offerings). An offering of organisation X is seen by X's
staff and the coordination; writing it needs ``offers.offering:change`` (admins, caseworkers),
publishing ``offers.offering:publish`` (admins); Y's admin does not see it at all (404). An
offering of network B addressed under network A is a 404 for everyone. Every page is ruled for
GET and POST.
"""

from verbund.core.testing import COORDINATION, NETWORK_STAFF, PERSONAS, UrlRule, office
from verbund.offers.models import OfferingStatus
from verbund.offers.tests.factories import OfferingFactory
from verbund.offers.tests.office_helpers import translate

SEES_X = COORDINATION | {"org_admin", "caseworker", "multiplier", "viewer"}
CHANGES_X = COORDINATION | {"org_admin", "caseworker"}
PUBLISHES_X = COORDINATION | {"org_admin"}
# Who writes offerings for some organisation of network A (X's or, for Y's admin, Y's).
ADDS = CHANGES_X | {"other_org_admin"}
IMPORTS = COORDINATION | {"org_admin", "other_org_admin"}
EXPORTS = COORDINATION | {"org_admin", "other_org_admin"}


def of_x(allowed, *, ok=200):
    """An offering of X: Y's admin learns nothing about it."""
    return {**office(allowed, ok=ok), "other_org_admin": 404}


def everyone_404():
    return office(COORDINATION, foreign=True)


def in_a(w, **kwargs):
    return {"network": w.network.slug, **kwargs}


def x_offering(status=OfferingStatus.PUBLISHED, **fields):
    def kwargs(w, **extra):
        offering = OfferingFactory(
            provider=w.organisation, network=w.network, status=status, **fields
        )
        return in_a(w, offering=offering.pk, **extra)

    return kwargs


def y_offering(w):
    offering = OfferingFactory(provider=w.other_organisation, network=w.network)
    return in_a(w, offering=offering.pk)


def b_offering(w, **extra):
    """Network B's offering under network A's address."""
    offering = OfferingFactory(provider=w.foreign_organisation, network=w.other_network)
    return in_a(w, offering=offering.pk, **extra)


def with_language(kwargs, language):
    return lambda w: kwargs(w, language=language)


def machine_translated(w, **extra):
    offering = OfferingFactory(provider=w.organisation, network=w.network)
    translate(offering, "ar", machine_translated=True)
    return in_a(w, offering=offering.pk, language="ar", **extra)


def confirmed(w):
    return {"confirm": "1"}


def page_rules(name, expect_get, expect_post, kwargs, *, label=""):
    return [
        UrlRule(name, expect_get, kwargs=kwargs, label=label),
        UrlRule(name, expect_post, kwargs=kwargs, method="post", label=label),
    ]


def foreign_rules(name, kwargs):
    return [
        UrlRule(name, everyone_404(), kwargs=kwargs, label="network B"),
        UrlRule(
            name,
            everyone_404(),
            kwargs=kwargs,
            method="post",
            data=confirmed,
            label="network B",
        ),
    ]


def action_rules(name, allowed, *, status=OfferingStatus.PUBLISHED, valid_status=None):
    """A confirmation page: GET asks, an empty POST re-renders with an error, a confirmed POST
    acts and redirects."""
    return [
        *page_rules(name, of_x(allowed), of_x(allowed), x_offering(status)),
        UrlRule(
            name,
            of_x(allowed, ok=302),
            kwargs=x_offering(valid_status or status),
            method="post",
            data=confirmed,
            label="confirmed",
        ),
        *foreign_rules(name, b_offering),
    ]


RULES = [
    # --- the list and its export ---
    *page_rules("office:offering_list", office(NETWORK_STAFF), office(NETWORK_STAFF, ok=405), in_a),
    UrlRule(
        "office:offering_list",
        office(NETWORK_STAFF),
        kwargs=in_a,
        query="?status=draft&kind=counselling&q=Kurs&page=2",
        label="filtered",
    ),
    UrlRule(
        "office:offering_list",
        office(NETWORK_STAFF),
        kwargs=in_a,
        query="?provider=999999&status=nonsense",
        label="invalid filters",
    ),
    *page_rules(
        "office:offering_export",
        office(EXPORTS),
        office(EXPORTS, ok=405),
        lambda w: in_a(w, fmt="csv"),
        label="csv",
    ),
    UrlRule("office:offering_export", office(EXPORTS), kwargs=lambda w: in_a(w, fmt="xlsx")),
    UrlRule(
        "office:offering_export",
        office(EXPORTS, ok=404),
        kwargs=lambda w: in_a(w, fmt="pdf"),
        label="unknown format",
    ),
    # --- adding and editing ---
    *page_rules("office:offering_add", office(ADDS), office(ADDS), in_a),
    UrlRule(
        "office:offering_add",
        # Y's admin may add only for Y, so X chosen as provider is "not a valid choice".
        {**office(ADDS, ok=302), "other_org_admin": 200},
        kwargs=in_a,
        method="post",
        data=lambda w: {
            "provider": w.organisation.pk,
            "networks": [w.network.pk],
            "kind": "counselling",
            "is_free": "on",
            "text-title": "Sozialberatung",
        },
        label="valid",
    ),
    *page_rules(
        "office:offering_detail", of_x(SEES_X), of_x(SEES_X, ok=405), x_offering(), label="X"
    ),
    UrlRule(
        "office:offering_detail",
        {
            **dict.fromkeys(PERSONAS, 404),
            "anonymous": 302,
            "superuser": 200,
            "coordinator": 200,
            "other_org_admin": 200,
        },
        kwargs=y_offering,
        label="of Y",
    ),
    *foreign_rules("office:offering_detail", b_offering),
    *page_rules("office:offering_edit", of_x(CHANGES_X), of_x(CHANGES_X), x_offering()),
    *foreign_rules("office:offering_edit", b_offering),
    # --- actions behind a confirmation page ---
    *action_rules("office:offering_copy", CHANGES_X),
    *action_rules("office:offering_publish", PUBLISHES_X, status=OfferingStatus.DRAFT),
    *action_rules("office:offering_unpublish", PUBLISHES_X),
    *action_rules("office:offering_archive", PUBLISHES_X),
    *action_rules("office:offering_delete", CHANGES_X, status=OfferingStatus.DRAFT),
    # Without a translation service configured the page does not exist (404) for those who
    # could use it; the others are refused first.
    *page_rules(
        "office:offering_translate",
        of_x(CHANGES_X, ok=404),
        of_x(CHANGES_X, ok=404),
        x_offering(),
    ),
    *foreign_rules("office:offering_translate", b_offering),
    # --- texts per language ---
    *page_rules(
        "office:offering_text_edit",
        of_x(CHANGES_X),
        of_x(CHANGES_X),
        with_language(x_offering(), "ar"),
        label="ar",
    ),
    UrlRule(
        "office:offering_text_edit",
        of_x(CHANGES_X),
        kwargs=with_language(x_offering(), "de"),
        label="de",
    ),
    UrlRule(
        "office:offering_text_edit",
        of_x(CHANGES_X, ok=302),
        kwargs=with_language(x_offering(), "en"),
        method="post",
        data=lambda w: {"title": "Counselling"},
        label="valid en",
    ),
    UrlRule(
        "office:offering_text_edit",
        everyone_404(),
        kwargs=with_language(x_offering(), "xx"),
        label="unknown language",
    ),
    *foreign_rules("office:offering_text_edit", with_language(b_offering, "en")),
    *page_rules(
        "office:offering_text_approve", of_x(CHANGES_X), of_x(CHANGES_X), machine_translated
    ),
    UrlRule(
        "office:offering_text_approve",
        of_x(CHANGES_X, ok=302),
        kwargs=machine_translated,
        method="post",
        data=confirmed,
        label="confirmed",
    ),
    *foreign_rules("office:offering_text_approve", with_language(b_offering, "ar")),
    *page_rules(
        "office:offering_text_delete", of_x(CHANGES_X), of_x(CHANGES_X), machine_translated
    ),
    UrlRule(
        "office:offering_text_delete",
        of_x(CHANGES_X, ok=404),
        kwargs=with_language(x_offering(), "de"),
        label="German source",
    ),
    *foreign_rules("office:offering_text_delete", with_language(b_offering, "ar")),
    # --- import ---
    *page_rules("office:offering_import_upload", office(IMPORTS), office(IMPORTS), in_a),
    # Nothing uploaded yet: the preview sends back to the upload.
    *page_rules(
        "office:offering_import_preview",
        office(IMPORTS, ok=302),
        office(IMPORTS, ok=405),
        in_a,
    ),
    # Confirming without a checked file re-renders the upload form with an error.
    *page_rules("office:offering_import_confirm", office(IMPORTS, ok=405), office(IMPORTS), in_a),
    *page_rules(
        "office:offering_import_template",
        office(IMPORTS),
        office(IMPORTS, ok=405),
        lambda w: in_a(w, fmt="xlsx"),
    ),
    UrlRule(
        "office:offering_import_template",
        office(IMPORTS),
        kwargs=lambda w: in_a(w, fmt="csv"),
        label="csv",
    ),
]
