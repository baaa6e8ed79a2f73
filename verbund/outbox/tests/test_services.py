import smtplib
import socket
import threading
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from verbund.audit.models import LogEntry
from verbund.core.errors import DomainError
from verbund.outbox import services
from verbund.outbox.models import EmailStatus, OutgoingEmail


def refresh(email):
    email.refresh_from_db()
    return email


def make_due(email):
    OutgoingEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())


# --- queueing and sending after the commit --------------------------------------------------------


def test_queued_mail_arrives_after_commit_as_text_with_html_alternative_in_its_language(
    world, queue, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        email = queue(reply_to="ALBuM <kontakt@album.example.org>")

    (message,) = smtp_server.wait_for(1)
    assert message["Subject"] == "Kochen & Essen on 14 März 2026"
    assert message["To"] == "anna.schmidt@example.org"
    assert message["Reply-To"] == "ALBuM <kontakt@album.example.org>"
    assert message["Content-Language"] == "de"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    # German month and weekday names: rendered under the mail's language, not the request's.
    assert "you are registered for Kochen & Essen on Samstag, 14 März 2026." in text
    assert "<strong>Kochen &amp; Essen</strong> on Samstag, 14 März 2026" in html
    assert '<html lang="de" dir="ltr">' in html
    email = refresh(email)
    assert email.status == EmailStatus.SENT
    assert email.sent_at is not None and email.attempts == 1 and email.last_error == ""
    assert email.next_attempt_at is None
    assert (email.about_type, email.about_id) == ("network.contactperson", str(world.contact.pk))
    assert message["Message-ID"].startswith(f"<outbox.{email.pk}.")


def test_mail_without_html_template_is_plain_text_and_arabic_html_runs_right_to_left(
    queue, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        queue(template="outbox_tests/note", language="en")
        queue(language="ar")

    plain, arabic = smtp_server.wait_for(2)
    assert plain.get_content_type() == "text/plain"
    assert plain.get_content() == "Just text for Anna.\n"
    assert plain["Subject"] == "A note"
    html = arabic.get_body(preferencelist=("html",)).get_content()
    assert '<html lang="ar" dir="rtl">' in html


def test_queueing_stores_the_rendered_mail_and_sends_nothing_before_the_commit(
    queue, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        email = queue()
    assert len(callbacks) == 1
    email = refresh(email)
    assert email.status == EmailStatus.QUEUED and email.attempts == 0
    assert email.next_attempt_at <= timezone.now()
    assert email.subject == "Kochen & Essen on 14 März 2026"
    assert email.language == "de" and email.purpose == "events.registration.confirmed"
    smtp_server.assert_quiet()


@pytest.mark.django_db(transaction=True)
def test_nothing_is_sent_when_the_callers_transaction_rolls_back(world, queue, smtp_server):
    with pytest.raises(RuntimeError), transaction.atomic():
        queue()
        raise RuntimeError("the registration failed")

    assert not OutgoingEmail.objects.exists()
    smtp_server.assert_quiet()


@pytest.mark.django_db(transaction=True)
def test_mail_goes_out_when_the_callers_transaction_really_commits(world, queue, smtp_server):
    with transaction.atomic():
        email = queue()
        assert smtp_server.messages == []  # still inside the caller's transaction

    smtp_server.wait_for(1)
    assert refresh(email).status == EmailStatus.SENT


def test_sending_on_commit_can_be_switched_off_then_the_command_sends(
    queue, smtp_server, settings, django_capture_on_commit_callbacks
):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        email = queue()
    assert callbacks == []
    assert services.emails_deliver_due() == {"sent": 1, "retrying": 0, "failed": 0, "skipped": 0}
    smtp_server.wait_for(1)
    assert refresh(email).status == EmailStatus.SENT


def test_subject_is_one_line_and_no_longer_than_the_column(queue, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    email = queue(context={"event": "Lang " * 80, "day": None, "name": "A"})
    assert "\n" not in email.subject
    assert len(email.subject) == 255 and email.subject.endswith("…")


def test_an_invalid_address_is_refused_before_anything_is_stored(queue):
    with pytest.raises(ValidationError):
        queue(to="anna.schmidt(at)example.org")
    assert not OutgoingEmail.objects.exists()


# --- failures and retries -------------------------------------------------------------------------


def test_refused_delivery_stays_queued_with_the_error_and_a_later_run_delivers_it(
    queue, smtp_server, django_capture_on_commit_callbacks
):
    smtp_server.refuse = "451 4.3.0 Try again later"
    with django_capture_on_commit_callbacks(execute=True):
        email = queue()

    email = refresh(email)
    assert email.status == EmailStatus.QUEUED
    assert email.attempts == 1
    assert email.last_error == "SMTPDataError: 451 4.3.0 Try again later"
    assert timezone.now() + timedelta(seconds=50) < email.next_attempt_at
    assert email.next_attempt_at < timezone.now() + timedelta(seconds=70)
    # Not due yet: a run now leaves it alone.
    assert services.emails_deliver_due()["sent"] == 0

    smtp_server.refuse = None
    make_due(email)
    assert services.emails_deliver_due() == {"sent": 1, "retrying": 0, "failed": 0, "skipped": 0}
    (message,) = smtp_server.wait_for(1)
    assert message["Subject"] == "Kochen & Essen on 14 März 2026"
    email = refresh(email)
    assert email.status == EmailStatus.SENT and email.attempts == 2 and email.last_error == ""


def test_pauses_between_attempts_grow_and_mail_fails_after_the_last_attempt(
    queue, smtp_server, settings
):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    settings.VERBUND_EMAIL_MAX_ATTEMPTS = 4
    smtp_server.refuse = "550 5.7.1 Refused"
    email = queue()
    pauses = []
    for _attempt in range(3):
        make_due(email)
        before = timezone.now()
        assert services.emails_deliver_due()["retrying"] == 1
        pauses.append(refresh(email).next_attempt_at - before)
    assert [round(p.total_seconds() / 60) for p in pauses] == [1, 5, 30]
    assert refresh(email).status == EmailStatus.QUEUED

    make_due(email)
    assert services.emails_deliver_due()["failed"] == 1
    email = refresh(email)
    assert email.status == EmailStatus.FAILED and email.attempts == 4
    assert email.next_attempt_at is None
    assert email.last_error == "SMTPDataError: 550 5.7.1 Refused"
    assert services.emails_deliver_due() == {"sent": 0, "retrying": 0, "failed": 0, "skipped": 0}
    assert smtp_server.messages == []


def test_backoff_follows_the_schedule_and_repeats_its_last_pause():
    assert [services.backoff(n) for n in range(1, 10)] == [
        timedelta(minutes=1),
        timedelta(minutes=5),
        timedelta(minutes=30),
        timedelta(hours=2),
        timedelta(hours=6),
        timedelta(hours=12),
        timedelta(hours=24),
        timedelta(hours=24),
        timedelta(hours=24),
    ]


def test_last_error_names_the_servers_answer_but_never_the_address(
    queue, smtp_server, django_capture_on_commit_callbacks, caplog
):
    smtp_server.refuse = "550 5.1.1 <anna.schmidt@example.org>: Recipient address rejected"
    smtp_server.refuse_at = "RCPT"
    with django_capture_on_commit_callbacks(execute=True):
        email = queue()

    email = refresh(email)
    assert email.status == EmailStatus.QUEUED and email.attempts == 1
    assert email.last_error == "SMTPRecipientsRefused: 550 5.1.1 …: Recipient address rejected"
    assert "anna" not in caplog.text and "example.org" not in caplog.text
    assert f"Outgoing e-mail {email.pk}: attempt 1 failed (SMTPRecipientsRefused)" in caplog.text


def test_describe_error_keeps_codes_and_classes_and_drops_addresses():
    describe = services.describe_error
    assert describe(ConnectionRefusedError(111, "Connection refused")) == (
        "ConnectionRefusedError: [Errno 111] Connection refused"
    )
    assert describe(TimeoutError("timed out")) == "TimeoutError: timed out"
    assert describe(smtplib.SMTPServerDisconnected("Connection unexpectedly closed")) == (
        "SMTPServerDisconnected: Connection unexpectedly closed"
    )
    assert describe(smtplib.SMTPSenderRefused(553, b"a@b.example refused", "a@b.example")) == (
        "SMTPSenderRefused: 553 … refused"
    )
    # Not a delivery error: the message may hold anything.
    assert describe(ValueError("bad address anna@example.org")) == "ValueError"
    assert len(describe(smtplib.SMTPDataError(451, "x" * 1000))) == 300


def test_unreachable_server_is_counted_and_a_batch_gives_up_after_three(
    queue, smtp_server, settings
):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    emails = [queue() for _ in range(5)]
    # A port nobody listens on once the probe socket is closed.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        settings.EMAIL_PORT = probe.getsockname()[1]

    counts = services.emails_deliver_due()

    assert counts == {"sent": 0, "retrying": 3, "failed": 0, "skipped": 2}
    tried = [refresh(email) for email in emails]
    assert [email.attempts for email in tried] == [1, 1, 1, 0, 0]
    assert tried[0].last_error.startswith("ConnectionRefusedError: [Errno ")
    assert all(email.status == EmailStatus.QUEUED for email in tried)


def test_a_batch_sends_over_one_session(queue, smtp_server, settings, monkeypatch):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    for number in range(3):
        queue(to=f"person{number}@example.org")
    opened = []
    original = smtplib.SMTP.connect
    monkeypatch.setattr(
        smtplib.SMTP, "connect", lambda self, *a, **k: opened.append(1) or original(self, *a, **k)
    )

    assert services.emails_deliver_due()["sent"] == 3

    assert len(smtp_server.wait_for(3)) == 3
    assert len(opened) == 1


def test_one_refused_mail_does_not_stop_the_batch(queue, smtp_server, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    first, second = queue(), queue()
    smtp_server.refuse = "550 5.7.1 Refused"
    assert services.email_deliver(email=first) is False
    make_due(first)
    smtp_server.refuse = None
    assert services.emails_deliver_due()["sent"] == 2
    assert {refresh(first).status, refresh(second).status} == {EmailStatus.SENT}


def test_unexpected_errors_are_counted_logged_without_their_message_and_not_raised(
    queue, smtp_server, settings, monkeypatch, caplog
):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    email = queue()

    def broken(self):
        raise ValueError(f"cannot encode {self.to[0]}")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", broken)
    assert services.email_deliver(email=email) is False
    assert email.status == EmailStatus.QUEUED and email.attempts == 1
    assert email.last_error == "ValueError"
    assert "unexpected ValueError" in caplog.text and "in broken" in caplog.text
    assert "anna" not in caplog.text


# --- never twice ----------------------------------------------------------------------------------


def test_a_sent_mail_is_not_sent_again(queue, smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = queue()
    smtp_server.wait_for(1)

    assert services.email_deliver(email=email) is False
    make_due(email)
    assert services.emails_deliver_due()["sent"] == 0
    assert len(smtp_server.messages) == 1
    assert refresh(email).attempts == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_send_a_mail_once(world, queue, smtp_server, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    email = queue()
    smtp_server.delay = 1.0  # the first worker holds the row while the server thinks
    results = {}

    def worker(name, wait):
        try:
            threading.Event().wait(wait)
            results[name] = services.email_deliver(email=OutgoingEmail(pk=email.pk))
        finally:
            connection.close()

    threads = [
        threading.Thread(target=worker, args=("first", 0)),
        threading.Thread(target=worker, args=("second", 0.3)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)

    assert results == {"first": True, "second": False}
    assert len(smtp_server.wait_for(1)) == 1
    assert refresh(email).attempts == 1


# --- staff retry ----------------------------------------------------------------------------------


def test_staff_retry_of_a_failed_mail_sends_it_now_and_is_logged(
    world, queue, smtp_server, settings, django_capture_on_commit_callbacks
):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    email = queue()
    OutgoingEmail.objects.filter(pk=email.pk).update(
        status=EmailStatus.FAILED, attempts=8, next_attempt_at=None, last_error="SMTPDataError"
    )
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = True

    with django_capture_on_commit_callbacks(execute=True):
        services.email_retry(actor=world.coordinator, email=email)

    smtp_server.wait_for(1)
    email = refresh(email)
    assert email.status == EmailStatus.SENT and email.attempts == 9
    entry = LogEntry.objects.get(action="outbox.email.retried")
    assert entry.actor == world.coordinator and entry.network == world.network
    assert entry.object_id == str(email.pk)
    assert entry.data == {"status": "failed", "attempts": 8}


def test_staff_retry_of_a_waiting_mail_makes_it_due_now(world, queue, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    email = queue()
    later = timezone.now() + timedelta(hours=2)
    OutgoingEmail.objects.filter(pk=email.pk).update(attempts=3, next_attempt_at=later)

    services.email_retry(actor=world.coordinator, email=email)

    email = refresh(email)
    assert email.status == EmailStatus.QUEUED and email.attempts == 3
    assert email.next_attempt_at <= timezone.now()


def test_a_retried_mail_that_fails_again_is_failed_again(
    world, queue, smtp_server, settings, django_capture_on_commit_callbacks
):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    email = queue()
    OutgoingEmail.objects.filter(pk=email.pk).update(status=EmailStatus.FAILED, attempts=8)
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = True
    smtp_server.refuse = "554 5.7.1 Still no"

    with django_capture_on_commit_callbacks(execute=True):
        services.email_retry(actor=world.coordinator, email=email)

    email = refresh(email)
    assert email.status == EmailStatus.FAILED and email.attempts == 9
    assert email.last_error == "SMTPDataError: 554 5.7.1 Still no"


def test_sent_or_forgotten_mail_cannot_be_retried(world, queue, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    sent = queue()
    OutgoingEmail.objects.filter(pk=sent.pk).update(status=EmailStatus.SENT)
    with pytest.raises(DomainError):
        services.email_retry(actor=world.coordinator, email=sent)
    forgotten = queue(about=world.organisation)
    services.emails_forget(about=world.organisation)
    with pytest.raises(DomainError):
        services.email_retry(actor=world.coordinator, email=forgotten)
    assert not LogEntry.objects.filter(action="outbox.email.retried").exists()


# --- forgetting and purging -----------------------------------------------------------------------


def test_forgetting_blanks_personal_data_and_keeps_the_statistics(
    world, queue, smtp_server, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sent = queue(reply_to="caseworker@example.org")
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    waiting = queue()
    other = queue(about=world.organisation)

    assert services.emails_forget(about=world.contact) == 2

    sent, waiting, other = refresh(sent), refresh(waiting), refresh(other)
    for email in (sent, waiting):
        assert (email.to, email.reply_to, email.subject, email.body_text, email.body_html) == (
            "",
            "",
            "",
            "",
            "",
        )
        assert email.forgotten_at is not None
        assert email.purpose == "events.registration.confirmed" and email.language == "de"
    assert sent.status == EmailStatus.SENT and sent.attempts == 1 and sent.sent_at
    # What waited can never go out now.
    assert waiting.status == EmailStatus.FAILED and waiting.next_attempt_at is None
    assert other.to == "anna.schmidt@example.org" and other.forgotten_at is None
    assert services.email_deliver(email=waiting) is False
    assert services.emails_deliver_due()["sent"] == 1  # the mail about another object
    assert [m["To"] for m in smtp_server.wait_for(2)] == ["anna.schmidt@example.org"] * 2
    assert refresh(waiting).status == EmailStatus.FAILED
    assert services.emails_forget(about=world.contact) == 0  # nothing left to forget


def test_mail_forgotten_before_its_commit_callback_runs_is_not_sent(
    world, queue, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        queue()
        services.emails_forget(about=world.contact)
    smtp_server.assert_quiet()


def test_purge_blanks_texts_of_old_sent_mail_only(queue, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    old, recent, waiting = queue(), queue(), queue()
    now = timezone.now()
    OutgoingEmail.objects.filter(pk=old.pk).update(
        status=EmailStatus.SENT, sent_at=now - timedelta(days=31)
    )
    OutgoingEmail.objects.filter(pk=recent.pk).update(
        status=EmailStatus.SENT, sent_at=now - timedelta(days=29)
    )
    OutgoingEmail.objects.filter(pk=waiting.pk).update(created_at=now - timedelta(days=60))

    assert services.emails_purge_sent(older_than_days=30) == 1
    assert services.emails_purge_sent(older_than_days=30) == 0

    old, recent, waiting = refresh(old), refresh(recent), refresh(waiting)
    assert old.body_text == "" and old.body_html == ""
    assert old.to == "anna.schmidt@example.org" and old.subject  # the list still shows it
    assert recent.body_text and recent.body_html
    assert waiting.body_text
