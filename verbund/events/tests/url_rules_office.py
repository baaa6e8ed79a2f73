"""Permission rules of the events' back office (see verbund/core/testing.py).

An event organised by X (the personas' organisation): X's admin and caseworker act on it (the
admin alone publishes, cancels and files minutes); X's multiplier and viewer see it but get 403
on its registrations; Y's admin sees it once published (403 on anything else) and gets 404 for
X's draft; the outsider of network B gets 404, and so does everyone for an event of network B
addressed under network A. Invitations are the coordination's, series too. Every page is ruled
for GET and POST.
"""

from verbund.core.testing import COORDINATION, NETWORK_STAFF, UrlRule, office
from verbund.events.choices import EventStatus, RegistrationStatus
from verbund.events.models import EventDocument, EventSeries
from verbund.events.tests.factories import EventFactory, EventTextFactory, RegistrationFactory

SEES_X = COORDINATION | {"org_admin", "caseworker", "multiplier", "viewer"}
CHANGES_X = COORDINATION | {"org_admin", "caseworker"}
PUBLISHES_X = COORDINATION | {"org_admin"}
# Registrations of X's events: names and addresses for X's admin and caseworker.
REGISTRATIONS_X = COORDINATION | {"org_admin", "caseworker"}
# Who writes events for some organisation of network A (X's staff, or Y's admin for Y).
ADDS = CHANGES_X | {"other_org_admin"}


def published_x(allowed, *, ok=200):
    """X's published event: Y's admin sees it, so is refused (403) rather than kept out."""
    return office(allowed, ok=ok)


def draft_x(allowed, *, ok=200):
    """X's draft: Y's admin learns nothing about it."""
    return {**office(allowed, ok=ok), "other_org_admin": 404}


def everyone_404():
    return office(COORDINATION, foreign=True)


def in_a(w, **kwargs):
    return {"network": w.network.slug, **kwargs}


def x_event(status=EventStatus.PUBLISHED, **fields):
    def kwargs(w, **extra):
        event = EventFactory(network=w.network, organiser=w.organisation, status=status, **fields)
        return in_a(w, event=event.pk, **extra)

    return kwargs


def b_event(w, **extra):
    """Network B's event under network A's address."""
    event = EventFactory(network=w.other_network, organiser=w.foreign_organisation)
    return in_a(w, event=event.pk, **extra)


def with_language(kwargs, language):
    return lambda w: kwargs(w, language=language)


def machine_translated(w):
    event = EventFactory(network=w.network, organiser=w.organisation)
    EventTextFactory(event=event, language="ar", title="ندوة", machine_translated=True)
    return in_a(w, event=event.pk, language="ar")


def x_registration(w):
    event = EventFactory(network=w.network, organiser=w.organisation)
    registration = RegistrationFactory(event=event)
    return in_a(w, event=event.pk, registration=registration.pk)


def b_registration(w):
    """A registration of network B's event, under an event of network A."""
    event = EventFactory(network=w.network, organiser=w.organisation)
    foreign = RegistrationFactory(
        event=EventFactory(network=w.other_network, organiser=w.foreign_organisation)
    )
    return in_a(w, event=event.pk, registration=foreign.pk)


def x_document(w):
    # No file stored in the world: the permission is checked before the file is looked for.
    event = EventFactory(network=w.network, organiser=w.organisation)
    document = EventDocument.objects.create(event=event, title="Protokoll", file="events/x.pdf")
    return in_a(w, event=event.pk, document=document.pk)


def x_series(w, **extra):
    series = EventSeries.objects.create(network=w.network, title="AG Arbeit", kind="training")
    EventFactory(network=w.network, organiser=w.organisation, series=series)
    return in_a(w, series=series.pk, **extra)


def b_series(w):
    series = EventSeries.objects.create(network=w.other_network, title="AG Beta", kind="training")
    return in_a(w, series=series.pk)


def confirmed(w):
    return {"confirm": "1"}


def page_rules(name, expect_get, expect_post, kwargs, *, label=""):
    return [
        UrlRule(name, expect_get, kwargs=kwargs, label=label),
        UrlRule(name, expect_post, kwargs=kwargs, method="post", label=label),
    ]


def foreign_rules(name, kwargs=b_event, *, method="post"):
    """Another network's object is a 404 before any method or permission is looked at: one
    rule per address proves it (a confirmed POST, the request that would act)."""
    return [
        UrlRule(
            name, everyone_404(), kwargs=kwargs, method=method, data=confirmed, label="network B"
        )
    ]


def action_rules(name, allowed, *, status=EventStatus.PUBLISHED):
    """A confirmation page: GET asks, an empty POST re-renders with an error, a confirmed POST
    acts and redirects."""
    expect = draft_x if status == EventStatus.DRAFT else published_x
    return [
        *page_rules(name, expect(allowed), expect(allowed), x_event(status)),
        UrlRule(
            name,
            expect(allowed, ok=302),
            kwargs=x_event(status),
            method="post",
            data=confirmed,
            label="confirmed",
        ),
        *foreign_rules(name),
    ]


def valid_event(w):
    return {
        "organisers": [w.organisation.pk],
        "kind": "public_forum",
        "audience": "public",
        "starts_at": "2031-05-15T14:00",
        "ends_at": "2031-05-15T17:00",
        "venue": "Leibnizhaus",
        "city": "Hannover",
        "registration_required": "on",
        "seats_per_registration": "1",
        "is_free": "on",
        "text-title": "An-Erkennen – wir sehen mehr",
    }


def valid_registration(w):
    return {
        "name": "Per Telefon",
        "email": "telefon@example.org",
        "seats": "1",
        "language": "de",
        "consent": "on",
    }


RULES = [
    # --- the list, figures, adding ---
    *page_rules("office:event_list", office(NETWORK_STAFF), office(NETWORK_STAFF, ok=405), in_a),
    UrlRule(
        "office:event_list",
        office(NETWORK_STAFF),
        kwargs=in_a,
        query="?when=upcoming&status=draft&kind=training&series=999999&page=2",
        label="filtered",
    ),
    *page_rules("office:event_figures", office(NETWORK_STAFF), office(NETWORK_STAFF, ok=405), in_a),
    UrlRule(
        "office:event_figures",
        office(NETWORK_STAFF),
        kwargs=in_a,
        query="?since=2030-01-01&until=2020-01-01",
        label="invalid period",
    ),
    *page_rules("office:event_add", office(ADDS), office(ADDS), in_a),
    UrlRule(
        "office:event_add",
        # Y's admin may add only for Y, so X chosen as organiser is "not a valid choice".
        {**office(ADDS, ok=302), "other_org_admin": 200},
        kwargs=in_a,
        method="post",
        data=valid_event,
        label="valid",
    ),
    # --- an event ---
    *page_rules(
        "office:event_detail",
        published_x(NETWORK_STAFF),
        published_x(NETWORK_STAFF, ok=405),
        x_event(),
        label="published",
    ),
    UrlRule(
        "office:event_detail", draft_x(SEES_X), kwargs=x_event(EventStatus.DRAFT), label="draft"
    ),
    *foreign_rules("office:event_detail"),
    *page_rules("office:event_edit", published_x(CHANGES_X), published_x(CHANGES_X), x_event()),
    UrlRule(
        "office:event_edit",
        draft_x(CHANGES_X),
        kwargs=x_event(EventStatus.DRAFT),
        label="draft",
    ),
    *foreign_rules("office:event_edit"),
    *action_rules("office:event_publish", PUBLISHES_X, status=EventStatus.DRAFT),
    *action_rules("office:event_unpublish", PUBLISHES_X),
    *action_rules("office:event_cancel", PUBLISHES_X),
    *action_rules("office:event_delete", CHANGES_X, status=EventStatus.DRAFT),
    # --- texts per language ---
    *page_rules(
        "office:event_text_edit",
        published_x(CHANGES_X),
        published_x(CHANGES_X),
        with_language(x_event(), "ar"),
    ),
    UrlRule(
        "office:event_text_edit",
        published_x(CHANGES_X, ok=302),
        kwargs=with_language(x_event(), "en"),
        method="post",
        data=lambda w: {"title": "Forum"},
        label="valid en",
    ),
    UrlRule(
        "office:event_text_edit",
        everyone_404(),
        kwargs=with_language(x_event(), "xx"),
        label="unknown language",
    ),
    *foreign_rules("office:event_text_edit", with_language(b_event, "en")),
    *page_rules(
        "office:event_text_approve",
        published_x(CHANGES_X),
        published_x(CHANGES_X),
        machine_translated,
    ),
    UrlRule(
        "office:event_text_approve",
        published_x(CHANGES_X, ok=302),
        kwargs=machine_translated,
        method="post",
        data=confirmed,
        label="confirmed",
    ),
    *foreign_rules("office:event_text_approve", with_language(b_event, "ar")),
    *page_rules(
        "office:event_text_delete",
        published_x(CHANGES_X),
        published_x(CHANGES_X),
        machine_translated,
    ),
    UrlRule(
        "office:event_text_delete",
        published_x(CHANGES_X, ok=404),
        kwargs=with_language(x_event(), "de"),
        label="German source",
    ),
    *foreign_rules("office:event_text_delete", with_language(b_event, "ar")),
    # --- registrations: names and addresses for the organisers' staff only ---
    *page_rules(
        "office:registration_list",
        published_x(REGISTRATIONS_X),
        published_x(REGISTRATIONS_X, ok=405),
        x_event(),
    ),
    UrlRule(
        "office:registration_list",
        draft_x(REGISTRATIONS_X),
        kwargs=x_event(EventStatus.DRAFT),
        query=f"?status={RegistrationStatus.WAITING}",
        label="draft, filtered",
    ),
    *foreign_rules("office:registration_list"),
    *page_rules(
        "office:registration_export",
        published_x(REGISTRATIONS_X),
        published_x(REGISTRATIONS_X, ok=405),
        lambda w: x_event()(w, fmt="csv"),
        label="csv",
    ),
    UrlRule(
        "office:registration_export",
        published_x(REGISTRATIONS_X),
        kwargs=lambda w: x_event()(w, fmt="xlsx"),
        label="xlsx",
    ),
    UrlRule(
        "office:registration_export",
        published_x(REGISTRATIONS_X, ok=404),
        kwargs=lambda w: x_event()(w, fmt="pdf"),
        label="unknown format",
    ),
    *foreign_rules("office:registration_export", lambda w: b_event(w, fmt="csv")),
    *page_rules(
        "office:registration_add",
        published_x(REGISTRATIONS_X),
        published_x(REGISTRATIONS_X),
        x_event(),
    ),
    UrlRule(
        "office:registration_add",
        published_x(REGISTRATIONS_X, ok=302),
        kwargs=x_event(),
        method="post",
        data=valid_registration,
        label="valid",
    ),
    *foreign_rules("office:registration_add"),
    *page_rules(
        "office:registration_cancel",
        published_x(REGISTRATIONS_X),
        published_x(REGISTRATIONS_X),
        x_registration,
    ),
    UrlRule(
        "office:registration_cancel",
        published_x(REGISTRATIONS_X, ok=302),
        kwargs=x_registration,
        method="post",
        data=confirmed,
        label="confirmed",
    ),
    *foreign_rules("office:registration_cancel", b_registration),
    # --- check-in ---
    *page_rules(
        "office:event_check_in",
        published_x(REGISTRATIONS_X),
        published_x(REGISTRATIONS_X, ok=405),
        x_event(),
    ),
    UrlRule(
        "office:event_check_in",
        published_x(REGISTRATIONS_X),
        kwargs=x_event(),
        query="?q=Meier&partial=1",
        label="search",
    ),
    *foreign_rules("office:event_check_in"),
    UrlRule(
        "office:event_check_in_toggle",
        published_x(REGISTRATIONS_X, ok=405),
        kwargs=x_registration,
    ),
    UrlRule(
        "office:event_check_in_toggle",
        published_x(REGISTRATIONS_X, ok=302),
        kwargs=x_registration,
        method="post",
        data=lambda w: {"present": "1"},
    ),
    *foreign_rules("office:event_check_in_toggle", b_registration),
    # --- invitations: the coordination's ---
    *page_rules(
        "office:event_invitations",
        published_x(COORDINATION),
        published_x(COORDINATION),
        x_event(),
    ),
    UrlRule(
        "office:event_invitations",
        published_x(COORDINATION, ok=302),
        kwargs=x_event(),
        method="post",
        data=lambda w: {"confirm": "1", "language": "de"},
        label="confirmed",
    ),
    *foreign_rules("office:event_invitations"),
    # --- minutes and other documents ---
    *page_rules(
        "office:event_document_add",
        published_x(PUBLISHES_X),
        published_x(PUBLISHES_X),
        x_event(),
    ),
    *foreign_rules("office:event_document_add"),
    *page_rules(
        "office:event_document",
        published_x(NETWORK_STAFF, ok=404),
        published_x(NETWORK_STAFF, ok=405),
        x_document,
        label="file missing",
    ),
    *page_rules(
        "office:event_document_delete",
        published_x(PUBLISHES_X),
        published_x(PUBLISHES_X),
        x_document,
    ),
    UrlRule(
        "office:event_document_delete",
        published_x(PUBLISHES_X, ok=302),
        kwargs=x_document,
        method="post",
        data=confirmed,
        label="confirmed",
    ),
    # --- series ---
    *page_rules("office:series_list", office(NETWORK_STAFF), office(NETWORK_STAFF, ok=405), in_a),
    *page_rules("office:series_add", office(COORDINATION), office(COORDINATION), in_a),
    UrlRule(
        "office:series_add",
        office(COORDINATION, ok=302),
        kwargs=in_a,
        method="post",
        data=lambda w: {
            "title": "AG Arbeitsmarkt",
            "kind": "working_group_meeting",
            "recurrence": "monthly",
            "host_1": w.organisation.pk,
            "host_2": w.other_organisation.pk,
        },
        label="valid",
    ),
    *page_rules("office:series_edit", office(COORDINATION), office(COORDINATION), x_series),
    *page_rules("office:series_edit", everyone_404(), everyone_404(), b_series, label="network B"),
    # The last meeting is X's: X's writers plan the next one as the coordination does.
    *page_rules("office:series_plan", office(CHANGES_X), office(CHANGES_X), x_series),
    UrlRule(
        "office:series_plan",
        office(CHANGES_X, ok=302),
        kwargs=x_series,
        method="post",
        data=confirmed,
        label="confirmed",
    ),
    *page_rules("office:series_plan", everyone_404(), everyone_404(), b_series, label="network B"),
]
