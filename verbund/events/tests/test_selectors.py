"""Attendance figures: people are checked-in seats, organisations count once each, only the
network's check-ins count, and the period filters by the events' dates."""

import datetime

from verbund.events import selectors
from verbund.events.choices import EventKind, RegistrationStatus
from verbund.events.tests.factories import NEXT_YEAR, RegistrationFactory
from verbund.events.tests.office_helpers import checked_in, foreign_event, past_event
from verbund.network.choices import OrganisationKind
from verbund.network.tests.factories import MembershipFactory, OrganisationFactory

COMPANY = OrganisationKind.COMPANY
YEAR = NEXT_YEAR - 3


def by_kind(network, **period):
    return {
        row.kind: (row.people, row.organisations)
        for row in selectors.attendance_by_kind(network, **period)
    }


def test_people_are_checked_in_seats_and_nobody_else_counts(world):
    event = past_event(world)
    checked_in(event, seats=3, organisation_name="Familie", organisation_kind="")
    checked_in(event, seats=1, organisation=world.other_organisation)
    # Registered but did not come, came but cancelled later, waiting: none of them count.
    RegistrationFactory(event=event, seats=2)
    checked_in(event, status=RegistrationStatus.CANCELLED)
    RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    # Another network's check-ins are not ours.
    checked_in(foreign_event(world), seats=5)
    totals = selectors.people_reached(world.network)
    assert totals["people"] == 4
    assert totals["events"] == 1


def test_a_company_named_twice_in_different_case_counts_once(world):
    event = past_event(world)
    checked_in(event, organisation_name="ACME GmbH", organisation_kind=COMPANY)
    checked_in(event, organisation_name="acme gmbh ", organisation_kind=COMPANY)
    checked_in(past_event(world, month=6), organisation_name="Acme GmbH", organisation_kind=COMPANY)
    checked_in(event, organisation_name="Beta AG", organisation_kind=COMPANY, seats=2)
    assert selectors.companies_reached(world.network) == 2
    assert by_kind(world.network)[COMPANY] == (5, 2)


def test_a_picked_member_counts_by_its_id_and_its_name_typed_in_counts_apart(world):
    """Documented simplification: names are not matched against the registry."""
    company = OrganisationFactory(name="Stadtwerke Hannover AG", kind=COMPANY)
    MembershipFactory(network=world.network, organisation=company)
    event = past_event(world)
    checked_in(event, organisation=company, organisation_kind=COMPANY)
    checked_in(event, organisation=company, organisation_kind=COMPANY)
    assert selectors.companies_reached(world.network) == 1
    checked_in(event, organisation_name="Stadtwerke Hannover AG", organisation_kind=COMPANY)
    assert selectors.companies_reached(world.network) == 2


def test_every_kind_is_listed_and_people_without_an_organisation_count_as_people(world):
    event = past_event(world)
    checked_in(
        event,
        organisation=world.other_organisation,
        organisation_kind=world.other_organisation.kind,
    )
    checked_in(event, seats=2)  # no organisation, no kind
    figures = by_kind(world.network)
    assert set(figures) == {*OrganisationKind.values, ""}
    assert figures[world.other_organisation.kind] == (1, 1)
    assert figures[""] == (2, 0)
    assert figures[OrganisationKind.WELFARE_ASSOCIATION] == (0, 0)


def test_the_period_filters_by_the_events_dates_and_years_are_counted_apart(world):
    early = past_event(world, year=YEAR - 1, month=3)
    late = past_event(world, year=YEAR, month=9, kind=EventKind.TRADE_DAY)
    checked_in(early, organisation_name="ACME", organisation_kind=COMPANY)
    checked_in(late, organisation_name="ACME", organisation_kind=COMPANY, seats=2)
    since = datetime.date(YEAR, 1, 1)
    assert selectors.people_reached(world.network, since=since)["people"] == 2
    assert (
        selectors.people_reached(world.network, until=datetime.date(YEAR - 1, 12, 31))["people"]
        == 1
    )
    # Across both years ACME is one company; per year it counts in each.
    assert selectors.companies_reached(world.network) == 1
    years = {row["year"]: row for row in selectors.attendance_per_year(world.network)}
    assert {year: row["companies"] for year, row in years.items()} == {YEAR - 1: 1, YEAR: 1}
    assert years[YEAR]["people"] == 2
    kinds = {row["kind"]: row for row in selectors.attendance_by_event_kind(world.network)}
    assert kinds[EventKind.TRADE_DAY]["people"] == 2
    assert kinds[EventKind.PUBLIC_FORUM]["events"] == 1


def test_the_figures_take_a_fixed_number_of_queries(world, django_assert_num_queries):
    event = past_event(world)
    for number in range(20):
        checked_in(event, organisation_name=f"Firma {number}", organisation_kind=COMPANY)
    with django_assert_num_queries(4):
        selectors.people_reached(world.network)
        selectors.attendance_by_kind(world.network)
        selectors.attendance_by_event_kind(world.network)
        selectors.attendance_per_year(world.network)


def test_a_blank_organisation_name_is_no_organisation(world):
    event = past_event(world)
    checked_in(event, organisation_name="", organisation_kind=COMPANY)
    checked_in(event, organisation_name="   ", organisation_kind=COMPANY)
    assert selectors.people_reached(world.network)["people"] == 2
    assert selectors.companies_reached(world.network) == 0
