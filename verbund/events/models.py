"""Events of a network: meetings of working groups and of the network, public forums, trade days,
trainings. Registration needs no account; seats are decided under a lock on the event's row
(``services.registration_create``), so a full event puts people on its waiting list and never
takes one registration too many.

An event belongs to one network and is organised by one or more of its member organisations. Its
texts live in ``EventText`` rows, one per language, like an offering's (``core.translations``).
"""

import datetime
import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, Sum
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from verbund.core.translations import ContentText
from verbund.events.choices import (
    Audience,
    DocumentKind,
    EventKind,
    EventStatus,
    Recurrence,
    RegistrationStatus,
)
from verbund.network.choices import OrganisationKind
from verbund.network.models import (
    ContactPerson,
    Network,
    Organisation,
    ProtectedFileField,
    private_storage,
)

# Registrations that hold or wait for a seat; a cancelled one holds nothing.
ACTIVE_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)
# A family or a small group registers as one entry, up to this many seats unless the event says.
DEFAULT_SEATS_PER_REGISTRATION = 1
MAX_SEATS_PER_REGISTRATION = 10


def new_access_key() -> str:
    return secrets.token_urlsafe(16)


class EventSeries(models.Model):
    """Recurring meetings, e.g. a working group meeting monthly at a rotating host's address."""

    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="event_series"
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=40, choices=EventKind.choices)
    recurrence = models.CharField(
        _("recurrence"), max_length=20, choices=Recurrence.choices, default=Recurrence.MONTHLY
    )
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("event series")
        verbose_name_plural = _("event series")

    def __str__(self):
        return self.title


class SeriesHost(models.Model):
    """One organisation in a series' rotation of hosts, in order."""

    series = models.ForeignKey(EventSeries, on_delete=models.CASCADE, related_name="hosts")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("host of a series")
        verbose_name_plural = _("hosts of a series")
        constraints = [
            models.UniqueConstraint(fields=["series", "organisation"], name="unique_series_host")
        ]

    def __str__(self):
        return f"{self.series} – {self.organisation}"


class EventQuerySet(models.QuerySet):
    def in_network(self, network):
        return self.filter(network=network)

    def listed_publicly(self):
        """What the public calendar lists: published or cancelled (so that people who planned
        to come see that it was called off), open to the public."""
        return self.filter(
            status__in=[EventStatus.PUBLISHED, EventStatus.CANCELLED], audience=Audience.PUBLIC
        )

    def reachable_publicly(self):
        """Events whose public page exists: members' and invited events too, but only for whom
        has their link (with the access key); drafts never."""
        return self.filter(status__in=[EventStatus.PUBLISHED, EventStatus.CANCELLED])

    def upcoming(self, moment: datetime.datetime | None = None):
        return self.filter(ends_at__gte=moment or timezone.now())

    def past(self, moment: datetime.datetime | None = None):
        return self.filter(ends_at__lt=moment or timezone.now())

    def with_seat_counts(self):
        """``confirmed_seats`` and ``waiting_seats`` per event, counted in SQL."""
        return self.annotate(
            confirmed_seats=Sum(
                "registrations__seats",
                filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
                default=0,
            ),
            waiting_seats=Sum(
                "registrations__seats",
                filter=Q(registrations__status=RegistrationStatus.WAITING),
                default=0,
            ),
        )


class Event(models.Model):
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="events"
    )
    organisers = models.ManyToManyField(
        Organisation,
        verbose_name=_("organised by"),
        related_name="organised_events",
        help_text=_("Member organisations of the network that organise the event."),
    )
    series = models.ForeignKey(
        EventSeries,
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    host = models.ForeignKey(
        Organisation,
        verbose_name=_("host"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_events",
        help_text=_("The organisation whose premises the meeting is held at."),
    )
    kind = models.CharField(_("kind"), max_length=40, choices=EventKind.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.DRAFT
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.PUBLIC
    )
    # The German title, copied here so that lists, sorting and exports need no join.
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    is_online = models.BooleanField(_("online"), default=False)
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Sent to confirmed registrants; not shown on public pages."),
    )
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
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    registration_required = models.BooleanField(_("registration required"), default=True)
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: registration stays open until the event starts."),
    )
    seats_per_registration = models.PositiveSmallIntegerField(
        _("seats per registration"),
        default=DEFAULT_SEATS_PER_REGISTRATION,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_SEATS_PER_REGISTRATION)],
        help_text=_("More than one lets a family or a group register as one entry."),
    )
    is_free = models.BooleanField(_("free of charge"), default=True)
    fee = models.DecimalField(
        _("fee in euros"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    contact = models.ForeignKey(
        ContactPerson,
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Answers to confirmation e-mails go here."),
    )
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    interpretation_languages = models.JSONField(
        _("interpreting offered"),
        default=list,
        blank=True,
        help_text=_("Languages interpreted at the event (codes of spoken languages)."),
    )
    # Events not listed publicly are reached through a link with this key (invitations).
    access_key = models.CharField(max_length=40, default=new_access_key, editable=False)
    cancelled_at = models.DateTimeField(null=True, blank=True, editable=False)
    is_synthetic = models.BooleanField(_("synthetic"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "title", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")), name="event_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="event_coordinates_complete",
            ),
            models.CheckConstraint(
                condition=Q(registration_closes_at__isnull=True)
                | Q(registration_opens_at__isnull=True)
                | Q(registration_closes_at__gt=models.F("registration_opens_at")),
                name="event_registration_window",
            ),
        ]
        indexes = [
            models.Index(fields=["network", "status", "starts_at"], name="event_calendar"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("An event cannot end before it starts.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        if (
            self.registration_opens_at
            and self.registration_closes_at
            and self.registration_closes_at <= self.registration_opens_at
        ):
            errors["registration_closes_at"] = _("Registration must close after it opens.")
        if self.is_free and self.fee:
            errors["fee"] = _("A free event has no fee.")
        if not self.is_online and not (self.venue or self.street or self.city):
            errors["venue"] = _("Give the venue's address, or mark the event as online.")
        if self.capacity is not None and self.capacity < 1:
            errors["capacity"] = _("An event with a limit has at least one seat.")
        if errors:
            raise ValidationError(errors)

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    @property
    def registration_deadline(self) -> datetime.datetime:
        return self.registration_closes_at or self.starts_at

    def registration_is_open(self, moment: datetime.datetime | None = None) -> bool:
        moment = moment or timezone.now()
        return (
            self.status == EventStatus.PUBLISHED
            and self.registration_required
            and (self.registration_opens_at is None or self.registration_opens_at <= moment)
            and moment < self.registration_deadline
        )


class EventText(ContentText):
    """An event's texts in one language (versions and states: ``verbund.core.translations``)."""

    TRANSLATED_FIELDS = (
        "title",
        "summary",
        "description",
        "accessibility_note",
        "registration_note",
    )

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="texts")
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences for the calendar."),
    )
    description = models.TextField(_("description"), blank=True)
    accessibility_note = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, hearing loop, quiet room, childcare…"),
    )
    registration_note = models.TextField(
        _("about registration"),
        blank=True,
        help_text=_("Anything people should know before they register, in plain words."),
    )

    class Meta:
        verbose_name = _("event text")
        verbose_name_plural = _("event texts")
        constraints = [
            models.UniqueConstraint(fields=["event", "language"], name="unique_event_text")
        ]

    def __str__(self):
        return f"{self.title} [{self.language}]"


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE_STATUSES)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waiting(self):
        """In the order seats are offered: first come, first served."""
        return self.filter(status=RegistrationStatus.WAITING).order_by("created_at", "pk")

    def attended(self):
        return self.filter(checked_in_at__isnull=False)


class Registration(models.Model):
    """A person's registration, with the seats it holds (a family or group is one entry).

    The personal link in the confirmation e-mail carries a secret token; only its hash is kept,
    so the database alone does not let anyone cancel in someone's name. A while after the event
    the personal fields are anonymised (``services.registrations_anonymise``); status, seats,
    attendance and the organisation's kind stay for the figures.
    """

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    status = models.CharField(_("status"), max_length=20, choices=RegistrationStatus.choices)
    seats = models.PositiveSmallIntegerField(
        _("seats"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_SEATS_PER_REGISTRATION)],
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    # The address as compared: two registrations of one address for one event are one too many.
    email_key = models.CharField(max_length=254, editable=False)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    organisation_name = models.CharField(
        _("organisation (if not listed)"), max_length=200, blank=True
    )
    organisation_kind = models.CharField(
        _("kind of organisation"), max_length=40, choices=OrganisationKind.choices, blank=True
    )
    language = models.CharField(_("language"), max_length=10, default="de")
    interpreting = models.CharField(_("interpreting needed"), max_length=5, blank=True)
    accessibility_needs = models.CharField(_("accessibility needs"), max_length=500, blank=True)
    consent_at = models.DateTimeField(_("consent given"))
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    promoted_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    anonymised_at = models.DateTimeField(null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            # The service checks first and says so kindly; this holds even if two race.
            models.UniqueConstraint(
                fields=["event", "email_key"],
                condition=Q(status__in=["confirmed", "waiting"]),
                name="unique_active_registration",
                violation_error_message=_("This e-mail address is already registered."),
            ),
        ]
        indexes = [
            models.Index(fields=["event", "status", "created_at"], name="registration_queue"),
        ]

    def __str__(self):
        return f"{self.event} #{self.pk}"

    @property
    def organisation_label(self) -> str:
        if self.organisation_id:
            return self.organisation.display_name
        return self.organisation_name


class Invitation(models.Model):
    """One contact person invited to one event: sending again skips whoever has one."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="invitations")
    contact = models.ForeignKey(
        ContactPerson, null=True, on_delete=models.SET_NULL, related_name="event_invitations"
    )
    organisation = models.ForeignKey(
        Organisation, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(fields=["event", "contact"], name="unique_invitation")
        ]

    def __str__(self):
        return f"{self.event} → {self.contact_id}"


DOCUMENT_TYPES = {
    # extension: the first bytes a real file of that kind starts with
    ".pdf": b"%PDF-",
    ".odt": b"PK\x03\x04",
    ".docx": b"PK\x03\x04",
}


def document_path(document, filename: str) -> str:
    # The uploaded name may carry personal names; only its extension is kept.
    extension = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return f"events/{uuid.uuid4().hex}{extension}"


def validate_document_upload(value) -> None:
    """Minutes and agendas are PDF, ODT or DOCX files of bounded size."""
    if getattr(value, "_committed", True):
        return
    name = value.name.lower()
    extension = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if extension not in DOCUMENT_TYPES:
        raise ValidationError(
            _("Upload the document as a PDF, ODT or DOCX file."), code="unsupported"
        )
    limit = settings.VERBUND_MAX_UPLOAD_BYTES
    if value.size > limit:
        raise ValidationError(
            _("The file is larger than %(limit)s; upload a smaller file."),
            code="too_large",
            params={"limit": filesizeformat(limit)},
        )
    upload = value.file
    upload.seek(0)
    header = upload.read(5)
    upload.seek(0)
    if not header.startswith(DOCUMENT_TYPES[extension]):
        raise ValidationError(
            _("This file is not what its name says; upload a PDF, ODT or DOCX file."),
            code="mismatch",
        )


class EventDocument(models.Model):
    """Minutes, agenda or slides of a meeting, for the network's staff (never public)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(
        _("kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.MINUTES
    )
    title = models.CharField(_("title"), max_length=200)
    file = ProtectedFileField(
        _("file"),
        upload_to=document_path,
        storage=private_storage,
        validators=[validate_document_upload],
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("meeting document")
        verbose_name_plural = _("meeting documents")

    def __str__(self):
        return self.title

    def protected_file_url(self, field_name: str) -> str:
        return reverse(
            "office:event_document",
            kwargs={
                "network": self.event.network.slug,
                "event": self.event_id,
                "document": self.pk,
            },
        )
