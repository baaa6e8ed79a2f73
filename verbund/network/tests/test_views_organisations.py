"""Organisations and memberships in the back office."""

import datetime

import pytest
from django.urls import reverse

from verbund.audit.models import LogEntry
from verbund.core import slots
from verbund.network.models import Membership, MembershipRole, Organisation
from verbund.network.tests.factories import (
    ContactPersonFactory,
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    current_member,
)

D = datetime.date


def list_url(**query):
    url = reverse("office:organisation_list", kwargs={"network": "alpha"})
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def names(response):
    return [organisation.name for organisation in response.context["organisations"]]


# --- list ----------------------------------------------------------------------------------------


@pytest.fixture
def registry(world):
    """Network A with a former member, a cooperation partner and a welfare association."""
    former = OrganisationFactory(name="Ehemals e.V.", city="Laatzen")
    MembershipFactory(
        network=world.network,
        organisation=former,
        started_on=D(2005, 1, 1),
        ended_on=D(2010, 12, 31),
    )
    partner = OrganisationFactory(name="AWO Region Hannover", kind="welfare_association")
    MembershipFactory(
        network=world.network, organisation=partner, role=MembershipRole.COOPERATION_PARTNER
    )
    return world


def test_list_shows_current_members_by_default(registry, client):
    client.force_login(registry.viewer)
    response = client.get(list_url())
    assert names(response) == ["AWO Region Hannover", "Organisation X", "Organisation Y"]
    assert "Organisation Z" not in response.content.decode()


def test_list_filters_former_members(registry, client):
    client.force_login(registry.viewer)
    response = client.get(list_url(status="former"))
    assert names(response) == ["Ehemals e.V."]
    assert "former member" in response.content.decode()


def test_list_filters_all_members_by_role(registry, client):
    client.force_login(registry.viewer)
    assert names(client.get(list_url(status="all", role="cooperation_partner"))) == [
        "AWO Region Hannover"
    ]


def test_list_filters_by_kind(registry, client):
    client.force_login(registry.viewer)
    assert names(client.get(list_url(kind="welfare_association"))) == ["AWO Region Hannover"]


@pytest.mark.parametrize(
    ("query", "expected"), [("awo", "AWO Region Hannover"), ("LAATZEN", "Ehemals e.V.")]
)
def test_list_text_query_ignores_case_over_name_and_city(registry, client, query, expected):
    client.force_login(registry.viewer)
    assert names(client.get(list_url(q=query, status="all"))) == [expected]


def test_list_ignores_unknown_filter_values(registry, client):
    client.force_login(registry.viewer)
    response = client.get(list_url(kind="spaceship", status="x"))
    assert response.status_code == 200
    assert len(names(response)) == 3


def test_list_is_paginated_by_fifty(world, client):
    for number in range(53):
        current_member(world.network, name=f"Verein {number:02d}")
    client.force_login(world.viewer)
    first = client.get(list_url())
    assert len(names(first)) == 50
    assert "Page 1 of 2" in first.content.decode()
    assert len(names(client.get(list_url(page=2)))) == 5


def test_list_marks_synthetic_organisations(world, client):
    current_member(world.network, name="Faker Bildung GmbH", is_synthetic=True)
    client.force_login(world.viewer)
    content = client.get(list_url()).content.decode()
    assert content.count("synthetic demo data") == 1


def test_list_offers_add_and_export_by_permission(world, client):
    client.force_login(world.caseworker)
    content = client.get(list_url()).content.decode()
    assert "Add organisation" not in content and "Export" not in content
    client.force_login(world.org_admin)
    content = client.get(list_url()).content.decode()
    assert "Add organisation" not in content and "Export as CSV" in content
    client.force_login(world.coordinator)
    assert "Add organisation" in client.get(list_url()).content.decode()


# --- detail --------------------------------------------------------------------------------------


def detail_url(organisation, network="alpha"):
    return reverse(
        "office:organisation_detail",
        kwargs={"network": network, "organisation": organisation.pk},
    )


def test_detail_shows_fields_history_of_this_network_and_contacts(world, client):
    organisation = world.organisation
    organisation.street, organisation.phone = "Petersburger Straße 92", "030 29006948"
    organisation.save()
    Membership.objects.filter(organisation=organisation).update(ended_on=D(2020, 12, 31))
    MembershipFactory(
        network=world.network,
        organisation=organisation,
        role=MembershipRole.COORDINATION,
        started_on=D(2021, 1, 1),
        note="Wechsel nach Klausur",
    )
    MembershipFactory(network=NetworkFactory(name="Anderes Netz"), organisation=organisation)
    ContactPersonFactory(organisation=organisation, last_name="Zhu", function="Finanzkoordination")
    client.force_login(world.multiplier)
    response = client.get(detail_url(organisation))
    content = response.content.decode()
    assert "Petersburger Straße 92" in content and "030 29006948" in content
    section = content.split('id="memberships-heading"', 1)[1]
    history = section.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert history.index("Coordination") < history.index("Member")
    assert history.count("<tr>") == 2  # the two periods in this network, newest first
    assert "Wechsel nach Klausur" in content
    assert "Anderes Netz" not in content
    assert "Zhu" in content and "Finanzkoordination" in content


def test_detail_of_a_former_member_is_available(registry, client):
    former = Organisation.objects.get(name="Ehemals e.V.")
    client.force_login(registry.viewer)
    assert client.get(detail_url(former)).status_code == 200


def test_detail_links_edit_actions_by_permission(world, client):
    client.force_login(world.other_org_admin)
    content = client.get(detail_url(world.organisation)).content.decode()
    assert "Edit organisation" not in content and "Add contact person" not in content
    client.force_login(world.org_admin)
    content = client.get(detail_url(world.organisation)).content.decode()
    assert "Edit organisation" in content and "Add contact person" in content
    assert "Add a membership period" not in content
    client.force_login(world.coordinator)
    assert "Add a membership period" in client.get(detail_url(world.organisation)).content.decode()


def test_detail_renders_sections_of_its_slot(world, client, monkeypatch):
    monkeypatch.setattr(slots, "_contributions", slots.defaultdict(list))
    seen = {}

    def contribution(request, network, organisation):
        seen["organisation"] = organisation
        return slots.Section("Geleitete Projekte", "network/_required_note.html", {})

    slots.contribute("office_organisation_detail")(contribution)
    client.force_login(world.viewer)
    assert "Geleitete Projekte" in client.get(detail_url(world.organisation)).content.decode()
    assert seen["organisation"] == world.organisation


# --- add -----------------------------------------------------------------------------------------


def add_url():
    return reverse("office:organisation_add", kwargs={"network": "alpha"})


def organisation_data(**changes):
    data = {
        "name": "Kargah e.V.",
        "short_name": "Kargah",
        "kind": "migrant_organisation",
        "legal_form": "ev",
        "street": "Zur Bettfedernfabrik 1",
        "postal_code": "30451",
        "city": "Hannover",
        "latitude": "",
        "longitude": "",
        "website": "https://www.kargah.de",
        "email": "",
        "phone": "",
        "description": "",
        "role": "member",
        "started_on": "2005-01-01",
    }
    data.update(changes)
    return data


def test_coordinator_adds_an_organisation_with_its_membership(world, client):
    client.force_login(world.coordinator)
    response = client.post(add_url(), organisation_data())
    organisation = Organisation.objects.get(name="Kargah e.V.")
    assert response.url == detail_url(organisation)
    membership = organisation.memberships.get()
    assert (membership.network, membership.role, membership.started_on) == (
        world.network,
        "member",
        D(2005, 1, 1),
    )
    assert "was added to the network" in client.get(response.url).content.decode()


def test_add_with_missing_kind_and_half_coordinates_changes_nothing(world, client):
    client.force_login(world.coordinator)
    response = client.post(add_url(), organisation_data(kind="", latitude="52.37"))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["kind"]
    assert "latitude and longitude" in str(form.non_field_errors())
    assert not Organisation.objects.filter(name="Kargah e.V.").exists()
    assert "Nothing was saved" in response.content.decode()


def test_add_warns_about_an_organisation_of_the_same_name_in_the_network(world, client):
    client.force_login(world.coordinator)
    response = client.post(add_url(), organisation_data(name="organisation x"))
    assert response.status_code == 200
    assert response.context["form"].duplicates == [world.organisation]
    content = response.content.decode()
    assert detail_url(world.organisation) in content
    assert Organisation.objects.filter(name__iexact="organisation x").count() == 1


def test_add_offers_to_add_a_public_networks_member_instead(world, client):
    client.force_login(world.coordinator)
    response = client.post(add_url(), organisation_data(name="Organisation Z"))
    assert response.context["form"].duplicates == [world.foreign_organisation]
    expected = reverse("office:membership_add", kwargs={"network": "alpha"})
    assert f"{expected}?organisation={world.foreign_organisation.pk}" in response.content.decode()


def test_add_does_not_reveal_members_of_a_non_public_network(world, client):
    hidden = NetworkFactory(is_public=False)
    current_member(hidden, name="Verborgen e.V.")
    client.force_login(world.coordinator)
    response = client.post(add_url(), organisation_data(name="Verborgen e.V."))
    assert response.status_code == 302
    assert Organisation.objects.filter(name="Verborgen e.V.").count() == 2


def test_add_creates_a_same_named_organisation_once_confirmed(world, client):
    client.force_login(world.coordinator)
    response = client.post(
        add_url(), organisation_data(name="Organisation X", confirm_duplicate="on")
    )
    assert response.status_code == 302
    assert Organisation.objects.filter(name="Organisation X").count() == 2


# --- edit ----------------------------------------------------------------------------------------


def edit_url(organisation):
    return reverse(
        "office:organisation_edit", kwargs={"network": "alpha", "organisation": organisation.pk}
    )


def test_org_admin_edits_their_organisation(world, client):
    client.force_login(world.org_admin)
    data = organisation_data(name="Organisation X (neu)", city="Hannover")
    response = client.post(edit_url(world.organisation), data)
    assert response.status_code == 302
    world.organisation.refresh_from_db()
    assert world.organisation.name == "Organisation X (neu)"
    entry = LogEntry.objects.get(action="network.organisation.changed")
    assert entry.actor == world.org_admin


def test_edit_with_malformed_website_and_email_changes_nothing(world, client):
    client.force_login(world.org_admin)
    response = client.post(
        edit_url(world.organisation),
        organisation_data(name="Neu", website="not a url", email="nobody@"),
    )
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"website", "email"}
    world.organisation.refresh_from_db()
    assert world.organisation.name == "Organisation X"
    # The heading names the stored organisation, not the rejected input.
    assert "Edit Organisation X" in response.content.decode()


# --- memberships ---------------------------------------------------------------------------------


def membership_add_url(query=""):
    return reverse("office:membership_add", kwargs={"network": "alpha"}) + query


def test_membership_add_preselects_the_organisation_from_the_address(world, client):
    client.force_login(world.coordinator)
    response = client.get(membership_add_url(f"?organisation={world.organisation.pk}"))
    assert response.context["form"].initial["organisation"] == str(world.organisation.pk)


def test_membership_add_offers_organisations_of_the_network_and_of_public_networks(world, client):
    hidden = NetworkFactory(is_public=False)
    secret = current_member(hidden, name="Verborgen e.V.")
    client.force_login(world.coordinator)
    response = client.get(membership_add_url())
    offered = set(response.context["form"].fields["organisation"].queryset)
    assert {world.organisation, world.other_organisation, world.foreign_organisation} <= offered
    assert secret not in offered


def test_coordinator_adds_an_existing_organisation_to_the_network(world, client):
    client.force_login(world.coordinator)
    response = client.post(
        membership_add_url(),
        {
            "organisation": world.foreign_organisation.pk,
            "role": "cooperation_partner",
            "started_on": "2024-01-01",
        },
    )
    assert response.url == detail_url(world.foreign_organisation)
    assert Membership.objects.filter(
        network=world.network, organisation=world.foreign_organisation
    ).exists()


def test_membership_add_refuses_an_overlapping_period(world, client):
    client.force_login(world.coordinator)
    response = client.post(
        membership_add_url(),
        {"organisation": world.organisation.pk, "role": "coordination", "started_on": "2024-01-01"},
    )
    assert response.status_code == 200
    assert "overlaps" in str(response.context["form"].non_field_errors())
    assert world.organisation.memberships.count() == 1


def test_membership_add_refuses_an_end_before_the_start(world, client):
    client.force_login(world.coordinator)
    response = client.post(
        membership_add_url(),
        {
            "organisation": world.foreign_organisation.pk,
            "role": "member",
            "started_on": "2024-01-01",
            "ended_on": "2023-01-01",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["ended_on"]
    assert not Membership.objects.filter(
        network=world.network, organisation=world.foreign_organisation
    ).exists()


def test_membership_add_refuses_a_non_public_networks_organisation(world, client):
    secret = current_member(NetworkFactory(is_public=False))
    client.force_login(world.coordinator)
    response = client.post(membership_add_url(), {"organisation": secret.pk, "role": "member"})
    assert response.status_code == 200
    assert response.context["form"].errors["organisation"]
    assert secret.memberships.count() == 1


def membership_edit_url(membership):
    return reverse(
        "office:membership_edit", kwargs={"network": "alpha", "membership": membership.pk}
    )


def test_coordinator_ends_a_membership_and_the_history_stays(world, client):
    membership = Membership.objects.get(network=world.network, organisation=world.organisation)
    client.force_login(world.coordinator)
    response = client.post(
        membership_edit_url(membership),
        {"role": "member", "started_on": "2020-01-01", "ended_on": "2021-12-31", "note": ""},
    )
    assert response.url == detail_url(world.organisation)
    membership.refresh_from_db()
    assert membership.ended_on == D(2021, 12, 31)
    listed = client.get(list_url(status="former"))
    assert "Organisation X" in names(listed)


def test_membership_edit_refuses_an_end_before_the_start(world, client):
    membership = Membership.objects.get(network=world.network, organisation=world.organisation)
    client.force_login(world.coordinator)
    response = client.post(
        membership_edit_url(membership),
        {"role": "member", "started_on": "2020-01-01", "ended_on": "2019-12-31"},
    )
    assert response.status_code == 200
    assert "cannot end before it starts" in str(response.context["form"].errors["ended_on"])
    membership.refresh_from_db()
    assert membership.ended_on is None


def test_membership_edit_refuses_an_overlap_with_another_period(world, client):
    early = MembershipFactory(
        network=world.network,
        organisation=world.organisation,
        started_on=D(2010, 1, 1),
        ended_on=D(2015, 12, 31),
    )
    client.force_login(world.coordinator)
    response = client.post(
        membership_edit_url(early),
        {"role": "member", "started_on": "2010-01-01", "ended_on": "2020-06-30"},
    )
    assert response.status_code == 200
    assert "overlaps" in str(response.context["form"].non_field_errors())
    early.refresh_from_db()
    assert early.ended_on == D(2015, 12, 31)
