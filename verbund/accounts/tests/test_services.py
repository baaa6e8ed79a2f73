import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from rest_framework.authtoken.models import Token

from verbund.accounts import services
from verbund.accounts.access import has_permission
from verbund.accounts.models import NetworkRole, OrganisationRole, User
from verbund.accounts.tests.factories import (
    NetworkRoleFactory,
    OrganisationRoleFactory,
    UserFactory,
)
from verbund.audit.models import LogEntry
from verbund.core.errors import DomainError

BASE = "https://verbund.example.org/"


def _snapshot():
    return (
        User.objects.count(),
        list(OrganisationRole.objects.order_by("pk").values_list("pk", "user_id", "role")),
        list(NetworkRole.objects.order_by("pk").values_list("pk", "user_id")),
        LogEntry.objects.count(),
    )


def _add(world, actor=None, **overrides):
    kwargs = {
        "actor": actor or world.org_admin,
        "network": world.network,
        "organisation": world.organisation,
        "email": "Neu.Person@Example.org",
        "first_name": "Ayşe",
        "last_name": "Yılmaz",
        "role": "caseworker",
        "base_url": BASE,
        **overrides,
    }
    return services.staff_add(**kwargs)


# --- staff_add -----------------------------------------------------------------------------


def test_staff_add_creates_an_account_without_password_and_mails_a_link_to_set_one(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        grant = _add(world)
    user = grant.user
    assert user.email == "neu.person@example.org"
    assert (user.first_name, user.last_name) == ("Ayşe", "Yılmaz")
    assert not user.has_usable_password()
    assert grant.organisation == world.organisation and grant.role == "caseworker"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["neu.person@example.org"]
    assert "https://verbund.example.org/accounts/password/reset/key/" in message.body
    assert world.organisation.name in message.body


@pytest.mark.parametrize("language", ["de", "en"])
def test_password_email_is_written_in_the_recipients_language(world, monkeypatch, language):
    from django.utils import translation

    rendered_in = []
    real_render = services.render_to_string

    def recording_render(*args, **kwargs):
        rendered_in.append(translation.get_language())
        return real_render(*args, **kwargs)

    monkeypatch.setattr(services, "render_to_string", recording_render)
    user = UserFactory(language=language)
    with translation.override("en" if language == "de" else "de"):
        services.send_password_set_email(
            user=user, base_url=BASE, role="caseworker", place="Organisation X"
        )
    assert rendered_in == [language, language]
    assert len(mail.outbox) == 1


def test_staff_add_logs_ids_only(world):
    grant = _add(world)
    entry = LogEntry.objects.get(action="accounts.staff:add")
    assert entry.actor == world.org_admin and entry.network == world.network
    assert entry.object_id == str(grant.pk)
    assert entry.data == {
        "user": grant.user_id,
        "organisation": world.organisation.pk,
        "role": "caseworker",
        "account_created": True,
    }
    assert "example.org" not in str(entry.data) and "Yılmaz" not in str(entry.data)


def test_staff_add_sends_nothing_when_the_transaction_does_not_commit(world):
    _add(world)  # the test's transaction never commits
    assert mail.outbox == []


def test_staff_add_gives_an_existing_account_the_role_and_keeps_its_name(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        grant = _add(
            world, email=world.other_org_admin.email.upper(), first_name="X", last_name="Y"
        )
    assert grant.user == world.other_org_admin
    world.other_org_admin.refresh_from_db()
    assert world.other_org_admin.first_name == "Test"
    assert mail.outbox == []
    assert LogEntry.objects.get(action="accounts.staff:add").data["account_created"] is False


@pytest.mark.parametrize("email", ["not-an-address", "", "a@b", "some one@example.org"])
def test_staff_add_refuses_an_invalid_email_and_changes_nothing(world, email):
    before = _snapshot()
    with pytest.raises(DomainError):
        _add(world, email=email)
    assert _snapshot() == before


def test_staff_add_refuses_an_unknown_role_and_changes_nothing(world):
    before = _snapshot()
    with pytest.raises(DomainError):
        _add(world, role="coordinator")
    assert _snapshot() == before


def test_staff_add_refuses_an_organisation_outside_the_network_and_changes_nothing(world):
    before = _snapshot()
    with pytest.raises(DomainError, match="does not belong"):
        _add(world, actor=world.superuser, organisation=world.foreign_organisation)
    assert _snapshot() == before


def test_staff_add_refuses_a_role_the_person_already_holds(world):
    before = _snapshot()
    with pytest.raises(DomainError, match="already holds"):
        _add(world, email=world.viewer.email, role="viewer")
    assert _snapshot() == before


def test_staff_add_refuses_a_deactivated_account(world):
    world.viewer.is_active = False
    world.viewer.save()
    with pytest.raises(DomainError, match="deactivated"):
        _add(world, email=world.viewer.email)


@pytest.mark.parametrize("persona", ["caseworker", "other_org_admin", "outsider"])
def test_staff_add_refuses_actors_without_the_staff_permission(world, persona):
    before = _snapshot()
    with pytest.raises(PermissionDenied):
        _add(world, actor=getattr(world, persona))
    assert _snapshot() == before


def test_coordinator_may_add_staff_to_any_member_organisation(world):
    grant = _add(world, actor=world.coordinator, organisation=world.other_organisation)
    assert grant.organisation == world.other_organisation


# --- staff_role_change / staff_role_remove -------------------------------------------------


def _role_of(user, organisation):
    return OrganisationRole.objects.get(user=user, organisation=organisation)


def test_staff_role_change_replaces_the_role_and_logs_both_values(world):
    role = _role_of(world.viewer, world.organisation)
    services.staff_role_change(
        actor=world.org_admin, network=world.network, role=role, new_role="caseworker"
    )
    role.refresh_from_db()
    assert role.role == "caseworker"
    entry = LogEntry.objects.get(action="accounts.staff:change_role")
    assert entry.data == {
        "user": world.viewer.pk,
        "organisation": world.organisation.pk,
        "from": "viewer",
        "to": "caseworker",
    }


def test_staff_role_change_refuses_an_unknown_role_and_changes_nothing(world):
    role = _role_of(world.viewer, world.organisation)
    before = _snapshot()
    with pytest.raises(DomainError):
        services.staff_role_change(
            actor=world.org_admin, network=world.network, role=role, new_role="boss"
        )
    assert _snapshot() == before


def test_staff_role_change_refuses_a_role_the_person_holds_already(world):
    OrganisationRoleFactory(user=world.viewer, organisation=world.organisation, role="multiplier")
    role = OrganisationRole.objects.get(user=world.viewer, role="viewer")
    before = _snapshot()
    with pytest.raises(DomainError, match="already holds"):
        services.staff_role_change(
            actor=world.org_admin, network=world.network, role=role, new_role="multiplier"
        )
    assert _snapshot() == before


def test_last_admin_cannot_give_up_their_own_admin_role(world):
    role = _role_of(world.org_admin, world.organisation)
    before = _snapshot()
    with pytest.raises(DomainError, match="last admin"):
        services.staff_role_change(
            actor=world.org_admin, network=world.network, role=role, new_role="viewer"
        )
    with pytest.raises(DomainError, match="last admin"):
        services.staff_role_remove(actor=world.org_admin, network=world.network, role=role)
    assert _snapshot() == before


def test_an_admin_may_step_down_once_another_admin_exists_and_loses_the_right_at_once(world):
    OrganisationRoleFactory(organisation=world.organisation, role="admin")
    role = _role_of(world.org_admin, world.organisation)
    perm = "accounts.staff:manage"
    assert has_permission(
        world.org_admin, perm, network=world.network, organisation=role.organisation
    )
    services.staff_role_remove(actor=world.org_admin, network=world.network, role=role)
    assert not OrganisationRole.objects.filter(pk=role.pk).exists()
    # The actor's cached roles were dropped: the same request sees the change.
    assert not has_permission(
        world.org_admin, perm, network=world.network, organisation=world.organisation
    )


def test_a_coordinator_may_remove_an_organisations_last_admin(world):
    role = _role_of(world.org_admin, world.organisation)
    services.staff_role_remove(actor=world.coordinator, network=world.network, role=role)
    assert not OrganisationRole.objects.filter(pk=role.pk).exists()


def test_staff_role_remove_logs_ids_only(world):
    role = _role_of(world.viewer, world.organisation)
    services.staff_role_remove(actor=world.org_admin, network=world.network, role=role)
    entry = LogEntry.objects.get(action="accounts.staff:remove_role")
    assert entry.object_id == str(role.pk)
    assert entry.data == {
        "user": world.viewer.pk,
        "organisation": world.organisation.pk,
        "role": "viewer",
    }


def test_staff_role_services_refuse_a_role_of_another_networks_organisation(world):
    role = _role_of(world.outsider, world.foreign_organisation)
    before = _snapshot()
    with pytest.raises(DomainError):
        services.staff_role_remove(actor=world.superuser, network=world.network, role=role)
    with pytest.raises(DomainError):
        services.staff_role_change(
            actor=world.superuser, network=world.network, role=role, new_role="viewer"
        )
    assert _snapshot() == before


def test_staff_role_services_refuse_an_admin_of_another_organisation(world):
    role = _role_of(world.viewer, world.organisation)
    with pytest.raises(PermissionDenied):
        services.staff_role_remove(actor=world.other_org_admin, network=world.network, role=role)
    assert OrganisationRole.objects.filter(pk=role.pk).exists()


# --- coordinators --------------------------------------------------------------------------


def test_coordinator_appoint_creates_an_account_and_mails_the_password_link(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        grant = services.coordinator_appoint(
            actor=world.coordinator,
            network=world.network,
            email="koordination@example.org",
            last_name="Keller",
            base_url=BASE,
        )
    assert grant.network == world.network and grant.role == "coordinator"
    assert not grant.user.has_usable_password()
    assert len(mail.outbox) == 1 and world.network.name in mail.outbox[0].body
    entry = LogEntry.objects.get(action="accounts.coordinator:appoint")
    assert entry.data == {"user": grant.user_id, "account_created": True}


def test_coordinator_appoint_makes_an_existing_user_coordinator_without_mail(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        grant = services.coordinator_appoint(
            actor=world.coordinator,
            network=world.network,
            email=world.caseworker.email,
            base_url=BASE,
        )
    assert grant.user == world.caseworker
    assert mail.outbox == []


def test_coordinator_appoint_refuses_bad_input_and_changes_nothing(world):
    before = _snapshot()
    with pytest.raises(DomainError):
        services.coordinator_appoint(
            actor=world.coordinator, network=world.network, email="kein-Name", base_url=BASE
        )
    with pytest.raises(DomainError, match="already a coordinator"):
        services.coordinator_appoint(
            actor=world.coordinator,
            network=world.network,
            email=world.coordinator.email,
            base_url=BASE,
        )
    with pytest.raises(PermissionDenied):
        services.coordinator_appoint(
            actor=world.org_admin, network=world.network, email="x@example.org", base_url=BASE
        )
    with pytest.raises(PermissionDenied):
        services.coordinator_appoint(
            actor=world.outsider, network=world.network, email="x@example.org", base_url=BASE
        )
    assert _snapshot() == before


def test_last_coordinator_of_a_network_cannot_be_removed(world):
    role = NetworkRole.objects.get(network=world.network)
    before = _snapshot()
    for actor in (world.coordinator, world.superuser):
        with pytest.raises(DomainError, match="at least one coordinator"):
            services.coordinator_remove(actor=actor, network=world.network, role=role)
    assert _snapshot() == before


def test_coordinator_may_step_down_when_another_remains_and_loses_the_right_at_once(world):
    NetworkRoleFactory(network=world.network)
    role = NetworkRole.objects.get(network=world.network, user=world.coordinator)
    services.coordinator_remove(actor=world.coordinator, network=world.network, role=role)
    assert not NetworkRole.objects.filter(pk=role.pk).exists()
    assert LogEntry.objects.get(action="accounts.coordinator:remove").data == {
        "user": world.coordinator.pk
    }
    assert not has_permission(
        world.coordinator, "accounts.coordinators:manage", network=world.network
    )


def test_coordinator_remove_refuses_an_appointment_in_another_network(world):
    NetworkRoleFactory(network=world.other_network)
    role = NetworkRole.objects.get(network=world.other_network, user=world.outsider)
    before = _snapshot()
    with pytest.raises(DomainError):
        services.coordinator_remove(actor=world.superuser, network=world.network, role=role)
    assert _snapshot() == before


# --- profile and API token -----------------------------------------------------------------


def test_user_profile_update_saves_and_logs_the_changed_field_names(world):
    services.user_profile_update(
        actor=world.viewer,
        user=world.viewer,
        first_name=" Lena ",
        last_name="User",
        language="en",
    )
    world.viewer.refresh_from_db()
    assert (world.viewer.first_name, world.viewer.language) == ("Lena", "en")
    entry = LogEntry.objects.get(action="accounts.user:update_profile")
    assert sorted(entry.data["fields"]) == ["first_name", "language", "last_name"]


def test_user_profile_update_refuses_an_unknown_language_and_changes_nothing(world):
    with pytest.raises(DomainError):
        services.user_profile_update(
            actor=world.viewer, user=world.viewer, first_name="A", last_name="B", language="xx"
        )
    world.viewer.refresh_from_db()
    assert world.viewer.language == "de" and world.viewer.first_name == "Test"
    assert not LogEntry.objects.exists()


def test_nobody_edits_another_users_profile_or_tokens(world):
    with pytest.raises(PermissionDenied):
        services.user_profile_update(
            actor=world.superuser, user=world.viewer, first_name="", last_name="", language="en"
        )
    with pytest.raises(PermissionDenied):
        services.api_token_create(actor=world.org_admin, user=world.viewer)
    with pytest.raises(PermissionDenied):
        services.api_token_revoke(actor=world.org_admin, user=world.viewer)


def test_api_token_create_replaces_the_old_token_and_never_logs_the_key(world):
    first = services.api_token_create(actor=world.viewer, user=world.viewer)
    second = services.api_token_create(actor=world.viewer, user=world.viewer)
    assert list(Token.objects.filter(user=world.viewer)) == [second]
    assert first.key != second.key
    entries = LogEntry.objects.filter(action="accounts.api_token:create")
    assert [e.data for e in entries.order_by("pk")] == [{"replaced": False}, {"replaced": True}]
    for entry in entries:
        assert entry.object_id == str(world.viewer.pk)
        assert first.key not in str(entry.data) and second.key not in str(entry.data)


def test_api_token_revoke_deletes_the_token(world):
    services.api_token_create(actor=world.viewer, user=world.viewer)
    assert services.api_token_revoke(actor=world.viewer, user=world.viewer) is True
    assert not Token.objects.filter(user=world.viewer).exists()
    assert services.api_token_revoke(actor=world.viewer, user=world.viewer) is False


def test_password_set_link_stops_working_once_the_password_is_set(world):
    from allauth.account.forms import default_token_generator

    user = UserFactory()
    user.set_unusable_password()
    user.save()
    link = services.password_set_link(user, base_url=BASE)
    key = link.rstrip("/").split("/key/")[1].split("-", 1)[1]
    assert default_token_generator.check_token(user, key)
    user.set_password("a-new-long-password")
    user.save()
    assert not default_token_generator.check_token(user, key)


def test_a_failing_mail_server_does_not_undo_the_granted_role(
    world, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr(services, "send_mail", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        grant = _add(world)
    assert OrganisationRole.objects.filter(pk=grant.pk).exists()
    assert "not sent: ConnectionRefusedError" in caplog.text
    assert grant.user.email not in caplog.text
