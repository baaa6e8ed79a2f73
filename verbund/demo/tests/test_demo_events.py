"""The demo's events: the seeds' events on their next dates and places with texts that say what
the demo assumed, synthetic past events with registrations and attendance, no overbooking,
nothing duplicated by a second run."""

import datetime
import random
import re
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.db.models import Count, F, Q, Sum
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from verbund.audit.models import LogEntry
from verbund.core.testdata import shared_data
from verbund.demo import events as demo_events
from verbund.demo import seeds
from verbund.events.choices import EventKind, EventStatus, RegistrationStatus
from verbund.events.models import Event, EventSeries, EventText, Registration, SeriesHost
from verbund.network.models import Organisation

BERLIN = ZoneInfo("Europe/Berlin")
ASSUMED = {"de": "Annahmen der Demo", "en": "Demo assumptions", "ar": "افتراضات العرض التجريبي"}


def load():
    out = StringIO()
    call_command("demo", force=True, synthetic=6, offerings=0, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="class")
def loaded_demo(django_db_setup, django_db_blocker):
    """The demo loaded once for the tests of a class that take ``demo`` (see
    verbund/core/testdata.py). Each test runs in a savepoint inside, so a test that changes or
    loads the demo again does so for itself alone."""
    with shared_data(django_db_blocker, load) as output:
        yield output


@pytest.fixture
def demo(loaded_demo, db):
    """What the demo command printed."""
    return loaded_demo


def org(key):
    return Organisation.objects.get(
        name=next(o.name for o in seeds.ALL_ORGANISATIONS if o.key == key)
    )


def local(moment):
    return moment.astimezone(BERLIN)


# --- the plan, without a database -------------------------------------------------------------


def test_the_seeds_days_are_their_next_ones_after_today():
    assert demo_events.next_day_of_year(5, 15, datetime.date(2026, 12, 2)) == datetime.date(
        2027, 5, 15
    )
    assert demo_events.next_day_of_year(5, 15, datetime.date(2027, 5, 15)) == datetime.date(
        2028, 5, 15
    )
    assert demo_events.next_day_of_year(8, 20, datetime.date(2027, 3, 1)) == datetime.date(
        2027, 8, 20
    )
    assert demo_events.nth_weekday(2027, 9, 3, -1) == datetime.date(2027, 9, 30)


@pytest.mark.parametrize("today", [datetime.date(2026, 12, 2), datetime.date(2027, 8, 21)])
def test_the_plan_puts_the_seed_events_on_their_days_with_the_assumptions_in_every_text(today):
    plans = {plan.title: plan for plan in demo_events.plan_events(today, random.Random(1))}
    forum = plans[demo_events.ANERKENNEN_TITLE]
    day = demo_events.next_day_of_year(5, 15, today)
    assert forum.data["starts_at"] == datetime.datetime(day.year, 5, 15, 14, tzinfo=BERLIN)
    assert (forum.data["venue"], forum.data["street"], forum.data["city"]) == (
        "Leibnizhaus",
        "Holzmarkt 4-6",
        "Hannover",
    )
    assert "album@hannover-stadt.de" in forum.texts["de"]["registration_note"]
    august = demo_events.next_day_of_year(8, 20, today)
    meeting = plans[demo_events.month_title(demo_events.MARBURG_MEETING_TITLE, august)]
    assert meeting.data["starts_at"] == datetime.datetime(august.year, 8, 20, 18, tzinfo=BERLIN)
    assert (meeting.data["street"], meeting.data["city"], meeting.data["host"]) == (
        "Biegenstraße 3",
        "Marburg",
        "ib-jmd",
    )
    for plan in (forum, meeting):
        assert set(plan.texts) == {"de", "en", "ar", "de-simple"}
        for language, marker in ASSUMED.items():
            assert marker in plan.texts[language]["description"], (plan.title, language)
    for plan in plans.values():
        assert plan.data["ends_at"] > plan.data["starts_at"]
        if plan.is_synthetic:
            assert plan.data["ends_at"].date() < today, plan.title
        else:
            assert plan.data["starts_at"].date() > today, plan.title
        for text in plan.texts.values():
            assert len(text["title"]) <= 200 and len(text["summary"]) <= 300, plan.title
            if plan.is_synthetic:
                assert "Synthetic" in text["description"] or "Synthetische" in (text["description"])


# --- loaded -------------------------------------------------------------------------------------


class TestLoadedDemo:
    """Tests that read the demo's events, loaded once for them all (``loaded_demo``)."""

    def test_loads_the_seed_events_with_places_texts_and_the_synthetic_past(self, demo):
        today = timezone.localdate()
        forum = Event.objects.get(title=demo_events.ANERKENNEN_TITLE)
        starts = local(forum.starts_at)
        assert (starts.month, starts.day, starts.hour) == (5, 15, 14)
        assert starts.date() > today
        assert (forum.venue, forum.street, forum.city, forum.is_free) == (
            "Leibnizhaus",
            "Holzmarkt 4-6",
            "Hannover",
            True,
        )
        assert (forum.status, forum.kind, forum.is_synthetic) == (
            EventStatus.PUBLISHED,
            EventKind.PUBLIC_FORUM,
            False,
        )
        assert list(forum.organisers.all()) == [org("album-office")]
        assert set(forum.texts.values_list("language", flat=True)) == {
            "de",
            "en",
            "ar",
            "de-simple",
        }

        august = Event.objects.get(
            network__slug="marburg",
            is_synthetic=False,
            starts_at__month=8,
            starts_at__day=20,
        )
        assert local(august.starts_at).hour == 18
        assert (august.street, august.city, august.host) == (
            "Biegenstraße 3",
            "Marburg",
            org("ib-jmd"),
        )
        marburg = EventSeries.objects.get(title=demo_events.MARBURG_SERIES)
        assert august.series == marburg
        assert SeriesHost.objects.filter(series=marburg).count() == 7
        upcoming_hosts = set(
            marburg.events.filter(starts_at__gt=timezone.now()).values_list("host__name", flat=True)
        )
        assert len(upcoming_hosts) >= 3  # the host rotates

        assert Event.objects.filter(kind=EventKind.DIVERSITY_NETWORK_MEETING).count() >= 8
        assert (
            Event.objects.filter(title__startswith="Blickwechsel", is_synthetic=False).count() == 1
        )
        assert all(
            ASSUMED["de"] in text.description
            for text in EventText.objects.filter(event__is_synthetic=False, language="de")
        )

        past = Event.objects.filter(is_synthetic=True)
        assert past.count() >= 30
        assert not past.filter(ends_at__gte=timezone.now()).exists()
        assert past.filter(starts_at__lt=timezone.now() - datetime.timedelta(days=600)).exists()
        assert not Event.objects.filter(is_synthetic=False, ends_at__lt=timezone.now()).exists()
        assert re.search(
            r"Events: \d+ from the seeds, \d+ synthetic past ones; \d+ registrations", demo
        )

    def test_registrations_give_real_figures_and_a_fully_booked_event_with_a_waiting_list(
        self, demo
    ):
        attended = Registration.objects.filter(checked_in_at__isnull=False)
        by_kind = dict(
            attended.values("organisation_kind")
            .annotate(n=Sum("seats"))
            .values_list("organisation_kind", "n")
        )
        assert by_kind["company"] >= 50 and by_kind["migrant_organisation"] >= 50
        companies = attended.filter(organisation_kind="company")
        reached = set(
            companies.exclude(organisation_name="").values_list("organisation_name", flat=True)
        )
        assert len(reached) >= 20
        assert not Organisation.objects.filter(name__in=reached).exists()  # named, never created
        assert Registration.objects.filter(status=RegistrationStatus.CANCELLED).exists()
        assert not attended.filter(event__ends_at__gt=timezone.now()).exists()
        assert not attended.exclude(status=RegistrationStatus.CONFIRMED).exists()

        full = Event.objects.with_seat_counts().filter(
            starts_at__gt=timezone.now(), waiting_seats__gt=0
        )
        assert full.count() == 1
        assert full.get().confirmed_seats == full.get().capacity
        assert (
            Registration.objects.filter(
                event__starts_at__gt=timezone.now(), status=RegistrationStatus.CONFIRMED
            ).count()
            >= 40
        )

        # The public calendar shows it so.
        response = APIClient().get(reverse("api:event-list", kwargs={"network": "album"}))
        rows = {row["text"]["title"]: row for row in response.json()["results"]}
        assert rows[full.get().title]["registration"]["state"] == "full"
        assert rows[demo_events.ANERKENNEN_TITLE]["registration"]["state"] == "open"

    def test_no_event_is_overbooked_and_every_address_is_reserved(self, demo):
        for event in Event.objects.with_seat_counts():
            if event.capacity is not None:
                assert event.confirmed_seats <= event.capacity, event.title
            if event.waiting_seats:
                # Nobody waits while a seat is free (every demo registration is for one seat).
                assert event.confirmed_seats == event.capacity, event.title
        active = Registration.objects.active()
        assert not active.values("event", "email_key").annotate(n=Count("pk")).filter(n__gt=1)
        named = Registration.objects.filter(anonymised_at__isnull=True)
        assert named.exists()
        for email in named.values_list("email", flat=True):
            assert email.endswith(("@example.org", ".test")), email
        keep = datetime.timedelta(days=180)
        old = Registration.objects.filter(event__ends_at__lt=timezone.now() - keep)
        assert old.exists()
        assert not old.filter(anonymised_at__isnull=True).exists()
        assert not old.exclude(email="").exists()
        assert not Registration.objects.filter(
            Q(created_at__gt=timezone.now()) | Q(created_at__gt=F("event__starts_at"))
        ).exists()
        assert set(Registration.objects.values_list("seats", flat=True)) == {1}

    def test_a_second_run_duplicates_nothing(self, demo):
        def state():
            return {
                "events": sorted(Event.objects.values_list("pk", "title", "starts_at")),
                "texts": EventText.objects.count(),
                "series": EventSeries.objects.count(),
                "hosts": SeriesHost.objects.count(),
                "registrations": sorted(
                    Registration.objects.values_list("pk", "event_id", "email_key", "status")
                ),
                "log": LogEntry.objects.count(),
            }

        before = state()
        load()
        assert state() == before
