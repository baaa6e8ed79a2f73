"""Outgoing e-mail: one row per message, written in the transaction of whatever caused it.

The row is the queue. It is sent after that transaction commits (so a rolled-back registration
sends nothing), retried with growing pauses when the mail server refuses or is away, and kept
for the staff of its network to see: what went out, what is still waiting and why. Personal
data leaves it again on schedule — bodies of sent mail after a while, everything but the
statistics when the person it was about is anonymised (see ``services``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EmailStatus(models.TextChoices):
    QUEUED = "queued", _("queued")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")


class OutgoingEmail(models.Model):
    # Whose staff see the mail in the back office; mail of no network only in the Django admin.
    network = models.ForeignKey(
        "network.Network",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("network"),
    )
    # What the mail is about, as a model label and a primary key (``events.registration``, "17"),
    # so that any app's objects can have mail without this app knowing them.
    about_type = models.CharField(_("about (type)"), max_length=100, blank=True)
    about_id = models.CharField(_("about (id)"), max_length=64, blank=True)
    purpose = models.CharField(_("purpose"), max_length=60)
    to = models.EmailField(_("recipient"), blank=True)
    # Plain strings: a sender or reply address may carry a display name ("ALBuM <…>").
    from_email = models.CharField(_("sender"), max_length=254)
    reply_to = models.CharField(_("reply to"), max_length=254, blank=True)
    language = models.CharField(_("language"), max_length=10)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    body_text = models.TextField(_("text"), blank=True)
    body_html = models.TextField(_("HTML text"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=EmailStatus.choices, default=EmailStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # The exception class and the server's code and words, with addresses blotted out.
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    forgotten_at = models.DateTimeField(_("personal data removed at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        indexes = [
            models.Index(fields=["about_type", "about_id"], name="outbox_about"),
            models.Index(fields=["status", "next_attempt_at"], name="outbox_due"),
            models.Index(fields=["network", "status", "created_at"], name="outbox_network"),
        ]

    def __str__(self):
        return f"{self.purpose} #{self.pk} ({self.status})"

    @property
    def about_key(self) -> tuple[str, str]:
        return (self.about_type, self.about_id)

    @property
    def masked_to(self) -> str:
        return mask_address(self.to)

    @property
    def can_retry(self) -> bool:
        return self.status in (EmailStatus.QUEUED, EmailStatus.FAILED) and not self.forgotten_at


def about_key(obj) -> tuple[str, str]:
    """How mail names the object it is about: (``app.model``, primary key as text)."""
    return (obj._meta.label_lower, str(obj.pk))


def mask_address(address: str) -> str:
    """``anna.schmidt@example.org`` → ``a***@example.org``: enough for staff to tell two
    recipients apart and to spot a typo in the domain, not enough to read the address off a
    screen."""
    if not address:
        return ""
    local, at, domain = address.rpartition("@")
    if not at:
        return "***"
    return f"{local[:1]}***@{domain}"
