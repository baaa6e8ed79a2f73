"""The back-office list of events: who sees which, filters, seat counts, constant queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from verbund.events.choices import EventKind, EventStatus, RegistrationStatus
from verbund.events.models import EventSeries
from verbund.events.tests.factories import RegistrationFactory
from verbund.events.tests.office_helpers import (
    draft,
    foreign_event,
    office_url,
    other_event,
    own_event,
    past_event,
)


def listed(client, world, **query):
    response = client.get(office_url("event_list", world.network), query)
    assert response.status_code == 200
    return [event.title for event in response.context["page"].object_list]


@pytest.fixture
def calendar(world):
    return {
        "x_published": own_event(world, title="X Forum"),
        "x_draft": draft(world, title="X Entwurf"),
        "y_published": other_event(world, title="Y Forum"),
        "y_draft": other_event(world, title="Y Entwurf", status=EventStatus.DRAFT),
        "y_cancelled": other_event(world, title="Y abgesagt", status=EventStatus.CANCELLED),
        "b": foreign_event(world, title="B Forum"),
    }


def test_coordinators_see_every_event_of_the_network_drafts_too(client, world, calendar):
    client.force_login(world.coordinator)
    assert sorted(listed(client, world)) == [
        "X Entwurf",
        "X Forum",
        "Y Entwurf",
        "Y Forum",
        "Y abgesagt",
    ]


@pytest.mark.parametrize("persona", ["org_admin", "caseworker", "multiplier", "viewer"])
def test_organisation_staff_see_published_events_and_their_own_drafts(
    client, world, calendar, persona
):
    client.force_login(world.user(persona))
    assert sorted(listed(client, world)) == ["X Entwurf", "X Forum", "Y Forum", "Y abgesagt"]


def test_another_organisations_admin_does_not_see_xs_draft(client, world, calendar):
    client.force_login(world.other_org_admin)
    assert sorted(listed(client, world)) == ["X Forum", "Y Entwurf", "Y Forum", "Y abgesagt"]


def test_filters_by_status_kind_series_text_and_time(client, world, calendar):
    series = EventSeries.objects.create(network=world.network, title="AG", kind="training")
    meeting = own_event(
        world, title="AG Arbeit", kind=EventKind.WORKING_GROUP_MEETING, series=series
    )
    over = past_event(world, title="Vorbei")
    client.force_login(world.coordinator)
    assert sorted(listed(client, world, status="draft")) == ["X Entwurf", "Y Entwurf"]
    assert listed(client, world, kind="working_group_meeting") == [meeting.title]
    assert listed(client, world, series=series.pk) == [meeting.title]
    assert sorted(listed(client, world, q="entwurf")) == ["X Entwurf", "Y Entwurf"]
    assert listed(client, world, when="past") == [over.title]
    assert over.title not in listed(client, world, when="upcoming")


def test_upcoming_events_come_soonest_first(client, world):
    now = timezone.now()
    later = own_event(
        world,
        title="Später",
        starts_at=now + datetime.timedelta(days=20),
        ends_at=now + datetime.timedelta(days=20, hours=2),
    )
    sooner = own_event(
        world,
        title="Bald",
        starts_at=now + datetime.timedelta(days=2),
        ends_at=now + datetime.timedelta(days=2, hours=2),
    )
    client.force_login(world.coordinator)
    assert listed(client, world, when="upcoming") == [sooner.title, later.title]


def test_invalid_filters_show_everything_with_a_note(client, world, calendar):
    client.force_login(world.coordinator)
    response = client.get(
        office_url("event_list", world.network), {"status": "nonsense", "series": "999999"}
    )
    assert len(response.context["page"].object_list) == 5
    assert "The filter could not be applied" in response.content.decode()


def test_confirmed_and_waiting_seats_are_shown_per_event(client, world):
    event = own_event(world, title="Voll", capacity=4, seats_per_registration=3)
    RegistrationFactory(event=event, seats=3)
    RegistrationFactory(event=event, seats=1)
    RegistrationFactory(event=event, seats=2, status=RegistrationStatus.WAITING)
    RegistrationFactory(event=event, seats=3, status=RegistrationStatus.CANCELLED)
    client.force_login(world.caseworker)
    response = client.get(office_url("event_list", world.network))
    (row,) = response.context["page"].object_list
    assert (row.confirmed_seats, row.waiting_seats) == (4, 2)
    assert "4 / 4" in response.content.decode()


def test_the_menu_links_the_events(client, world):
    client.force_login(world.viewer)
    response = client.get(office_url("network", world.network))
    assert office_url("event_list", world.network) in response.content.decode()


def test_the_list_costs_the_same_queries_for_few_and_many_events(client, world):
    def fill(count):
        for number in range(count):
            event = own_event(world, title=f"Forum {number}")
            RegistrationFactory(event=event)
            RegistrationFactory(event=event, status=RegistrationStatus.WAITING)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(office_url("event_list", world.network))
        assert response.status_code == 200
        return len(captured)

    client.force_login(world.caseworker)
    fill(2)
    few = queries()
    fill(20)
    assert queries() == few
