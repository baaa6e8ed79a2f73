"""API representations of offerings.

Two shapes: the finder's (``PublicOffering``), with what the public pages show and the texts in
one language, and the catalogue's (``CatalogueOffering``) for the staff who write offerings, with
the internal fields (status, places, publication window, links to projects) and every text with
its translation state.

Choice fields name their choice set as one schema component (``OfferingChoiceField``): the API
already has a ``kind`` (of organisations) and a ``status`` (of projects), and entry and target
level share one set; plain choice fields would make drf-spectacular warn about colliding or
doubly named enums.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import ResolvedComponent, build_choice_field
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Membership,
    Network,
    Organisation,
    TargetGroup,
)
from verbund.offers.languages import (
    SOURCE_LANGUAGE,
    SPOKEN_LANGUAGES,
    content_languages,
)
from verbund.offers.models import (
    CourseType,
    LanguageRole,
    Level,
    Offering,
    OfferingKind,
    OfferingStatus,
    OfferingText,
    ScheduleForm,
    TranslationState,
)
from verbund.offers.selectors import display_text
from verbund.projects.models import FundingProgramme, Project


class OfferingChoiceField(serializers.ChoiceField):
    """A choice field whose choice set is the schema component ``component``.

    An unset value ("" in the database) is ``null`` in the API, and ``null`` or "" clears it.
    """

    def __init__(self, choices, *, component: str, **kwargs):
        self.component = component
        super().__init__(choices, **kwargs)

    def to_representation(self, value):
        if value in ("", None):
            return None
        return super().to_representation(value)

    def validate_empty_values(self, data):
        if data is None and self.allow_null:
            return True, ""
        return super().validate_empty_values(data)


class OfferingChoiceFieldExtension(OpenApiSerializerFieldExtension):
    target_class = OfferingChoiceField
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


def kind_field(**kwargs):
    return OfferingChoiceField(OfferingKind.choices, component="OfferingKindEnum", **kwargs)


def optional_choice(choices, component: str, **kwargs):
    return OfferingChoiceField(
        choices, component=component, allow_blank=True, allow_null=True, **kwargs
    )


def spoken_language_field(**kwargs):
    return OfferingChoiceField(SPOKEN_LANGUAGES, component="SpokenLanguageEnum", **kwargs)


def content_language_field(**kwargs):
    # The public pages' languages; settings.LANGUAGES is read when the field is built, so a
    # test's override of the setting is seen.
    return OfferingChoiceField(
        [(code, code) for code in content_languages()],
        component="ContentLanguageEnum",
        **kwargs,
    )


# --- shared parts -------------------------------------------------------------------------------


class OfferingVocabularySerializer(serializers.Serializer):
    """A field of action or target group of the network."""

    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)


class OfferingProviderSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)
    website = serializers.URLField(read_only=True)


class OfferingLanguagesSerializer(serializers.Serializer):
    """Languages the offering is held in, and languages in which participants get help."""

    instruction = serializers.ListField(child=spoken_language_field(), required=False)
    support = serializers.ListField(child=spoken_language_field(), required=False)


@extend_schema_field(OfferingLanguagesSerializer)
class OfferingLanguagesField(serializers.Field):
    """The offering's languages by role; a write replaces them all (a role left out has none)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, offering):
        return languages_of(offering)

    def to_internal_value(self, data):
        serializer = OfferingLanguagesSerializer(data=data)
        serializer.is_valid(raise_exception=True)
        return {role: list(codes) for role, codes in serializer.validated_data.items()}


_LANGUAGE_ROLES = tuple(LanguageRole.values)


def languages_of(offering) -> dict[str, list[str]]:
    rows = getattr(offering, "language_list", None)
    if rows is None:
        rows = list(offering.languages.all())
    result = {role: [] for role in _LANGUAGE_ROLES}
    for row in sorted(rows, key=lambda row: row.language):
        result[row.role].append(row.language)
    return result


class OfferingLocationSerializer(serializers.Serializer):
    is_online = serializers.BooleanField(read_only=True)
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


class OfferingRegistrationSerializer(serializers.Serializer):
    url = serializers.URLField(source="registration_url", read_only=True)
    email = serializers.EmailField(source="registration_email", read_only=True)
    phone = serializers.CharField(source="registration_phone", read_only=True)


class OfferingContactSerializer(serializers.Serializer):
    """A contact person who agreed to be shown publicly."""

    name = serializers.SerializerMethodField()
    function = serializers.CharField(read_only=True)
    email = serializers.EmailField(read_only=True)
    phone = serializers.CharField(read_only=True)

    def get_name(self, contact) -> str:
        return " ".join(p for p in (contact.first_name, contact.last_name) if p)


# --- the finder ---------------------------------------------------------------------------------


class OfferingDisplayTextSerializer(serializers.Serializer):
    """The texts in the language asked for, or in German where that translation is missing."""

    language = content_language_field(
        read_only=True, help_text=_("The language of the texts below.")
    )
    requested_language = content_language_field(
        read_only=True, help_text=_("The language asked for with ?lang=.")
    )
    is_fallback = serializers.BooleanField(
        read_only=True,
        help_text=_("True when the offering has no text in the language asked for: German shown."),
    )
    state = OfferingChoiceField(
        TranslationState.choices,
        component="TranslationStateEnum",
        read_only=True,
        help_text=_("Whether the translation shown still matches the German text."),
    )
    title = serializers.CharField(read_only=True)
    summary = serializers.CharField(read_only=True)
    description = serializers.CharField(read_only=True)
    schedule_note = serializers.CharField(read_only=True)
    registration_note = serializers.CharField(read_only=True)

    def to_representation(self, shown):
        row = shown.text or shown.source
        return {
            "language": row.language if row is not None else SOURCE_LANGUAGE,
            "requested_language": shown.language,
            "is_fallback": shown.is_fallback,
            "state": shown.state,
            **{name: getattr(shown, name) for name in OfferingText.TRANSLATED_FIELDS},
        }


class PublicOfferingSerializer(serializers.Serializer):
    """An offering as the public finder shows it."""

    # Reads the rows of api.finder_queryset (texts, languages and lists prefetched) given their
    # text languages by api.with_text_languages, with ``language`` and ``network`` in the
    # context.

    id = serializers.IntegerField(read_only=True)
    url = serializers.SerializerMethodField(help_text=_("The offering's public page."))
    kind = kind_field(read_only=True)
    course_type = optional_choice(CourseType.choices, "CourseTypeEnum", read_only=True)
    entry_level = optional_choice(Level.choices, "LevelEnum", read_only=True)
    target_level = optional_choice(Level.choices, "LevelEnum", read_only=True)
    text = serializers.SerializerMethodField()
    text_languages = serializers.SerializerMethodField(
        help_text=_("Languages the offering's texts are written in.")
    )
    provider = OfferingProviderSerializer(read_only=True)
    languages = serializers.SerializerMethodField()
    fields_of_action = OfferingVocabularySerializer(many=True, read_only=True)
    target_groups = OfferingVocabularySerializer(many=True, read_only=True)
    age_min = serializers.IntegerField(read_only=True, allow_null=True)
    age_max = serializers.IntegerField(read_only=True, allow_null=True)
    starts_on = serializers.DateField(read_only=True, allow_null=True)
    ends_on = serializers.DateField(read_only=True, allow_null=True)
    schedule_form = optional_choice(ScheduleForm.choices, "ScheduleFormEnum", read_only=True)
    hours_per_week = serializers.DecimalField(
        max_digits=4, decimal_places=1, read_only=True, allow_null=True
    )
    location = OfferingLocationSerializer(source="*", read_only=True)
    distance_km = serializers.SerializerMethodField(
        help_text=_("Distance from the place given with ?near=, otherwise null.")
    )
    is_free = serializers.BooleanField(read_only=True)
    fee = serializers.DecimalField(max_digits=8, decimal_places=2, read_only=True, allow_null=True)
    childcare = serializers.BooleanField(read_only=True)
    wheelchair_accessible = serializers.BooleanField(read_only=True)
    registration = OfferingRegistrationSerializer(source="*", read_only=True)
    contact = serializers.SerializerMethodField()
    updated_at = serializers.DateTimeField(read_only=True)

    # reverse() with this stand-in gives the address pattern of the offerings' pages once.
    _MARK = 987654321

    @property
    def _language(self) -> str:
        return self.context.get("language", SOURCE_LANGUAGE)

    def to_representation(self, offering):
        """The declared fields' values, written out: DRF's generic way (a lookup, a check and a
        call per field, a serializer per nested object) cost more than the rest of a list of
        fifty. ``test_api_finder`` keeps both the same."""
        fields = self.fields
        decimal = fields["hours_per_week"].to_representation
        coordinate = fields["location"].fields["latitude"].to_representation
        shown = display_text(offering, self._language)
        row = shown.text or shown.source
        provider = offering.provider
        contact = offering.contact

        def choice(value):
            return value or None

        def vocabulary(relation, prefetched):
            # The lists api.finder_queryset prefetched, else the relation.
            items = getattr(offering, prefetched, None)
            if items is None:
                items = getattr(offering, relation).all()
            return [{"id": item.id, "name": item.name} for item in items]

        return {
            "id": offering.pk,
            "url": self._url(offering.pk),
            "kind": offering.kind,
            "course_type": choice(offering.course_type),
            "entry_level": choice(offering.entry_level),
            "target_level": choice(offering.target_level),
            "text": {
                "language": row.language if row is not None else SOURCE_LANGUAGE,
                "requested_language": shown.language,
                "is_fallback": shown.is_fallback,
                "state": shown.state,
                **{
                    name: getattr(row, name) if row else ""
                    for name in OfferingText.TRANSLATED_FIELDS
                },
            },
            "text_languages": self.get_text_languages(offering),
            "provider": {"id": provider.pk, "name": provider.name, "website": provider.website},
            "languages": languages_of(offering),
            "fields_of_action": vocabulary("fields_of_action", "field_of_action_list"),
            "target_groups": vocabulary("target_groups", "target_group_list"),
            "age_min": offering.age_min,
            "age_max": offering.age_max,
            "starts_on": offering.starts_on.isoformat() if offering.starts_on else None,
            "ends_on": offering.ends_on.isoformat() if offering.ends_on else None,
            "schedule_form": choice(offering.schedule_form),
            "hours_per_week": None
            if offering.hours_per_week is None
            else decimal(offering.hours_per_week),
            "location": {
                "is_online": offering.is_online,
                "venue": offering.venue,
                "street": offering.street,
                "postal_code": offering.postal_code,
                "city": offering.city,
                "district": offering.district,
                "latitude": None if offering.latitude is None else coordinate(offering.latitude),
                "longitude": None if offering.longitude is None else coordinate(offering.longitude),
            },
            "distance_km": self.get_distance_km(offering),
            "is_free": offering.is_free,
            "fee": None if offering.fee is None else fields["fee"].to_representation(offering.fee),
            "childcare": offering.childcare,
            "wheelchair_accessible": offering.wheelchair_accessible,
            "registration": {
                "url": offering.registration_url,
                "email": offering.registration_email,
                "phone": offering.registration_phone,
            },
            "contact": None
            if contact is None or not contact.is_public
            else {
                "name": " ".join(p for p in (contact.first_name, contact.last_name) if p),
                "function": contact.function,
                "email": contact.email,
                "phone": contact.phone,
            },
            "updated_at": fields["updated_at"].to_representation(offering.updated_at),
        }

    def _url(self, pk: int) -> str:
        pattern = self.__dict__.get("_url_pattern")
        if pattern is None:
            from django.urls import reverse

            network = self.context["network"]
            # The page in the language the texts were asked in.
            with translation.override(self._language):
                path = reverse(
                    "public:offering_detail",
                    kwargs={"network": network.slug, "offering": self._MARK},
                )
            request = self.context.get("request")
            pattern = request.build_absolute_uri(path) if request is not None else path
            self.__dict__["_url_pattern"] = pattern
        return pattern.replace(str(self._MARK), str(pk))

    def get_url(self, offering) -> str:
        from django.urls import reverse

        network = self.context["network"]
        # The page in the language the texts were asked in.
        with translation.override(self._language):
            path = reverse(
                "public:offering_detail",
                kwargs={"network": network.slug, "offering": offering.pk},
            )
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path

    @extend_schema_field(OfferingDisplayTextSerializer)
    def get_text(self, offering):
        return OfferingDisplayTextSerializer(display_text(offering, self._language)).data

    @extend_schema_field(serializers.ListField(child=content_language_field()))
    def get_text_languages(self, offering) -> list[str]:
        codes = getattr(offering, "text_language_codes", None)
        if codes is not None:
            return codes
        rows = getattr(offering, "text_language_rows", None)
        if rows is None:
            return sorted(offering.texts.values_list("language", flat=True))
        return sorted(row.language for row in rows)

    @extend_schema_field(OfferingLanguagesSerializer)
    def get_languages(self, offering):
        return languages_of(offering)

    @extend_schema_field(serializers.FloatField(allow_null=True))
    def get_distance_km(self, offering) -> float | None:
        distance = getattr(offering, "distance", None)
        return None if distance is None else round(float(distance), 1)

    @extend_schema_field(OfferingContactSerializer(allow_null=True))
    def get_contact(self, offering):
        contact = offering.contact
        if contact is None or not contact.is_public:
            return None
        return OfferingContactSerializer(contact).data


# --- the catalogue (staff) ----------------------------------------------------------------------


class OfferingTextSerializer(serializers.ModelSerializer):
    """One language's texts of an offering with its translation state."""

    # The German text comes as ``source`` in the context (read once for all languages).

    language = content_language_field(read_only=True)
    state = serializers.SerializerMethodField()

    class Meta:
        model = OfferingText
        fields = [
            "language",
            "title",
            "summary",
            "description",
            "schedule_note",
            "registration_note",
            "version",
            "source_version",
            "minor_edit",
            "machine_translated",
            "state",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(
        OfferingChoiceField(TranslationState.choices, component="TranslationStateEnum")
    )
    def get_state(self, text) -> str:
        source = self.context.get("source")
        if source is None and text.language != SOURCE_LANGUAGE:
            source = OfferingText.objects.filter(
                offering_id=text.offering_id, language=SOURCE_LANGUAGE
            ).first()
        return text.state_against(source)


class GermanTextSerializer(serializers.ModelSerializer):
    """The German text an offering is created with; translations follow at ``texts/<lang>/``."""

    class Meta:
        model = OfferingText
        fields = ["title", "summary", "description", "schedule_note", "registration_note"]


def current_members(network):
    if network is None:
        return Organisation.objects.none()
    return Organisation.objects.filter(
        pk__in=Membership.objects.filter(network=network).current().values("organisation_id")
    )


class CatalogueOfferingSerializer(serializers.ModelSerializer):
    """An offering with everything staff write and see. The provider is chosen when the offering
    is created and stays; status changes through the publish / unpublish / archive actions."""

    provider = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.none(),
        help_text=_("A current member organisation of the network; fixed once created."),
    )
    provider_name = serializers.CharField(source="provider.name", read_only=True)
    networks = serializers.SlugRelatedField(
        many=True,
        slug_field="slug",
        queryset=Network.objects.all(),
        required=False,
        help_text=_(
            "Networks whose finder lists the offering (the provider must be a member of each); "
            "the network of the address if not given."
        ),
    )
    kind = kind_field()
    course_type = optional_choice(CourseType.choices, "CourseTypeEnum", required=False)
    entry_level = optional_choice(Level.choices, "LevelEnum", required=False)
    target_level = optional_choice(Level.choices, "LevelEnum", required=False)
    schedule_form = optional_choice(ScheduleForm.choices, "ScheduleFormEnum", required=False)
    status = OfferingChoiceField(
        OfferingStatus.choices, component="OfferingStatusEnum", read_only=True
    )
    is_visible = serializers.SerializerMethodField(
        help_text=_("Published and inside its publication window: shown in the finder now.")
    )
    fields_of_action = serializers.PrimaryKeyRelatedField(
        many=True, queryset=FieldOfAction.objects.all(), required=False
    )
    target_groups = serializers.PrimaryKeyRelatedField(
        many=True, queryset=TargetGroup.objects.all(), required=False
    )
    contact = serializers.PrimaryKeyRelatedField(
        queryset=ContactPerson.objects.all(), required=False, allow_null=True
    )
    project = serializers.PrimaryKeyRelatedField(
        queryset=Project.objects.all(), required=False, allow_null=True
    )
    programme = serializers.PrimaryKeyRelatedField(
        queryset=FundingProgramme.objects.all(), required=False, allow_null=True
    )
    languages = OfferingLanguagesField(required=False)
    text = GermanTextSerializer(
        write_only=True,
        required=False,
        help_text=_("Only when adding: the German text. Later texts are written at texts/<lang>/."),
    )
    texts = serializers.SerializerMethodField(
        help_text=_("Every language's texts with its translation state.")
    )
    missing_languages = serializers.SerializerMethodField(
        help_text=_("Languages of the public pages the offering has no text in yet.")
    )

    class Meta:
        model = Offering
        fields = [
            "id",
            "provider",
            "provider_name",
            "networks",
            "title",
            "kind",
            "course_type",
            "entry_level",
            "target_level",
            "fields_of_action",
            "target_groups",
            "age_min",
            "age_max",
            "starts_on",
            "ends_on",
            "schedule_form",
            "hours_per_week",
            "is_online",
            "venue",
            "street",
            "postal_code",
            "city",
            "district",
            "latitude",
            "longitude",
            "capacity",
            "minimum_size",
            "is_free",
            "fee",
            "childcare",
            "wheelchair_accessible",
            "registration_url",
            "registration_email",
            "registration_phone",
            "contact",
            "project",
            "programme",
            "status",
            "publish_from",
            "publish_until",
            "is_visible",
            "external_id",
            "languages",
            "text",
            "texts",
            "missing_languages",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["id", "title", "status", "created_at", "updated_at"]
        # The provider's external key is unique per provider; the service's full_clean checks
        # that constraint, so DRF must not turn it into "both fields required".
        validators = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        provider = self.fields["provider"]
        if self.instance is not None:
            # The provider stays: an offering does not move to another organisation.
            provider.read_only = True
        else:
            provider.queryset = current_members(self.context.get("network"))

    def validate_provider(self, provider):
        # The view's permission check for the organisation named: a refusal is a 403 whatever
        # else is wrong in the payload.
        check = self.context.get("check_provider")
        if check is not None:
            check(provider)
        return provider

    def validate(self, attrs):
        if self.instance is None and "text" not in attrs:
            raise serializers.ValidationError({"text": [_("Give the German text.")]})
        return attrs

    def get_is_visible(self, offering) -> bool:
        return offering.is_visible()

    def _texts(self, offering) -> list[OfferingText]:
        rows = getattr(offering, "all_texts", None)
        if rows is None:
            rows = list(offering.texts.defer("search_document"))
        return rows

    @extend_schema_field(OfferingTextSerializer(many=True))
    def get_texts(self, offering):
        rows = self._texts(offering)
        source = next((row for row in rows if row.language == SOURCE_LANGUAGE), None)
        order = {code: index for index, code in enumerate(content_languages())}
        rows = sorted(rows, key=lambda row: order.get(row.language, len(order)))
        return OfferingTextSerializer(rows, many=True, context={"source": source}).data

    @extend_schema_field(serializers.ListField(child=content_language_field()))
    def get_missing_languages(self, offering) -> list[str]:
        present = {row.language for row in self._texts(offering)}
        return [code for code in content_languages() if code not in present]


class OfferingTextWriteSerializer(serializers.ModelSerializer):
    """The texts of one language; German changes outdate the translations unless minor."""

    minor_edit = serializers.BooleanField(
        default=False,
        help_text=_("German only: a typo fix or similar that leaves the translations up to date."),
    )

    class Meta:
        model = OfferingText
        fields = [
            "title",
            "summary",
            "description",
            "schedule_note",
            "registration_note",
            "minor_edit",
        ]
