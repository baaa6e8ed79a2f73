"""Every list endpoint of projects runs the same number of queries for 10 and 100 rows."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework.test import APIClient

from verbund.network.models import Organisation, TargetGroup
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    Indicator,
    Project,
    SubProject,
    SubProjectPartner,
)


def add_programmes(world, n):
    start = FundingProgramme.objects.count()
    return FundingProgramme.objects.bulk_create(
        FundingProgramme(network=world.network, name=f"Programm {start + i}") for i in range(n)
    )


def add_projects(world, n):
    programmes = add_programmes(world, n)
    lead = Organisation.objects.create(name="Lead", kind="company")
    projects = Project.objects.bulk_create(
        Project(network=world.network, title=f"Projekt {p.pk}", programme=p, lead_organisation=lead)
        for p in programmes
    )
    Funding.objects.bulk_create(
        Funding(project=project, source=source, amount=Decimal("100.00"))
        for project in projects
        for source in ("eu", "federal")
    )
    return projects


def add_funding(world, n):
    projects = Project.objects.bulk_create(
        Project(network=world.network, title="P") for _ in range(n)
    )
    Funding.objects.bulk_create(
        Funding(project=project, source="eu", amount=Decimal("1.00")) for project in projects
    )


def add_indicators(world, n):
    for project in add_projects(world, n):
        Indicator.objects.create(network=world.network, project=project, kind="events", planned=3)


def add_sub_projects(world, n):
    batch = SubProject.objects.count()
    targets = [
        TargetGroup.objects.create(network=world.network, name=f"Zielgruppe {batch}-{i}")
        for i in range(2)
    ]
    for project in add_projects(world, n):
        sub_project = SubProject.objects.create(
            project=project, title="T", lead_partner=world.organisation
        )
        sub_project.target_groups.set(targets)
        SubProjectPartner.objects.create(
            sub_project=sub_project, organisation=world.other_organisation, role="project_partner"
        )


LISTS = {
    "sub-project": add_sub_projects,
    "sub-project-partner": add_sub_projects,
    "programme": add_programmes,
    "project": add_projects,
    "funding": add_funding,
    "indicator": add_indicators,
}


def queries_for_list(world, persona, resource):
    client = APIClient()
    user = world.user(persona)
    if user is not None:
        client.force_login(user)
    url = reverse(f"api:{resource}-list", kwargs={"network": world.network.slug}) + "?limit=1000"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries), response.json()["count"]


@pytest.mark.parametrize("persona", ["anonymous", "coordinator", "caseworker"])
@pytest.mark.parametrize("resource", list(LISTS))
def test_list_endpoint_runs_constant_queries_for_10_and_100_rows(world, persona, resource):
    add = LISTS[resource]
    add(world, 10)
    few, count_few = queries_for_list(world, persona, resource)
    add(world, 90)
    many, count_many = queries_for_list(world, persona, resource)
    assert count_many - count_few == 90
    assert few == many, f"{resource} as {persona}: {few} queries for 10 rows, {many} for 100"
