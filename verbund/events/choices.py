"""Option lists of events; public pages show their labels in every public language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventKind(models.TextChoices):
    WORKING_GROUP_MEETING = "working_group_meeting", _("working-group meeting")
    NETWORK_MEETING = "network_meeting", _("network meeting")
    PUBLIC_FORUM = "public_forum", _("public forum")
    TRADE_DAY = "trade_day", _("trade day")
    TRAINING = "training", _("training / seminar")
    DIVERSITY_NETWORK_MEETING = "diversity_network_meeting", _("diversity-network meeting")


class Audience(models.TextChoices):
    PUBLIC = "public", _("open to the public")
    MEMBERS = "members", _("members of the network")
    INVITED = "invited", _("by invitation")


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")
    # German says "abgesagt" of an event, "storniert" of a registration: one word, two contexts.
    CANCELLED = "cancelled", pgettext_lazy("event", "cancelled")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("confirmed")
    WAITING = "waiting", _("on the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("registration", "cancelled")


class Recurrence(models.TextChoices):
    WEEKLY = "weekly", _("weekly")
    MONTHLY = "monthly", _("monthly")
    QUARTERLY = "quarterly", _("quarterly")
    IRREGULAR = "irregular", _("irregular")


class DocumentKind(models.TextChoices):
    MINUTES = "minutes", _("minutes")
    AGENDA = "agenda", _("agenda")
    PRESENTATION = "presentation", _("presentation")
    OTHER = "other", _("other document")
