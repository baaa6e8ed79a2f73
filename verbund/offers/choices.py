"""Option lists of offerings; public pages show their labels in every public language."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from verbund.core.translations import TranslationState  # noqa: F401  (shared with events)


class OfferingKind(models.TextChoices):
    LANGUAGE_COURSE = "language_course", _("language course")
    VOCATIONAL_QUALIFICATION = "vocational_qualification", _("vocational qualification")
    CAREER_ORIENTATION = "career_orientation", _("career orientation")
    COUNSELLING = "counselling", _("counselling")
    SEMINAR = "seminar", _("seminar / workshop")
    COACHING = "coaching", _("coaching")
    LEARNING_SUPPORT = "learning_support", _("learning support")
    CULTURE_AND_MEETING = "culture_and_meeting", _("cultural / meeting offer")


class CourseType(models.TextChoices):
    """Kinds of language course, as the federal programmes name them."""

    INTEGRATION_COURSE = "integration_course", _("integration course")
    BASIC_B1_B2 = "basic_b1_b2", _("job-related basic module B1 → B2")
    BASIC_B2_C1 = "basic_b2_c1", _("job-related basic module B2 → C1")
    BASIC_C1_C2 = "basic_c1_c2", _("job-related basic module C1 → C2")
    SPECIAL_A2_B1 = "special_a2_b1", _("special module A2 → B1")
    SPECIAL_BELOW_A2 = "special_below_a2", _("special module below A2 → A2")
    SPECIALIST = "specialist", _("specialist language course (profession)")
    OTHER = "other", _("other language course")


class Level(models.TextChoices):
    A1 = "A1", "A1"
    A2 = "A2", "A2"
    B1 = "B1", "B1"
    B2 = "B2", "B2"
    C1 = "C1", "C1"
    C2 = "C2", "C2"


class ScheduleForm(models.TextChoices):
    FULL_TIME = "full_time", _("full-time")
    PART_TIME = "part_time", _("part-time")
    EVENING = "evening", _("evenings")
    WEEKEND = "weekend", _("weekends")
    BY_APPOINTMENT = "by_appointment", _("by appointment")


class OfferingStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")
    ARCHIVED = "archived", _("archived")


class LanguageRole(models.TextChoices):
    INSTRUCTION = "instruction", _("language of instruction")
    SUPPORT = "support", _("language of support")
