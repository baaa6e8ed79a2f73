"""The registry of a network: the tenant, its member organisations and their contact persons.

An organisation exists once, whatever number of networks it belongs to; memberships carry the
history (who was a member when, in which role), so statements such as "the thirteen members of
2021" stay answerable after members leave.
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Network(models.Model):
    slug = models.SlugField(_("short address"), unique=True, max_length=60)
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60)
    region = models.CharField(_("region"), max_length=200, blank=True)
    founded_year = models.PositiveSmallIntegerField(
        _("founded in"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    coordination_office = models.ForeignKey(
        "Organisation",
        verbose_name=_("coordination office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coordinated_networks",
    )
    statute = models.FileField(_("statute"), upload_to="statutes/", blank=True)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    is_public = models.BooleanField(
        _("public"),
        default=True,
        help_text=_("Public networks show their members and projects on public pages."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def __str__(self):
        return self.short_name or self.name


class OrganisationKind(models.TextChoices):
    MIGRANT_ORGANISATION = "migrant_organisation", _("migrant organisation")
    ADULT_EDUCATION_CENTRE = "adult_education_centre", _("adult-education centre")
    WELFARE_ASSOCIATION = "welfare_association", _("welfare association")
    EDUCATION_PROVIDER = "education_provider", _("education provider")
    PUBLIC_ADMINISTRATION = "public_administration", _("public administration")
    EMPLOYMENT_AGENCY = "employment_agency", _("jobcenter / employment agency")
    COMPANY = "company", _("company")
    OTHER_NGO = "other_ngo", _("foundation / other NGO")


class LegalForm(models.TextChoices):
    REGISTERED_ASSOCIATION = "ev", _("registered association (e.V.)")
    NONPROFIT_LIMITED = "ggmbh", _("non-profit limited company (gGmbH)")
    LIMITED = "gmbh", _("limited company (GmbH)")
    FOUNDATION = "foundation", _("foundation")
    PUBLIC_BODY = "public_body", _("public body")
    COOPERATIVE = "eg", _("cooperative (eG)")
    OTHER = "other", _("other")
    UNKNOWN = "", _("unknown")


class OrganisationQuerySet(models.QuerySet):
    def in_network(self, network, *, on: datetime.date | None = None):
        """Organisations with a membership in ``network``, current on ``on`` if given."""
        memberships = Membership.objects.filter(network=network)
        if on is not None:
            memberships = memberships.active_on(on)
        return self.filter(pk__in=memberships.values("organisation_id"))


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=40, choices=OrganisationKind.choices)
    legal_form = models.CharField(
        _("legal form"), max_length=20, choices=LegalForm.choices, blank=True
    )
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
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
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    description = models.TextField(_("description"), blank=True)
    is_synthetic = models.BooleanField(
        _("synthetic"),
        default=False,
        help_text=_("Generated demo data, not a real organisation."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="organisation_coordinates_complete",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))

    @property
    def display_name(self):
        return self.short_name or self.name


class MembershipRole(models.TextChoices):
    COORDINATION = "coordination", _("coordination")
    MEMBER = "member", _("member")
    COOPERATION_PARTNER = "cooperation_partner", _("cooperation partner")


class MembershipQuerySet(models.QuerySet):
    def active_on(self, day: datetime.date):
        return self.filter(Q(started_on__isnull=True) | Q(started_on__lte=day)).filter(
            Q(ended_on__isnull=True) | Q(ended_on__gte=day)
        )

    def current(self):
        return self.active_on(timezone.localdate())


class Membership(models.Model):
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=30, choices=MembershipRole.choices)
    started_on = models.DateField(_("from"), null=True, blank=True)
    ended_on = models.DateField(_("until"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["network", "organisation__name", "started_on"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True)
                | Q(started_on__isnull=True)
                | Q(ended_on__gte=models.F("started_on")),
                name="membership_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.organisation} – {self.network} ({self.get_role_display()})"

    def clean(self):
        if self.started_on and self.ended_on and self.ended_on < self.started_on:
            raise ValidationError({"ended_on": _("A membership cannot end before it starts.")})

    def is_active_on(self, day: datetime.date) -> bool:
        return (self.started_on is None or self.started_on <= day) and (
            self.ended_on is None or self.ended_on >= day
        )


class ContactPersonQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)


class ContactPerson(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="contacts",
    )
    salutation = models.CharField(_("salutation"), max_length=20, blank=True)
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100)
    function = models.CharField(
        _("function"),
        max_length=150,
        blank=True,
        help_text=_("For example project lead or finance coordination."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    is_public = models.BooleanField(
        _("shown publicly"),
        default=False,
        help_text=_("Only contacts who agreed are shown on public pages."),
    )
    is_synthetic = models.BooleanField(_("synthetic"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ContactPersonQuerySet.as_manager()

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return " ".join(part for part in (self.salutation, self.first_name, self.last_name) if part)


class NetworkVocabulary(models.Model):
    """A per-network list entry (fields of action, target groups): each network names its own."""

    network = models.ForeignKey(Network, verbose_name=_("network"), on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class FieldOfAction(NetworkVocabulary):
    class Meta(NetworkVocabulary.Meta):
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")
        default_related_name = "fields_of_action"
        constraints = [
            models.UniqueConstraint(fields=["network", "name"], name="unique_field_of_action")
        ]


class TargetGroup(NetworkVocabulary):
    class Meta(NetworkVocabulary.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        default_related_name = "target_groups"
        constraints = [
            models.UniqueConstraint(fields=["network", "name"], name="unique_target_group")
        ]
