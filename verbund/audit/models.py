"""Who changed what: one append-only row per action, written by services with one call."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LogEntryQuerySet(models.QuerySet):
    def delete(self):
        raise PermissionError("Audit log entries are never deleted.")


class LogEntry(models.Model):
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    network = models.ForeignKey(
        "network.Network", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(_("action"), max_length=100)
    object_type = models.CharField(max_length=100)
    object_id = models.CharField(max_length=64)
    # Field names and ids only, never the values of personal data.
    data = models.JSONField(default=dict, blank=True)

    objects = LogEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("log entry")
        verbose_name_plural = _("log entries")
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.object_type}#{self.object_id}"

    def delete(self, *args, **kwargs):
        raise PermissionError("Audit log entries are never deleted.")
