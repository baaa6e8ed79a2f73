"""iCalendar feeds of events: one event and a network's coming public events, in the address's
language, cancelled ones marked, the same UID in every language."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar

from verbund.events.choices import Audience, EventStatus
from verbund.events.tests.factories import BERLIN, NEXT_YEAR, EventFactory, EventTextFactory
from verbund.network.tests.factories import ContactPersonFactory

pytestmark = pytest.mark.django_db


def entries(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content).walk("VEVENT")


def ical(client, event, language="en", query=""):
    with translation.override(language):
        address = reverse("public:event_ical", args=[event.network.slug, event.pk])
    return client.get(address + query)


def feed(client, network, language="en"):
    with translation.override(language):
        return client.get(reverse("public:event_feed", args=[network.slug]))


@pytest.fixture
def forum(world):
    event = EventFactory(
        network=world.network,
        title="Forum Vielfalt",
        organiser=world.organisation,
        contact=ContactPersonFactory(
            organisation=world.organisation, is_public=True, email="kontakt@example.org"
        ),
        german__description="Ein Forum.",
    )
    EventTextFactory(event=event, language="ar", title="منتدى التنوع", description="منتدى")
    return event


def test_an_event_is_one_timed_entry_in_the_addresss_language(client, world, forum):
    (entry,) = entries(ical(client, forum, "ar"))
    assert str(entry["summary"]) == "منتدى التنوع"
    assert entry.decoded("dtstart") == datetime.datetime(NEXT_YEAR, 5, 15, 14, tzinfo=BERLIN)
    assert entry.decoded("dtend") == datetime.datetime(NEXT_YEAR, 5, 15, 17, tzinfo=BERLIN)
    assert str(entry["status"]) == "CONFIRMED"
    assert str(entry["url"]) == f"http://testserver/ar/n/alpha/events/{forum.pk}/"
    assert str(entry["location"]) == "Leibnizhaus, Holzmarkt 4-6, 30159 Hannover"
    assert "Organisation X" in str(entry["description"])
    assert str(entry["organizer"]) == "mailto:kontakt@example.org"


def test_german_is_the_fallback_and_says_so(client, world, forum):
    (entry,) = entries(ical(client, forum, "tr"))
    assert str(entry["summary"]) == "Forum Vielfalt"
    with translation.override("tr"):
        note = translation.gettext("This event is described in German only.")
    assert note in str(entry["description"])


def test_the_uid_is_the_same_in_every_language(client, world, forum):
    uids = {str(entries(ical(client, forum, code))[0]["uid"]) for code in ("de", "ar", "uk")}
    assert uids == {f"event-{forum.pk}@testserver"}


def test_a_cancelled_event_stays_in_the_feeds_as_cancelled(client, world):
    event = EventFactory(network=world.network, status=EventStatus.CANCELLED)
    (entry,) = entries(ical(client, event))
    assert str(entry["status"]) == "CANCELLED"
    (listed,) = entries(feed(client, world.network))
    assert str(listed["status"]) == "CANCELLED"


def test_the_network_feed_holds_the_coming_public_events(client, world, forum):
    EventFactory(network=world.network, title="Entwurf", status=EventStatus.DRAFT)
    EventFactory(network=world.network, title="Eingeladen", audience=Audience.INVITED)
    EventFactory(network=world.other_network, title="Anderswo")
    EventFactory(
        network=world.network,
        title="Vorbei",
        starts_at=datetime.datetime(2020, 1, 1, 10, tzinfo=BERLIN),
        ends_at=datetime.datetime(2020, 1, 1, 12, tzinfo=BERLIN),
    )
    response = feed(client, world.network, "ar")
    assert [str(entry["summary"]) for entry in entries(response)] == ["منتدى التنوع"]
    assert "Alpha" in str(Calendar.from_ical(response.content)["x-wr-calname"])


def test_an_invited_event_has_its_calendar_only_with_its_key(client, world):
    event = EventFactory(network=world.network, audience=Audience.INVITED)
    assert ical(client, event).status_code == 404
    assert ical(client, event, query="?key=wrong").status_code == 404
    (entry,) = entries(ical(client, event, query=f"?key={event.access_key}"))
    assert event.access_key in str(entry["url"])
