import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from rest_framework.authtoken.models import Token

from verbund.accounts.tests.factories import OrganisationRoleFactory
from verbund.audit.models import LogEntry

PROFILE = "/office/me/"


@pytest.fixture(autouse=True)
def _restore_language():
    # Saving the profile activates the chosen language in this thread; later tests start fresh.
    yield
    translation.activate(settings.LANGUAGE_CODE)


def test_profile_lives_at_a_fixed_address_no_network_can_take():
    assert reverse("office:profile") == PROFILE


def test_anonymous_visitor_is_sent_to_the_login(client):
    response = client.get(PROFILE)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_profile_lists_the_users_roles_and_links_to_the_security_settings(world, client):
    OrganisationRoleFactory(user=world.coordinator, organisation=world.other_organisation)
    client.force_login(world.coordinator)
    content = client.get(PROFILE).content.decode()
    assert world.network.name in content
    assert world.other_organisation.name in content
    assert f'href="{reverse("mfa_index")}"' in content
    assert f'href="{reverse("account_change_password")}"' in content
    assert content.count("<h1") == 1


def test_saving_the_profile_switches_the_interface_language(world, client):
    client.force_login(world.viewer)
    response = client.post(
        PROFILE, {"first_name": "Lena", "last_name": "Schmidt", "language": "en"}
    )
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    world.viewer.refresh_from_db()
    assert (world.viewer.first_name, world.viewer.last_name, world.viewer.language) == (
        "Lena",
        "Schmidt",
        "en",
    )
    assert '<html lang="en"' in client.get(PROFILE).content.decode()


def test_profile_rejects_an_unknown_language_and_changes_nothing(world, client):
    client.force_login(world.viewer)
    response = client.post(PROFILE, {"first_name": "Lena", "last_name": "X", "language": "tlh"})
    assert response.status_code == 200
    assert "language" in response.context["form"].errors
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    world.viewer.refresh_from_db()
    assert (world.viewer.first_name, world.viewer.language) == ("Test", "de")
    assert not LogEntry.objects.exists()
    # The page around the form still shows the saved name, not the rejected one.
    assert response.context["user"].first_name == "Test"


def test_api_token_is_shown_once_after_creation(world, client):
    client.force_login(world.caseworker)
    created = client.post(reverse("office:profile_token_create"), {"confirm": "1"})
    assert created.status_code == 200
    key = Token.objects.get(user=world.caseworker).key
    assert key in created.content.decode()
    later = client.get(PROFILE).content.decode()
    assert key not in later
    assert reverse("office:profile_token_revoke") in later


def test_the_new_api_token_authenticates_api_requests(world, client):
    client.force_login(world.caseworker)
    client.post(reverse("office:profile_token_create"), {"confirm": "1"})
    key = Token.objects.get(user=world.caseworker).key
    client.logout()
    from rest_framework.test import APIClient

    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    url = reverse("api:network-detail", kwargs={"network": world.network.slug})
    world.network.is_public = False
    world.network.save()
    assert api.get(url).status_code == 200
    assert APIClient().get(url).status_code == 404


def test_api_token_is_revoked_after_confirmation(world, client):
    client.force_login(world.caseworker)
    client.post(reverse("office:profile_token_create"), {"confirm": "1"})
    unconfirmed = client.post(reverse("office:profile_token_revoke"), {})
    assert unconfirmed.status_code == 200
    assert Token.objects.filter(user=world.caseworker).exists()
    response = client.post(reverse("office:profile_token_revoke"), {"confirm": "1"})
    assert response.status_code == 302
    assert not Token.objects.filter(user=world.caseworker).exists()


def test_token_creation_without_confirmation_creates_nothing(world, client):
    client.force_login(world.caseworker)
    response = client.post(reverse("office:profile_token_create"), {})
    assert response.status_code == 200
    assert not Token.objects.exists()
