"""Back-office pages of projects: list, detail, add, edit, delete, export."""

import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.urls import reverse

from verbund.audit.models import LogEntry
from verbund.projects.models import Project
from verbund.projects.tests.factories import FundingProgrammeFactory, ProjectFactory
from verbund.projects.tests.helpers import snapshot


def url(name, world, **kwargs):
    return reverse(f"office:{name}", kwargs={"network": world.network.slug, **kwargs})


@pytest.fixture
def coordinator(client, world):
    client.force_login(world.coordinator)
    return client


@pytest.fixture
def viewer(client, world):
    client.force_login(world.viewer)
    return client


# --- list ----------------------------------------------------------------------------------------


def test_project_list_shows_programme_lead_period_status_and_funding_total(viewer, world, vip):
    ProjectFactory(network=world.other_network, title="Fremdes Projekt")
    page = viewer.get(url("project_list", world)).content.decode()
    assert vip.project.title in page
    assert "XENOS" in page
    assert world.organisation.name in page
    assert "1,900,000.00 €" in page
    assert "Fremdes Projekt" not in page
    # Viewers read; they are not offered to write.
    assert url("project_add", world) not in page


def test_project_list_offers_adding_and_export_to_coordinators(coordinator, world, vip):
    page = coordinator.get(url("project_list", world)).content.decode()
    assert url("project_add", world) in page
    assert url("project_export", world, fmt="csv") in page


def test_project_list_filters_by_status_programme_and_text(viewer, world, vip):
    planned = ProjectFactory(network=world.network, title="Deutsch 360 Grad", status="planned")
    response = viewer.get(url("project_list", world), {"status": "planned"})
    assert list(response.context["projects"]) == [planned]
    response = viewer.get(url("project_list", world), {"programme": vip.programme.pk})
    assert list(response.context["projects"]) == [vip.project]
    response = viewer.get(url("project_list", world), {"q": "360"})
    assert list(response.context["projects"]) == [planned]


def test_project_list_filter_by_another_networks_programme_is_an_error(viewer, world, vip):
    foreign = FundingProgrammeFactory(network=world.other_network)
    ProjectFactory(network=world.other_network, programme=foreign)
    response = viewer.get(url("project_list", world), {"programme": foreign.pk})
    assert response.status_code == 200
    assert response.context["filter_form"].errors["programme"]
    # Nothing of network B shows; network A's projects are listed unfiltered.
    assert list(response.context["projects"]) == [vip.project]


def test_project_list_is_paginated_and_keeps_its_filters(viewer, world):
    for number in range(55):
        ProjectFactory(network=world.network, title=f"Projekt {number:02}", status="planned")
    response = viewer.get(url("project_list", world), {"status": "planned", "page": 2})
    assert len(response.context["projects"]) == 5
    assert "status=planned&amp;page=1" in response.content.decode()


# --- detail --------------------------------------------------------------------------------------


def test_project_detail_shows_sub_projects_with_lead_partners_roles_and_lists(viewer, world, vip):
    page = viewer.get(url("project_detail", world, project=vip.project.pk)).content.decode()
    assert vip.opening.title in page and vip.orientation.title in page
    assert "cooperation partner" in page and "project partner" in page
    assert vip.target_group.name in page and vip.field_of_action.name in page
    assert vip.opening.activities in page


def test_project_detail_shows_funding_by_source_with_totals_and_shares(viewer, world, vip):
    response = viewer.get(url("project_detail", world, project=vip.project.pk))
    funding = response.context["funding"]
    assert funding.total == Decimal("1900000.00")
    assert [(row.source, row.amount) for row in funding.rows] == [
        ("eu", Decimal("1000000.00")),
        ("federal", Decimal("900000.00")),
    ]
    page = response.content.decode()
    assert "Total EU (ESF)" in page
    assert "1,000,000.00 €" in page and "1,900,000.00 €" in page
    assert "52.6 %" in page and "47.4 %" in page
    assert "2. Tranche" in page


def test_project_detail_shows_indicators_planned_achieved_and_rate(viewer, world, vip):
    page = viewer.get(url("project_detail", world, project=vip.project.pk)).content.decode()
    assert "Participants" in page and "75 %" in page
    assert "Companies reached" in page


def test_project_detail_names_all_contacts_to_the_staff(viewer, world, vip):
    page = viewer.get(url("project_detail", world, project=vip.project.pk)).content.decode()
    assert vip.public_contact.full_name in page
    assert vip.private_contact.full_name in page
    assert "not shown publicly" in page


def test_project_detail_offers_edit_links_to_coordinators_only(client, world, vip):
    edit = url("project_edit", world, project=vip.project.pk)
    client.force_login(world.caseworker)
    assert (
        edit
        not in client.get(url("project_detail", world, project=vip.project.pk)).content.decode()
    )
    client.force_login(world.coordinator)
    page = client.get(url("project_detail", world, project=vip.project.pk)).content.decode()
    assert edit in page
    assert url("funding_edit", world, project=vip.project.pk, funding=vip.eu.pk) in page


# --- add and edit --------------------------------------------------------------------------------


def test_coordinator_adds_a_project(coordinator, world, vip):
    response = coordinator.post(
        url("project_add", world),
        {
            "title": "Berufsbezogene Sprachkurse",
            "acronym": "DeuFöV",
            "programme": vip.programme.pk,
            "lead_organisation": world.other_organisation.pk,
            "status": "running",
            "starts_on": "2021-01-01",
            "ends_on": "2023-12-31",
            "contacts": [world.contact.pk],
            "is_public": "on",
        },
    )
    project = Project.objects.get(acronym="DeuFöV")
    assert response.status_code == 302
    assert response["Location"] == url("project_detail", world, project=project.pk)
    assert project.network == world.network
    assert list(project.contacts.all()) == [world.contact]
    assert LogEntry.objects.filter(action="projects.project.created").count() == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("lead_organisation", lambda w: w.foreign_organisation.pk),
        ("programme", lambda w: FundingProgrammeFactory(network=w.other_network).pk),
        ("contacts", lambda w: [w.foreign_contact.pk]),
    ],
)
def test_adding_a_project_with_another_networks_ids_is_a_form_error(
    coordinator, world, field, value
):
    posted = {"title": "Fremd", "status": "planned", field: value(world)}
    before = snapshot()
    response = coordinator.post(url("project_add", world), posted)
    assert response.status_code == 200
    assert "Select a valid choice" in str(response.context["form"].errors[field])
    assert snapshot() == before


def test_adding_a_project_that_ends_before_it_starts_is_refused(coordinator, world):
    response = coordinator.post(
        url("project_add", world),
        {
            "title": "Rückwärts",
            "status": "planned",
            "starts_on": "2014-01-01",
            "ends_on": "2013-01-01",
        },
    )
    assert response.context["form"].errors == {
        "ends_on": ["A project cannot end before it starts."]
    }
    assert "Nothing was saved" in response.content.decode()
    assert not Project.objects.exists()


def test_a_malformed_project_form_shows_every_problem_and_saves_nothing(coordinator, world):
    response = coordinator.post(
        url("project_add", world),
        {"title": "", "status": "flying", "starts_on": "gestern", "lead_organisation": "x"},
    )
    errors = response.context["form"].errors
    assert set(errors) == {"title", "status", "starts_on", "lead_organisation"}
    page = response.content.decode()
    assert 'aria-invalid="true"' in page
    assert 'aria-describedby="id_title_error"' in page
    # The invalid input keeps its Bootstrap look and is marked invalid beside it.
    assert 'class="form-control is-invalid"' in page
    assert not Project.objects.exists()


def test_coordinator_edits_a_project(coordinator, world, vip):
    response = coordinator.post(
        url("project_edit", world, project=vip.project.pk),
        {
            "title": vip.project.title,
            "acronym": "VIP",
            "programme": vip.programme.pk,
            "lead_organisation": world.organisation.pk,
            "status": "completed",
            "starts_on": "2012-05-02",
            "ends_on": "2014-12-31",
        },
    )
    assert response.status_code == 302
    vip.project.refresh_from_db()
    assert (vip.project.acronym, vip.project.status) == ("VIP", "completed")
    assert not vip.project.is_public  # an unticked box is a "no"
    assert not vip.project.contacts.exists()


def test_editing_a_project_to_another_networks_organisation_changes_nothing(
    coordinator, world, vip
):
    before = snapshot()
    response = coordinator.post(
        url("project_edit", world, project=vip.project.pk),
        {
            "title": "Übernommen",
            "status": "running",
            "lead_organisation": world.foreign_organisation.pk,
        },
    )
    assert response.status_code == 200
    assert "lead_organisation" in response.context["form"].errors
    # The page around the form still shows the stored title.
    assert response.context["project"].title == vip.project.title
    assert snapshot() == before


def test_edit_form_starts_with_the_stored_values(coordinator, world, vip):
    form = coordinator.get(url("project_edit", world, project=vip.project.pk)).context["form"]
    assert form["title"].value() == vip.project.title
    assert form["starts_on"].value() == datetime.date(2012, 5, 2)


# --- delete --------------------------------------------------------------------------------------


def test_deleting_a_project_asks_first_and_deletes_on_confirmation(coordinator, world, vip):
    delete = url("project_delete", world, project=vip.project.pk)
    page = coordinator.get(delete).content.decode()
    assert "cannot be undone" in page
    assert coordinator.post(delete, {}).status_code == 200
    assert Project.objects.filter(pk=vip.project.pk).exists()
    response = coordinator.post(delete, {"confirm": "1"})
    assert response["Location"] == url("project_list", world)
    assert not Project.objects.filter(pk=vip.project.pk).exists()


# --- export --------------------------------------------------------------------------------------


def test_export_csv_lists_the_filtered_projects_with_funding_by_source(client, world, vip):
    ProjectFactory(network=world.network, title="Geplant", status="planned")
    ProjectFactory(network=world.other_network, title="Fremd")
    client.force_login(world.org_admin)
    response = client.get(url("project_export", world, fmt="csv"), {"status": "running"})
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode("utf-8-sig").splitlines()
    header = lines[0].split(",")
    assert header[:3] == ["Title", "Acronym", "Funding programme"]
    assert "Funding: EU (ESF) (EUR)" in header and header[-1] == "Funding total (EUR)"
    assert len(lines) == 2
    row = lines[1].split(",")
    assert row[0] == vip.project.title
    assert row[header.index("Funding: EU (ESF) (EUR)")] == "1000000.00"
    assert row[-1] == "1900000.00"
    log = LogEntry.objects.get(action="projects.project.exported")
    assert log.data == {"format": "csv", "rows": 1}


def test_export_xlsx_is_a_workbook_of_the_projects(coordinator, world, vip):
    response = coordinator.get(url("project_export", world, fmt="xlsx"))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Title"
    assert rows[1][0] == vip.project.title
