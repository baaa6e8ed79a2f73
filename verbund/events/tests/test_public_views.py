"""The public calendar and event pages: what they show to whom, filters from the address, texts
in the reader's language with German as the fallback, seats and the state of registration."""

import datetime
import json
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from verbund.events.choices import Audience, EventKind, EventStatus, RegistrationStatus
from verbund.events.tests.factories import (
    BERLIN,
    NEXT_YEAR,
    EventFactory,
    EventTextFactory,
    RegistrationFactory,
)
from verbund.network.tests.factories import ContactPersonFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def url(name, *args, language="en", query=""):
    with translation.override(language):
        return reverse(f"public:{name}", args=args) + query


def calendar(client, network, query="", language="en"):
    response = client.get(url("event_list", network.slug, language=language, query=query))
    assert response.status_code == 200
    return response


def titles(response):
    return [line.text.title for _month, lines in response.context["months"] for line in lines]


def at(month, day, hour=18):
    return datetime.datetime(NEXT_YEAR, month, day, hour, tzinfo=BERLIN)


def event_on(network, month, day, **fields):
    return EventFactory(
        network=network, starts_at=at(month, day), ends_at=at(month, day, 20), **fields
    )


# --- the calendar -----------------------------------------------------------------------------


def test_calendar_lists_the_networks_coming_public_events_by_month(client, world):
    event_on(world.network, 6, 3, title="Juni-Treffen")
    event_on(world.network, 5, 20, title="Mai-Forum")
    event_on(world.network, 5, 2, title="Abgesagt", status=EventStatus.CANCELLED)
    event_on(world.network, 5, 4, title="Entwurf", status=EventStatus.DRAFT)
    event_on(world.network, 5, 5, title="Nur Mitglieder", audience=Audience.MEMBERS)
    event_on(world.network, 5, 6, title="Eingeladen", audience=Audience.INVITED)
    event_on(world.other_network, 5, 7, title="Anderswo")
    EventFactory(
        network=world.network,
        title="Vorbei",
        starts_at=datetime.datetime(2020, 1, 1, 10, tzinfo=BERLIN),
        ends_at=datetime.datetime(2020, 1, 1, 12, tzinfo=BERLIN),
    )
    response = calendar(client, world.network)
    assert titles(response) == ["Abgesagt", "Mai-Forum", "Juni-Treffen"]
    assert [month for month, _lines in response.context["months"]] == [
        f"May {NEXT_YEAR}",
        f"June {NEXT_YEAR}",
    ]
    page = response.content.decode()
    for hidden in ("Entwurf", "Nur Mitglieder", "Eingeladen", "Anderswo", "Vorbei"):
        assert hidden not in page
    # The cancelled event stays listed, marked, so that people who planned to come see it.
    assert re.search(r"Abgesagt</a> <span class=\"badge[^\"]*\">Cancelled</span>", page)


def test_past_events_are_listed_latest_first(client, world):
    for year in (2019, 2021, 2020):
        EventFactory(
            network=world.network,
            title=f"Forum {year}",
            starts_at=datetime.datetime(year, 3, 1, 10, tzinfo=BERLIN),
            ends_at=datetime.datetime(year, 3, 1, 12, tzinfo=BERLIN),
        )
    event_on(world.network, 5, 1, title="Kommt noch")
    response = calendar(client, world.network, "?past=1")
    assert titles(response) == ["Forum 2021", "Forum 2020", "Forum 2019"]
    assert "Past events in Netzwerk Alpha" in response.content.decode()


def test_filters_by_kind_and_free_seats(client, world):
    event_on(world.network, 5, 1, title="Seminar", kind=EventKind.TRAINING)
    full = event_on(world.network, 5, 2, title="Voll", capacity=1)
    RegistrationFactory(event=full)
    event_on(world.network, 5, 3, title="Ohne Grenze", capacity=None)
    event_on(world.network, 5, 4, title="Einfach kommen", registration_required=False)
    event_on(world.network, 5, 5, title="Abgesagt", status=EventStatus.CANCELLED)
    assert titles(calendar(client, world.network, "?kind=training")) == ["Seminar"]
    assert titles(calendar(client, world.network, "?free=on")) == [
        "Seminar",
        "Ohne Grenze",
        "Einfach kommen",
    ]


def test_a_bad_filter_is_shown_as_an_error_and_filters_nothing(client, world):
    event_on(world.network, 5, 1, title="Forum")
    response = calendar(client, world.network, "?kind=party&page=x")
    assert titles(response) == ["Forum"]
    page = response.content.decode()
    assert 'id="form-errors"' in page
    assert "Choose a kind from the list." in page


def test_each_line_says_when_where_cost_and_seats(client, world):
    seats = event_on(world.network, 5, 1, title="Mit Plätzen", capacity=40, is_free=False, fee=5)
    for _ in range(3):
        RegistrationFactory(event=seats, seats=2)
    full = event_on(world.network, 5, 2, title="Voll", capacity=2)
    RegistrationFactory(event=full, seats=2)
    RegistrationFactory(event=full, status=RegistrationStatus.WAITING)
    event_on(world.network, 5, 3, title="Ohne Anmeldung", registration_required=False)
    event_on(world.network, 5, 4, title="Online", is_online=True, venue="", street="", city="")
    lines = {
        line.text.title: line
        for _month, month_lines in calendar(client, world.network).context["months"]
        for line in month_lines
    }
    assert lines["Mit Plätzen"].seats == "34 of 40 seats free"
    assert lines["Mit Plätzen"].cost == "5.00 €"
    assert lines["Mit Plätzen"].place == "Leibnizhaus, 30159 Hannover"
    assert lines["Mit Plätzen"].when == f"May 1, {NEXT_YEAR}, 6 p.m.–8 p.m."
    assert lines["Voll"].seats == "Fully booked – waiting list open"
    assert lines["Ohne Anmeldung"].seats == "No registration needed"
    assert lines["Online"].place == "Online"
    assert lines["Online"].cost == "Free of charge"


def test_calendar_speaks_the_readers_language_and_marks_german_fallback(client, world):
    translated = event_on(world.network, 5, 1, title="Forum Vielfalt")
    EventTextFactory(event=translated, language="ar", title="منتدى التنوع", summary="ملخص")
    event_on(world.network, 5, 2, title="Nur Deutsch")
    response = calendar(client, world.network, language="ar")
    page = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert ">منتدى التنوع</a>" in page
    assert 'lang="de" dir="ltr">Nur Deutsch</a>' in page
    assert response.context["any_fallback"]


def test_an_event_across_days_shows_both_dates(client, world):
    event = EventFactory(network=world.network, starts_at=at(5, 1, 10), ends_at=at(5, 2, 16))
    response = client.get(url("event_detail", world.network.slug, event.pk))
    assert response.context["facts"]["when"] == (
        f"May 1, {NEXT_YEAR}, 10 a.m. – May 2, {NEXT_YEAR}, 4 p.m."
    )


# --- one event --------------------------------------------------------------------------------


@pytest.fixture
def forum(world):
    host = world.other_organisation
    event = EventFactory(
        network=world.network,
        title="An-Erkennen – wir sehen mehr",
        organiser=world.organisation,
        host=host,
        kind=EventKind.PUBLIC_FORUM,
        capacity=40,
        is_free=False,
        fee=Decimal("12.50"),
        district="Mitte",
        wheelchair_accessible=True,
        interpretation_languages=["ar", "sgn"],
        contact=ContactPersonFactory(
            organisation=world.organisation,
            first_name="Mira",
            last_name="Öztürk",
            is_public=True,
            email="mira@example.org",
        ),
        german__description="Ein Forum über Anerkennung.",
        german__accessibility_note="Eingang ohne Stufen an der Rückseite.",
        german__registration_note="Bitte bis zum 10. Mai anmelden.",
    )
    event.organisers.add(OrganisationFactory(name="Zweiter Veranstalter e.V."))
    return event


def test_event_page_shows_its_texts_and_facts(client, world, forum):
    response = client.get(url("event_detail", world.network.slug, forum.pk))
    assert response.status_code == 200
    page = response.content.decode()
    for shown in (
        "An-Erkennen – wir sehen mehr",
        "Ein Forum über Anerkennung.",
        "Eingang ohne Stufen an der Rückseite.",
        "Bitte bis zum 10. Mai anmelden.",
        "Holzmarkt 4-6",
        "30159 Hannover",
        "Mitte",
        "Organisation X, Zweiter Veranstalter e.V.",
        "Organisation Y",  # the host
        "Open to the public",
        "12.50 €",
        "40 of 40 seats free",
        "Arabic, German Sign Language",
        "Mira Öztürk",
        "mailto:mira@example.org",
        "Registration is open until",
    ):
        assert shown in page, shown
    assert 'name="robots"' not in page
    assert response.context["form"] is not None


def test_a_contact_person_who_is_not_public_is_not_shown(client, world):
    hidden = ContactPersonFactory(
        organisation=world.organisation, is_public=False, email="intern@example.org"
    )
    event = EventFactory(network=world.network, organiser=world.organisation, contact=hidden)
    page = client.get(url("event_detail", world.network.slug, event.pk)).content.decode()
    assert "intern@example.org" not in page
    assert hidden.last_name not in page


def test_an_invited_event_is_found_only_with_its_key_and_not_indexed(client, world):
    event = EventFactory(network=world.network, audience=Audience.INVITED, title="Netzwerktreffen")
    assert client.get(url("event_detail", world.network.slug, event.pk)).status_code == 404
    wrong = url("event_detail_invited", world.network.slug, event.pk, "wrong-key")
    assert client.get(wrong).status_code == 404
    right = url("event_detail_invited", world.network.slug, event.pk, event.access_key)
    response = client.get(right)
    assert response.status_code == 200
    page = response.content.decode()
    assert '<meta name="robots" content="noindex, nofollow">' in page
    # The form proves access with the key, and the calendar link carries it.
    assert f'name="key" value="{event.access_key}"' in page
    assert f"calendar.ics?key={event.access_key}" in page


def test_event_page_in_arabic_runs_right_to_left_with_german_marked(client, world, forum):
    response = client.get(url("event_detail", world.network.slug, forum.pk, language="ar"))
    page = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert '<h1 lang="de" dir="ltr">An-Erkennen – wir sehen mehr</h1>' in page
    EventTextFactory(event=forum, language="ar", title="الاعتراف", description="منتدى")
    page = client.get(url("event_detail", world.network.slug, forum.pk, language="ar"))
    assert "<h1>الاعتراف</h1>" in page.content.decode()


def registration_part(response) -> str:
    page = response.content.decode()
    return page[page.index('id="registration-heading"') :]


@pytest.mark.parametrize(
    ("fields", "message", "has_form"),
    [
        ({"status": EventStatus.CANCELLED}, "This event has been cancelled.", False),
        ({"registration_required": False}, "No registration needed: just come.", False),
        (
            {"registration_opens_at": datetime.datetime(NEXT_YEAR, 4, 1, 9, tzinfo=BERLIN)},
            f"Registration opens on April 1, {NEXT_YEAR} at 9 a.m.",
            False,
        ),
        (
            {"registration_closes_at": datetime.datetime(2020, 4, 1, 9, tzinfo=BERLIN)},
            "Registration has closed.",
            False,
        ),
        ({}, "Registration is open until", True),
    ],
)
def test_the_registration_part_says_where_registration_stands(
    client, world, fields, message, has_form
):
    event = EventFactory(network=world.network, **fields)
    response = client.get(url("event_detail", world.network.slug, event.pk))
    part = registration_part(response)
    assert message in part
    assert ('action="/en/n/alpha/events/' in part) is has_form


def test_a_full_event_offers_the_waiting_list(client, world):
    event = EventFactory(network=world.network, capacity=1)
    RegistrationFactory(event=event)
    part = registration_part(client.get(url("event_detail", world.network.slug, event.pk)))
    assert "you are put on the waiting list" in part
    assert "Join the waiting list" in part


def test_event_page_carries_its_json_ld(client, world, forum):
    page = client.get(url("event_detail", world.network.slug, forum.pk)).content.decode()
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    data = json.loads(script.group(1))
    assert data["@type"] == "Event"
    assert data["name"] == "An-Erkennen – wir sehen mehr"
    assert data["url"] == f"http://testserver/en/n/alpha/events/{forum.pk}/"


# --- the network's page -----------------------------------------------------------------------


def test_network_page_shows_the_next_events_and_links_the_calendar(client, world):
    for day in range(1, 6):
        event_on(world.network, 5, day, title=f"Treffen {day}")
    event_on(world.network, 4, 1, title="Entwurf", status=EventStatus.DRAFT)
    page = client.get(reverse("public:network", args=[world.network.slug])).content.decode()
    section = page[page.index('<h2 class="h4">Events</h2>') :]
    assert "Treffen 1" in section and "Treffen 3" in section
    assert "Treffen 4" not in section and "Entwurf" not in section
    assert 'href="/en/n/alpha/events/"' in section
    assert 'href="/en/n/alpha/events/calendar.ics"' in section
