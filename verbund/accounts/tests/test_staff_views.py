import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from verbund.accounts.models import NetworkRole, OrganisationRole, User
from verbund.accounts.tests.factories import NetworkRoleFactory, OrganisationRoleFactory
from verbund.audit.models import LogEntry


def _url(name, world, organisation=None, **kwargs):
    organisation = organisation or world.organisation
    return reverse(
        name,
        kwargs={"network": world.network.slug, "organisation": organisation.pk, **kwargs},
    )


def _role(world, user):
    return OrganisationRole.objects.get(user=user, organisation=world.organisation)


def _state():
    return (
        sorted(OrganisationRole.objects.values_list("pk", "user_id", "role")),
        User.objects.count(),
        LogEntry.objects.count(),
    )


# --- list ----------------------------------------------------------------------------------


def test_staff_list_shows_each_person_once_with_all_roles_here(world, client):
    OrganisationRoleFactory(user=world.viewer, organisation=world.organisation, role="multiplier")
    OrganisationRoleFactory(user=world.viewer, organisation=world.other_organisation)
    client.force_login(world.org_admin)
    response = client.get(_url("office:staff_list", world))
    assert response.status_code == 200
    staff = list(response.context["staff"])
    assert {person.pk for person in staff} == {
        world.org_admin.pk,
        world.caseworker.pk,
        world.multiplier.pk,
        world.viewer.pk,
    }
    viewer = next(person for person in staff if person.pk == world.viewer.pk)
    assert sorted(role.role for role in viewer.roles_here) == ["multiplier", "viewer"]
    content = response.content.decode()
    assert world.viewer.email in content
    assert world.other_org_admin.email not in content
    assert content.count("<h1") == 1


def _list_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_staff_list_runs_the_same_queries_for_10_and_100_people(world, client):
    client.force_login(world.org_admin)
    url = _url("office:staff_list", world)
    OrganisationRoleFactory.create_batch(6, organisation=world.organisation)
    ten = _list_queries(client, url)
    OrganisationRoleFactory.create_batch(90, organisation=world.organisation, role="caseworker")
    assert OrganisationRole.objects.filter(organisation=world.organisation).count() == 100
    assert _list_queries(client, url) == ten


def test_coordinator_list_runs_the_same_queries_for_10_and_100_coordinators(world, client):
    client.force_login(world.coordinator)
    url = reverse("office:coordinator_list", kwargs={"network": world.network.slug})
    NetworkRoleFactory.create_batch(9, network=world.network)
    ten = _list_queries(client, url)
    NetworkRoleFactory.create_batch(90, network=world.network)
    assert NetworkRole.objects.filter(network=world.network).count() == 100
    assert _list_queries(client, url) == ten


# --- add -----------------------------------------------------------------------------------


def test_admin_adds_a_new_person_who_gets_the_password_email(
    world, client, django_capture_on_commit_callbacks
):
    client.force_login(world.org_admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            _url("office:staff_add", world),
            {
                "email": "neu@example.org",
                "first_name": "Neu",
                "last_name": "Person",
                "role": "caseworker",
            },
        )
    assert response.status_code == 302
    assert response.url == _url("office:staff_list", world)
    user = User.objects.get(email="neu@example.org")
    assert _role(world, user).role == "caseworker"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["neu@example.org"]
    # The link in the e-mail points at this server.
    assert "http://testserver/accounts/password/reset/key/" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"email": "kein-at-zeichen", "role": "viewer"}, "email"),
        ({"email": "neu@example.org", "role": "coordinator"}, "role"),
        ({"email": "neu@example.org", "role": ""}, "role"),
        ({"email": "", "role": "viewer"}, "email"),
    ],
)
def test_staff_add_rejects_bad_input_with_a_field_error_and_changes_nothing(
    world, client, data, field
):
    client.force_login(world.org_admin)
    before = _state()
    response = client.post(_url("office:staff_add", world), data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert 'aria-invalid="true"' in response.content.decode()
    assert _state() == before
    assert mail.outbox == []


def test_staff_add_shows_a_domain_error_on_the_form(world, client):
    client.force_login(world.org_admin)
    before = _state()
    response = client.post(
        _url("office:staff_add", world), {"email": world.viewer.email, "role": "viewer"}
    )
    assert response.status_code == 200
    assert "already holds this role" in response.content.decode()
    assert _state() == before


# --- change and remove ---------------------------------------------------------------------


def test_admin_changes_a_role(world, client):
    client.force_login(world.org_admin)
    role = _role(world, world.viewer)
    url = _url("office:staff_role_change", world, role=role.pk)
    page = client.get(url)
    assert page.context["form"].initial == {"role": "viewer"}
    response = client.post(url, {"role": "multiplier"})
    assert response.status_code == 302
    role.refresh_from_db()
    assert role.role == "multiplier"


def test_staff_role_change_rejects_an_unknown_role_and_changes_nothing(world, client):
    client.force_login(world.org_admin)
    role = _role(world, world.viewer)
    before = _state()
    response = client.post(
        _url("office:staff_role_change", world, role=role.pk), {"role": "superuser"}
    )
    assert response.status_code == 200 and "role" in response.context["form"].errors
    assert _state() == before


def test_last_admin_sees_why_they_cannot_give_up_their_role(world, client):
    client.force_login(world.org_admin)
    role = _role(world, world.org_admin)
    before = _state()
    change = client.post(_url("office:staff_role_change", world, role=role.pk), {"role": "viewer"})
    remove = client.post(_url("office:staff_role_remove", world, role=role.pk), {"confirm": "1"})
    for response in (change, remove):
        assert response.status_code == 200
        assert "last admin of this organisation" in response.content.decode()
    assert _state() == before


def test_removing_a_role_needs_the_confirmation(world, client):
    client.force_login(world.org_admin)
    role = _role(world, world.viewer)
    url = _url("office:staff_role_remove", world, role=role.pk)
    page = client.get(url)
    assert page.status_code == 200 and world.viewer.email in page.content.decode()
    before = _state()
    unconfirmed = client.post(url, {})
    assert unconfirmed.status_code == 200
    assert "Confirm with the button" in unconfirmed.content.decode()
    assert _state() == before
    confirmed = client.post(url, {"confirm": "1"})
    assert confirmed.status_code == 302
    assert not OrganisationRole.objects.filter(pk=role.pk).exists()
    assert User.objects.filter(pk=world.viewer.pk).exists()


def test_admin_who_steps_down_is_sent_to_their_profile(world, client):
    OrganisationRoleFactory(organisation=world.organisation, role="admin")
    client.force_login(world.org_admin)
    role = _role(world, world.org_admin)
    response = client.post(_url("office:staff_role_remove", world, role=role.pk), {"confirm": "1"})
    assert response.status_code == 302 and response.url == reverse("office:profile")


# --- coordinators --------------------------------------------------------------------------


def _network_url(name, world, **kwargs):
    return reverse(name, kwargs={"network": world.network.slug, **kwargs})


def test_coordinator_list_shows_the_networks_coordinators_only(world, client):
    client.force_login(world.coordinator)
    response = client.get(_network_url("office:coordinator_list", world))
    content = response.content.decode()
    assert world.coordinator.email in content
    assert world.outsider.email not in content


def test_coordinator_appoints_a_new_coordinator(world, client, django_capture_on_commit_callbacks):
    client.force_login(world.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            _network_url("office:coordinator_add", world),
            {"email": "zweite@example.org", "last_name": "Zweite"},
        )
    assert response.status_code == 302
    assert NetworkRole.objects.filter(
        network=world.network, user__email="zweite@example.org"
    ).exists()
    assert len(mail.outbox) == 1


def test_coordinator_add_rejects_an_invalid_email_and_changes_nothing(world, client):
    client.force_login(world.coordinator)
    before = (NetworkRole.objects.count(), User.objects.count())
    response = client.post(_network_url("office:coordinator_add", world), {"email": "nope"})
    assert response.status_code == 200 and "email" in response.context["form"].errors
    assert (NetworkRole.objects.count(), User.objects.count()) == before


def test_last_coordinator_cannot_be_removed_through_the_page(world, client):
    client.force_login(world.coordinator)
    role = NetworkRole.objects.get(network=world.network)
    response = client.post(
        _network_url("office:coordinator_remove", world, role=role.pk), {"confirm": "1"}
    )
    assert response.status_code == 200
    assert "at least one coordinator" in response.content.decode()
    assert NetworkRole.objects.filter(pk=role.pk).exists()


def test_coordinator_is_removed_after_confirmation(world, client):
    other = NetworkRoleFactory(network=world.network)
    client.force_login(world.coordinator)
    url = _network_url("office:coordinator_remove", world, role=other.pk)
    assert client.post(url, {}).status_code == 200
    assert NetworkRole.objects.filter(pk=other.pk).exists()
    response = client.post(url, {"confirm": "1"})
    assert response.status_code == 302
    assert response.url == _network_url("office:coordinator_list", world)
    assert not NetworkRole.objects.filter(pk=other.pk).exists()


# --- sections on the registry's pages --------------------------------------------------------


def test_staff_section_is_offered_to_those_who_manage_staff_only(world, rf):
    from verbund.core import slots

    for persona, expected in [("org_admin", 1), ("coordinator", 1), ("caseworker", 0)]:
        request = rf.get("/")
        request.user = getattr(world, persona)
        sections = slots.collect(
            "office_organisation_detail",
            request=request,
            network=world.network,
            organisation=world.organisation,
        )
        staff = [s for s in sections if s.template == "accounts/_section_staff.html"]
        assert len(staff) == expected, persona


def test_coordinators_section_is_offered_to_coordinators_only(world, rf):
    from verbund.core import slots

    for persona, expected in [("coordinator", 1), ("org_admin", 0)]:
        request = rf.get("/")
        request.user = getattr(world, persona)
        sections = slots.collect("office_network_overview", request=request, network=world.network)
        found = [s for s in sections if s.template == "accounts/_section_coordinators.html"]
        assert len(found) == expected, persona
