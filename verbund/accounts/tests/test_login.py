"""Login through allauth: our layout, no sign-up, password reset by e-mail, TOTP, logout by POST."""

import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.urls import reverse
from django.utils import translation

from verbund.accounts.models import User
from verbund.accounts.tests.factories import UserFactory

PASSWORD = "correct-horse-battery"  # the factories' password


@pytest.fixture(autouse=True)
def _mfa_settings(settings):
    # One period either side, so a code computed at a period's end is still accepted.
    settings.MFA_TOTP_TOLERANCE = 1


@pytest.fixture(autouse=True)
def _restore_language():
    # A login activates the user's language in this thread; later tests start from the default.
    yield
    translation.activate(settings.LANGUAGE_CODE)


def _totp_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def _log_in(client, user, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": user.email, "password": password})


def _logged_in_user_id(client):
    return client.session.get(SESSION_KEY)


def test_login_page_is_rendered_in_verbunds_layout_without_a_sign_up_offer(client, db):
    response = client.get(reverse("account_login"))
    content = response.content.decode()
    assert response.status_code == 200
    assert 'href="#main"' in content  # our skip link: the page extends base.html
    assert content.count("<h1") == 1
    assert reverse("account_signup") not in content
    assert reverse("account_reset_password") in content
    # Every input has a label.
    for input_id in re.findall(r'<input[^>]*type="(?:email|password)"[^>]*id="([^"]+)"', content):
        assert f'for="{input_id}"' in content


def test_sign_up_is_closed(client, db):
    page = client.get(reverse("account_signup"))
    assert page.status_code == 200
    assert "account/signup_closed.html" in [t.name for t in page.templates]
    client.post(
        reverse("account_signup"),
        {
            "email": "new@example.org",
            "password1": "a-long-password-1",
            "password2": "a-long-password-1",
        },
    )
    assert not User.objects.filter(email="new@example.org").exists()


def test_staff_log_in_with_email_and_password_and_get_their_language(client, world):
    world.viewer.language = "en"
    world.viewer.save()
    response = _log_in(client, world.viewer)
    assert response.status_code == 302
    assert response.url == reverse("office:home")
    assert _logged_in_user_id(client) == str(world.viewer.pk)
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_wrong_password_logs_nobody_in(client, world):
    response = _log_in(client, world.viewer, password="wrong-password")
    assert response.status_code == 200
    assert response.context["form"].errors
    assert _logged_in_user_id(client) is None


def test_password_reset_by_email_lets_the_user_set_a_new_password(client, world):
    response = client.post(reverse("account_reset_password"), {"email": world.viewer.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+/)", mail.outbox[0].body)
    page = client.get(link.group(1), follow=True)
    assert page.status_code == 200
    set_password_url = page.redirect_chain[-1][0]
    new = "another-long-password-7"
    done = client.post(set_password_url, {"password1": new, "password2": new})
    assert done.status_code == 302
    client.logout()
    assert _log_in(client, world.viewer, password=new).status_code == 302
    assert _logged_in_user_id(client) == str(world.viewer.pk)


def test_invited_user_sets_the_first_password_through_the_emailed_link(
    client, world, django_capture_on_commit_callbacks
):
    from verbund.accounts.services import staff_add

    with django_capture_on_commit_callbacks(execute=True):
        staff_add(
            actor=world.org_admin,
            network=world.network,
            organisation=world.organisation,
            email="invited@example.org",
            role="viewer",
            base_url="http://testserver/",
        )
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+/)", mail.outbox[0].body)
    page = client.get(link.group(1), follow=True)
    new = "my-first-password-9"
    client.post(page.redirect_chain[-1][0], {"password1": new, "password2": new})
    invited = User.objects.get(email="invited@example.org")
    assert invited.has_usable_password() and invited.check_password(new)
    assert _log_in(client, invited, password=new).status_code == 302
    assert _logged_in_user_id(client) == str(invited.pk)


def test_user_activates_totp_from_the_profiles_two_factor_link(client, world):
    _log_in(client, world.viewer)
    profile = client.get(reverse("office:profile")).content.decode()
    assert reverse("mfa_index") in profile
    index = client.get(reverse("mfa_index"))
    assert index.status_code == 200 and reverse("mfa_activate_totp") in index.content.decode()
    # Activation asks for the password again first.
    asked = client.get(reverse("mfa_activate_totp"))
    assert asked.status_code == 302 and asked.url.startswith(reverse("account_reauthenticate"))
    confirmed = client.post(asked.url, {"password": PASSWORD})
    assert confirmed.status_code == 302
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    assert 'href="#main"' in page.content.decode()
    secret = client.session[SECRET_SESSION_KEY]
    wrong = client.post(reverse("mfa_activate_totp"), {"code": "000000"})
    assert wrong.status_code == 200
    assert not Authenticator.objects.filter(user=world.viewer).exists()
    response = client.post(reverse("mfa_activate_totp"), {"code": _totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=world.viewer, type=Authenticator.Type.TOTP).exists()


def test_user_with_totp_must_enter_a_code_at_login(client, db):
    user = UserFactory()
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    first = _log_in(client, user)
    assert first.status_code == 302
    assert first.url == reverse("mfa_authenticate")
    assert _logged_in_user_id(client) is None
    # Without the code, the back office stays closed.
    assert client.get(reverse("office:profile")).status_code == 302
    wrong = client.post(reverse("mfa_authenticate"), {"code": "123456"})
    assert wrong.status_code == 200 and _logged_in_user_id(client) is None
    right = client.post(reverse("mfa_authenticate"), {"code": _totp_code(secret)})
    assert right.status_code == 302
    assert _logged_in_user_id(client) == str(user.pk)


def test_logout_needs_a_post(client, world):
    client.force_login(world.viewer)
    page = client.get(reverse("account_logout"))
    assert page.status_code == 200
    assert _logged_in_user_id(client) == str(world.viewer.pk)
    response = client.post(reverse("account_logout"))
    assert response.status_code == 302
    assert _logged_in_user_id(client) is None
