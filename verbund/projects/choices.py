"""Option lists of projects; public pages show their labels in every public language."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    APPLIED = "applied", _("applied for")
    RUNNING = "running", _("running")
    COMPLETED = "completed", _("completed")
    CANCELLED = "cancelled", _("cancelled")


class PartnerRole(models.TextChoices):
    PROJECT_PARTNER = "project_partner", _("project partner")
    COOPERATION_PARTNER = "cooperation_partner", _("cooperation partner")
    STRATEGIC_PARTNER = "strategic_partner", _("strategic partner")


class FundingSource(models.TextChoices):
    EU = "eu", _("EU (ESF)")
    FEDERAL = "federal", _("federal")
    STATE = "state", _("state")
    MUNICIPAL = "municipal", _("municipal")
    OWN = "own", _("own funds")
    OTHER = "other", _("other (foundations, companies)")


class IndicatorKind(models.TextChoices):
    PARTICIPANTS = "participants", _("participants")
    PARTICIPANTS_FEMALE = "participants_female", _("participants (female)")
    COMPANIES_REACHED = "companies_reached", _("companies reached")
    EVENTS = "events", _("events")
    ORGANISATIONS_ADVISED = "organisations_advised", _("organisations advised")
    FUNDS_ACQUIRED = "funds_acquired", _("funds acquired (EUR)")
    OTHER = "other", _("other")
