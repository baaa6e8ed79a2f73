"""The projects API: the detail with sub-projects, partners, funding and indicators; filters;
writes and bad input."""

import datetime
from decimal import Decimal

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse
from rest_framework.test import APIClient

from verbund.audit.models import LogEntry
from verbund.network.models import ContactPerson
from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    TargetGroupFactory,
)
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    Indicator,
    Project,
    SubProject,
    SubProjectPartner,
)
from verbund.projects.tests.url_rules_api import make_programme, make_project


@pytest.fixture
def client():
    return APIClient()


def url(name, world, **kwargs):
    return reverse(f"api:{name}", kwargs={"network": world.network.slug, **kwargs})


def snapshot():
    return {
        model.__name__: sorted(
            (tuple(sorted(model_to_dict(row).items(), key=str)) for row in model.objects.all()),
            key=str,
        )
        for model in (Project, FundingProgramme, Funding)
    } | {"log": LogEntry.objects.count()}


@pytest.fixture
def vip(world):
    """ALBuM-VIP in small: two sub-projects, partners, funding by source, indicators."""
    programme = make_programme(world.network, short_name="XENOS")
    project = make_project(world.network, programme=programme, lead_organisation=world.organisation)
    Funding.objects.create(project=project, source="federal", amount=Decimal("900000.00"))
    Funding.objects.create(project=project, source="eu", amount=Decimal("50000.50"))
    first = SubProject.objects.create(
        project=project, title="Interkulturelle Öffnung", lead_partner=world.organisation
    )
    SubProjectPartner.objects.create(
        sub_project=first, organisation=world.other_organisation, role="cooperation_partner"
    )
    first.target_groups.add(TargetGroupFactory(network=world.network, name="Jugendliche"))
    first.fields_of_action.add(FieldOfActionFactory(network=world.network, name="Ausbildung"))
    SubProject.objects.create(project=project, title="Diversity Management", position=2)
    Indicator.objects.create(
        network=world.network, project=project, kind="participants", planned=500, achieved=420
    )
    project.contacts.add(
        world.contact, ContactPersonFactory(organisation=world.organisation, is_public=True)
    )
    return project


def test_project_detail_nests_sub_projects_partners_funding_and_indicators(world, client, vip):
    data = client.get(url("project-detail", world, pk=vip.pk)).json()
    assert data["programme_name"] == vip.programme.name
    assert data["lead_organisation_name"] == "Organisation X"
    assert [sub["title"] for sub in data["sub_projects"]] == [
        "Interkulturelle Öffnung",
        "Diversity Management",
    ]
    first = data["sub_projects"][0]
    assert first["partners"] == [
        {
            "organisation": world.other_organisation.pk,
            "organisation_name": "Organisation Y",
            "partner_role": "cooperation_partner",
        }
    ]
    assert [group["name"] for group in first["target_groups"]] == ["Jugendliche"]
    assert [field["name"] for field in first["fields_of_action"]] == ["Ausbildung"]
    assert data["funding"]["total"] == "1950000.50"
    assert [(row["source"], row["amount"]) for row in data["funding"]["by_source"]] == [
        ("eu", "1050000.50"),
        ("federal", "900000.00"),
    ]
    assert [round(row["share"]) for row in data["funding"]["by_source"]] == [54, 46]
    assert len(data["funding"]["entries"]) == 3
    assert data["indicators"][0]["planned"] == "500.00"
    assert data["indicators"][0]["achieved"] == "420.00"


def test_public_sees_only_public_contacts_of_a_project(world, client, vip):
    data = client.get(url("project-detail", world, pk=vip.pk)).json()
    assert world.contact.pk not in data["contacts"]
    assert len(data["contact_persons"]) == 1
    client.force_authenticate(world.viewer)
    data = client.get(url("project-detail", world, pk=vip.pk)).json()
    assert world.contact.pk in data["contacts"]
    assert len(data["contact_persons"]) == 2


def test_project_list_carries_the_funding_total(world, client, vip):
    row = client.get(url("project-list", world)).json()["results"][0]
    assert row["funding_total"] == "1950000.50"
    assert "sub_projects" not in row


def test_public_sees_public_projects_only(world, client, vip):
    hidden = make_project(world.network, title="Intern", is_public=False)
    ids = [row["id"] for row in client.get(url("project-list", world)).json()["results"]]
    assert ids == [vip.pk]
    client.force_authenticate(world.caseworker)
    ids = {row["id"] for row in client.get(url("project-list", world)).json()["results"]}
    assert ids == {vip.pk, hidden.pk}


def test_projects_filter_by_status_programme_and_search(world, client, vip):
    other = make_project(
        world.network, title="Kommune interkulturell", acronym="", status="completed"
    )
    make_project(world.other_network, title="Fremd", programme=None)

    def ids(query):
        response = client.get(url("project-list", world) + query)
        assert response.status_code == 200, response.content
        return [row["id"] for row in response.json()["results"]]

    assert ids("?status=completed") == [other.pk]
    assert ids(f"?programme={vip.programme_id}") == [vip.pk]
    assert ids("?search=kommune") == [other.pk]
    assert client.get(url("project-list", world) + "?status=lost").status_code == 400


def test_coordinator_creates_a_project_with_programme_lead_and_contacts(world, client):
    programme = make_programme(world.network)
    client.force_authenticate(world.coordinator)
    response = client.post(
        url("project-list", world),
        {
            "title": "Berufsorientierung und Ausbildung",
            "programme": programme.pk,
            "lead_organisation": world.organisation.pk,
            "starts_on": "2012-05-02",
            "ends_on": "2014-12-31",
            "status": "running",
            "contacts": [world.contact.pk],
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    project = Project.objects.get(title="Berufsorientierung und Ausbildung")
    assert project.network == world.network
    assert list(project.contacts.all()) == [world.contact]
    assert response.json()["funding"] == {"total": "0.00", "by_source": [], "entries": []}
    entry = LogEntry.objects.get(action="projects.project.created")
    assert "contacts" in entry.data["fields"]


def test_coordinator_changes_and_deletes_a_project(world, client, vip):
    client.force_authenticate(world.coordinator)
    response = client.patch(
        url("project-detail", world, pk=vip.pk), {"status": "completed"}, format="json"
    )
    assert response.status_code == 200
    vip.refresh_from_db()
    assert vip.status == "completed"
    assert client.delete(url("project-detail", world, pk=vip.pk)).status_code == 204
    assert not Project.objects.filter(pk=vip.pk).exists()
    assert LogEntry.objects.filter(action="projects.project.deleted").count() == 1


def test_organisation_admin_may_not_write_projects(world, client, vip):
    client.force_authenticate(world.org_admin)
    before = snapshot()
    assert (
        client.patch(url("project-detail", world, pk=vip.pk), {"title": "T"}, format="json")
    ).status_code == 403
    assert client.delete(url("project-detail", world, pk=vip.pk)).status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        pytest.param(
            {"starts_on": "2014-01-01", "ends_on": "2012-01-01"}, "ends_on", id="end before start"
        ),
        pytest.param({"programme": 999999}, "programme", id="unknown programme"),
        pytest.param({"lead_organisation": "X"}, "lead_organisation", id="wrong type"),
        pytest.param({"contacts": "1"}, "contacts", id="contacts not a list"),
        pytest.param({"status": "lost"}, "status", id="unknown status"),
        pytest.param({"acronym": "A" * 61}, "acronym", id="overlong acronym"),
        pytest.param({"starts_on": "31.12.2014"}, "starts_on", id="german date"),
        pytest.param({"is_public": "perhaps"}, "is_public", id="not a boolean"),
    ],
)
def test_bad_project_payload_is_a_400_naming_the_field(world, client, payload, field):
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.post(url("project-list", world), {"title": "T", **payload}, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert snapshot() == before


def test_ids_of_another_network_are_refused_like_unknown_ones(world, client):
    foreign_programme = make_programme(world.other_network)
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.post(
        url("project-list", world),
        {
            "title": "T",
            "programme": foreign_programme.pk,
            "lead_organisation": world.foreign_organisation.pk,
            "contacts": [world.foreign_contact.pk],
        },
        format="json",
    )
    assert response.status_code == 400
    assert {"programme", "lead_organisation", "contacts"} <= set(response.json())
    assert snapshot() == before
    assert ContactPerson.objects.get(pk=world.foreign_contact.pk).projects.count() == 0


def test_programme_in_use_cannot_be_deleted(world, client, vip):
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.delete(url("programme-detail", world, pk=vip.programme_id))
    assert response.status_code == 400
    assert "non_field_errors" in response.json()
    assert snapshot() == before


def test_programme_with_a_broken_website_is_a_400(world, client):
    client.force_authenticate(world.coordinator)
    response = client.post(
        url("programme-list", world), {"name": "IQ", "website": "ftp:/broken"}, format="json"
    )
    assert response.status_code == 400
    assert "website" in response.json()


def test_coordinator_records_funding_and_the_project_total_follows(world, client, vip):
    client.force_authenticate(world.coordinator)
    response = client.post(
        url("funding-list", world),
        {"project": vip.pk, "source": "municipal", "amount": "49999.50", "funder": "LHH"},
        format="json",
    )
    assert response.status_code == 201, response.content
    data = client.get(url("project-detail", world, pk=vip.pk)).json()
    assert data["funding"]["total"] == "2000000.00"
    assert ("municipal", "49999.50") in [
        (row["source"], row["amount"]) for row in data["funding"]["by_source"]
    ]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        pytest.param({"amount": "-1.00"}, "amount", id="negative amount"),
        pytest.param({"amount": "ten"}, "amount", id="amount not a number"),
        pytest.param({"amount": "1" * 13}, "amount", id="amount too large"),
        pytest.param({"source": "lottery"}, "source", id="unknown source"),
        pytest.param({"project": 999999}, "project", id="unknown project"),
        pytest.param({"funder": "F" * 201}, "funder", id="overlong funder"),
    ],
)
def test_bad_funding_payload_is_a_400_naming_the_field(world, client, vip, payload, field):
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.post(
        url("funding-list", world),
        {"project": vip.pk, "source": "eu", "amount": "10.00", **payload},
        format="json",
    )
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert snapshot() == before


def test_funding_of_another_networks_project_is_refused(world, client):
    foreign = make_project(world.other_network)
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.post(
        url("funding-list", world),
        {"project": foreign.pk, "source": "eu", "amount": "10.00"},
        format="json",
    )
    assert response.status_code == 400
    assert "project" in response.json()
    assert snapshot() == before


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        pytest.param({"achieved": "-3"}, "achieved", id="negative achieved"),
        pytest.param(
            {"period_start": "2010-12-31", "period_end": "2005-01-01"},
            "period_end",
            id="period ends before it starts",
        ),
        pytest.param({"indicator": "happiness"}, "indicator", id="unknown indicator"),
    ],
)
def test_bad_indicator_payload_is_a_400_naming_the_field(world, client, payload, field):
    client.force_authenticate(world.coordinator)
    count = Indicator.objects.count()
    response = client.post(
        url("indicator-list", world),
        {"indicator": "participants", "planned": "10", **payload},
        format="json",
    )
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert Indicator.objects.count() == count


def test_network_balance_is_an_indicator_without_project(world, client):
    client.force_authenticate(world.coordinator)
    response = client.post(
        url("indicator-list", world),
        {
            "indicator": "companies_reached",
            "achieved": "120",
            "is_approximate": True,
            "period_start": "2005-01-01",
            "period_end": "2010-12-31",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    client.logout()
    rows = client.get(url("indicator-list", world) + "?network_level=true").json()["results"]
    assert [(row["indicator"], row["achieved"]) for row in rows] == [
        ("companies_reached", "120.00")
    ]


def test_project_dates_are_kept_as_sent(world, client):
    client.force_authenticate(world.coordinator)
    response = client.post(
        url("project-list", world),
        {"title": "T", "starts_on": "2012-05-02", "ends_on": "2012-05-02"},
        format="json",
    )
    assert response.status_code == 201
    assert Project.objects.get(title="T").ends_on == datetime.date(2012, 5, 2)


def test_coordinator_adds_a_sub_project_with_lists_and_partners(world, client, vip):
    target_group = TargetGroupFactory(network=world.network, name="Betriebe")
    client.force_authenticate(world.coordinator)
    response = client.post(
        url("sub-project-list", world),
        {
            "project": vip.pk,
            "title": "Stadtteilorientiertes Übergangsmanagement",
            "lead_partner": world.organisation.pk,
            "target_groups": [target_group.pk],
            "position": 3,
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    sub_project = SubProject.objects.get(title="Stadtteilorientiertes Übergangsmanagement")
    response = client.post(
        url("sub-project-partner-list", world),
        {
            "sub_project": sub_project.pk,
            "organisation": world.other_organisation.pk,
            "partner_role": "project_partner",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    detail = client.get(url("project-detail", world, pk=vip.pk)).json()
    added = next(sub for sub in detail["sub_projects"] if sub["id"] == sub_project.pk)
    assert [group["name"] for group in added["target_groups"]] == ["Betriebe"]
    assert added["partners"][0]["partner_role"] == "project_partner"
    partner_id = response.json()["id"]
    assert client.delete(url("sub-project-partner-detail", world, pk=partner_id)).status_code == 204
    assert not SubProjectPartner.objects.filter(pk=partner_id).exists()


def test_sub_project_refuses_lists_of_another_network(world, client, vip):
    client.force_authenticate(world.coordinator)
    count = SubProject.objects.count()
    response = client.post(
        url("sub-project-list", world),
        {
            "project": vip.pk,
            "title": "T",
            "target_groups": [TargetGroupFactory(network=world.other_network).pk],
            "fields_of_action": [FieldOfActionFactory(network=world.other_network).pk],
            "lead_partner": world.foreign_organisation.pk,
        },
        format="json",
    )
    assert response.status_code == 400
    assert {"target_groups", "fields_of_action", "lead_partner"} <= set(response.json())
    assert SubProject.objects.count() == count


@pytest.mark.parametrize(
    ("organisation", "message_field"),
    [
        pytest.param("other_organisation", "organisation", id="already a partner"),
        pytest.param("organisation", "organisation", id="the lead partner"),
    ],
)
def test_a_partner_is_added_once_and_never_as_the_lead(
    world, client, vip, organisation, message_field
):
    sub_project = vip.sub_projects.get(title="Interkulturelle Öffnung")
    client.force_authenticate(world.coordinator)
    partners = SubProjectPartner.objects.count()
    response = client.post(
        url("sub-project-partner-list", world),
        {
            "sub_project": sub_project.pk,
            "organisation": getattr(world, organisation).pk,
            "partner_role": "project_partner",
        },
        format="json",
    )
    assert response.status_code == 400
    assert message_field in response.json()
    assert SubProjectPartner.objects.count() == partners


def test_public_sees_sub_projects_of_public_projects_only(world, client, vip):
    hidden = make_project(world.network, title="Intern", is_public=False)
    SubProject.objects.create(project=hidden, title="Intern TP")
    titles = {row["title"] for row in client.get(url("sub-project-list", world)).json()["results"]}
    assert titles == {"Interkulturelle Öffnung", "Diversity Management"}
