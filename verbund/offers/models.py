"""The catalogue of offerings: courses, counselling, seminars… and their texts in many languages.

An offering belongs to one provider organisation and is shown in the networks its provider
chooses. Its texts live in ``OfferingText`` rows, one per language: German is the source, every
other language records which version of the German text it was made from, so that a German change
marks it outdated (unless the change was marked minor, as a typo fix is).
"""

import datetime

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from verbund.core.translations import ContentText, TranslationState  # noqa: F401
from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Network,
    Organisation,
    TargetGroup,
)
from verbund.offers.choices import (
    CourseType,
    LanguageRole,
    Level,
    OfferingKind,
    OfferingStatus,
    ScheduleForm,
)
from verbund.offers.languages import SPOKEN_LANGUAGES

LEVEL_ORDER = {level: index for index, level in enumerate(Level.values)}


class OfferingQuerySet(models.QuerySet):
    def visible_on(self, moment: datetime.datetime | None = None):
        """Published and inside the publication window: what the public may see."""
        moment = moment or timezone.now()
        return self.filter(status=OfferingStatus.PUBLISHED).filter(
            Q(publish_from__isnull=True) | Q(publish_from__lte=moment),
            Q(publish_until__isnull=True) | Q(publish_until__gt=moment),
        )

    def public(self):
        return self.visible_on()

    def shown_in(self, network):
        return self.filter(networks=network)

    def of_provider(self, organisation):
        return self.filter(provider=organisation)


class Offering(models.Model):
    provider = models.ForeignKey(
        Organisation,
        verbose_name=_("provider"),
        on_delete=models.CASCADE,
        related_name="offerings",
    )
    networks = models.ManyToManyField(
        Network,
        verbose_name=_("shown in networks"),
        related_name="offerings",
        help_text=_("The networks whose finder lists this offering."),
    )
    kind = models.CharField(_("kind"), max_length=40, choices=OfferingKind.choices)
    course_type = models.CharField(
        _("course type"), max_length=40, choices=CourseType.choices, blank=True
    )
    entry_level = models.CharField(
        _("entry level"), max_length=2, choices=Level.choices, blank=True
    )
    target_level = models.CharField(
        _("target level"), max_length=2, choices=Level.choices, blank=True
    )
    fields_of_action = models.ManyToManyField(
        FieldOfAction, verbose_name=_("fields of action"), blank=True, related_name="offerings"
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="offerings"
    )
    age_min = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    age_max = models.PositiveSmallIntegerField(
        _("maximum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    schedule_form = models.CharField(
        _("schedule"), max_length=20, choices=ScheduleForm.choices, blank=True
    )
    hours_per_week = models.DecimalField(
        _("hours per week"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(60)],
    )
    is_online = models.BooleanField(_("online"), default=False)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    district = models.CharField(_("district"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)
    minimum_size = models.PositiveIntegerField(_("minimum size"), null=True, blank=True)
    is_free = models.BooleanField(_("free of charge"), default=True)
    fee = models.DecimalField(
        _("fee in euros"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    childcare = models.BooleanField(_("childcare"), default=False)
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    registration_url = models.URLField(_("registration page"), blank=True)
    registration_email = models.EmailField(_("registration e-mail"), blank=True)
    registration_phone = models.CharField(_("registration phone"), max_length=40, blank=True)
    contact = models.ForeignKey(
        ContactPerson,
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offerings",
    )
    project = models.ForeignKey(
        "projects.Project",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offerings",
    )
    programme = models.ForeignKey(
        "projects.FundingProgramme",
        verbose_name=_("funding programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offerings",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=OfferingStatus.choices, default=OfferingStatus.DRAFT
    )
    publish_from = models.DateTimeField(_("publish from"), null=True, blank=True)
    publish_until = models.DateTimeField(_("publish until"), null=True, blank=True)
    # The German title, copied here so that lists, sorting and exports need no join.
    title = models.CharField(_("title"), max_length=200)
    # The provider's own key for the offering (from its course system or spreadsheet): importing
    # the same file again updates the offering instead of adding it twice.
    external_id = models.CharField(
        _("external key"),
        max_length=100,
        blank=True,
        help_text=_("The provider's own number or key for this offering, used by imports."),
    )
    is_synthetic = models.BooleanField(_("synthetic"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OfferingQuerySet.as_manager()

    class Meta:
        ordering = ["starts_on", "title", "pk"]
        verbose_name = _("offering")
        verbose_name_plural = _("offerings")
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="offering_coordinates_complete",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=models.F("starts_on")),
                name="offering_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(age_max__isnull=True)
                | Q(age_min__isnull=True)
                | Q(age_max__gte=models.F("age_min")),
                name="offering_age_range",
            ),
            models.CheckConstraint(
                condition=Q(publish_until__isnull=True)
                | Q(publish_from__isnull=True)
                | Q(publish_until__gt=models.F("publish_from")),
                name="offering_publication_window",
            ),
            models.UniqueConstraint(
                fields=["provider", "external_id"],
                condition=~Q(external_id=""),
                name="unique_offering_external_id",
                violation_error_message=_("The provider has another offering with this key."),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "starts_on"], name="offering_status_start"),
            models.Index(fields=["latitude", "longitude"], name="offering_coordinates"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("An offering cannot end before it starts.")
        if self.age_min is not None and self.age_max is not None and self.age_max < self.age_min:
            errors["age_max"] = _("The maximum age must not be below the minimum age.")
        if self.publish_from and self.publish_until and self.publish_until <= self.publish_from:
            errors["publish_until"] = _("The publication must end after it starts.")
        if self.kind == OfferingKind.LANGUAGE_COURSE:
            if (
                self.entry_level
                and self.target_level
                and LEVEL_ORDER[self.target_level] < LEVEL_ORDER[self.entry_level]
            ):
                errors["target_level"] = _("The target level must not be below the entry level.")
        elif self.course_type or self.entry_level or self.target_level:
            errors["kind"] = _("Course type and levels belong to language courses only.")
        if (
            self.capacity is not None
            and self.minimum_size is not None
            and self.minimum_size > self.capacity
        ):
            errors["minimum_size"] = _("The minimum size must not exceed the places.")
        if self.is_free and self.fee:
            errors["fee"] = _("A free offering has no fee.")
        if errors:
            raise ValidationError(errors)

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def is_visible(self, moment: datetime.datetime | None = None) -> bool:
        moment = moment or timezone.now()
        return (
            self.status == OfferingStatus.PUBLISHED
            and (self.publish_from is None or self.publish_from <= moment)
            and (self.publish_until is None or self.publish_until > moment)
        )


class OfferingLanguage(models.Model):
    """A language an offering is held in, or in which participants get help."""

    offering = models.ForeignKey(Offering, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=5, choices=SPOKEN_LANGUAGES)
    role = models.CharField(_("role"), max_length=20, choices=LanguageRole.choices)

    class Meta:
        verbose_name = _("language of an offering")
        verbose_name_plural = _("languages of offerings")
        constraints = [
            models.UniqueConstraint(
                fields=["offering", "language", "role"], name="unique_offering_language"
            )
        ]
        indexes = [models.Index(fields=["language", "role"], name="offering_language_lookup")]

    def __str__(self):
        return f"{self.get_language_display()} ({self.get_role_display()})"


class OfferingText(ContentText):
    """An offering's texts in one language (versions and states: ``verbund.core.translations``)."""

    TRANSLATED_FIELDS = ("title", "summary", "description", "schedule_note", "registration_note")

    offering = models.ForeignKey(Offering, on_delete=models.CASCADE, related_name="texts")
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences for the list of results."),
    )
    description = models.TextField(_("description"), blank=True)
    schedule_note = models.CharField(
        _("dates and times"),
        max_length=300,
        blank=True,
        help_text=_("For example “Mondays and Wednesdays, 6 to 8 pm”."),
    )
    registration_note = models.TextField(
        _("how to register"),
        blank=True,
        help_text=_("What a person needs to do to take part, in plain words."),
    )
    # Filled on PostgreSQL only (see selectors.refresh_search_documents); SQLite searches the text.
    search_document = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("offering text")
        verbose_name_plural = _("offering texts")
        constraints = [
            models.UniqueConstraint(fields=["offering", "language"], name="unique_offering_text")
        ]
        indexes = [models.Index(fields=["language", "offering"], name="offering_text_language")]

    def __str__(self):
        return f"{self.title} [{self.language}]"


class PostalCode(models.Model):
    """Where a postal code lies, for "within 5 km of 30159" in the finder.

    Filled from a GeoNames postal-code file (``verbund load_postal_codes``); the demo loads the
    postal codes of its cities.
    """

    country = models.CharField(_("country"), max_length=2, default="DE")
    code = models.CharField(_("postal code"), max_length=10)
    place = models.CharField(_("place"), max_length=200)
    district = models.CharField(_("district"), max_length=200, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)

    class Meta:
        ordering = ["country", "code"]
        verbose_name = _("postal code")
        verbose_name_plural = _("postal codes")
        constraints = [
            models.UniqueConstraint(
                fields=["country", "code", "place"], name="unique_postal_code_place"
            )
        ]
        indexes = [models.Index(fields=["code"], name="postal_code_lookup")]

    def __str__(self):
        return f"{self.code} {self.place}"


class CatalogueVersion(models.Model):
    """A counter per network, raised in the same transaction as any change to its offerings.

    Cached public pages are keyed by it (``verbund.core.public_cache``), so a change shows on the
    next request in every server process; reading it costs one indexed lookup.
    """

    network = models.OneToOneField(
        Network, on_delete=models.CASCADE, related_name="catalogue_version"
    )
    version = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("catalogue version")
        verbose_name_plural = _("catalogue versions")

    def __str__(self):
        return f"{self.network} v{self.version}"
