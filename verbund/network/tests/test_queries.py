"""List pages cost the same number of queries for 10 rows as for 100."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from verbund.network.models import Membership, MembershipRole
from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    MembershipFactory,
    OrganisationFactory,
)


def queries(client, url, data=None):
    with CaptureQueriesContext(connection) as captured:
        response = client.post(url, data) if data is not None else client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def add_members(network, count, *, synthetic=False):
    """``count`` current members, every other one with a past period too, each with a contact
    person, a public one, and a field of action of the network."""
    for number in range(count):
        organisation = OrganisationFactory(
            name=f"Mitglied {number:03d}", city="Hannover", is_synthetic=synthetic
        )
        if number % 2:
            MembershipFactory(
                network=network,
                organisation=organisation,
                role=MembershipRole.COOPERATION_PARTNER,
                started_on=datetime.date(2005, 1, 1),
                ended_on=datetime.date(2009, 12, 31),
            )
        MembershipFactory(
            network=network,
            organisation=organisation,
            role=MembershipRole.MEMBER if number % 3 else MembershipRole.COORDINATION,
        )
        ContactPersonFactory(organisation=organisation, last_name=f"Mitglied{number}")
        ContactPersonFactory(organisation=organisation, is_public=True)
        FieldOfActionFactory(network=network)


def assert_constant(client, world, url, data=None):
    add_members(world.network, 10)
    ten = queries(client, url, data)
    add_members(world.network, 90, synthetic=True)
    hundred = queries(client, url, data)
    assert ten == hundred, f"{url}: {ten} queries for 10 rows, {hundred} for 100"


def test_organisation_list_queries_do_not_grow_with_rows(world, client):
    client.force_login(world.viewer)
    assert_constant(client, world, "/office/alpha/organisations/?status=all")


def test_contact_list_queries_do_not_grow_with_rows(world, client):
    client.force_login(world.viewer)
    assert_constant(client, world, "/office/alpha/contacts/")


def test_search_queries_do_not_grow_with_rows(world, client):
    client.force_login(world.viewer)
    assert_constant(client, world, "/office/alpha/search/", {"q": "mitglied"})


def test_public_network_page_queries_do_not_grow_with_rows(world, client):
    assert_constant(client, world, "/n/alpha/")


def test_network_overview_queries_do_not_grow_with_rows(world, client):
    client.force_login(world.coordinator)
    assert_constant(client, world, "/office/alpha/")


@pytest.mark.parametrize(
    "url", ["/office/alpha/organisations/export.csv", "/office/alpha/contacts/export.xlsx"]
)
def test_export_queries_do_not_grow_with_rows(world, client, url):
    client.force_login(world.coordinator)
    assert_constant(client, world, url)


def test_organisation_detail_queries_do_not_grow_with_its_history_and_contacts(world, client):
    client.force_login(world.coordinator)
    url = f"/office/alpha/organisations/{world.organisation.pk}/"

    def add_history(count, start_year):
        for number in range(count):
            ContactPersonFactory(organisation=world.organisation)
            MembershipFactory(
                network=world.network,
                organisation=world.organisation,
                started_on=datetime.date(start_year - number - 1, 1, 1),
                ended_on=datetime.date(start_year - number - 1, 12, 31),
            )

    add_history(10, 2019)
    ten = queries(client, url)
    add_history(90, 2009)
    assert Membership.objects.filter(organisation=world.organisation).count() == 101
    assert queries(client, url) == ten


def test_public_organisation_page_queries_do_not_grow_with_its_contacts(world, client):
    url = f"/n/alpha/organisations/{world.organisation.pk}/"
    ContactPersonFactory.create_batch(10, organisation=world.organisation, is_public=True)
    ten = queries(client, url)
    ContactPersonFactory.create_batch(90, organisation=world.organisation, is_public=True)
    assert queries(client, url) == ten
