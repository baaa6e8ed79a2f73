"""Writes through the registry API: who may, what is logged, and bad input changing nothing."""

import datetime

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse
from rest_framework.test import APIClient

from verbund.audit.models import LogEntry
from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Membership,
    MembershipRole,
    Network,
    Organisation,
)
from verbund.network.tests.factories import ContactPersonFactory, FieldOfActionFactory


@pytest.fixture
def client():
    return APIClient()


def url(name, world, **kwargs):
    return reverse(f"api:{name}", kwargs={"network": world.network.slug, **kwargs})


def snapshot():
    """Everything a failed write must leave as it was."""
    return {
        model.__name__: sorted(
            (tuple(sorted(model_to_dict(row).items(), key=str)) for row in model.objects.all()),
            key=str,
        )
        for model in (Network, Organisation, Membership, ContactPerson, FieldOfAction)
    } | {"log": LogEntry.objects.count()}


def test_coordinator_adds_an_organisation_as_member_of_the_network(world, client):
    client.force_authenticate(world.coordinator)
    response = client.post(
        url("organisation-list", world),
        {
            "name": "Kargah e.V.",
            "kind": "migrant_organisation",
            "membership": {"role": "cooperation_partner", "started_on": "2021-03-01"},
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    organisation = Organisation.objects.get(name="Kargah e.V.")
    membership = Membership.objects.get(organisation=organisation)
    assert (membership.network, membership.role, membership.started_on) == (
        world.network,
        MembershipRole.COOPERATION_PARTNER,
        datetime.date(2021, 3, 1),
    )
    assert response.json()["memberships"][0]["role"] == "cooperation_partner"
    assert set(
        LogEntry.objects.filter(actor=world.coordinator).values_list("action", flat=True)
    ) == {"network.organisation.created", "network.membership.created"}


def test_organisation_admin_edits_own_organisation_and_the_change_is_logged(world, client):
    client.force_authenticate(world.org_admin)
    response = client.patch(
        url("organisation-detail", world, pk=world.organisation.pk),
        {"city": "Hannover-Linden", "latitude": "52.37", "longitude": "9.73"},
        format="json",
    )
    assert response.status_code == 200, response.content
    world.organisation.refresh_from_db()
    assert world.organisation.city == "Hannover-Linden"
    entry = LogEntry.objects.get(action="network.organisation.changed")
    assert entry.actor == world.org_admin
    assert entry.data["fields"] == ["city", "latitude", "longitude"]


def test_organisation_admin_may_not_edit_another_organisation(world, client):
    client.force_authenticate(world.org_admin)
    before = snapshot()
    response = client.patch(
        url("organisation-detail", world, pk=world.other_organisation.pk),
        {"city": "Elsewhere"},
        format="json",
    )
    assert response.status_code == 403
    assert snapshot() == before


def test_membership_is_changed_through_memberships_not_the_organisation(world, client):
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.patch(
        url("organisation-detail", world, pk=world.organisation.pk),
        {"membership": {"role": "coordination"}},
        format="json",
    )
    assert response.status_code == 400
    assert "membership" in response.json()
    assert snapshot() == before


def test_coordinator_ends_a_membership_and_history_stays(world, client):
    membership = Membership.objects.get(network=world.network, organisation=world.organisation)
    client.force_authenticate(world.coordinator)
    response = client.patch(
        url("membership-detail", world, pk=membership.pk),
        {"ended_on": "2024-12-31"},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["is_current"] is False
    membership.refresh_from_db()
    assert membership.ended_on == datetime.date(2024, 12, 31)
    response = client.delete(url("membership-detail", world, pk=membership.pk))
    assert response.status_code == 405
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_member_of_a_non_public_network_cannot_be_named_for_a_membership(world, client):
    world.other_network.is_public = False
    world.other_network.save()
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.post(
        url("membership-list", world),
        {"organisation": world.foreign_organisation.pk, "role": "member"},
        format="json",
    )
    assert response.status_code == 400
    assert "organisation" in response.json()
    assert snapshot() == before


def test_current_member_of_a_public_network_may_join_as_in_the_back_office(world, client):
    client.force_authenticate(world.coordinator)
    response = client.post(
        url("membership-list", world),
        {"organisation": world.foreign_organisation.pk, "role": "cooperation_partner"},
        format="json",
    )
    assert response.status_code == 201, response.content
    assert Membership.objects.filter(
        network=world.network, organisation=world.foreign_organisation
    ).exists()


def test_overlapping_membership_periods_are_refused(world, client):
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.post(
        url("membership-list", world),
        {"organisation": world.organisation.pk, "role": "coordination", "started_on": "2022-01-01"},
        format="json",
    )
    assert response.status_code == 400
    assert "non_field_errors" in response.json()
    assert snapshot() == before


def test_organisation_admin_adds_changes_and_deletes_own_contact(world, client):
    client.force_authenticate(world.org_admin)
    response = client.post(
        url("contact-list", world),
        {
            "organisation": world.organisation.pk,
            "first_name": "Ayşe",
            "last_name": "Yılmaz",
            "function": "Projektleitung",
            "email": "a.yilmaz@example.org",
            "is_public": True,
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    contact_id = response.json()["id"]
    response = client.patch(
        url("contact-detail", world, pk=contact_id), {"function": "Finanzen"}, format="json"
    )
    assert response.status_code == 200
    assert ContactPerson.objects.get(pk=contact_id).function == "Finanzen"
    assert client.delete(url("contact-detail", world, pk=contact_id)).status_code == 204
    assert not ContactPerson.objects.filter(pk=contact_id).exists()
    actions = list(LogEntry.objects.filter(object_id=str(contact_id)).values_list("action", "data"))
    assert {action for action, _ in actions} == {
        "network.contactperson.created",
        "network.contactperson.changed",
        "network.contactperson.deleted",
    }
    # Field names only: the person's name and address never reach the log.
    assert "Yılmaz" not in str(actions) and "a.yilmaz" not in str(actions)


def test_organisation_admin_may_not_add_or_move_contacts_to_another_organisation(world, client):
    client.force_authenticate(world.org_admin)
    before = snapshot()
    response = client.post(
        url("contact-list", world),
        {"organisation": world.other_organisation.pk, "last_name": "Muster"},
        format="json",
    )
    assert response.status_code == 403
    response = client.patch(
        url("contact-detail", world, pk=world.contact.pk),
        {"organisation": world.other_organisation.pk},
        format="json",
    )
    assert response.status_code == 403
    assert snapshot() == before


def test_coordinator_writes_the_network_and_its_lists(world, client):
    client.force_authenticate(world.coordinator)
    response = client.patch(
        reverse("api:network-detail", kwargs={"network": "alpha"}),
        {"region": "Region Hannover", "coordination_office": world.organisation.pk},
        format="json",
    )
    assert response.status_code == 200, response.content
    world.network.refresh_from_db()
    assert world.network.coordination_office == world.organisation
    response = client.post(
        url("field-of-action-list", world), {"name": "Sprache", "position": 1}, format="json"
    )
    assert response.status_code == 201
    assert FieldOfAction.objects.get(network=world.network).name == "Sprache"


def test_anonymous_writes_are_refused_and_change_nothing(world, client):
    field = FieldOfActionFactory(network=world.network)
    public_contact = ContactPersonFactory(organisation=world.organisation, is_public=True)
    before = snapshot()
    attempts = [
        client.post(url("organisation-list", world), {"name": "N", "kind": "company"}),
        client.patch(url("organisation-detail", world, pk=world.organisation.pk), {"city": "Z"}),
        client.patch(reverse("api:network-detail", kwargs={"network": "alpha"}), {"name": "N"}),
        client.delete(url("field-of-action-detail", world, pk=field.pk)),
        client.delete(url("contact-detail", world, pk=public_contact.pk)),
        client.post(url("membership-list", world), {"organisation": world.organisation.pk}),
    ]
    assert {response.status_code for response in attempts} <= {401, 403}
    assert snapshot() == before


# --- bad input: 400 with field errors, never 500, nothing written ------------------------------


BAD_ORGANISATION_PAYLOADS = [
    pytest.param({"name": "A"}, "kind", id="missing required field"),
    pytest.param({"name": "A", "kind": "pirates"}, "kind", id="unknown choice"),
    pytest.param({"name": ["A"], "kind": "company"}, "name", id="wrong type"),
    pytest.param({"name": "A" * 201, "kind": "company"}, "name", id="overlong string"),
    pytest.param({"name": "A", "kind": "company", "latitude": "91"}, "latitude", id="out of range"),
    pytest.param(
        {"name": "A", "kind": "company", "latitude": "52.1"},
        "non_field_errors",
        id="latitude without longitude",
    ),
    pytest.param({"name": "A", "kind": "company", "website": "not a url"}, "website", id="bad url"),
    pytest.param(
        {"name": "A", "kind": "company", "membership": {"started_on": "yesterday"}},
        "membership",
        id="bad date",
    ),
    pytest.param(
        {"name": "A", "kind": "company", "membership": "member"},
        "membership",
        id="membership not an object",
    ),
]


@pytest.mark.parametrize(("payload", "field"), BAD_ORGANISATION_PAYLOADS)
def test_bad_organisation_payload_is_a_400_naming_the_field(world, client, payload, field):
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.post(url("organisation-list", world), payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert snapshot() == before


def test_malformed_json_is_a_400_and_changes_nothing(world, client):
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.generic(
        "POST",
        url("organisation-list", world),
        '{"name": "Kargah", "kind": ',
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "detail" in response.json()
    assert snapshot() == before


def test_a_json_list_instead_of_an_object_is_a_400(world, client):
    client.force_authenticate(world.coordinator)
    response = client.post(url("contact-list", world), ["last_name"], format="json")
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        pytest.param({"organisation": 999999, "role": "member"}, "organisation", id="unknown id"),
        pytest.param({"organisation": "X", "role": "member"}, "organisation", id="wrong type"),
        pytest.param(
            {"role": "member", "started_on": "2020-01-01", "ended_on": "2019-01-01"},
            "ended_on",
            id="end before start",
        ),
        pytest.param({"role": "member", "note": "n" * 301}, "note", id="overlong note"),
    ],
)
def test_bad_membership_payload_is_a_400_naming_the_field(world, client, payload, field):
    payload.setdefault("organisation", world.organisation.pk)
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.post(url("membership-list", world), payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert snapshot() == before


def test_failed_patch_leaves_the_object_as_it_was(world, client):
    membership = Membership.objects.get(network=world.network, organisation=world.organisation)
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.patch(
        url("membership-detail", world, pk=membership.pk),
        {"role": "coordination", "ended_on": "2000-01-01"},
        format="json",
    )
    assert response.status_code == 400
    assert "ended_on" in response.json()
    assert snapshot() == before


def test_coordination_office_of_another_network_is_refused(world, client):
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.patch(
        reverse("api:network-detail", kwargs={"network": "alpha"}),
        {"coordination_office": world.foreign_organisation.pk, "founded_year": 1800},
        format="json",
    )
    assert response.status_code == 400
    assert {"coordination_office", "founded_year"} <= set(response.json())
    assert snapshot() == before


def test_field_of_action_in_use_cannot_be_deleted(world, client):
    from verbund.projects.models import SubProject
    from verbund.projects.tests.url_rules_api import make_project

    field = FieldOfActionFactory(network=world.network)
    sub_project = SubProject.objects.create(project=make_project(world.network), title="T")
    sub_project.fields_of_action.add(field)
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.delete(url("field-of-action-detail", world, pk=field.pk))
    assert response.status_code == 400
    assert "non_field_errors" in response.json()
    assert snapshot() == before


def test_statute_address_is_for_the_networks_staff_only(world, client):
    Network.objects.filter(pk=world.network.pk).update(statute="statutes/x.pdf")
    detail = reverse("api:network-detail", kwargs={"network": "alpha"})
    assert client.get(detail).json()["statute"] is None
    client.force_authenticate(world.viewer)
    assert client.get(detail).json()["statute"]


def test_duplicate_field_of_action_is_a_400(world, client):
    FieldOfActionFactory(network=world.network, name="Sprache")
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.post(url("field-of-action-list", world), {"name": "Sprache"}, format="json")
    assert response.status_code == 400
    assert "non_field_errors" in response.json()
    assert snapshot() == before
