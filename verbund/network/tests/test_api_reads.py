"""What the registry API shows to whom: the public, the network's staff, another network."""

import datetime

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from verbund.network.models import MembershipRole, OrganisationKind
from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
)


@pytest.fixture
def client():
    return APIClient()


def url(name, world, **kwargs):
    return reverse(f"api:{name}", kwargs={"network": world.network.slug, **kwargs})


def rows(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_network_list_shows_public_networks_to_the_public(world, client):
    hidden = NetworkFactory(slug="hidden", is_public=False)
    slugs = {row["slug"] for row in rows(client.get(reverse("api:network-list")))}
    assert {"alpha", "beta"} <= slugs
    assert hidden.slug not in slugs


def test_network_list_adds_the_non_public_networks_of_the_reader(world, client):
    world.network.is_public = False
    world.network.save()
    client.force_authenticate(world.viewer)
    slugs = {row["slug"] for row in rows(client.get(reverse("api:network-list")))}
    assert slugs == {"alpha", "beta"}
    client.force_authenticate(world.outsider)
    slugs = {row["slug"] for row in rows(client.get(reverse("api:network-list")))}
    assert slugs == {"beta"}


def test_network_detail_names_the_coordination_office(world, client):
    world.network.coordination_office = world.organisation
    world.network.save()
    data = client.get(reverse("api:network-detail", kwargs={"network": "alpha"})).json()
    assert data["coordination_office"] == world.organisation.pk
    assert data["coordination_office_name"] == "Organisation X"


def test_public_sees_current_members_with_public_fields_only(world, client):
    world.organisation.email = "info@x.example.org"
    world.organisation.phone = "0511 123"
    world.organisation.save()
    former = OrganisationFactory(name="Organisation Former")
    MembershipFactory(
        network=world.network,
        organisation=former,
        started_on=datetime.date(2010, 1, 1),
        ended_on=datetime.date(2012, 1, 1),
    )
    data = rows(client.get(url("organisation-list", world)))
    assert [row["name"] for row in data] == ["Organisation X", "Organisation Y"]
    assert "email" not in data[0] and "phone" not in data[0]
    assert data[0]["memberships"][0]["role"] == MembershipRole.MEMBER


def test_staff_see_former_members_and_internal_fields(world, client):
    former = OrganisationFactory(name="Organisation Former", email="info@former.example.org")
    MembershipFactory(
        network=world.network,
        organisation=former,
        started_on=datetime.date(2010, 1, 1),
        ended_on=datetime.date(2012, 1, 1),
    )
    client.force_authenticate(world.caseworker)
    data = rows(client.get(url("organisation-list", world)))
    assert [row["name"] for row in data] == [
        "Organisation Former",
        "Organisation X",
        "Organisation Y",
    ]
    assert data[0]["email"] == "info@former.example.org"
    assert data[0]["memberships"][0]["ended_on"] == "2012-01-01"


def test_organisations_list_shows_only_memberships_in_this_network(world, client):
    MembershipFactory(network=world.other_network, organisation=world.organisation)
    client.force_authenticate(world.coordinator)
    data = rows(client.get(url("organisation-list", world)))
    x = next(row for row in data if row["id"] == world.organisation.pk)
    assert len(x["memberships"]) == 1


def test_organisations_filter_by_kind_role_current_and_search(world, client):
    world.other_organisation.kind = OrganisationKind.ADULT_EDUCATION_CENTRE
    world.other_organisation.save()
    partner = OrganisationFactory(name="Partner Ltd", kind=OrganisationKind.COMPANY)
    MembershipFactory(
        network=world.network, organisation=partner, role=MembershipRole.COOPERATION_PARTNER
    )
    # A former cooperation partner that is a member now: role and currency are one membership.
    switched = OrganisationFactory(name="Switched e.V.")
    MembershipFactory(
        network=world.network,
        organisation=switched,
        role=MembershipRole.COOPERATION_PARTNER,
        started_on=datetime.date(2010, 1, 1),
        ended_on=datetime.date(2015, 1, 1),
    )
    MembershipFactory(
        network=world.network,
        organisation=switched,
        role=MembershipRole.MEMBER,
        started_on=datetime.date(2015, 1, 2),
    )
    client.force_authenticate(world.coordinator)

    def names(query):
        return [row["name"] for row in rows(client.get(url("organisation-list", world) + query))]

    assert names("?kind=adult_education_centre") == ["Organisation Y"]
    assert names("?role=cooperation_partner") == ["Partner Ltd", "Switched e.V."]
    assert names("?role=cooperation_partner&current=true") == ["Partner Ltd"]
    assert names("?current=false") == []
    assert names("?search=partner") == ["Partner Ltd"]


def test_invalid_filter_value_is_a_400_with_the_field_named(world, client):
    response = client.get(url("organisation-list", world) + "?role=boss")
    assert response.status_code == 400
    assert "role" in response.json()


def test_public_sees_public_contacts_of_current_members_only(world, client):
    shown = ContactPersonFactory(organisation=world.organisation, is_public=True)
    former = OrganisationFactory()
    MembershipFactory(
        network=world.network,
        organisation=former,
        started_on=datetime.date(2010, 1, 1),
        ended_on=datetime.date(2012, 1, 1),
    )
    ContactPersonFactory(organisation=former, is_public=True)
    ids = [row["id"] for row in rows(client.get(url("contact-list", world)))]
    assert ids == [shown.pk]


def test_staff_see_every_contact_of_the_network_but_none_of_another(world, client):
    shown = ContactPersonFactory(organisation=world.other_organisation, is_public=True)
    client.force_authenticate(world.viewer)
    ids = {row["id"] for row in rows(client.get(url("contact-list", world)))}
    assert ids == {world.contact.pk, shown.pk}
    assert world.foreign_contact.pk not in ids


def test_contacts_filter_by_organisation(world, client):
    ContactPersonFactory(organisation=world.other_organisation)
    client.force_authenticate(world.coordinator)
    query = f"?organisation={world.organisation.pk}"
    ids = [row["id"] for row in rows(client.get(url("contact-list", world) + query))]
    assert ids == [world.contact.pk]


def test_public_sees_current_memberships_without_internal_note(world, client):
    MembershipFactory(
        network=world.network,
        organisation=OrganisationFactory(),
        started_on=datetime.date(2010, 1, 1),
        ended_on=datetime.date(2012, 1, 1),
        note="internal",
    )
    data = rows(client.get(url("membership-list", world)))
    assert len(data) == 2
    assert all(row["is_current"] for row in data)
    assert "note" not in data[0]
    client.force_authenticate(world.coordinator)
    data = rows(client.get(url("membership-list", world)))
    assert len(data) == 3
    assert rows(client.get(url("membership-list", world) + "?current=false"))[0]["note"] == (
        "internal"
    )


def test_fields_of_action_are_listed_in_their_order(world, client):
    FieldOfActionFactory(network=world.network, name="Sprache", position=2)
    FieldOfActionFactory(network=world.network, name="Arbeit", position=1)
    FieldOfActionFactory(network=world.other_network, name="Fremd")
    names = [row["name"] for row in rows(client.get(url("field-of-action-list", world)))]
    assert names == ["Arbeit", "Sprache"]


def test_non_public_network_is_not_found_for_the_public_and_outsiders(world, client):
    world.network.is_public = False
    world.network.save()
    assert client.get(url("organisation-list", world)).status_code == 404
    client.force_authenticate(world.outsider)
    assert client.get(url("organisation-list", world)).status_code == 404
    client.force_authenticate(world.viewer)
    assert client.get(url("organisation-list", world)).status_code == 200


def test_api_root_lists_the_networks_route(client):
    response = client.get(reverse("api:api-root"))
    assert response.status_code == 200
    assert "networks" in response.json()
