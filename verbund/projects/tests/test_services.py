"""Services of projects: they write what is valid, log it, and refuse everything else whole."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from verbund.core.errors import DomainError
from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    MembershipFactory,
    OrganisationFactory,
    TargetGroupFactory,
)
from verbund.projects import services
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    Indicator,
    PartnerRole,
    Project,
    SubProject,
    SubProjectPartner,
)
from verbund.projects.tests.factories import (
    FundingProgrammeFactory,
    IndicatorFactory,
    ProjectFactory,
)
from verbund.projects.tests.helpers import last_log, snapshot

pytestmark = pytest.mark.django_db


def refused(call, **kwargs) -> dict:
    """Run ``call``, expect a refusal that changes nothing, return its field errors."""
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        call(**kwargs)
    assert snapshot() == before
    return caught.value.message_dict


# --- projects ------------------------------------------------------------------------------------


def test_project_create_saves_the_project_with_its_contacts_and_logs_field_names(world):
    programme = FundingProgrammeFactory(network=world.network)
    project = services.project_create(
        actor=world.coordinator,
        network=world.network,
        data={
            "title": "Vielfalt – Inklusion – Perspektiven",
            "acronym": "ALBuM-VIP",
            "programme": programme,
            "lead_organisation": world.organisation,
            "starts_on": datetime.date(2012, 5, 2),
            "ends_on": datetime.date(2014, 12, 31),
            "contacts": [world.contact],
        },
    )
    project.refresh_from_db()
    assert project.network == world.network
    assert project.programme == programme
    assert list(project.contacts.all()) == [world.contact]
    log = last_log()
    assert log.action == "projects.project.created"
    assert log.actor == world.coordinator
    assert log.network == world.network
    assert "contacts" in log.data["fields"]
    assert world.contact.last_name not in str(log.data)


def test_project_create_refuses_an_end_before_the_start(world):
    errors = refused(
        services.project_create,
        actor=world.coordinator,
        network=world.network,
        data={
            "title": "Rückwärts",
            "starts_on": datetime.date(2014, 1, 1),
            "ends_on": datetime.date(2013, 1, 1),
        },
    )
    assert errors == {"ends_on": ["A project cannot end before it starts."]}


def test_project_create_refuses_programme_lead_and_contacts_of_another_network(world):
    errors = refused(
        services.project_create,
        actor=world.coordinator,
        network=world.network,
        data={
            "title": "Fremd",
            "programme": FundingProgrammeFactory(network=world.other_network),
            "lead_organisation": world.foreign_organisation,
            "contacts": [world.foreign_contact],
        },
    )
    assert set(errors) == {"programme", "lead_organisation", "contacts"}


def test_a_former_member_may_still_lead_a_project(world):
    former = OrganisationFactory(name="Ehemals dabei e.V.")
    MembershipFactory(
        network=world.network,
        organisation=former,
        started_on=datetime.date(2005, 1, 1),
        ended_on=datetime.date(2010, 12, 31),
    )
    project = services.project_create(
        actor=world.coordinator,
        network=world.network,
        data={"title": "EQUAL", "lead_organisation": former},
    )
    assert project.lead_organisation == former


def test_project_update_logs_only_the_changed_fields(world, vip):
    services.project_update(
        actor=world.coordinator,
        project=vip.project,
        data={"title": vip.project.title, "status": "completed", "contacts": [vip.public_contact]},
    )
    vip.project.refresh_from_db()
    assert vip.project.status == "completed"
    assert list(vip.project.contacts.all()) == [vip.public_contact]
    assert last_log().data == {"fields": ["contacts", "status"]}


def test_a_refused_project_update_leaves_the_callers_instance_as_stored(world, vip):
    title = vip.project.title
    refused(
        services.project_update,
        actor=world.coordinator,
        project=vip.project,
        data={"title": "Neu", "lead_organisation": world.foreign_organisation},
    )
    assert vip.project.title == title


def test_project_services_refuse_fields_they_do_not_edit(world, vip):
    with pytest.raises(TypeError):
        services.project_update(
            actor=world.coordinator, project=vip.project, data={"network": world.other_network}
        )


def test_project_delete_removes_sub_projects_funding_and_indicators(world, vip):
    services.project_delete(actor=world.coordinator, project=vip.project)
    assert not Project.objects.filter(pk=vip.project.pk).exists()
    assert not SubProject.objects.exists()
    assert not Funding.objects.exists()
    assert not Indicator.objects.exists()
    log = last_log()
    assert log.action == "projects.project.deleted"
    assert sorted(log.data["sub_projects"]) == sorted([vip.opening.pk, vip.orientation.pk])


# --- sub-projects and partners -------------------------------------------------------------------


def test_sub_project_create_keeps_the_networks_lists_and_lead_partner(world, vip):
    sub_project = services.sub_project_create(
        actor=world.coordinator,
        project=vip.project,
        data={
            "title": "Diversity Management in der Ausbildung",
            "lead_partner": world.other_organisation,
            "target_groups": [vip.target_group],
            "fields_of_action": [vip.field_of_action],
        },
    )
    assert sub_project.project == vip.project
    assert list(sub_project.target_groups.all()) == [vip.target_group]
    assert last_log().action == "projects.sub_project.created"


def test_sub_project_create_refuses_lead_and_lists_of_another_network(world, vip):
    errors = refused(
        services.sub_project_create,
        actor=world.coordinator,
        project=vip.project,
        data={
            "title": "Fremd",
            "lead_partner": world.foreign_organisation,
            "target_groups": [TargetGroupFactory(network=world.other_network)],
            "fields_of_action": [FieldOfActionFactory(network=world.other_network)],
        },
    )
    assert set(errors) == {"lead_partner", "target_groups", "fields_of_action"}


def test_a_cooperating_partner_cannot_become_lead_partner_of_the_same_sub_project(world, vip):
    errors = refused(
        services.sub_project_update,
        actor=world.coordinator,
        sub_project=vip.opening,
        data={"lead_partner": world.other_organisation},
    )
    assert "lead_partner" in errors


def test_partner_add_records_the_role_and_logs_ids(world, vip):
    third = OrganisationFactory()
    MembershipFactory(network=world.network, organisation=third)
    partner = services.sub_project_partner_add(
        actor=world.coordinator,
        sub_project=vip.opening,
        organisation=third,
        role=PartnerRole.STRATEGIC_PARTNER,
    )
    assert partner.role == PartnerRole.STRATEGIC_PARTNER
    assert last_log().data == {
        "sub_project": vip.opening.pk,
        "organisation": third.pk,
        "role": "strategic_partner",
    }


@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("foreign_organisation", "Choose an organisation of this network."),
        ("other_organisation", "This organisation is already a partner here."),
        ("organisation", "This organisation already leads the sub-project."),
    ],
)
def test_partner_add_refuses_outsiders_duplicates_and_the_lead(world, vip, who, message):
    errors = refused(
        services.sub_project_partner_add,
        actor=world.coordinator,
        sub_project=vip.opening,
        organisation=getattr(world, who),
        role=PartnerRole.PROJECT_PARTNER,
    )
    assert errors == {"organisation": [message]}


def test_partner_add_refuses_an_unknown_role(world, vip):
    third = OrganisationFactory()
    MembershipFactory(network=world.network, organisation=third)
    errors = refused(
        services.sub_project_partner_add,
        actor=world.coordinator,
        sub_project=vip.opening,
        organisation=third,
        role="sponsor",
    )
    assert "role" in errors


def test_partner_remove_deletes_the_partnership_only(world, vip):
    partner = vip.opening.partners.get()
    services.sub_project_partner_remove(actor=world.coordinator, partner=partner)
    assert not SubProjectPartner.objects.filter(pk=partner.pk).exists()
    assert vip.orientation.partners.count() == 1
    assert last_log().action == "projects.sub_project_partner.removed"


def test_sub_project_delete_takes_its_partners_along(world, vip):
    services.sub_project_delete(actor=world.coordinator, sub_project=vip.opening)
    assert not SubProjectPartner.objects.filter(sub_project_id=vip.opening.pk).exists()
    assert vip.project.sub_projects.count() == 1


# --- funding -------------------------------------------------------------------------------------


def test_funding_add_and_update_keep_amounts_by_source(world, vip):
    funding = services.funding_add(
        actor=world.coordinator,
        project=vip.project,
        data={"source": "municipal", "amount": Decimal("12500.50"), "funder": "Stadt"},
    )
    services.funding_update(
        actor=world.coordinator, funding=funding, data={"amount": Decimal("13000")}
    )
    funding.refresh_from_db()
    assert funding.amount == Decimal("13000.00")
    assert last_log().data == {"project": vip.project.pk, "fields": ["amount"]}


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"source": "eu", "amount": Decimal("-1")}, "amount"),
        ({"source": "eu", "amount": "viel"}, "amount"),
        ({"source": "lottery", "amount": Decimal("5")}, "source"),
        ({"source": "eu", "amount": Decimal("1e13")}, "amount"),
    ],
)
def test_funding_add_refuses_bad_amounts_and_sources(world, vip, data, field):
    errors = refused(services.funding_add, actor=world.coordinator, project=vip.project, data=data)
    assert field in errors


def test_funding_update_refuses_a_negative_amount(world, vip):
    refused(
        services.funding_update,
        actor=world.coordinator,
        funding=vip.eu,
        data={"amount": Decimal("-0.01")},
    )
    vip.eu.refresh_from_db()
    assert vip.eu.amount == Decimal("500000.00")


def test_funding_delete_logs_the_source(world, vip):
    services.funding_delete(actor=world.coordinator, funding=vip.federal)
    assert last_log().data == {"project": vip.project.pk, "source": "federal"}


# --- indicators ----------------------------------------------------------------------------------


def test_network_figure_is_saved_with_its_period(world):
    indicator = services.indicator_create(
        actor=world.coordinator,
        network=world.network,
        data={
            "kind": "participants",
            "period_start": datetime.date(2005, 1, 1),
            "period_end": datetime.date(2010, 12, 31),
            "achieved": Decimal("2500"),
            "is_approximate": True,
        },
    )
    assert indicator.project is None
    assert last_log().data["project"] is None


def test_network_figure_needs_a_period(world):
    errors = refused(
        services.indicator_create,
        actor=world.coordinator,
        network=world.network,
        data={"kind": "participants", "achieved": Decimal("2500")},
    )
    assert set(errors) == {"period_start", "period_end"}


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"kind": "events", "planned": Decimal("-3")}, "planned"),
        ({"kind": "events", "achieved": Decimal("-3")}, "achieved"),
        ({"kind": "events"}, "__all__"),
        (
            {
                "kind": "events",
                "planned": Decimal("3"),
                "period_start": datetime.date(2014, 1, 1),
                "period_end": datetime.date(2012, 1, 1),
            },
            "period_end",
        ),
    ],
)
def test_indicator_create_refuses_negative_missing_figures_and_reversed_periods(
    world, vip, data, field
):
    errors = refused(
        services.indicator_create,
        actor=world.coordinator,
        network=world.network,
        project=vip.project,
        data=data,
    )
    assert field in errors


def test_indicator_create_refuses_a_project_of_another_network(world):
    errors = refused(
        services.indicator_create,
        actor=world.coordinator,
        network=world.network,
        project=ProjectFactory(network=world.other_network),
        data={"kind": "events", "planned": Decimal("3")},
    )
    assert "project" in errors


def test_indicator_update_and_delete(world, vip):
    services.indicator_update(
        actor=world.coordinator, indicator=vip.companies, data={"achieved": Decimal("55")}
    )
    vip.companies.refresh_from_db()
    assert vip.companies.achieved == Decimal("55")
    services.indicator_delete(actor=world.coordinator, indicator=vip.companies)
    assert not Indicator.objects.filter(pk=vip.companies.pk).exists()


def test_a_network_figure_cannot_lose_its_period(world):
    figure = IndicatorFactory(
        project=None,
        network=world.network,
        period_start=datetime.date(2005, 1, 1),
        period_end=datetime.date(2010, 12, 31),
    )
    errors = refused(
        services.indicator_update,
        actor=world.coordinator,
        indicator=figure,
        data={"period_end": None},
    )
    assert set(errors) == {"period_end"}


# --- funding programmes --------------------------------------------------------------------------


def test_programme_names_are_unique_in_a_network_ignoring_case(world, vip):
    errors = refused(
        services.programme_create,
        actor=world.coordinator,
        network=world.network,
        data={"name": vip.programme.name.upper()},
    )
    assert errors == {"name": ["This network already has a programme with this name."]}
    # Another network may use the same name.
    services.programme_create(
        actor=world.outsider, network=world.other_network, data={"name": vip.programme.name}
    )


def test_programme_update_logs_changes(world, vip):
    services.programme_update(
        actor=world.coordinator, programme=vip.programme, data={"funders": "BMAS, ESF"}
    )
    assert last_log().data == {"fields": ["funders"]}


def test_a_programme_that_funds_projects_cannot_be_deleted(world, vip):
    before = snapshot()
    with pytest.raises(DomainError):
        services.programme_delete(actor=world.coordinator, programme=vip.programme)
    assert snapshot() == before


def test_an_unused_programme_is_deleted(world):
    programme = FundingProgrammeFactory(network=world.network)
    services.programme_delete(actor=world.coordinator, programme=programme)
    assert not FundingProgramme.objects.filter(pk=programme.pk).exists()
    assert last_log().action == "projects.programme.deleted"


def test_project_contacts_may_come_from_any_organisation_of_the_network(world):
    contact = ContactPersonFactory(organisation=world.other_organisation)
    project = services.project_create(
        actor=world.coordinator,
        network=world.network,
        data={"title": "Gemeinsam", "contacts": [world.contact, contact]},
    )
    assert set(project.contacts.all()) == {world.contact, contact}
