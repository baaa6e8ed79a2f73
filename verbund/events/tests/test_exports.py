"""The registration table: every column, in the list's order, local times, in one query."""

import datetime

from verbund.events import exports
from verbund.events.choices import RegistrationStatus
from verbund.events.tests.factories import BERLIN, RegistrationFactory
from verbund.events.tests.office_helpers import own_event


def test_rows_follow_the_list_order_with_local_times_and_labels(world, django_assert_num_queries):
    event = own_event(world)
    moment = datetime.datetime(2030, 7, 1, 9, 30, tzinfo=BERLIN)
    waiting = RegistrationFactory(event=event, status=RegistrationStatus.WAITING, created_at=moment)
    confirmed = RegistrationFactory(
        event=event,
        organisation=world.other_organisation,
        organisation_kind=world.other_organisation.kind,
        created_at=moment + datetime.timedelta(hours=1),
        checked_in_at=moment + datetime.timedelta(days=1),
        entered_by=world.caseworker,
        seats=2,
        interpreting="uk",
    )
    with django_assert_num_queries(1):
        headers, rows = exports.registration_table(event)
    columns = dict(zip(headers, rows[0], strict=True))
    assert [row[0] for row in rows] == [confirmed.pk, waiting.pk]
    assert columns["Status"] == "confirmed"
    assert columns["Seats"] == 2
    assert columns["Organisation"] == world.other_organisation.display_name
    assert columns["Kind of organisation"] == world.other_organisation.get_kind_display()
    assert columns["Interpreting needed"] == "uk"
    assert columns["Registered at"] == datetime.datetime(2030, 7, 1, 10, 30)
    assert columns["Checked in at"] == datetime.datetime(2030, 7, 2, 9, 30)
    assert columns["Entered by staff"] == "yes"
    assert dict(zip(headers, rows[1], strict=True))["Status"] == "on the waiting list"


def test_the_download_is_named_by_the_events_number_not_by_people(world):
    event = own_event(world, title="Treffen bei Familie Yilmaz")
    RegistrationFactory(event=event, name="Ayşe Yilmaz")
    response, count = exports.registration_export(event=event, fmt="csv")
    assert count == 1
    disposition = response["Content-Disposition"]
    assert f"registrations-{event.pk}-" in disposition
    assert "yilmaz" not in disposition.lower()
