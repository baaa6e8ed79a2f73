"""Queueing, sending, retrying and forgetting outgoing e-mail.

``email_queue`` is called by other apps' services inside their own transaction: it renders the
mail and stores it, and asks for delivery once that transaction has committed. So a
registration that is rolled back sends nothing, and the registration never waits for the mail
server — if the server is away, the mail stays queued and ``verbund send_queued_email`` (a
timer or a worker, see README) tries again later with growing pauses.

Delivery locks the row (``SKIP LOCKED``): of two workers that reach the same mail, one sends it
and the other passes over it. Delivery errors never reach the caller; they are counted on the
row. Logs name ids and error classes only: addresses and texts are personal data.
"""

import logging
import re
import smtplib
import traceback
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.utils import DNS_NAME
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Case, F, Q, Value, When
from django.template import TemplateDoesNotExist
from django.template.context import make_context
from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from verbund.audit.services import log_action
from verbund.core.errors import DomainError
from verbund.outbox.models import EmailStatus, OutgoingEmail, about_key

logger = logging.getLogger("verbund.outbox")

# Pause after the 1st, 2nd, … failed attempt; the last one repeats. With the default of eight
# attempts a mail is given up about 45 hours after the first failure: long enough to outlast a
# mail server's weekend outage, short enough that staff still can act on a failed invitation.
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
    timedelta(hours=12),
    timedelta(hours=24),
)
# A batch stops after this many failures in a row that concern the connection, not one mail:
# with the server away, every further attempt would only wait for its timeout.
BATCH_CONNECTION_FAILURES = 3

_ADDRESS = re.compile(r"<?[^\s<>@]+@[^\s<>@]+>?")
_ERROR_LENGTH = 300
_DELIVERY_FIELDS = ["status", "attempts", "last_error", "next_attempt_at", "sent_at"]
_SUBJECT_LENGTH = 255


def _send_on_commit() -> bool:
    return getattr(settings, "VERBUND_EMAIL_SEND_ON_COMMIT", True)


def _max_attempts() -> int:
    return getattr(settings, "VERBUND_EMAIL_MAX_ATTEMPTS", 8)


def backoff(attempts: int) -> timedelta:
    """The pause after the ``attempts``-th failed attempt."""
    return BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1]


# --- queueing -------------------------------------------------------------------------------------


def _render_text(name: str, context: dict) -> str:
    # Plain text is not HTML: "Müller & Söhne" must not arrive as "Müller &amp; Söhne", whether
    # or not the template remembered {% autoescape off %}.
    template = get_template(name)
    return template.template.render(make_context(context, autoescape=False))


def _render_html(name: str, context: dict) -> str:
    try:
        template = get_template(name)
    except TemplateDoesNotExist:
        return ""  # a text-only mail; a missing template *inside* the HTML one still raises
    return template.render(context)


def _one_line(text: str) -> str:
    subject = " ".join(text.split())  # a line break in a header would end the header
    if len(subject) > _SUBJECT_LENGTH:
        subject = subject[: _SUBJECT_LENGTH - 1].rstrip() + "…"
    return subject


def email_queue(
    *,
    to: str,
    template: str,
    context: dict,
    language: str,
    network=None,
    about=None,
    purpose: str,
    reply_to: str = "",
) -> OutgoingEmail:
    """Render ``template`` in ``language`` and queue it for ``to``; it is sent after the
    caller's transaction commits.

    Templates: ``<template>_subject.txt`` (one line), ``<template>.txt`` and, optionally,
    ``<template>.html`` (which may extend ``outbox/email_base.html``). Text templates are
    rendered without HTML escaping. ``about`` is the object the mail concerns (a registration),
    for ``selectors.email_states`` and ``emails_forget``. An invalid ``to`` raises
    ``ValidationError`` before anything is stored.
    """
    validate_email(to)
    with translation.override(language):
        subject = _one_line(_render_text(f"{template}_subject.txt", context))
        body_text = _render_text(f"{template}.txt", context)
        body_html = _render_html(f"{template}.html", context)
    about_type, about_id = about_key(about) if about is not None else ("", "")
    with transaction.atomic():
        email = OutgoingEmail.objects.create(
            network=network,
            about_type=about_type,
            about_id=about_id,
            purpose=purpose,
            to=to,
            from_email=settings.DEFAULT_FROM_EMAIL,
            reply_to=reply_to,
            language=language,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            next_attempt_at=timezone.now(),
        )
        _deliver_after_commit(email.pk)
    return email


def _deliver_after_commit(pk: int) -> None:
    if _send_on_commit():
        # robust: a failure here (the database, not the mail server) must not turn the caller's
        # committed success into an error page; the mail stays queued for the next run.
        transaction.on_commit(lambda: deliver_now(pk), robust=True)


def deliver_now(pk: int) -> bool:
    """Deliver the mail with this id, if it is still waiting (the on-commit hook)."""
    return _attempt(pk).sent


# --- delivering -----------------------------------------------------------------------------------


def _message(email: OutgoingEmail, connection) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=email.from_email,
        to=[email.to],
        reply_to=[email.reply_to] if email.reply_to else None,
        connection=connection,
        headers={
            # The same id on every attempt: if a server took a mail but the answer was lost,
            # the recipient's mail program sees the second copy as the same message.
            "Message-ID": f"<outbox.{email.pk}.{email.created_at:%Y%m%d%H%M%S}@{DNS_NAME}>",
            "Content-Language": email.language,
            # RFC 3834: no vacation replies to a confirmation.
            "Auto-Submitted": "auto-generated",
        },
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    return message


def _scrub(text: str) -> str:
    return _ADDRESS.sub("…", " ".join(text.split()))


def _smtp_words(code, words) -> str:
    if isinstance(words, bytes):
        words = words.decode("utf-8", "replace")
    return f"{code} {_scrub(str(words))}".strip()


def describe_error(error: BaseException) -> str:
    """What staff may read about a failure: the exception class and the server's answer, with
    anything that looks like an address blotted out (servers like to quote the recipient)."""
    name = type(error).__name__
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        answers = sorted({_smtp_words(code, words) for code, words in error.recipients.values()})
        detail = "; ".join(answers)
    elif isinstance(error, smtplib.SMTPResponseException):
        detail = _smtp_words(error.smtp_code, error.smtp_error)
    elif isinstance(error, OSError):
        detail = _scrub(error.strerror or str(error)) if error.errno else _scrub(str(error))
        if error.errno:
            detail = f"[Errno {error.errno}] {detail}"
    else:
        detail = ""  # not a delivery error: its message may hold anything, the class says enough
    described = f"{name}: {detail}" if detail else name
    return described[:_ERROR_LENGTH]


def _breaks_connection(error: BaseException) -> bool:
    """Errors after which the connection is unusable (as opposed to a refusal of one mail)."""
    if isinstance(
        error,
        smtplib.SMTPRecipientsRefused | smtplib.SMTPSenderRefused | smtplib.SMTPDataError,
    ):
        return False
    return isinstance(error, OSError)


@dataclass
class Attempt:
    """What one delivery attempt did: ``email`` is the row as stored afterwards (None if the
    mail was not due for sending), ``error`` what went wrong."""

    email: OutgoingEmail | None
    error: Exception | None = None

    @property
    def sent(self) -> bool:
        return self.email is not None and self.email.status == EmailStatus.SENT


def _attempt(pk: int, connection=None) -> Attempt:
    with transaction.atomic():
        email = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=pk, status=EmailStatus.QUEUED, forgotten_at__isnull=True)
            .first()
        )
        if email is None:
            return Attempt(None)
        error = None
        try:
            if connection is None:
                connection = get_connection()
            else:
                connection.open()  # a no-op while the batch's session is open
            _message(email, connection).send()
        except Exception as failure:  # counted on the row; see describe_error
            error = failure
            _record_failure(email, error)
        else:
            email.status = EmailStatus.SENT
            email.sent_at = timezone.now()
            email.next_attempt_at = None
            email.attempts += 1
            email.last_error = ""
            logger.info("Outgoing e-mail %s sent (attempt %s)", email.pk, email.attempts)
        email.save(update_fields=_DELIVERY_FIELDS)
    return Attempt(email, error)


def email_deliver(*, email: OutgoingEmail, connection=None) -> bool:
    """One attempt to send ``email``; True if it went out now.

    Does nothing (False) when the mail is not queued any more, has been forgotten, or another
    worker is sending it right now. A failure is counted and the next attempt scheduled, and
    after ``VERBUND_EMAIL_MAX_ATTEMPTS`` the mail is marked failed; nothing is raised. The
    caller's ``email`` shows the outcome. Pass ``connection`` (``get_connection()``) to send a
    batch over one SMTP session.
    """
    attempt = _attempt(email.pk, connection)
    if attempt.email is not None:
        for name in _DELIVERY_FIELDS:
            setattr(email, name, getattr(attempt.email, name))
    return attempt.sent


def _record_failure(email: OutgoingEmail, error: Exception) -> None:
    email.attempts += 1
    email.last_error = describe_error(error)
    if email.attempts >= _max_attempts():
        email.status = EmailStatus.FAILED
        email.next_attempt_at = None
        logger.error(
            "Outgoing e-mail %s given up after %s attempts (%s)",
            email.pk,
            email.attempts,
            type(error).__name__,
        )
    else:
        email.next_attempt_at = timezone.now() + backoff(email.attempts)
        logger.warning(
            "Outgoing e-mail %s: attempt %s failed (%s), next at %s",
            email.pk,
            email.attempts,
            type(error).__name__,
            email.next_attempt_at.isoformat(),
        )
    if not isinstance(error, OSError):
        # A bug rather than the mail server: the frames (file, line, code), not the message,
        # which may quote an address.
        logger.error(
            "Outgoing e-mail %s: unexpected %s\n%s",
            email.pk,
            type(error).__name__,
            "".join(traceback.format_tb(error.__traceback__)),
        )


def emails_deliver_due(*, limit: int = 100) -> dict[str, int]:
    """Send what is queued and due, oldest due first, at most ``limit`` mails over one SMTP
    session. Returns counts: ``sent``, ``retrying`` (failed, tried again later), ``failed``
    (given up), ``skipped`` (taken by another worker, or left for the next run because the
    server is unreachable)."""
    due = list(
        OutgoingEmail.objects.filter(
            status=EmailStatus.QUEUED,
            next_attempt_at__lte=timezone.now(),
            forgotten_at__isnull=True,
        )
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    counts = {"sent": 0, "retrying": 0, "failed": 0, "skipped": 0}
    if not due:
        return counts
    connection = get_connection()
    broken_in_a_row = 0
    try:
        for position, pk in enumerate(due):
            if broken_in_a_row >= BATCH_CONNECTION_FAILURES:
                counts["skipped"] += len(due) - position
                logger.warning(
                    "Mail server unreachable; %s outgoing e-mails left for the next run",
                    len(due) - position,
                )
                break
            attempt = _attempt(pk, connection)
            if attempt.sent:
                counts["sent"] += 1
                broken_in_a_row = 0
            elif attempt.email is None:
                counts["skipped"] += 1
            else:
                counts["failed" if attempt.email.status == EmailStatus.FAILED else "retrying"] += 1
                if _breaks_connection(attempt.error):
                    broken_in_a_row += 1
                    connection.close()  # the next mail opens a fresh session
                else:
                    broken_in_a_row = 0
    finally:
        connection.close()
    return counts


# --- staff and housekeeping -----------------------------------------------------------------------


@transaction.atomic
def email_retry(*, actor, email: OutgoingEmail) -> OutgoingEmail:
    """Staff: try a queued or failed mail again now, without waiting for its next turn.

    The mail gets one more attempt (right after the commit, and by the next run otherwise); if
    it was given up and fails again, it is failed again. Attempts keep counting, so the row
    stays true about how often it was tried.
    """
    current = OutgoingEmail.objects.select_for_update().get(pk=email.pk)
    if current.forgotten_at:
        raise DomainError(_("This e-mail's personal data was removed; it cannot be sent."))
    if current.status == EmailStatus.SENT:
        raise DomainError(_("This e-mail has been sent already."))
    previous = current.status
    current.status = EmailStatus.QUEUED
    current.next_attempt_at = timezone.now()
    current.save(update_fields=["status", "next_attempt_at"])
    log_action(
        actor=actor,
        action="outbox.email.retried",
        obj=current,
        network=current.network,
        data={"status": previous, "attempts": current.attempts},
    )
    _deliver_after_commit(current.pk)
    return current


@transaction.atomic
def emails_forget(*, about) -> int:
    """Anonymisation of the object ``about``: blank address, subject and texts of every mail
    about it. Status, attempts and dates stay, so the counts of mail sent remain true; mail that
    was still waiting can no longer be sent and counts as failed. Returns how many mails were
    forgotten now."""
    about_type, about_id = about_key(about)
    now = timezone.now()
    return OutgoingEmail.objects.filter(
        about_type=about_type, about_id=about_id, forgotten_at__isnull=True
    ).update(
        to="",
        reply_to="",
        subject="",
        body_text="",
        body_html="",
        forgotten_at=now,
        status=Case(
            When(status=EmailStatus.QUEUED, then=Value(EmailStatus.FAILED)),
            default=F("status"),
        ),
        next_attempt_at=None,
    )


@transaction.atomic
def emails_purge_sent(*, older_than_days: int) -> int:
    """Blank the texts of mail sent more than ``older_than_days`` days ago: once delivered, the
    copy here only repeats personal data. Address, subject and dates stay for the staff's list.
    Returns how many mails lost their texts now."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    return (
        OutgoingEmail.objects.filter(status=EmailStatus.SENT, sent_at__lt=cutoff)
        .filter(~Q(body_text="") | ~Q(body_html=""))
        .update(body_text="", body_html="")
    )
