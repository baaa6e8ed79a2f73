"""API representations of events.

Two shapes: the public calendar's (``PublicEvent``), with what the public pages show, the texts
in one language and the seats as numbers — never a registrant; and the staff's
(``ManagedEvent``), with every field they write, all texts with their translation state and the
seat counts. Registrations (``Registration``) carry names and e-mail addresses: only the staff of
an organiser with ``events.registration:view`` get them (``api.RegistrationViewSet``).

Choice fields name their choice set as one schema component (``EventChoiceField``): the API
already has a ``kind`` of organisations and of offerings and a ``status`` of projects; plain
choice fields would make drf-spectacular warn about colliding enum names.
"""

import datetime

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import ResolvedComponent, build_choice_field
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from verbund.core.languages import SPOKEN_LANGUAGES
from verbund.core.translations import SOURCE_LANGUAGE, TranslationState, content_languages
from verbund.events.choices import (
    Audience,
    EventKind,
    EventStatus,
    Recurrence,
    RegistrationStatus,
)
from verbund.events.models import Event, EventSeries, EventText, Registration
from verbund.network.choices import OrganisationKind
from verbund.network.models import ContactPerson, Membership, Organisation


class EventChoiceField(serializers.ChoiceField):
    """A choice field whose choice set is the schema component ``component``; an unset value
    ("" in the database) is ``null`` in the API."""

    def __init__(self, choices, *, component: str, **kwargs):
        self.component = component
        super().__init__(choices, **kwargs)

    def to_representation(self, value):
        if value in ("", None):
            return None
        return super().to_representation(value)


class EventChoiceFieldExtension(OpenApiSerializerFieldExtension):
    target_class = EventChoiceField
    match_subclasses = True

    def map_serializer_field(self, auto_schema, direction):
        field = self.target
        plain = serializers.ChoiceField(field.choices)
        schema = {k: v for k, v in build_choice_field(plain).items() if k != "x-spec-enum-id"}
        component = ResolvedComponent(
            name=field.component,
            type=ResolvedComponent.SCHEMA,
            object=field.component,
            schema=schema,
        )
        auto_schema.registry.register_on_missing(component)
        return component.ref


def content_language_field(**kwargs):
    # Read when the field is built, so a test's override of settings.LANGUAGES is seen.
    return EventChoiceField(
        [(code, code) for code in content_languages()], component="ContentLanguageEnum", **kwargs
    )


def spoken_language_field(**kwargs):
    return EventChoiceField(SPOKEN_LANGUAGES, component="SpokenLanguageEnum", **kwargs)


class RegistrationState:
    """Whether people can register now, in one word for the calendar."""

    OPEN = "open"
    FULL = "full"  # registrations go onto the waiting list
    NOT_YET_OPEN = "not_yet_open"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    NOT_REQUIRED = "not_required"

    choices = [
        (OPEN, _("open")),
        (FULL, _("fully booked: new registrations go onto the waiting list")),
        (NOT_YET_OPEN, _("not open yet")),
        (CLOSED, _("closed")),
        (CANCELLED, _("the event is cancelled")),
        (NOT_REQUIRED, _("no registration needed")),
    ]


def registration_state(event: Event, moment: datetime.datetime | None = None) -> str:
    """The state as ``services.registration_create`` decides it for the public, from the seat
    counts of ``EventQuerySet.with_seat_counts``."""
    moment = moment or timezone.now()
    if event.status == EventStatus.CANCELLED:
        return RegistrationState.CANCELLED
    if not event.registration_required:
        return RegistrationState.NOT_REQUIRED
    if event.status != EventStatus.PUBLISHED or moment >= event.registration_deadline:
        return RegistrationState.CLOSED
    if event.registration_opens_at and moment < event.registration_opens_at:
        return RegistrationState.NOT_YET_OPEN
    confirmed, waiting = seat_counts(event)
    # Nobody jumps the queue: while people wait, a newcomer waits behind them.
    if event.capacity is not None and (confirmed >= event.capacity or waiting):
        return RegistrationState.FULL
    return RegistrationState.OPEN


def seat_counts(event: Event) -> tuple[int, int]:
    confirmed = getattr(event, "confirmed_seats", None)
    waiting = getattr(event, "waiting_seats", None)
    if confirmed is None or waiting is None:
        rows = event.registrations.filter(status__in=["confirmed", "waiting"])
        confirmed = sum(r.seats for r in rows if r.status == RegistrationStatus.CONFIRMED)
        waiting = sum(r.seats for r in rows if r.status == RegistrationStatus.WAITING)
    return confirmed or 0, waiting or 0


def texts_of(event: Event) -> list[EventText]:
    rows = getattr(event, "all_texts", None)
    if rows is None:
        rows = list(event.texts.all())
    return rows


def organisers_of(event: Event) -> list[Organisation]:
    # Prefetched by ``api.with_display``; read from the database otherwise.
    return list(event.organisers.all())


# --- shared parts -------------------------------------------------------------------------------


class EventOrganisationSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)
    website = serializers.URLField(read_only=True)


class EventSeriesSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(read_only=True)
    recurrence = EventChoiceField(
        Recurrence.choices, component="EventRecurrenceEnum", read_only=True
    )


class EventLocationSerializer(serializers.Serializer):
    is_online = serializers.BooleanField(
        read_only=True, help_text=_("Online only; the link goes to confirmed registrants.")
    )
    venue = serializers.CharField(read_only=True)
    street = serializers.CharField(read_only=True)
    postal_code = serializers.CharField(read_only=True)
    city = serializers.CharField(read_only=True)
    district = serializers.CharField(read_only=True)
    latitude = serializers.DecimalField(
        max_digits=9, decimal_places=6, read_only=True, allow_null=True
    )
    longitude = serializers.DecimalField(
        max_digits=9, decimal_places=6, read_only=True, allow_null=True
    )


class EventSeatsSerializer(serializers.Serializer):
    capacity = serializers.IntegerField(
        read_only=True, allow_null=True, help_text=_("Seats in all; null when there is no limit.")
    )
    confirmed = serializers.IntegerField(read_only=True, help_text=_("Seats taken (confirmed)."))
    free = serializers.IntegerField(
        read_only=True, allow_null=True, help_text=_("Seats still free; null without a limit.")
    )
    waiting = serializers.IntegerField(
        read_only=True, help_text=_("Seats asked for on the waiting list.")
    )


def seats_data(event: Event) -> dict:
    confirmed, waiting = seat_counts(event)
    capacity = event.capacity
    return {
        "capacity": capacity,
        "confirmed": confirmed,
        "free": None if capacity is None else max(capacity - confirmed, 0),
        "waiting": waiting,
    }


class EventRegistrationInfoSerializer(serializers.Serializer):
    required = serializers.BooleanField(read_only=True)
    state = EventChoiceField(
        RegistrationState.choices, component="EventRegistrationStateEnum", read_only=True
    )
    opens_at = serializers.DateTimeField(read_only=True, allow_null=True)
    closes_at = serializers.DateTimeField(
        read_only=True, help_text=_("The end of registration: its deadline or the event's start.")
    )
    seats_per_registration = serializers.IntegerField(
        read_only=True, help_text=_("A family or group may register this many seats at once.")
    )
    url = serializers.CharField(read_only=True, help_text=_("The public registration form."))


class _Addresses:
    """Public addresses of events, each reversed once per page: the event's id is put into the
    address of a stand-in id (what the offerings' finder API does as well)."""

    MARK = 987654321

    def __init__(self, *, network, language: str, request=None):
        self.network = network
        self.language = language
        self.request = request
        self._patterns: dict[str, str] = {}

    def __call__(self, name: str, pk: int) -> str:
        pattern = self._patterns.get(name)
        if pattern is None:
            from django.urls import reverse

            with translation.override(self.language):
                path = reverse(name, kwargs={"network": self.network.slug, "event": self.MARK})
            request = self.request
            pattern = request.build_absolute_uri(path) if request is not None else path
            self._patterns[name] = pattern
        return pattern.replace(str(self.MARK), str(pk))


# --- the public calendar ------------------------------------------------------------------------


class EventDisplayTextSerializer(serializers.Serializer):
    """The texts in the language asked for, or in German where that translation is missing."""

    language = content_language_field(
        read_only=True, help_text=_("The language of the texts below.")
    )
    requested_language = content_language_field(
        read_only=True, help_text=_("The language asked for with ?lang=.")
    )
    is_fallback = serializers.BooleanField(
        read_only=True,
        help_text=_("True when the event has no text in the language asked for: German shown."),
    )
    state = EventChoiceField(
        TranslationState.choices,
        component="TranslationStateEnum",
        read_only=True,
        help_text=_("Whether the translation shown still matches the German text."),
    )
    title = serializers.CharField(read_only=True)
    summary = serializers.CharField(read_only=True)
    description = serializers.CharField(read_only=True)
    accessibility_note = serializers.CharField(read_only=True)
    registration_note = serializers.CharField(read_only=True)


def display_text(event: Event, language: str) -> dict:
    by_language = {row.language: row for row in texts_of(event)}
    source = by_language.get(SOURCE_LANGUAGE)
    own = by_language.get(language)
    shown = own or source
    if own is not None:
        state = own.state_against(source)
    else:
        state = (
            TranslationState.UP_TO_DATE if language == SOURCE_LANGUAGE else TranslationState.MISSING
        )
    return {
        "language": shown.language if shown is not None else SOURCE_LANGUAGE,
        "requested_language": language,
        "is_fallback": own is None and language != SOURCE_LANGUAGE,
        "state": state,
        **{
            name: getattr(shown, name) if shown is not None else ""
            for name in EventText.TRANSLATED_FIELDS
        },
    }


class PublicEventSerializer(serializers.Serializer):
    """An event as the public calendar shows it. Reads the rows of ``api.public_queryset``
    (texts, organisers and seat counts fetched with the page) with ``network``, ``language``
    and ``addresses`` in the context."""

    id = serializers.IntegerField(read_only=True)
    url = serializers.SerializerMethodField(help_text=_("The event's public page."))
    ical_url = serializers.SerializerMethodField(help_text=_("The event as an iCalendar file."))
    kind = EventChoiceField(EventKind.choices, component="EventKindEnum", read_only=True)
    status = EventChoiceField(
        [(s.value, s.label) for s in (EventStatus.PUBLISHED, EventStatus.CANCELLED)],
        component="PublicEventStatusEnum",
        read_only=True,
        help_text=_("A cancelled event stays listed, so that people who planned to come see it."),
    )
    starts_at = serializers.DateTimeField(read_only=True)
    ends_at = serializers.DateTimeField(read_only=True)
    text = serializers.SerializerMethodField()
    text_languages = serializers.SerializerMethodField(
        help_text=_("Languages the event's texts are written in.")
    )
    organisers = serializers.SerializerMethodField()
    host = serializers.SerializerMethodField(
        help_text=_("The organisation whose premises the meeting is held at.")
    )
    series = EventSeriesSerializer(read_only=True, allow_null=True)
    location = EventLocationSerializer(source="*", read_only=True)
    is_free = serializers.BooleanField(read_only=True)
    fee = serializers.DecimalField(max_digits=8, decimal_places=2, read_only=True, allow_null=True)
    wheelchair_accessible = serializers.BooleanField(read_only=True)
    interpretation_languages = serializers.ListField(
        child=spoken_language_field(),
        read_only=True,
        help_text=_("Languages interpreted at the event."),
    )
    contact_email = serializers.EmailField(read_only=True)
    seats = serializers.SerializerMethodField()
    registration = serializers.SerializerMethodField()
    updated_at = serializers.DateTimeField(read_only=True)

    @property
    def _language(self) -> str:
        return self.context.get("language", SOURCE_LANGUAGE)

    def _addresses(self) -> _Addresses:
        addresses = self.context.get("addresses")
        if addresses is None:
            addresses = _Addresses(
                network=self.context["network"],
                language=self._language,
                request=self.context.get("request"),
            )
            self.context["addresses"] = addresses
        return addresses

    def get_url(self, event) -> str:
        return self._addresses()("public:event_detail", event.pk)

    def get_ical_url(self, event) -> str:
        return self._addresses()("public:event_ical", event.pk)

    @extend_schema_field(EventDisplayTextSerializer)
    def get_text(self, event):
        return display_text(event, self._language)

    @extend_schema_field(serializers.ListField(child=content_language_field()))
    def get_text_languages(self, event) -> list[str]:
        return sorted(row.language for row in texts_of(event))

    @extend_schema_field(EventOrganisationSerializer(many=True))
    def get_organisers(self, event):
        return [
            {"id": org.pk, "name": org.name, "website": org.website} for org in organisers_of(event)
        ]

    @extend_schema_field(EventOrganisationSerializer(allow_null=True))
    def get_host(self, event):
        host = event.host
        return None if host is None else {"id": host.pk, "name": host.name, "website": host.website}

    @extend_schema_field(EventSeatsSerializer)
    def get_seats(self, event):
        return seats_data(event)

    @extend_schema_field(EventRegistrationInfoSerializer)
    def get_registration(self, event):
        return {
            "required": event.registration_required,
            "state": registration_state(event, self.context.get("now")),
            "opens_at": self._datetime(event.registration_opens_at),
            "closes_at": self._datetime(event.registration_deadline),
            "seats_per_registration": event.seats_per_registration,
            "url": self._addresses()("public:event_register", event.pk)
            if event.registration_required
            else "",
        }

    def _datetime(self, value):
        return None if value is None else self.fields["starts_at"].to_representation(value)


# --- the staff's events -------------------------------------------------------------------------


class EventTextSerializer(serializers.ModelSerializer):
    """One language's texts of an event with its translation state."""

    # The German text comes as ``source`` in the context (read once for all languages).

    language = content_language_field(read_only=True)
    state = serializers.SerializerMethodField()

    class Meta:
        model = EventText
        fields = [
            "language",
            *EventText.TRANSLATED_FIELDS,
            "version",
            "source_version",
            "minor_edit",
            "machine_translated",
            "state",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(
        EventChoiceField(TranslationState.choices, component="TranslationStateEnum")
    )
    def get_state(self, text) -> str:
        return text.state_against(self.context.get("source"))


class GermanEventTextSerializer(serializers.ModelSerializer):
    """The German text an event is created with."""

    class Meta:
        model = EventText
        fields = list(EventText.TRANSLATED_FIELDS)


def current_members(network):
    if network is None:
        return Organisation.objects.none()
    return Organisation.objects.filter(
        pk__in=Membership.objects.filter(network=network).current().values("organisation_id")
    )


class ManagedEventSerializer(serializers.ModelSerializer):
    """An event with everything staff write and see. Its status changes through the publish and
    cancel actions; the German text is given when the event is created."""

    # Related ids are narrowed to the network in the address (context ``network``): an id of
    # another network is refused like an unknown one; the services check membership again.

    kind = EventChoiceField(EventKind.choices, component="EventKindEnum")
    status = EventChoiceField(EventStatus.choices, component="EventStatusEnum", read_only=True)
    audience = EventChoiceField(Audience.choices, component="EventAudienceEnum", required=False)
    organisers = serializers.PrimaryKeyRelatedField(
        many=True,
        queryset=Organisation.objects.none(),
        help_text=_(
            "Current member organisations of the network; at least one you act for "
            "(events.event:change)."
        ),
    )
    organiser_names = serializers.SerializerMethodField()
    series = serializers.PrimaryKeyRelatedField(
        queryset=EventSeries.objects.none(), required=False, allow_null=True
    )
    host = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.none(), required=False, allow_null=True
    )
    contact = serializers.PrimaryKeyRelatedField(
        queryset=ContactPerson.objects.none(), required=False, allow_null=True
    )
    interpretation_languages = serializers.ListField(child=spoken_language_field(), required=False)
    text = GermanEventTextSerializer(
        write_only=True,
        required=False,
        help_text=_("Only when adding: the German text."),
    )
    texts = serializers.SerializerMethodField(
        help_text=_("Every language's texts with its translation state.")
    )
    missing_languages = serializers.SerializerMethodField(
        help_text=_("Languages of the public pages the event has no text in yet.")
    )
    seats = serializers.SerializerMethodField()
    registration_state = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField(
        help_text=_(
            "The public page; for members' and invited events the address with its access key."
        )
    )

    class Meta:
        model = Event
        fields = [
            "id",
            "title",
            "kind",
            "status",
            "audience",
            "organisers",
            "organiser_names",
            "series",
            "host",
            "starts_at",
            "ends_at",
            "is_online",
            "online_url",
            "venue",
            "street",
            "postal_code",
            "city",
            "district",
            "latitude",
            "longitude",
            "capacity",
            "registration_required",
            "registration_opens_at",
            "registration_closes_at",
            "seats_per_registration",
            "is_free",
            "fee",
            "contact",
            "contact_email",
            "wheelchair_accessible",
            "interpretation_languages",
            "text",
            "texts",
            "missing_languages",
            "seats",
            "registration_state",
            "url",
            "cancelled_at",
            "is_synthetic",
            "created_at",
            "updated_at",
        ]
        read_only_fields = [
            "id",
            "title",
            "status",
            "cancelled_at",
            "is_synthetic",
            "created_at",
            "updated_at",
        ]
        # The model's check constraints are the service's full_clean's to report, per field.
        validators = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        network = self.context.get("network")
        members = current_members(network)
        scoped = {
            "organisers": members,
            "host": members,
            "series": EventSeries.objects.filter(network=network)
            if network is not None
            else EventSeries.objects.none(),
            "contact": ContactPerson.objects.filter(organisation__in=members),
        }
        for name, queryset in scoped.items():
            field = self.fields[name]
            getattr(field, "child_relation", field).queryset = queryset

    def validate_organisers(self, organisers):
        if not organisers:
            raise serializers.ValidationError(_("Choose at least one organising organisation."))
        # The view's permission check: a refusal is a 403 whatever else is wrong in the payload.
        check = self.context.get("check_organisers")
        if check is not None:
            check(organisers)
        return organisers

    def validate(self, attrs):
        if self.instance is None and "text" not in attrs:
            raise serializers.ValidationError({"text": [_("Give the German text.")]})
        return attrs

    def get_organiser_names(self, event) -> list[str]:
        return [org.name for org in organisers_of(event)]

    @extend_schema_field(EventTextSerializer(many=True))
    def get_texts(self, event):
        rows = texts_of(event)
        source = next((row for row in rows if row.language == SOURCE_LANGUAGE), None)
        order = {code: index for index, code in enumerate(content_languages())}
        rows = sorted(rows, key=lambda row: order.get(row.language, len(order)))
        return EventTextSerializer(rows, many=True, context={"source": source}).data

    @extend_schema_field(serializers.ListField(child=content_language_field()))
    def get_missing_languages(self, event) -> list[str]:
        present = {row.language for row in texts_of(event)}
        return [code for code in content_languages() if code not in present]

    @extend_schema_field(EventSeatsSerializer)
    def get_seats(self, event):
        return seats_data(event)

    @extend_schema_field(
        EventChoiceField(RegistrationState.choices, component="EventRegistrationStateEnum")
    )
    def get_registration_state(self, event) -> str:
        return registration_state(event)

    def get_url(self, event) -> str:
        from django.urls import reverse

        kwargs = {"network": self.context["network"].slug, "event": event.pk}
        if event.audience == Audience.PUBLIC:
            path = reverse("public:event_detail", kwargs=kwargs)
        else:
            path = reverse(
                "public:event_detail_invited", kwargs={**kwargs, "key": event.access_key}
            )
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path


# --- registrations (personal data) --------------------------------------------------------------


class RegistrationSerializer(serializers.ModelSerializer):
    """A registration with the person's name and address: for the organisers' staff only."""

    status = EventChoiceField(
        RegistrationStatus.choices, component="RegistrationStatusEnum", read_only=True
    )
    organisation_label = serializers.SerializerMethodField(
        help_text=_("The organisation picked from the network, or the one the person named.")
    )
    organisation_kind = EventChoiceField(
        OrganisationKind.choices, component="OrganisationKindEnum", read_only=True, allow_null=True
    )
    language = content_language_field(read_only=True)
    checked_in = serializers.SerializerMethodField()

    class Meta:
        model = Registration
        fields = [
            "id",
            "status",
            "seats",
            "name",
            "email",
            "organisation",
            "organisation_label",
            "organisation_kind",
            "language",
            "interpreting",
            "accessibility_needs",
            "created_at",
            "confirmed_at",
            "promoted_at",
            "cancelled_at",
            "checked_in",
            "checked_in_at",
            "anonymised_at",
        ]
        read_only_fields = fields

    def get_organisation_label(self, registration) -> str:
        return registration.organisation_label

    def get_checked_in(self, registration) -> bool:
        return registration.checked_in_at is not None


class CheckInSerializer(serializers.Serializer):
    present = serializers.BooleanField(
        default=True, help_text=_("False takes a check-in back (a wrong tap).")
    )
