"""Pages of projects cost the same number of queries for 10 rows as for 100."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from verbund.accounts.access import forget_access
from verbund.core.templatetags.verbund import render_section
from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    MembershipFactory,
    OrganisationFactory,
    TargetGroupFactory,
)
from verbund.projects import sections
from verbund.projects.tests.factories import (
    FundingFactory,
    FundingProgrammeFactory,
    IndicatorFactory,
    ProjectFactory,
    SubProjectFactory,
    SubProjectPartnerFactory,
)


def member(world):
    organisation = OrganisationFactory()
    MembershipFactory(network=world.network, organisation=organisation)
    return organisation


def add_projects(world, count):
    """``count`` projects, each with programme, lead, a sub-project with a partner, funding."""
    for _ in range(count):
        lead = member(world)
        project = ProjectFactory(
            network=world.network,
            programme=FundingProgrammeFactory(network=world.network),
            lead_organisation=lead,
        )
        sub = SubProjectFactory(project=project, lead_partner=lead)
        SubProjectPartnerFactory(sub_project=sub, organisation=world.organisation)
        FundingFactory(project=project, source="eu", amount=Decimal("1000"))
        FundingFactory(project=project, source="federal", amount=Decimal("500"))
        IndicatorFactory(project=project)


def grow_project(world, project, count):
    """``count`` more sub-projects (with partners and lists), funding rows, indicators and
    contact persons for ``project``."""
    for _ in range(count):
        organisation = member(world)
        sub = SubProjectFactory(project=project, lead_partner=organisation)
        SubProjectPartnerFactory(sub_project=sub, organisation=member(world))
        sub.target_groups.add(TargetGroupFactory(network=world.network))
        sub.fields_of_action.add(FieldOfActionFactory(network=world.network))
        FundingFactory(project=project, source="state", amount=Decimal("10"))
        IndicatorFactory(project=project)
        project.contacts.add(ContactPersonFactory(organisation=organisation, is_public=True))


def count_queries(client, address) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("persona", "name"),
    [
        ("viewer", "office:project_list"),
        ("coordinator", "office:project_list"),
        ("anonymous", "public:project_list"),
        ("viewer", "office:programme_list"),
    ],
)
def test_list_pages_run_the_same_queries_for_10_and_100_projects(client, world, persona, name):
    if persona != "anonymous":
        client.force_login(world.user(persona))
    address = reverse(name, kwargs={"network": world.network.slug})
    add_projects(world, 10)
    ten = count_queries(client, address)
    add_projects(world, 90)
    assert count_queries(client, address) == ten


@pytest.mark.parametrize(
    ("persona", "name"),
    [
        ("viewer", "office:project_detail"),
        ("coordinator", "office:project_detail"),
        ("anonymous", "public:project"),
    ],
)
def test_project_pages_run_the_same_queries_for_10_and_100_parts(client, world, persona, name):
    if persona != "anonymous":
        client.force_login(world.user(persona))
    project = ProjectFactory(network=world.network)
    address = reverse(name, kwargs={"network": world.network.slug, "project": project.pk})
    grow_project(world, project, 10)
    ten = count_queries(client, address)
    grow_project(world, project, 90)
    assert count_queries(client, address) == ten


def test_network_figures_page_runs_the_same_queries_for_10_and_100_figures(client, world):
    client.force_login(world.coordinator)
    address = reverse("office:network_indicators", kwargs={"network": world.network.slug})

    def add(count):
        for _ in range(count):
            IndicatorFactory(
                project=None,
                network=world.network,
                period_start="2005-01-01",
                period_end="2010-12-31",
            )

    add(10)
    ten = count_queries(client, address)
    add(90)
    assert count_queries(client, address) == ten


def test_export_runs_the_same_queries_for_10_and_100_projects(client, world):
    client.force_login(world.coordinator)
    address = reverse("office:project_export", kwargs={"network": world.network.slug, "fmt": "csv"})
    add_projects(world, 10)
    ten = count_queries(client, address)
    add_projects(world, 90)
    assert count_queries(client, address) == ten


SECTIONS = {
    "office_network_overview": lambda w: {"network": w.network},
    "office_organisation_detail": lambda w: {"network": w.network, "organisation": w.organisation},
    "public_network": lambda w: {"network": w.network},
    "public_organisation": lambda w: {"network": w.network, "organisation": w.organisation},
    "office_search": lambda w: {"network": w.network, "query": "Berufsorientierung"},
}
CONTRIBUTIONS = {
    "office_network_overview": sections.network_projects,
    "office_organisation_detail": sections.organisation_projects,
    "public_network": sections.public_network_projects,
    "public_organisation": sections.public_organisation_projects,
    "office_search": sections.search_projects,
}


def section_queries(world, slot) -> int:
    request = RequestFactory().get("/")
    request.user = world.coordinator
    forget_access(world.coordinator)  # each measurement reads the roles afresh, as a request does
    with CaptureQueriesContext(connection) as queries:
        section = CONTRIBUTIONS[slot](request=request, **SECTIONS[slot](world))
        render_section({"request": request}, section)
    return len(queries)


@pytest.mark.parametrize("slot", SECTIONS)
def test_each_section_runs_the_same_queries_for_10_and_100_projects(world, slot):
    # Every project names world.organisation as partner, so each section has all of them.
    add_projects(world, 10)
    ten = section_queries(world, slot)
    add_projects(world, 90)
    assert section_queries(world, slot) == ten
