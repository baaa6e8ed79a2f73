"""Validating an import against the registry, and writing it all or nothing."""

import datetime
from decimal import Decimal

import pytest
from django.db import DatabaseError
from django.utils import translation

from verbund.audit.models import LogEntry
from verbund.network import imports
from verbund.network.imports import (
    EXAMPLE_ROWS,
    ImportInvalid,
    registry_import,
    registry_import_plan,
)
from verbund.network.models import ContactPerson, Membership, MembershipRole, Organisation
from verbund.network.tests.factories import (
    ContactPersonFactory,
    MembershipFactory,
    OrganisationFactory,
)
from verbund.network.tests.test_import_reading import table, template_row


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def registry_snapshot():
    """Every stored value of the registry, to prove that nothing at all changed."""
    return [
        list(model.objects.order_by("pk").values())
        for model in (Organisation, Membership, ContactPerson)
    ]


def problems_at(plan):
    return {(problem.row, problem.column.split(" ")[0]) for problem in plan.problems}


def test_template_rows_plan_new_organisations_memberships_and_contacts(world):
    plan = registry_import_plan(network=world.network, table=table(*EXAMPLE_ROWS))

    assert plan.problems == []
    assert plan.counts() == {
        "organisations_created": 2,
        "organisations_updated": 0,
        "organisations_unchanged": 0,
        "memberships_created": 2,
        "memberships_updated": 0,
        "contacts_created": 2,
        "contacts_updated": 0,
        "contacts_unchanged": 0,
    }
    first = plan.organisations[0]
    assert first.rows == [2, 3]
    assert [contact.row for contact in first.contacts] == [2, 3]


def test_planning_writes_nothing(world):
    before = registry_snapshot()

    registry_import_plan(network=world.network, table=table(*EXAMPLE_ROWS))

    assert registry_snapshot() == before


def test_every_bad_value_is_reported_with_its_row_and_column(world):
    plan = registry_import_plan(
        network=world.network,
        table=table(
            template_row(name="A", kind="MO", email="info(at)a.de"),  # 2
            template_row(name="B", kind="Sportverein"),  # 3
            template_row(name="C", kind="MO", started_on="31.02.2020"),  # 4
            template_row(name="D", kind="MO", started_on="2020", ended_on="2019"),  # 5
            template_row(name="E", kind="MO", latitude="52,37"),  # 6
            template_row(name="F", kind="MO", first_name="Eva", last_name="Kaya"),  # 7
            template_row(name="F", first_name="eva", last_name="KAYA"),  # 8
            template_row(name="G", kind="MO", city="Hannover"),  # 9
            template_row(name="g ", city="Celle"),  # 10
            template_row(kind="MO", last_name="Ohne Organisation"),  # 11
            template_row(name="H", kind="MO", function="Leitung"),  # 12
            template_row(
                name="I", kind="MO", contact_email="x", last_name="Y", is_public="vielleicht"
            ),
            template_row(name="J", kind="MO", website="http://"),  # 14
            template_row(name="K", kind="MO", postal_code="1234567890123"),  # 15
        ),
    )

    assert problems_at(plan) == {
        (2, "K"),  # E-Mail
        (3, "C"),  # Art
        (4, "O"),  # Mitglied seit
        (5, "P"),  # Mitglied bis
        (6, "I"),  # Längengrad missing
        (8, "S"),  # the same contact person as row 7
        (10, "G"),  # Ort contradicts row 9
        (11, "A"),  # no name
        (12, "S"),  # contact without last name
        (13, "U"),  # contact e-mail
        (13, "W"),  # öffentlich
        (14, "J"),  # website
        (15, "F"),  # PLZ too long
    }
    messages = {(p.row, p.column): p.message for p in plan.problems}
    assert messages[(6, "I (Längengrad)")] == (
        "Give both latitude and longitude, or leave both empty."
    )
    assert "row 7" in messages[(8, "S (Ansprechperson Nachname)")]
    assert messages[(10, "G (Ort)")] == (
        "“Celle” contradicts row 9 for the same organisation, which says “Hannover”."
    )
    assert messages[(3, "C (Art)")].startswith("“Sportverein” is not known. Use one of:")
    assert not plan.is_valid


def test_rows_of_one_organisation_may_leave_its_cells_empty_or_repeat_them(world):
    plan = registry_import_plan(
        network=world.network,
        table=table(
            template_row(name="Verein", kind="MO", city="Celle", last_name="A"),
            template_row(name="Verein", kind="Migrantenorganisation", last_name="B"),
            template_row(name="  verein ", city="Celle", last_name="C"),
        ),
    )

    assert plan.problems == []
    assert len(plan.organisations) == 1
    assert len(plan.organisations[0].contacts) == 3


def test_problems_name_the_column_as_headed_in_the_file(world):
    plan = registry_import_plan(
        network=world.network,
        table=table(["Verein", "Sportverein"], headers=["Organisation", "Typ"]),
    )

    assert [(p.row, p.column) for p in plan.problems] == [(2, "B (Typ)")]


def test_existing_organisation_of_the_network_is_matched_by_name_and_updated(world):
    plan = registry_import_plan(
        network=world.network,
        table=table(template_row(name="  organisation   X ", city="Celle", phone="0511 1")),
    )

    assert plan.problems == []
    [matched] = plan.organisations
    assert matched.existing == world.organisation
    assert matched.action == "update"
    assert matched.changes == ["city", "phone"]
    assert matched.name == "Organisation X"


def test_organisation_of_another_network_is_never_matched(world):
    plan = registry_import_plan(
        network=world.network, table=table(template_row(name="Organisation Z", kind="MO"))
    )

    [planned] = plan.organisations
    assert planned.existing is None
    assert planned.action == "create"


def test_new_organisation_needs_a_kind_but_a_known_one_does_not(world):
    plan = registry_import_plan(
        network=world.network,
        table=table(template_row(name="Neu e.V."), template_row(name="Organisation Y")),
    )

    assert [(p.row, p.column) for p in plan.problems] == [(2, "C (Art)")]


def test_two_registry_organisations_of_the_same_name_make_the_match_ambiguous(world):
    MembershipFactory(
        network=world.network, organisation=OrganisationFactory(name="organisation x")
    )

    plan = registry_import_plan(
        network=world.network, table=table(template_row(name="Organisation X"))
    )

    assert [(p.row, p.column) for p in plan.problems] == [(2, "A (Name)")]


def test_blank_cells_leave_the_registry_values(world):
    world.organisation.phone = "0511 99"
    world.organisation.save()

    plan = registry_import_plan(
        network=world.network, table=table(template_row(name="Organisation X", kind="MO"))
    )

    assert plan.organisations[0].action == "unchanged"


def test_contact_is_matched_by_email_first_then_by_name(world):
    by_name = ContactPersonFactory(
        organisation=world.organisation, first_name="Ali", last_name="Demir", email=""
    )
    plan = registry_import_plan(
        network=world.network,
        table=table(
            template_row(
                name="Organisation X",
                first_name="Maria",
                last_name="Neu-Name",
                contact_email=world.contact.email.upper(),
            ),
            template_row(
                name="Organisation X", first_name="ali", last_name="DEMIR", function="Leitung"
            ),
            template_row(name="Organisation X", first_name="Jana", last_name="Fremd"),
        ),
    )

    assert plan.problems == []
    first, second, third = plan.organisations[0].contacts
    assert first.existing == world.contact
    assert first.changes == ["last_name", "email"]
    assert second.existing == by_name
    assert second.changes == ["first_name", "last_name", "function"]
    assert third.existing is None


def test_two_rows_matching_one_registry_contact_are_a_problem(world):
    plan = registry_import_plan(
        network=world.network,
        table=table(
            template_row(
                name="Organisation X", last_name="Anders", contact_email=world.contact.email
            ),
            template_row(
                name="Organisation X",
                first_name=world.contact.first_name,
                last_name=world.contact.last_name,
            ),
        ),
    )

    assert [(p.row, p.column.split(" ")[0]) for p in plan.problems] == [(3, "S")]


def test_new_organisation_becomes_a_member_unless_the_file_names_another_role(world):
    rows = table(
        template_row(name="Neu A", kind="MO"),
        template_row(name="Neu B", kind="MO", role="Kooperationspartner"),
    )

    counts = registry_import(actor=world.coordinator, network=world.network, table=rows)

    assert counts["memberships_created"] == 2
    roles = dict(
        Membership.objects.filter(
            network=world.network, organisation__name__startswith="Neu "
        ).values_list("organisation__name", "role")
    )
    assert roles == {"Neu A": MembershipRole.MEMBER, "Neu B": MembershipRole.COOPERATION_PARTNER}


def test_file_updates_the_latest_membership_of_a_known_organisation(world):
    registry_import(
        actor=world.coordinator,
        network=world.network,
        table=table(template_row(name="Organisation X", role="Koordination", ended_on="2030")),
    )

    [membership] = Membership.objects.filter(network=world.network, organisation=world.organisation)
    assert membership.role == MembershipRole.COORDINATION
    assert membership.started_on == datetime.date(2020, 1, 1)
    assert membership.ended_on == datetime.date(2030, 12, 31)


def test_past_member_joining_again_gets_a_new_membership_and_keeps_its_history(world):
    old = Membership.objects.get(network=world.network, organisation=world.organisation)
    old.ended_on = datetime.date(2021, 6, 30)
    old.save()

    registry_import(
        actor=world.coordinator,
        network=world.network,
        table=table(template_row(name="Organisation X", started_on="2024")),
    )

    memberships = Membership.objects.filter(
        network=world.network, organisation=world.organisation
    ).order_by("started_on")
    assert [(m.started_on, m.ended_on) for m in memberships] == [
        (datetime.date(2020, 1, 1), datetime.date(2021, 6, 30)),
        (datetime.date(2024, 1, 1), None),
    ]


def test_membership_ending_before_its_recorded_start_is_a_problem(world):
    plan = registry_import_plan(
        network=world.network,
        table=table(template_row(name="Organisation X", ended_on="2019")),
    )

    assert [(p.row, p.column.split(" ")[0]) for p in plan.problems] == [(2, "P")]


def test_import_writes_organisations_memberships_and_contacts(world):
    counts = registry_import(
        actor=world.coordinator, network=world.network, table=table(*EXAMPLE_ROWS)
    )

    assert counts["organisations_created"] == 2
    verein = Organisation.objects.get(name="Beispielverein für Integration e.V.")
    assert verein.kind == "migrant_organisation"
    assert verein.legal_form == "ev"
    assert verein.latitude == Decimal("52.374") and verein.longitude == Decimal("9.738")
    assert verein.website == "https://www.beispielverein.example.org"
    assert sorted(verein.contacts.values_list("first_name", "is_public")) == [
        ("Erika", True),
        ("Max", False),
    ]
    vhs = Organisation.objects.get(name="Volkshochschule Musterstadt")
    assert vhs.postal_code == "01067"
    membership = vhs.memberships.get(network=world.network)
    assert membership.role == MembershipRole.COOPERATION_PARTNER
    assert (membership.started_on, membership.ended_on) == (
        datetime.date(2019, 1, 1),
        datetime.date(2024, 12, 31),
    )


def test_import_is_logged_with_counts_only(world):
    registry_import(actor=world.coordinator, network=world.network, table=table(*EXAMPLE_ROWS))

    entry = LogEntry.objects.get(action="network.registry:import")
    assert entry.actor == world.coordinator
    assert entry.network == world.network
    assert entry.data["contacts_created"] == 2
    assert entry.data["rows"] == 3
    assert all(isinstance(value, int) for value in entry.data.values())


def test_importing_the_same_file_twice_changes_nothing_the_second_time(world):
    rows = [*EXAMPLE_ROWS, template_row(name="Organisation X", city="Celle", last_name="Neu")]
    registry_import(actor=world.coordinator, network=world.network, table=table(*rows))
    before = registry_snapshot()

    counts = registry_import(actor=world.coordinator, network=world.network, table=table(*rows))

    assert registry_snapshot() == before
    assert counts["organisations_unchanged"] == 3
    assert counts["contacts_unchanged"] == 3
    assert counts["organisations_created"] == counts["contacts_created"] == 0
    assert counts["memberships_created"] == counts["memberships_updated"] == 0


def test_invalid_file_writes_nothing(world):
    before = registry_snapshot()
    rows = [*EXAMPLE_ROWS, template_row(name="Kaputt", kind="MO", email="kein-mail")]

    with pytest.raises(ImportInvalid) as caught:
        registry_import(actor=world.coordinator, network=world.network, table=table(*rows))

    assert [(p.row, p.column.split(" ")[0]) for p in caught.value.plan.problems] == [(5, "K")]
    assert registry_snapshot() == before
    assert not LogEntry.objects.filter(action="network.registry:import").exists()


def test_failure_in_the_middle_of_the_write_rolls_everything_back(world, monkeypatch):
    before = registry_snapshot()
    write_contact = imports._write_contact
    calls = []

    def fail_on_second_contact(plan, organisation):
        calls.append(plan.row)
        if len(calls) == 2:
            raise DatabaseError("disk full")
        write_contact(plan, organisation)

    monkeypatch.setattr(imports, "_write_contact", fail_on_second_contact)

    with pytest.raises(DatabaseError):
        registry_import(actor=world.coordinator, network=world.network, table=table(*EXAMPLE_ROWS))

    assert calls == [2, 3]  # the first organisation and its first contact were written
    assert registry_snapshot() == before
    assert not LogEntry.objects.filter(action="network.registry:import").exists()
