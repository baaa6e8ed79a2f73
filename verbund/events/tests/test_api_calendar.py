"""The public calendar API: which events it lists, its filters, texts per language with German
as the fallback, seats and the state of registration, no personal data, constant queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from verbund.events.choices import Audience, EventKind, EventStatus, RegistrationStatus
from verbund.events.serializers import RegistrationState
from verbund.events.tests.factories import EventFactory, EventTextFactory, RegistrationFactory
from verbund.network.tests.factories import current_member

pytestmark = pytest.mark.django_db

NOW = timezone.now()
DAY = datetime.timedelta(days=1)


@pytest.fixture
def client():
    return APIClient()


def url(world, pk=None, network=None):
    slug = (network or world.network).slug
    if pk is None:
        return reverse("api:event-list", kwargs={"network": slug})
    return reverse("api:event-detail", kwargs={"network": slug, "pk": pk})


def event(world, title, *, days=10, hours=2, **fields):
    starts = NOW + days * DAY
    return EventFactory(
        network=world.network,
        organiser=world.organisation,
        title=title,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=hours),
        **fields,
    )


def titles(client, world, **params):
    response = client.get(url(world), params)
    assert response.status_code == 200, response.content
    return [row["text"]["title"] for row in response.json()["results"]]


def test_lists_the_networks_upcoming_public_events_soonest_first_cancelled_ones_too(client, world):
    event(world, "Später", days=20)
    event(world, "Bald", days=2)
    event(world, "Abgesagt", days=5, status=EventStatus.CANCELLED)
    event(world, "Entwurf", status=EventStatus.DRAFT)
    event(world, "Für Mitglieder", audience=Audience.MEMBERS)
    event(world, "Auf Einladung", audience=Audience.INVITED)
    event(world, "Vorbei", days=-3)
    EventFactory(network=world.other_network, organiser=world.foreign_organisation)
    assert titles(client, world) == ["Bald", "Abgesagt", "Später"]


def test_an_event_under_way_is_still_upcoming_and_past_ones_come_latest_first(client, world):
    running = event(world, "Läuft", days=0)
    running.starts_at = NOW - datetime.timedelta(hours=1)
    running.ends_at = NOW + datetime.timedelta(hours=1)
    running.save()
    event(world, "Vorgestern", days=-2)
    event(world, "Letzte Woche", days=-7)
    assert titles(client, world) == ["Läuft"]
    assert titles(client, world, past="true") == ["Vorgestern", "Letzte Woche"]


def test_filters_by_kind_and_by_days(client, world):
    event(world, "Forum", days=3, kind=EventKind.PUBLIC_FORUM)
    event(world, "Fachtag", days=10, kind=EventKind.TRADE_DAY)
    event(world, "Schulung", days=40, kind=EventKind.TRAINING)
    assert titles(client, world, kind="trade_day") == ["Fachtag"]
    first = (NOW + 5 * DAY).date().isoformat()
    last = (NOW + 30 * DAY).date().isoformat()
    assert titles(client, world, **{"from": first}) == ["Fachtag", "Schulung"]
    assert titles(client, world, to=last) == ["Forum", "Fachtag"]
    assert titles(client, world, **{"from": first, "to": last}) == ["Fachtag"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"kind": "party"}, "kind"),
        ({"from": "15.05."}, "from"),
        ({"from": "2030-05-15", "to": "2030-05-01"}, "to"),
        ({"past": "maybe"}, "past"),
        ({"lang": "xx"}, "lang"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it(client, world, params, field):
    response = client.get(url(world), params)
    assert response.status_code == 400
    assert list(response.json()) == [field]
    assert response.json()[field][0]


def test_texts_come_in_the_language_asked_for_with_german_as_the_fallback(client, world):
    forum = event(world, "An-Erkennen")
    EventTextFactory(event=forum, language="ar", title="الاعتراف", summary="ملخص")
    arabic = client.get(url(world, forum.pk), {"lang": "ar"}).json()
    assert arabic["text"] == {
        "language": "ar",
        "requested_language": "ar",
        "is_fallback": False,
        "state": "up_to_date",
        "title": "الاعتراف",
        "summary": "ملخص",
        "description": "Ausführliche Beschreibung",
        "accessibility_note": "",
        "registration_note": "",
    }
    assert arabic["text_languages"] == ["ar", "de"]
    assert "/ar/" in arabic["url"]
    english = client.get(url(world, forum.pk), {"lang": "en"}).json()["text"]
    assert (english["language"], english["is_fallback"], english["state"]) == (
        "de",
        True,
        "missing",
    )
    assert english["title"] == "An-Erkennen"


def test_an_outdated_translation_says_so(client, world):
    forum = event(world, "Forum")
    forum.texts.filter(language="de").update(source_version=2)
    EventTextFactory(event=forum, language="en", title="Forum", source_version=1)
    text = client.get(url(world, forum.pk), {"lang": "en"}).json()["text"]
    assert (text["language"], text["state"]) == ("en", "outdated")


def test_detail_gives_facts_organisers_seats_and_links_but_no_registrant(client, world):
    forum = event(
        world,
        "An-Erkennen",
        capacity=3,
        seats_per_registration=2,
        host=world.other_organisation,
        wheelchair_accessible=True,
        interpretation_languages=["ar", "tr"],
        contact_email="album@example.org",
    )
    forum.organisers.add(world.other_organisation)
    RegistrationFactory(event=forum, seats=2, name="Ayşe Demir", email="ayse@example.org")
    RegistrationFactory(event=forum, seats=1, email="second@example.org")
    RegistrationFactory(event=forum, status=RegistrationStatus.WAITING, seats=2)
    RegistrationFactory(event=forum, status=RegistrationStatus.CANCELLED)
    response = client.get(url(world, forum.pk))
    row = response.json()
    assert row["seats"] == {"capacity": 3, "confirmed": 3, "free": 0, "waiting": 2}
    assert row["registration"]["state"] == RegistrationState.FULL
    assert row["registration"]["seats_per_registration"] == 2
    assert row["registration"]["url"].endswith(f"/events/{forum.pk}/register/")
    assert row["url"].endswith(f"/n/{world.network.slug}/events/{forum.pk}/")
    assert row["ical_url"].endswith(f"/events/{forum.pk}/calendar.ics")
    assert sorted(org["name"] for org in row["organisers"]) == ["Organisation X", "Organisation Y"]
    assert row["host"]["name"] == "Organisation Y"
    assert row["location"]["venue"] == "Leibnizhaus"
    assert (row["wheelchair_accessible"], row["interpretation_languages"]) == (True, ["ar", "tr"])
    assert (row["kind"], row["status"], row["is_free"]) == ("public_forum", "published", True)
    body = response.content.decode()
    assert "Ayşe" not in body and "ayse@example.org" not in body
    assert "online_url" not in row and "access_key" not in body


def test_an_event_without_limit_has_no_free_seat_count(client, world):
    open_house = event(world, "Tag der offenen Tür", capacity=None)
    RegistrationFactory(event=open_house)
    row = client.get(url(world, open_house.pk)).json()
    assert row["seats"] == {"capacity": None, "confirmed": 1, "free": None, "waiting": 0}
    assert row["registration"]["state"] == RegistrationState.OPEN


@pytest.mark.parametrize(
    ("fields", "state"),
    [
        ({}, RegistrationState.OPEN),
        ({"registration_opens_at": NOW + DAY}, RegistrationState.NOT_YET_OPEN),
        (
            {"registration_opens_at": NOW - 3 * DAY, "registration_closes_at": NOW - DAY},
            RegistrationState.CLOSED,
        ),
        ({"status": EventStatus.CANCELLED}, RegistrationState.CANCELLED),
        ({"registration_required": False}, RegistrationState.NOT_REQUIRED),
        ({"capacity": 1}, RegistrationState.FULL),
    ],
)
def test_registration_state_says_whether_people_can_register(client, world, fields, state):
    forum = event(world, "Forum", **fields)
    if state == RegistrationState.FULL:
        RegistrationFactory(event=forum)
    assert client.get(url(world, forum.pk)).json()["registration"]["state"] == state


def test_a_past_event_is_closed(client, world):
    over = event(world, "Vorbei", days=-1)
    assert client.get(url(world, over.pk)).json()["registration"]["state"] == "closed"


def test_events_for_members_and_drafts_are_not_found(client, world):
    for fields in ({"audience": Audience.MEMBERS}, {"status": EventStatus.DRAFT}):
        hidden = event(world, "Intern", **fields)
        client.force_authenticate(world.coordinator)  # not even for the coordination
        assert client.get(url(world, hidden.pk)).status_code == 404


def count_queries(client, address, params=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address, params or {})
    assert response.status_code == 200
    return len(queries)


def test_list_queries_do_not_grow_with_the_events(client, world):
    def fill(count, start):
        for number in range(start, start + count):
            forum = event(world, f"Forum {number}", days=number + 1, host=world.other_organisation)
            forum.organisers.add(current_member(world.network))
            EventTextFactory(event=forum, language="ar")
            RegistrationFactory(event=forum)
            RegistrationFactory(event=forum, status=RegistrationStatus.WAITING)

    fill(3, 0)
    few = count_queries(client, url(world), {"lang": "ar"})
    fill(27, 3)
    assert count_queries(client, url(world), {"lang": "ar"}) == few
    assert len(titles(client, world)) == 30


def test_detail_queries_do_not_grow_with_texts_organisers_and_registrations(client, world):
    forum = event(world, "Forum", capacity=None)

    def enrich(languages, organisers, registrations):
        for code in languages:
            EventTextFactory(event=forum, language=code)
        for _ in range(organisers):
            forum.organisers.add(current_member(world.network))
        for _ in range(registrations):
            RegistrationFactory(event=forum)

    enrich(["en"], 1, 2)
    few = count_queries(client, url(world, forum.pk))
    enrich(["ar", "tr", "uk", "ru", "fa"], 10, 30)
    assert count_queries(client, url(world, forum.pk)) == few


def test_the_openapi_schema_documents_the_calendar_and_the_staffs_routes(client):
    schema = client.get(reverse("api:schema"), HTTP_ACCEPT="application/json").json()
    paths = schema["paths"]
    calendar = paths["/api/networks/{network}/events/"]["get"]
    assert {"lang", "kind", "from", "to", "past"} <= {p["name"] for p in calendar["parameters"]}
    assert "/api/networks/{network}/events/{id}/" in paths
    assert "post" in paths["/api/networks/{network}/event-management/"]
    assert "patch" in paths["/api/networks/{network}/event-management/{id}/"]
    assert "put" not in paths["/api/networks/{network}/event-management/{id}/"]
    for action in ("publish", "cancel"):
        assert "post" in paths[f"/api/networks/{{network}}/event-management/{{id}}/{action}/"]
    registrations = "/api/networks/{network}/event-management/{event}/registrations/"
    assert "get" in paths[registrations]
    assert "post" in paths[f"{registrations}{{id}}/check-in/"]
    states = schema["components"]["schemas"]["EventRegistrationStateEnum"]["enum"]
    assert set(states) == {"open", "full", "not_yet_open", "closed", "cancelled", "not_required"}
