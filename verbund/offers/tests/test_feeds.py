"""iCalendar feeds: one offering, and any finder search, in the address's language."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from verbund.network.tests.factories import NetworkFactory
from verbund.offers import feeds
from verbund.offers.models import OfferingKind, OfferingStatus
from verbund.offers.tests.factories import OfferingFactory, OfferingTextFactory

pytestmark = pytest.mark.django_db

NEXT_YEAR = timezone.localdate().year + 1


def ical_url(network, offering, language="en"):
    with translation.override(language):
        return reverse("public:offering_ical", args=[network.slug, offering.pk])


def feed_url(network, language="en"):
    with translation.override(language):
        return reverse("public:offering_feed", args=[network.slug])


def events(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content).walk("VEVENT")


@pytest.fixture
def course(world):
    offering = OfferingFactory(
        network=world.network,
        kind=OfferingKind.LANGUAGE_COURSE,
        title="Berufssprachkurs B1–B2",
        starts_on=datetime.date(NEXT_YEAR, 2, 1),
        ends_on=datetime.date(NEXT_YEAR, 7, 31),
        venue="VHS Hannover",
        street="Burgstraße 14",
        registration_email="kurse@example.org",
        german__schedule_note="Montags und mittwochs, 18 bis 20 Uhr",
    )
    OfferingTextFactory(
        offering=offering,
        language="ar",
        title="دورة اللغة المهنية",
        summary="ملخص",
        schedule_note="الاثنين والأربعاء",
    )
    return offering


def test_an_offering_is_one_all_day_event_from_start_to_end(client, world, course):
    (event,) = events(client.get(ical_url(world.network, course, "ar")))
    assert str(event["summary"]) == "دورة اللغة المهنية"
    assert event.decoded("dtstart") == datetime.date(NEXT_YEAR, 2, 1)
    # DTEND is exclusive: the day after the last day.
    assert event.decoded("dtend") == datetime.date(NEXT_YEAR, 8, 1)
    # Times exist only as text: in the description, no invented times or repetition.
    assert "الاثنين والأربعاء" in str(event["description"])
    assert "rrule" not in event
    assert str(event["url"]) == (
        f"http://testserver/ar/n/{world.network.slug}/offerings/{course.pk}/"
    )
    assert str(event["location"]) == "VHS Hannover, Burgstraße 14, 30159 Hannover"
    assert event.decoded("geo") is not None
    assert str(event["organizer"]) == "mailto:kurse@example.org"
    assert event["organizer"].params["cn"] == course.provider.name


def test_the_uid_is_the_same_in_every_language(client, world, course):
    (arabic,) = events(client.get(ical_url(world.network, course, "ar")))
    (german,) = events(client.get(ical_url(world.network, course, "de")))
    assert str(arabic["uid"]) == str(german["uid"]) == f"offering-{course.pk}@testserver"


def test_missing_translation_falls_back_to_german_and_says_so(client, world, course):
    (event,) = events(client.get(ical_url(world.network, course, "en")))
    assert str(event["summary"]) == "Berufssprachkurs B1–B2"
    description = str(event["description"])
    assert description.startswith("This offering is described in German only.")
    assert "Montags und mittwochs, 18 bis 20 Uhr" in description


def test_an_offering_without_start_date_is_a_calendar_without_event(client, world):
    offering = OfferingFactory(network=world.network, starts_on=None)
    assert events(client.get(ical_url(world.network, offering))) == []


def test_a_one_day_offering_ends_the_next_day(client, world):
    offering = OfferingFactory(
        network=world.network, starts_on=datetime.date(NEXT_YEAR, 3, 5), ends_on=None
    )
    (event,) = events(client.get(ical_url(world.network, offering)))
    assert event.decoded("dtend") == datetime.date(NEXT_YEAR, 3, 6)


def test_online_offering_says_so_as_its_place(client, world):
    offering = OfferingFactory(
        network=world.network,
        is_online=True,
        city="",
        postal_code="",
        latitude=None,
        longitude=None,
    )
    (event,) = events(client.get(ical_url(world.network, offering)))
    assert str(event["location"]) == "Online"
    assert "geo" not in event


def test_only_public_offerings_of_public_networks(client, world):
    draft = OfferingFactory(network=world.network, status=OfferingStatus.DRAFT)
    foreign = OfferingFactory(network=world.other_network)
    hidden = NetworkFactory(is_public=False)
    of_hidden = OfferingFactory(network=hidden)
    assert client.get(ical_url(world.network, draft)).status_code == 404
    assert client.get(ical_url(world.network, foreign)).status_code == 404
    assert client.get(ical_url(hidden, of_hidden)).status_code == 404
    assert client.get(feed_url(hidden)).status_code == 404


# --- the feed of a search -----------------------------------------------------------------------


def summaries(response):
    return [str(event["summary"]) for event in events(response)]


def test_feed_holds_the_searchs_current_and_coming_offerings_earliest_first(client, world):
    today = timezone.localdate()
    OfferingFactory(
        network=world.network,
        title="Sprachkurs später",
        kind=OfferingKind.LANGUAGE_COURSE,
        starts_on=today + datetime.timedelta(days=60),
    )
    OfferingFactory(
        network=world.network,
        title="Sprachkurs läuft",
        kind=OfferingKind.LANGUAGE_COURSE,
        starts_on=today - datetime.timedelta(days=30),
        ends_on=today + datetime.timedelta(days=30),
    )
    OfferingFactory(
        network=world.network,
        title="Sprachkurs vorbei",
        kind=OfferingKind.LANGUAGE_COURSE,
        starts_on=today - datetime.timedelta(days=60),
        ends_on=today - datetime.timedelta(days=1),
    )
    OfferingFactory(
        network=world.network,
        title="Sprachkurs ohne Datum",
        kind=OfferingKind.LANGUAGE_COURSE,
        starts_on=None,
    )
    OfferingFactory(network=world.network, title="Beratung", starts_on=today)
    OfferingFactory(
        network=world.network,
        title="Sprachkurs Entwurf",
        kind=OfferingKind.LANGUAGE_COURSE,
        status=OfferingStatus.DRAFT,
    )
    response = client.get(feed_url(world.network), {"kind": "language_course"})
    assert summaries(response) == ["Sprachkurs läuft", "Sprachkurs später"]
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["x-wr-calname"]) == f"Offerings of {world.network.short_name}"


def test_feed_texts_follow_the_address_language(client, world, course):
    response = client.get(feed_url(world.network, "ar"))
    assert summaries(response) == ["دورة اللغة المهنية"]


def test_feed_of_a_text_search_and_a_distance(client, world, course):
    from verbund.offers.tests.factories import PostalCodeFactory

    PostalCodeFactory(code="30159")
    OfferingFactory(
        network=world.network,
        title="Berufssprachkurs in Berlin",
        latitude=Decimal("52.520000"),
        longitude=Decimal("13.405000"),
        starts_on=datetime.date(NEXT_YEAR, 1, 1),
    )
    response = client.get(feed_url(world.network), {"q": "berufssprachkurs", "near": "30159"})
    assert summaries(response) == ["Berufssprachkurs B1–B2"]


def test_invalid_search_is_a_plain_400_naming_the_problem(client, world):
    response = client.get(feed_url(world.network), {"age": "abc", "kind": "x"})
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("The search could not be understood:")
    assert "- Age: Enter a whole number." in text
    assert "- Kind of offering: Select a valid choice." in text


def test_feed_is_capped(client, world, monkeypatch):
    monkeypatch.setattr(feeds, "FEED_LIMIT", 2)
    for month in (3, 1, 2):
        OfferingFactory(
            network=world.network,
            title=f"Kurs {month}",
            starts_on=datetime.date(NEXT_YEAR, month, 1),
        )
    assert summaries(client.get(feed_url(world.network))) == ["Kurs 1", "Kurs 2"]


def test_feed_queries_do_not_grow_with_the_events(client, world):
    def fill(count):
        for _ in range(count):
            offering = OfferingFactory(
                network=world.network, starts_on=datetime.date(NEXT_YEAR, 1, 1)
            )
            OfferingTextFactory(offering=offering, language="ar")

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(feed_url(world.network, "ar"))
        return len(queries), len(events(response))

    fill(3)
    few, shown = count()
    assert shown == 3
    fill(27)
    assert count() == (few, 30)
