"""API authentication: tokens and sessions answer to the same permission registry."""

from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from verbund.accounts.models import NetworkRole
from verbund.network.models import FieldOfAction


def fields_url(world):
    return reverse("api:field-of-action-list", kwargs={"network": world.network.slug})


def test_coordinator_writes_with_a_token(world):
    token = Token.objects.create(user=world.coordinator)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = client.post(fields_url(world), {"name": "Sprache"}, format="json")
    assert response.status_code == 201, response.content
    assert FieldOfAction.objects.filter(network=world.network, name="Sprache").exists()


def test_token_of_a_user_without_the_permission_is_refused(world):
    token = Token.objects.create(user=world.coordinator)
    NetworkRole.objects.filter(user=world.coordinator).delete()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = client.post(fields_url(world), {"name": "Sprache"}, format="json")
    assert response.status_code == 403
    assert not FieldOfAction.objects.exists()


def test_token_of_a_caseworker_reads_but_does_not_write(world):
    token = Token.objects.create(user=world.caseworker)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    contacts = reverse("api:contact-list", kwargs={"network": world.network.slug})
    assert client.get(contacts).json()["count"] == 1  # the non-public contact, as staff
    assert client.post(fields_url(world), {"name": "Sprache"}, format="json").status_code == 403


def test_unknown_token_is_refused_not_treated_as_anonymous(world):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert client.get(fields_url(world)).status_code in (401, 403)


def test_session_write_needs_the_csrf_token(world):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(world.coordinator)
    response = client.post(fields_url(world), {"name": "Sprache"}, format="json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    assert not FieldOfAction.objects.exists()

    # What a browser sends after a back-office page set the cookie: the cookie and the header.
    secret = "abcdefghijklmnopqrstuvwxyzABCDEF"
    client.cookies["csrftoken"] = secret
    response = client.post(
        fields_url(world), {"name": "Sprache"}, format="json", HTTP_X_CSRFTOKEN=secret
    )
    assert response.status_code == 201, response.content
