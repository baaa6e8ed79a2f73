"""The registry of a network: the tenant, its member organisations and their contact persons.

An organisation exists once, whatever number of networks it belongs to; memberships carry the
history (who was a member when, in which role), so statements such as "the thirteen members of
2021" stay answerable after members leave.
"""

import datetime
import os
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from verbund.network.choices import LegalForm, MembershipRole, OrganisationKind

# Network addresses live beside other back-office paths (/office/<network>/, /office/me/ …) and
# public paths; a network must never take a name that such a path needs.
RESERVED_NETWORK_SLUGS = frozenset(
    {
        "accounts",
        "add",
        "admin",
        "api",
        "export",
        "i18n",
        "import",
        "login",
        "logout",
        "me",
        "media",
        "n",
        "new",
        "office",
        "profile",
        "search",
        "settings",
        "staff",
        "static",
        "users",
    }
)


def validate_network_slug(value: str) -> None:
    if value.lower() in RESERVED_NETWORK_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is reserved for a page of Verbund; choose another short address."),
            code="reserved",
            params={"slug": value},
        )


class PrivateFileStorage(FileSystemStorage):
    """Files that only the application hands out, after a permission check.

    They live outside MEDIA_ROOT (which a web server or DEBUG serves to anyone) in
    ``settings.VERBUND_PRIVATE_ROOT``, read at each access so that tests can point it elsewhere.
    """

    @property
    def base_location(self):
        return str(settings.VERBUND_PRIVATE_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public URL; link to the view that serves them.")


_private_storage = PrivateFileStorage()


def private_storage():
    return _private_storage


class ProtectedFieldFile(FieldFile):
    @property
    def url(self):
        # Admin widgets and API serializers link here: the permission-checked view, never a
        # file address.
        self._require_file()
        return self.instance.protected_file_url(self.field.name)


class ProtectedFileField(models.FileField):
    """A file of a model instance, stored privately and served by a view of that model."""

    attr_class = ProtectedFieldFile


def statute_path(network, filename: str) -> str:
    # The uploaded name may carry personal names or odd characters; it is not kept.
    return f"statutes/{uuid.uuid4().hex}.pdf"


def validate_pdf_upload(value) -> None:
    """A statute is a PDF of bounded size; checked on upload, not on every later save."""
    if getattr(value, "_committed", True):
        return
    if not value.name.lower().endswith(".pdf"):
        raise ValidationError(_("Upload the statute as a PDF file (.pdf)."), code="not_pdf")
    limit = settings.VERBUND_MAX_UPLOAD_BYTES
    if value.size > limit:
        raise ValidationError(
            _("The file is larger than %(limit)s; upload a smaller PDF."),
            code="too_large",
            params={"limit": filesizeformat(limit)},
        )
    upload = value.file
    upload.seek(0)
    header = upload.read(5)
    upload.seek(0)
    if header != b"%PDF-":
        raise ValidationError(
            _("This file is not a PDF document; upload the statute as a PDF file."),
            code="not_pdf",
        )


class Network(models.Model):
    slug = models.SlugField(
        _("short address"),
        unique=True,
        max_length=60,
        validators=[validate_network_slug],
        help_text=_("Part of the network's web addresses, e.g. “album”. Changing it breaks links."),
    )
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
    statute = ProtectedFileField(
        _("statute"),
        upload_to=statute_path,
        storage=private_storage,
        blank=True,
        validators=[validate_pdf_upload],
        help_text=_("The agreement between the partners, as a PDF file. Only staff can open it."),
    )
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

    def clean(self):
        if self.coordination_office_id and not (
            self.pk
            and Membership.objects.filter(
                network=self, organisation_id=self.coordination_office_id
            ).exists()
        ):
            raise ValidationError(
                {
                    "coordination_office": _(
                        "The coordination office must be an organisation of this network."
                    )
                }
            )

    def protected_file_url(self, field_name: str) -> str:
        if field_name != "statute":
            raise LookupError(field_name)
        return reverse("office:network_statute", kwargs={"network": self.slug})


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
