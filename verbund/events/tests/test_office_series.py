"""Series of meetings: the rotation of hosts, and planning the next meeting from the last one
(``services.series_plan_next``): the next date by the rhythm at the same local time, the next
host and their address, texts in every language, nothing of the last meeting's people."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from verbund.core.errors import DomainError
from verbund.core.translations import TranslationState
from verbund.events import services
from verbund.events.choices import EventKind, EventStatus, Recurrence
from verbund.events.models import Event, EventSeries
from verbund.events.tests.factories import (
    BERLIN,
    NEXT_YEAR,
    EventTextFactory,
    RegistrationFactory,
)
from verbund.events.tests.office_helpers import event_url, office_url, own_event, snapshot
from verbund.network.tests.factories import MembershipFactory, OrganisationFactory


def series_with(world, *hosts, recurrence=Recurrence.MONTHLY):
    return services.series_create(
        actor=world.coordinator,
        network=world.network,
        data={
            "title": "AG Gemeinsam Chancen schaffen",
            "kind": EventKind.WORKING_GROUP_MEETING,
            "recurrence": recurrence,
        },
        hosts=hosts,
    )


def meeting(world, series, *, starts_at, host=None, **fields):
    return own_event(
        world,
        series=series,
        host=host,
        kind=EventKind.WORKING_GROUP_MEETING,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        **fields,
    )


@pytest.fixture
def hosts(world):
    third = OrganisationFactory(name="Stadt Marburg", street="Biegenstraße 3", city="Marburg")
    MembershipFactory(network=world.network, organisation=third)
    return [world.organisation, world.other_organisation, third]


def test_next_dates_keep_the_local_time_across_summer_time():
    # 18:00 on 20 March (winter time) → 18:00 on 20 April (summer time).
    march = datetime.datetime(NEXT_YEAR, 3, 20, 18, 0, tzinfo=BERLIN)
    april = services.next_date(march, Recurrence.MONTHLY)
    assert april == datetime.datetime(NEXT_YEAR, 4, 20, 18, 0, tzinfo=BERLIN)
    assert april.astimezone(datetime.UTC).hour == 16
    assert services.next_date(march, Recurrence.WEEKLY).day == 27
    assert services.next_date(march, Recurrence.QUARTERLY).month == 6
    assert services.next_date(march, Recurrence.IRREGULAR) is None
    # The 31st of January is followed by the last day of February.
    january = datetime.datetime(NEXT_YEAR, 1, 31, 18, 0, tzinfo=BERLIN)
    assert services.next_date(january, Recurrence.MONTHLY).month == 2
    assert services.next_date(january, Recurrence.MONTHLY).day in (28, 29)


def test_planning_copies_the_last_meeting_with_the_next_date_and_host(world, hosts):
    series = series_with(world, *hosts)
    august = datetime.datetime(NEXT_YEAR, 8, 20, 18, 0, tzinfo=BERLIN)
    meeting(world, series, starts_at=august - datetime.timedelta(days=31), host=hosts[0])
    last = meeting(
        world,
        series,
        starts_at=august,
        host=hosts[1],
        capacity=25,
        interpretation_languages=["ar"],
        registration_closes_at=august - datetime.timedelta(days=2),
    )
    last.organisers.add(world.other_organisation)
    EventTextFactory(event=last, language="en", title="Working group", source_version=1)
    RegistrationFactory(event=last)
    planned = services.series_plan_next(actor=world.caseworker, series=series)
    assert planned.status == EventStatus.DRAFT
    assert planned.series == series
    assert planned.starts_at == datetime.datetime(NEXT_YEAR, 9, 20, 18, 0, tzinfo=BERLIN)
    assert planned.ends_at - planned.starts_at == datetime.timedelta(hours=2)
    assert planned.registration_closes_at == planned.starts_at - datetime.timedelta(days=2)
    assert planned.host == hosts[2]
    assert (planned.venue, planned.street, planned.city) == (
        "Stadt Marburg",
        "Biegenstraße 3",
        "Marburg",
    )
    assert (planned.capacity, planned.interpretation_languages) == (25, ["ar"])
    assert set(planned.organisers.all()) == {world.organisation, world.other_organisation}
    texts = {text.language: text for text in planned.texts.all()}
    assert texts["de"].title == last.title
    assert texts["en"].state_against(texts["de"]) == TranslationState.UP_TO_DATE
    assert not planned.registrations.exists()
    # After the last host of the rotation comes the first again.
    assert services.next_host(series, hosts[2].pk) == hosts[0]


def test_an_irregular_series_needs_the_date_and_a_series_without_meetings_a_first_one(world):
    series = series_with(world, recurrence=Recurrence.IRREGULAR)
    with pytest.raises(DomainError, match="no meeting yet"):
        services.series_plan_next(actor=world.coordinator, series=series)
    meeting(world, series, starts_at=datetime.datetime(NEXT_YEAR, 2, 1, 18, tzinfo=BERLIN))
    with pytest.raises(DomainError, match="irregularly"):
        services.series_plan_next(actor=world.coordinator, series=series)
    chosen = datetime.datetime(NEXT_YEAR, 6, 3, 17, 30, tzinfo=BERLIN)
    planned = services.series_plan_next(actor=world.coordinator, series=series, starts_at=chosen)
    assert planned.starts_at == chosen


def test_hosts_must_be_members_and_named_once(world):
    with pytest.raises(ValidationError, match="network's members"):
        series_with(world, world.foreign_organisation)
    with pytest.raises(ValidationError, match="only once"):
        series_with(world, world.organisation, world.organisation)
    assert not EventSeries.objects.exists()


def test_the_coordination_adds_a_series_with_its_rotation_in_order(client, world, hosts):
    client.force_login(world.coordinator)
    response = client.post(
        office_url("series_add", world.network),
        {
            "title": "AG Arbeitsmarkt",
            "kind": "working_group_meeting",
            "recurrence": "monthly",
            "host_1": hosts[2].pk,
            "host_3": hosts[0].pk,
        },
    )
    assert response["Location"] == office_url("series_list", world.network)
    series = EventSeries.objects.get()
    assert [host.organisation for host in series.hosts.all()] == [hosts[2], hosts[0]]
    page = client.get(office_url("series_list", world.network)).content.decode()
    assert "1. Stadt Marburg" in page


def test_a_host_twice_on_the_form_is_refused(client, world):
    client.force_login(world.coordinator)
    before = snapshot()
    response = client.post(
        office_url("series_add", world.network),
        {
            "title": "AG",
            "kind": "training",
            "recurrence": "monthly",
            "host_1": world.organisation.pk,
            "host_2": world.organisation.pk,
        },
    )
    assert "Name each host only once" in response.content.decode()
    assert not EventSeries.objects.exists()
    assert snapshot() == before


def test_editing_the_rotation_reorders_the_hosts(client, world, hosts):
    series = series_with(world, hosts[0], hosts[1])
    client.force_login(world.coordinator)
    response = client.get(office_url("series_edit", world.network, series=series.pk))
    assert response.context["form"].initial["host_1"] == hosts[0].pk
    client.post(
        office_url("series_edit", world.network, series=series.pk),
        {
            "title": series.title,
            "kind": series.kind,
            "recurrence": "quarterly",
            "host_1": hosts[1].pk,
            "host_2": hosts[0].pk,
        },
    )
    series.refresh_from_db()
    assert series.recurrence == Recurrence.QUARTERLY
    assert [host.organisation for host in series.hosts.all()] == [hosts[1], hosts[0]]


def test_planning_on_the_page_offers_the_next_date_and_opens_the_draft(client, world, hosts):
    series = series_with(world, *hosts)
    last = meeting(world, series, starts_at=datetime.datetime(NEXT_YEAR, 8, 20, 18, tzinfo=BERLIN))
    client.force_login(world.caseworker)
    url = office_url("series_plan", world.network, series=series.pk)
    response = client.get(url)
    assert f'value="{NEXT_YEAR}-09-20T18:00"' in response.content.decode()
    response = client.post(url, {"confirm": "1", "starts_at": f"{NEXT_YEAR}-09-24T18:00"})
    planned = Event.objects.exclude(pk=last.pk).get()
    assert response["Location"] == event_url("event_detail", planned)
    assert planned.starts_at == datetime.datetime(NEXT_YEAR, 9, 24, 18, tzinfo=BERLIN)
    assert planned.host == hosts[0]
