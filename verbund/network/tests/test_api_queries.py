"""Every list endpoint of the registry runs the same number of queries for 10 and 100 rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework.test import APIClient

from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Membership,
    Network,
    Organisation,
    TargetGroup,
)


def add_organisations(world, n):
    organisations = Organisation.objects.bulk_create(
        Organisation(name=f"Verein {world.counter + i}", kind="migrant_organisation")
        for i in range(n)
    )
    Membership.objects.bulk_create(
        Membership(network=world.network, organisation=org, role="member") for org in organisations
    )
    world.counter += n
    return organisations


def add_contacts(world, n):
    organisations = add_organisations(world, n)
    ContactPerson.objects.bulk_create(
        ContactPerson(organisation=org, last_name=f"Muster {org.pk}", is_public=True)
        for org in organisations
    )


def add_networks(world, n):
    organisations = add_organisations(world, n)
    Network.objects.bulk_create(
        Network(
            slug=f"n-{org.pk}", name=f"Netzwerk {org.pk}", short_name="N", coordination_office=org
        )
        for org in organisations
    )


def add_vocabulary(model):
    def add(world, n):
        model.objects.bulk_create(
            model(network=world.network, name=f"Eintrag {world.counter + i}") for i in range(n)
        )
        world.counter += n

    return add


LISTS = {
    "network": (add_networks, lambda world: {}),
    "organisation": (add_organisations, lambda world: {"network": world.network.slug}),
    "membership": (add_organisations, lambda world: {"network": world.network.slug}),
    "contact": (add_contacts, lambda world: {"network": world.network.slug}),
    "field-of-action": (add_vocabulary(FieldOfAction), lambda w: {"network": w.network.slug}),
    "target-group": (add_vocabulary(TargetGroup), lambda w: {"network": w.network.slug}),
}


def queries_for_list(world, persona, resource):
    client = APIClient()
    user = world.user(persona)
    if user is not None:
        client.force_login(user)
    url = reverse(f"api:{resource}-list", kwargs=LISTS[resource][1](world)) + "?limit=1000"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries), response.json()["count"]


@pytest.mark.parametrize("persona", ["anonymous", "coordinator", "caseworker"])
@pytest.mark.parametrize("resource", list(LISTS))
def test_list_endpoint_runs_constant_queries_for_10_and_100_rows(world, persona, resource):
    world.counter = 0
    add = LISTS[resource][0]
    add(world, 10)
    few, count_few = queries_for_list(world, persona, resource)
    add(world, 90)
    many, count_many = queries_for_list(world, persona, resource)
    assert count_many - count_few == 90
    assert few == many, f"{resource} as {persona}: {few} queries for 10 rows, {many} for 100"
