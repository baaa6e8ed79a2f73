from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from verbund.audit.models import LogEntry
from verbund.outbox.models import EmailStatus, OutgoingEmail


def list_url(world, **query):
    url = reverse("office:outbox_list", kwargs={"network": world.network.slug})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def retry_url(world, email):
    return reverse("office:outbox_retry", kwargs={"network": world.network.slug, "email": email.pk})


def test_list_shows_waiting_and_failed_mail_with_attempts_and_error_and_masks_recipients(
    world, client, queue, settings
):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    waiting = queue(to="anna.schmidt@example.org")
    failed = queue(to="bora@example.net")
    OutgoingEmail.objects.filter(pk=waiting.pk).update(
        attempts=2, last_error="SMTPDataError: 451 4.3.0 Try again later"
    )
    OutgoingEmail.objects.filter(pk=failed.pk).update(
        status=EmailStatus.FAILED, attempts=8, last_error="SMTPDataError: 550 5.7.1 Refused"
    )
    queue(network=world.other_network, to="someone@beta.example.org")
    client.force_login(world.coordinator)

    page = client.get(list_url(world)).content.decode()

    assert "a***@example.org" in page and "b***@example.net" in page
    assert "anna.schmidt" not in page and "bora@" not in page
    assert "beta.example.org" not in page  # network B's mail
    assert "queued (2 attempts)" in page
    assert "SMTPDataError: 451 4.3.0 Try again later" in page
    assert "SMTPDataError: 550 5.7.1 Refused" in page
    assert "Kochen &amp; Essen on 14 März 2026" in page
    assert "Hello Anna" not in page  # texts are not shown
    assert page.count('action="' + retry_url(world, waiting)) == 1
    assert page.count('action="' + retry_url(world, failed)) == 1


def test_list_filters_by_status_and_shows_sent_mail_without_a_retry_button(
    world, client, queue, settings
):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    sent, old_sent, waiting = queue(), queue(to="old@example.org"), queue(to="wait@example.org")
    now = timezone.now()
    OutgoingEmail.objects.filter(pk=sent.pk).update(status=EmailStatus.SENT, sent_at=now)
    OutgoingEmail.objects.filter(pk=old_sent.pk).update(
        status=EmailStatus.SENT, sent_at=now - timedelta(days=30)
    )
    client.force_login(world.coordinator)

    default = client.get(list_url(world)).content.decode()
    assert "w***@example.org" in default and "a***@example.org" in default
    assert retry_url(world, waiting) in default
    assert "o***@example.org" not in default  # sent long ago: only under "sent"

    only_sent = client.get(list_url(world, status="sent")).content.decode()
    assert "o***@example.org" in only_sent and "a***@example.org" in only_sent
    assert "w***@example.org" not in only_sent
    assert "/retry/" not in only_sent

    nonsense = client.get(list_url(world, status="nonsense"))
    assert nonsense.status_code == 200
    assert "w***@example.org" in nonsense.content.decode()


def test_list_costs_the_same_queries_for_many_mails(
    world, client, queue, settings, django_assert_max_num_queries
):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    client.force_login(world.coordinator)
    queue()
    client.get(list_url(world))  # warm the session and the user's roles
    with django_assert_max_num_queries(12) as few:
        client.get(list_url(world))
    for _ in range(20):
        queue()
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(list_url(world)).status_code == 200


def test_forgotten_mail_shows_as_removed_without_retry(world, client, queue, settings):
    from verbund.outbox.services import emails_forget

    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    email = queue()
    emails_forget(about=world.contact)
    client.force_login(world.coordinator)
    page = client.get(list_url(world, status="failed")).content.decode()
    assert "removed" in page
    assert retry_url(world, email) not in page


# A real commit: the mail goes out inside the request, before the page answers.
@pytest.mark.django_db(transaction=True)
def test_retry_now_sends_a_failed_mail_and_says_so(world, client, queue, smtp_server, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    email = queue()
    OutgoingEmail.objects.filter(pk=email.pk).update(status=EmailStatus.FAILED, attempts=8)
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = True
    client.force_login(world.coordinator)

    response = client.post(retry_url(world, email), follow=True)

    assert response.redirect_chain[-1][0] == list_url(world) + f"#email-{email.pk}"
    assert "The e-mail was sent." in response.content.decode()
    (message,) = smtp_server.wait_for(1)
    assert message["To"] == "anna.schmidt@example.org"
    email.refresh_from_db()
    assert email.status == EmailStatus.SENT
    assert LogEntry.objects.filter(action="outbox.email.retried", actor=world.coordinator).exists()


# A real commit: the mail goes out inside the request, before the page answers.
@pytest.mark.django_db(transaction=True)
def test_retry_now_that_fails_again_shows_the_error(world, client, queue, smtp_server, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    email = queue()
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = True
    smtp_server.refuse = "451 4.3.0 Try again later"
    client.force_login(world.coordinator)

    response = client.post(retry_url(world, email), follow=True)

    page = response.content.decode()
    assert "could not be sent (SMTPDataError: 451 4.3.0 Try again later)" in page
    assert "it will be tried again" in page


def test_retry_of_a_sent_mail_is_refused_with_a_message(world, client, queue, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    email = queue()
    OutgoingEmail.objects.filter(pk=email.pk).update(status=EmailStatus.SENT)
    client.force_login(world.coordinator)

    response = client.post(retry_url(world, email), follow=True)

    assert "This e-mail has been sent already." in response.content.decode()
    assert not LogEntry.objects.filter(action="outbox.email.retried").exists()


def test_organisation_staff_may_not_see_the_outbox(world, client):
    client.force_login(world.org_admin)
    assert client.get(list_url(world)).status_code == 403
