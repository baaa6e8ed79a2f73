"""Permission rules of the offers API (see verbund/core/testing.py).

The finder (``api:offering-*``) answers everybody alike: a public network's published offerings,
404 for anything else, read-only. The catalogue (``api:catalogue-offering-*``) is for the staff of
network A: the anonymous are asked to log in (403), the outsider finds nothing (404). Among the
staff, X's drafts are seen by the coordination and X's writers (admin, caseworker) and are
not found by the rest; X's published offerings are seen by all staff. Writes send an invalid
payload where they can, so the allowed get 400 and nothing changes.
"""

from verbund.core.testing import COORDINATION, NETWORK_STAFF, PERSONAS, UrlRule, api, public
from verbund.network.tests.url_rules_api import in_a, in_private_a, staff_read
from verbund.offers.models import OfferingStatus
from verbund.offers.tests.factories import OfferingFactory, OfferingTextFactory
from verbund.offers.tests.url_rules_public import (
    hidden_network,
    offering_of_hidden_network,
    with_an_offering,
)

# Who may write X's offerings (offers.offering:change) and publish them (:publish).
X_WRITERS = COORDINATION | {"org_admin", "caseworker"}
X_PUBLISHERS = COORDINATION | {"org_admin"}
# Who writes offerings of some organisation of network A (Y's admin too).
ANY_WRITER = X_WRITERS | {"other_org_admin"}


def x_offering(w, **fields) -> int:
    return OfferingFactory(network=w.network, provider=w.organisation, **fields).pk


def x_draft(w) -> int:
    return x_offering(w, status=OfferingStatus.DRAFT)


def foreign(w) -> int:
    return OfferingFactory(network=w.other_network, provider=w.foreign_organisation).pk


def with_machine_text(w) -> int:
    pk = x_offering(w)
    OfferingTextFactory(offering_id=pk, language="uk", machine_translated=True)
    return pk


def draft_expect(allowed, *, ok: int = 200) -> dict:
    """On X's draft: ``allowed`` get ``ok``, X's other writers 403, staff who cannot see the
    draft 404."""
    expect = {}
    for persona in PERSONAS:
        if persona == "anonymous":
            expect[persona] = 403
        elif persona in allowed:
            expect[persona] = ok
        elif persona in X_WRITERS:
            expect[persona] = 403
        else:
            expect[persona] = 404
    return expect


FOREIGN = {**public(404), "anonymous": 403}


def _detail(pk_of):
    return lambda w: in_a(w, pk=pk_of(w))


def _text(pk_of, language):
    return lambda w: in_a(w, pk=pk_of(w), language=language)


FINDER_RULES = [
    UrlRule("api:offering-list", public(), kwargs=with_an_offering),
    UrlRule(
        "api:offering-list",
        public(),
        kwargs=in_a,
        query="?q=kurs&kind=language_course&level=B1&free=true&lang=ar&limit=5",
        label="filtered",
    ),
    UrlRule("api:offering-list", public(400), kwargs=in_a, query="?kind=x", label="bad filter"),
    UrlRule("api:offering-list", public(400), kwargs=in_a, query="?lang=xx", label="bad lang"),
    UrlRule("api:offering-list", public(405), kwargs=in_a, method="post"),
    UrlRule("api:offering-list", public(404), kwargs=hidden_network, label="network not public"),
    UrlRule("api:offering-detail", public(), kwargs=_detail(x_offering)),
    UrlRule("api:offering-detail", public(404), kwargs=_detail(x_draft), label="draft"),
    UrlRule("api:offering-detail", public(404), kwargs=_detail(foreign), label="foreign"),
    UrlRule(
        "api:offering-detail",
        public(404),
        kwargs=lambda w: {
            "network": (data := offering_of_hidden_network(w))["network"],
            "pk": data["offering"],
        },
        label="network not public",
    ),
    UrlRule("api:offering-detail", public(405), kwargs=_detail(x_offering), method="patch"),
    UrlRule("api:offering-detail", public(405), kwargs=_detail(x_offering), method="delete"),
]

CATALOGUE_RULES = [
    # list
    UrlRule("api:catalogue-offering-list", api(NETWORK_STAFF), kwargs=in_a),
    UrlRule(
        "api:catalogue-offering-list",
        api(NETWORK_STAFF),
        kwargs=in_a,
        query="?status=draft&kind=counselling&provider=1&search=Kurs",
        label="filtered",
    ),
    UrlRule(
        "api:catalogue-offering-list",
        staff_read(),
        kwargs=in_private_a,
        label="private network",
    ),
    UrlRule(
        "api:catalogue-offering-list",
        api(ANY_WRITER, ok=400),
        kwargs=in_a,
        method="post",
    ),
    UrlRule(
        "api:catalogue-offering-list",
        api(X_WRITERS, ok=400),
        kwargs=in_a,
        method="post",
        data=lambda w: {"provider": w.organisation.pk, "kind": "x"},
        label="for organisation X",
    ),
    # detail
    UrlRule("api:catalogue-offering-detail", api(NETWORK_STAFF), kwargs=_detail(x_offering)),
    UrlRule(
        "api:catalogue-offering-detail",
        draft_expect(X_WRITERS),
        kwargs=_detail(x_draft),
        label="draft",
    ),
    UrlRule("api:catalogue-offering-detail", FOREIGN, kwargs=_detail(foreign), label="foreign"),
    UrlRule(
        "api:catalogue-offering-detail",
        api(X_WRITERS, ok=400),
        kwargs=_detail(x_offering),
        method="patch",
        data=lambda w: {"kind": "x"},
    ),
    UrlRule(
        "api:catalogue-offering-detail",
        draft_expect(X_WRITERS, ok=400),
        kwargs=_detail(x_draft),
        method="patch",
        data=lambda w: {"kind": "x"},
        label="draft",
    ),
    UrlRule(
        "api:catalogue-offering-detail",
        api(COORDINATION | {"other_org_admin"}, ok=400),
        kwargs=lambda w: in_a(
            w, pk=OfferingFactory(network=w.network, provider=w.other_organisation).pk
        ),
        method="patch",
        data=lambda w: {"kind": "x"},
        label="of organisation Y",
    ),
    UrlRule(
        "api:catalogue-offering-detail",
        FOREIGN,
        kwargs=_detail(foreign),
        method="patch",
        data=lambda w: {"kind": "x"},
        label="foreign",
    ),
    UrlRule(
        "api:catalogue-offering-detail",
        draft_expect(X_WRITERS, ok=204),
        kwargs=_detail(x_draft),
        method="delete",
        label="draft",
    ),
    UrlRule(
        "api:catalogue-offering-detail",
        api(X_WRITERS, ok=400),
        kwargs=_detail(x_offering),
        method="delete",
        label="published",
    ),
    UrlRule(
        "api:catalogue-offering-detail",
        FOREIGN,
        kwargs=_detail(foreign),
        method="delete",
        label="foreign",
    ),
    UrlRule(
        "api:catalogue-offering-detail",
        api(NETWORK_STAFF, ok=405),
        kwargs=_detail(x_offering),
        method="put",
    ),
    # status
    UrlRule(
        "api:catalogue-offering-publish",
        draft_expect(X_PUBLISHERS),
        kwargs=_detail(x_draft),
        method="post",
    ),
    UrlRule(
        "api:catalogue-offering-publish",
        draft_expect(X_PUBLISHERS, ok=400),
        kwargs=_detail(lambda w: x_offering(w, status=OfferingStatus.DRAFT, german=False)),
        method="post",
        label="draft without German text",
    ),
    UrlRule(
        "api:catalogue-offering-publish",
        FOREIGN,
        kwargs=_detail(foreign),
        method="post",
        label="foreign",
    ),
    UrlRule(
        "api:catalogue-offering-publish",
        api(NETWORK_STAFF, ok=405),
        kwargs=_detail(x_offering),
        label="read",
    ),
    UrlRule(
        "api:catalogue-offering-unpublish",
        api(X_PUBLISHERS),
        kwargs=_detail(x_offering),
        method="post",
    ),
    UrlRule(
        "api:catalogue-offering-unpublish",
        FOREIGN,
        kwargs=_detail(foreign),
        method="post",
        label="foreign",
    ),
    UrlRule(
        "api:catalogue-offering-archive",
        api(X_PUBLISHERS),
        kwargs=_detail(x_offering),
        method="post",
    ),
    UrlRule(
        "api:catalogue-offering-archive",
        FOREIGN,
        kwargs=_detail(foreign),
        method="post",
        label="foreign",
    ),
    # texts
    UrlRule(
        "api:catalogue-offering-text",
        api(X_WRITERS, ok=400),
        kwargs=_text(x_offering, "en"),
        method="put",
        data=lambda w: {"title": ""},
    ),
    UrlRule(
        "api:catalogue-offering-text",
        draft_expect(X_WRITERS, ok=400),
        kwargs=_text(x_draft, "en"),
        method="put",
        data=lambda w: {"title": ""},
        label="draft",
    ),
    UrlRule(
        "api:catalogue-offering-text",
        api(X_WRITERS, ok=404),
        kwargs=_text(x_offering, "xx"),
        method="put",
        data=lambda w: {"title": ""},
        label="unknown language",
    ),
    UrlRule(
        "api:catalogue-offering-text",
        FOREIGN,
        kwargs=_text(foreign, "en"),
        method="put",
        data=lambda w: {"title": ""},
        label="foreign",
    ),
    UrlRule(
        "api:catalogue-offering-text",
        api(X_WRITERS, ok=204),
        kwargs=_text(x_offering, "tr"),
        method="delete",
    ),
    UrlRule(
        "api:catalogue-offering-text",
        api(X_WRITERS, ok=400),
        kwargs=_text(x_offering, "de"),
        method="delete",
        label="German source",
    ),
    UrlRule(
        "api:catalogue-offering-text",
        api(NETWORK_STAFF, ok=405),
        kwargs=_text(x_offering, "en"),
        label="read",
    ),
    UrlRule(
        "api:catalogue-offering-approve-text",
        api(X_WRITERS),
        kwargs=_text(with_machine_text, "uk"),
        method="post",
    ),
    UrlRule(
        "api:catalogue-offering-approve-text",
        api(X_WRITERS, ok=400),
        kwargs=_text(x_offering, "en"),
        method="post",
        label="nothing to approve",
    ),
    UrlRule(
        "api:catalogue-offering-approve-text",
        FOREIGN,
        kwargs=_text(foreign, "uk"),
        method="post",
        label="foreign",
    ),
]

RULES = [*FINDER_RULES, *CATALOGUE_RULES]
