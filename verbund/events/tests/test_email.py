"""What registrants receive, through a real SMTP server (aiosmtpd): text and HTML, in their
language, only after their registration is saved, and never at the cost of the registration."""

import pytest

from verbund.core.errors import DomainError
from verbund.events import services
from verbund.events.choices import RegistrationStatus
from verbund.events.tests.factories import EventFactory
from verbund.outbox.models import EmailStatus, OutgoingEmail
from verbund.outbox.services import emails_deliver_due

pytestmark = pytest.mark.django_db


def register(event, email, language="de"):
    return services.registration_create(
        event=event,
        data={"name": "Layla Haddad", "email": email},
        language=language,
        consent=True,
    )


def parts(message):
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


def test_an_arabic_registrant_gets_text_and_right_to_left_html_in_arabic_with_her_link(
    smtp_server, django_capture_on_commit_callbacks
):
    event = EventFactory(title="An-Erkennen")
    with django_capture_on_commit_callbacks(execute=True):
        result = register(event, "layla@example.org", language="ar")
    (message,) = smtp_server.wait_for(1)
    assert message["To"] == "layla@example.org"
    assert message["Content-Language"] == "ar"
    text, html = parts(message)
    assert "Layla Haddad" in text
    assert f"/ar/n/{event.network.slug}/events/{event.pk}/registration/{result.token}/" in text
    assert 'lang="ar"' in html
    assert 'dir="rtl"' in html
    # Arabic words of the confirmation, from the public catalogue.
    assert message["Subject"] != "Registration confirmed: An-Erkennen"
    assert "An-Erkennen" in message["Subject"]


def test_a_german_registrant_gets_german(smtp_server, django_capture_on_commit_callbacks):
    event = EventFactory(title="Blickwechsel")
    with django_capture_on_commit_callbacks(execute=True):
        register(event, "a@example.org", language="de")
    (message,) = smtp_server.wait_for(1)
    assert message["Subject"] == "Anmeldung bestätigt: Blickwechsel"


def test_the_person_promoted_from_the_waiting_list_is_told_by_mail(
    smtp_server, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        first = register(event, "first@example.org")
        register(event, "second@example.org", language="en")
    smtp_server.wait_for(2)
    smtp_server.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=first.registration)
    messages = smtp_server.wait_for(2)
    by_address = {message["To"]: message for message in messages}
    assert by_address["second@example.org"]["Subject"].startswith("A seat is free for you")
    assert by_address["first@example.org"]["Subject"].startswith("Anmeldung storniert")


def test_nothing_is_sent_for_a_refused_registration(
    smtp_server, django_capture_on_commit_callbacks
):
    event = EventFactory()
    register(event, "a@example.org")  # its mail would leave at a commit this test never makes
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(DomainError),
    ):
        register(event, "A@example.org")
    assert callbacks == []
    smtp_server.assert_quiet()


def test_a_mail_server_that_refuses_keeps_the_registration_and_the_mail_is_sent_later(
    smtp_server, django_capture_on_commit_callbacks
):
    event = EventFactory()
    smtp_server.refuse = "451 4.3.0 Try again later"
    with django_capture_on_commit_callbacks(execute=True):
        result = register(event, "a@example.org")
    registration = result.registration
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    mail = OutgoingEmail.objects.get(about_id=str(registration.pk))
    assert mail.status == EmailStatus.QUEUED
    assert mail.attempts == 1
    assert "451" in mail.last_error
    smtp_server.refuse = None
    OutgoingEmail.objects.filter(pk=mail.pk).update(next_attempt_at=mail.created_at)
    assert emails_deliver_due()["sent"] == 1
    (message,) = smtp_server.wait_for(1)
    assert message["To"] == "a@example.org"
