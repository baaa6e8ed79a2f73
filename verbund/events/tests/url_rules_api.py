"""Permission rules of the events API (see verbund/core/testing.py).

The calendar (``api:event-*``) answers everybody alike: a public network's events open to the
public, 404 for anything else, read-only. The staff's events (``api:managed-event-*``) and
registrations (``api:event-registration-*``) are for the staff of network A: the anonymous are
asked to log in (403), the outsider finds nothing (404). X's drafts are seen by the coordination
and X's staff and not found by Y's admin; writing needs ``events.event:change`` on an organiser
(coordination, X's admin and caseworker), publishing and cancelling ``:publish`` (coordination,
X's admin), registrations — names and addresses — ``events.registration:view`` and check-in
``:change`` (coordination, X's admin and caseworker). Writes send an invalid payload where they
can, so the allowed get 400 and nothing changes.
"""

import datetime

from django.utils import timezone

from verbund.core.testing import COORDINATION, NETWORK_STAFF, PERSONAS, UrlRule, api, public
from verbund.events.choices import Audience, EventStatus, RegistrationStatus
from verbund.events.tests.factories import EventFactory, RegistrationFactory
from verbund.network.tests.url_rules_api import in_a, in_private_a, staff_read

X_WRITERS = COORDINATION | {"org_admin", "caseworker"}
X_PUBLISHERS = COORDINATION | {"org_admin"}
# Who writes events for some organisation of network A (Y's admin too).
ANY_WRITER = X_WRITERS | {"other_org_admin"}
# Who sees and checks in the registrations of X's events.
X_REGISTRARS = COORDINATION | {"org_admin", "caseworker"}
FOREIGN = {**public(404), "anonymous": 403}


def x_event(w, **fields) -> int:
    return EventFactory(network=w.network, organiser=w.organisation, **fields).pk


def x_draft(w) -> int:
    return x_event(w, status=EventStatus.DRAFT)


def foreign(w) -> int:
    return EventFactory(network=w.other_network, organiser=w.foreign_organisation).pk


def with_an_event(w) -> dict:
    x_event(w)
    return in_a(w)


def draft_expect(allowed, *, ok: int = 200) -> dict:
    """On X's draft: ``allowed`` get ``ok``, X's other staff 403, Y's admin (who does not see
    the draft) and the outsider 404, the anonymous 403."""
    expect = {}
    for persona in PERSONAS:
        if persona == "anonymous":
            expect[persona] = 403
        elif persona in ("other_org_admin", "outsider"):
            expect[persona] = 404
        elif persona in allowed:
            expect[persona] = ok
        else:
            expect[persona] = 403
    return expect


def _detail(pk_of):
    return lambda w: in_a(w, pk=pk_of(w))


def _registrations(pk_of):
    return lambda w: in_a(w, event=pk_of(w))


def _registration(status=RegistrationStatus.CONFIRMED, event_of=x_event):
    def kwargs(w):
        event = event_of(w)
        return in_a(w, event=event, pk=RegistrationFactory(event_id=event, status=status).pk)

    return kwargs


def _valid_event(w) -> dict:
    start = timezone.now() + datetime.timedelta(days=30)
    return {
        "kind": "network_meeting",
        "organisers": [w.organisation.pk],
        "starts_at": start.isoformat(),
        "ends_at": (start + datetime.timedelta(hours=2)).isoformat(),
        "venue": "Rathaus",
        "text": {"title": "Netzwerktreffen"},
    }


CALENDAR_RULES = [
    UrlRule("api:event-list", public(), kwargs=with_an_event),
    UrlRule(
        "api:event-list",
        public(),
        kwargs=in_a,
        query="?kind=public_forum&from=2020-01-01&to=2099-12-31&lang=ar&limit=5",
        label="filtered",
    ),
    UrlRule("api:event-list", public(), kwargs=in_a, query="?past=true", label="past"),
    UrlRule("api:event-list", public(400), kwargs=in_a, query="?kind=x", label="bad kind"),
    UrlRule("api:event-list", public(400), kwargs=in_a, query="?from=15.5.", label="bad date"),
    UrlRule("api:event-list", public(400), kwargs=in_a, query="?lang=xx", label="bad lang"),
    UrlRule("api:event-list", public(405), kwargs=in_a, method="post"),
    UrlRule("api:event-list", public(404), kwargs=in_private_a, label="network not public"),
    UrlRule("api:event-detail", public(), kwargs=_detail(x_event)),
    UrlRule("api:event-detail", public(404), kwargs=_detail(x_draft), label="draft"),
    UrlRule(
        "api:event-detail",
        public(404),
        kwargs=_detail(lambda w: x_event(w, audience=Audience.MEMBERS)),
        label="for members",
    ),
    UrlRule("api:event-detail", public(404), kwargs=_detail(foreign), label="foreign"),
    UrlRule("api:event-detail", public(405), kwargs=_detail(x_event), method="patch"),
]

MANAGEMENT_RULES = [
    # list and create
    UrlRule("api:managed-event-list", api(NETWORK_STAFF), kwargs=in_a),
    UrlRule(
        "api:managed-event-list",
        api(NETWORK_STAFF),
        kwargs=in_a,
        query="?status=draft&kind=public_forum&organiser=1&past=false",
        label="filtered",
    ),
    UrlRule("api:managed-event-list", staff_read(), kwargs=in_private_a, label="private network"),
    UrlRule("api:managed-event-list", api(ANY_WRITER, ok=400), kwargs=in_a, method="post"),
    UrlRule(
        "api:managed-event-list",
        api(X_WRITERS, ok=201),
        kwargs=in_a,
        method="post",
        data=_valid_event,
        label="for organisation X",
    ),
    # detail and edit
    UrlRule("api:managed-event-detail", api(NETWORK_STAFF), kwargs=_detail(x_event)),
    UrlRule(
        "api:managed-event-detail",
        draft_expect(NETWORK_STAFF),
        kwargs=_detail(x_draft),
        label="draft",
    ),
    UrlRule("api:managed-event-detail", FOREIGN, kwargs=_detail(foreign), label="foreign"),
    UrlRule(
        "api:managed-event-detail",
        api(X_WRITERS, ok=400),
        kwargs=_detail(x_event),
        method="patch",
        data=lambda w: {"kind": "x"},
    ),
    UrlRule(
        "api:managed-event-detail",
        draft_expect(X_WRITERS, ok=400),
        kwargs=_detail(x_draft),
        method="patch",
        data=lambda w: {"kind": "x"},
        label="draft",
    ),
    UrlRule(
        "api:managed-event-detail",
        api(COORDINATION | {"other_org_admin"}, ok=400),
        kwargs=lambda w: in_a(
            w, pk=EventFactory(network=w.network, organiser=w.other_organisation).pk
        ),
        method="patch",
        data=lambda w: {"kind": "x"},
        label="of organisation Y",
    ),
    UrlRule(
        "api:managed-event-detail",
        FOREIGN,
        kwargs=_detail(foreign),
        method="patch",
        data=lambda w: {"kind": "x"},
        label="foreign",
    ),
    UrlRule(
        "api:managed-event-detail",
        api(NETWORK_STAFF, ok=405),
        kwargs=_detail(x_event),
        method="delete",
    ),
    # status
    UrlRule(
        "api:managed-event-publish",
        draft_expect(X_PUBLISHERS),
        kwargs=_detail(x_draft),
        method="post",
    ),
    UrlRule(
        "api:managed-event-publish",
        draft_expect(X_PUBLISHERS, ok=400),
        kwargs=_detail(lambda w: x_event(w, status=EventStatus.DRAFT, german=False)),
        method="post",
        label="draft without German text",
    ),
    UrlRule(
        "api:managed-event-publish",
        FOREIGN,
        kwargs=_detail(foreign),
        method="post",
        label="foreign",
    ),
    UrlRule(
        "api:managed-event-publish",
        api(NETWORK_STAFF, ok=405),
        kwargs=_detail(x_event),
        label="read",
    ),
    UrlRule("api:managed-event-cancel", api(X_PUBLISHERS), kwargs=_detail(x_event), method="post"),
    UrlRule(
        "api:managed-event-cancel", FOREIGN, kwargs=_detail(foreign), method="post", label="foreign"
    ),
]

REGISTRATION_RULES = [
    UrlRule("api:event-registration-list", api(X_REGISTRARS), kwargs=_registrations(x_event)),
    UrlRule(
        "api:event-registration-list",
        draft_expect(X_REGISTRARS),
        kwargs=_registrations(x_draft),
        label="draft",
    ),
    UrlRule(
        "api:event-registration-list", FOREIGN, kwargs=_registrations(foreign), label="foreign"
    ),
    UrlRule(
        "api:event-registration-list",
        api(NETWORK_STAFF, ok=405),
        kwargs=_registrations(x_event),
        method="post",
    ),
    UrlRule(
        "api:event-registration-check-in",
        api(X_REGISTRARS),
        kwargs=_registration(),
        method="post",
    ),
    UrlRule(
        "api:event-registration-check-in",
        api(X_REGISTRARS, ok=400),
        kwargs=_registration(RegistrationStatus.WAITING),
        method="post",
        label="waiting",
    ),
    UrlRule(
        "api:event-registration-check-in",
        api(NETWORK_STAFF, ok=404),
        kwargs=lambda w: in_a(
            w,
            event=x_event(w),
            pk=RegistrationFactory(event_id=x_event(w)).pk,
        ),
        method="post",
        label="of another event",
    ),
    UrlRule(
        "api:event-registration-check-in",
        FOREIGN,
        kwargs=_registration(event_of=foreign),
        method="post",
        label="foreign",
    ),
    UrlRule(
        "api:event-registration-check-in",
        api(NETWORK_STAFF, ok=405),
        kwargs=_registration(),
        label="read",
    ),
]

RULES = [*CALENDAR_RULES, *MANAGEMENT_RULES, *REGISTRATION_RULES]
