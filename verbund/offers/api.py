"""REST API of offerings: the public finder and the staff's catalogue.

``/api/networks/<network>/offerings/`` is the finder's machine-readable twin: public offerings
of a public network, filtered with exactly the finder page's parameters (``FinderForm``), texts
in the language of ``?lang=`` with German as the fallback. It is open to everybody, logged in
or not, as the finder page is.

``/api/networks/<network>/catalogue/`` is where staff write offerings, through the services of
``verbund/offers/services.py``: coordinators see every offering shown in the network, drafts
too; the staff of an organisation see its offerings in any state and the others' published
ones. Writes need ``offers.offering:change`` (and ``:publish`` to publish, unpublish or archive)
on the offering's provider. Like every resource below a network, an offering of another
network is a 404.
"""

from django import forms
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from verbund.accounts.access import access_for, has_permission
from verbund.accounts.api_permissions import (
    RegistryPermission,
    get_visible_network,
    is_network_staff,
)
from verbund.network.api import NETWORK_PARAMETER, NetworkScopedViewSet
from verbund.network.selectors import public_networks
from verbund.offers import serializers, services
from verbund.offers.caching import cache_finder_page
from verbund.offers.finder_forms import FinderForm
from verbund.offers.languages import SOURCE_LANGUAGE, content_languages
from verbund.offers.models import (
    Offering,
    OfferingKind,
    OfferingStatus,
    OfferingText,
)
from verbund.offers.selectors import (
    counts_with_rows,
    find_offerings,
    rows_with_count,
    with_display,
)

_CHANGE = "offers.offering:change"
_PUBLISH = "offers.offering:publish"


# --- the finder ---------------------------------------------------------------------------------


def _form_field_parameter(name, field) -> OpenApiParameter:
    """The finder form's field as a documented query parameter."""
    many = isinstance(field, forms.MultipleChoiceField)
    description = (
        format_lazy("{}. {}", field.label, field.help_text) if field.help_text else field.label
    )
    # Fields of action, target groups and districts are the network's own (no fixed list):
    # their class-level choices are empty.
    choices = [value for value, _label in getattr(field, "choices", ()) if value != ""]
    if isinstance(field, forms.BooleanField):
        kind = OpenApiTypes.BOOL
    elif isinstance(field, forms.IntegerField) or getattr(field, "coerce", None) is int:
        kind = OpenApiTypes.INT
    else:
        kind = OpenApiTypes.STR
    return OpenApiParameter(
        name,
        kind,
        OpenApiParameter.QUERY,
        many=many,
        enum=choices or None,
        description=description,
    )


def finder_parameters() -> list[OpenApiParameter]:
    return [_form_field_parameter(name, field) for name, field in FinderForm.base_fields.items()]


LANG_PARAMETER = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=content_languages(),
    default=SOURCE_LANGUAGE,
    description=_(
        "Language of the texts; German where the offering has no translation into it "
        "(text.is_fallback says so)."
    ),
)


class FinderPagination(LimitOffsetPagination):
    # A public endpoint: nobody pulls twenty thousand offerings in one request.
    max_limit = 200

    def paginate_queryset(self, queryset, request, view=None):
        """As LimitOffsetPagination, but a search ordered in full by the database anyway reads
        its count with the page's rows (``selectors.rows_with_count``): one pass, not two."""
        if not getattr(view, "counts_with_rows", False):
            return super().paginate_queryset(queryset, request, view)
        self.request = request
        self.limit = self.get_limit(request)
        if self.limit is None:
            return None
        self.offset = self.get_offset(request)
        rows, count = rows_with_count(queryset, self.offset, self.offset + self.limit)
        self.count = self.get_count(queryset) if count is None and self.offset else count or 0
        if self.count > self.limit and self.template is not None:
            self.display_page_controls = True
        return rows


def finder_queryset(offerings, language: str):
    """Everything a result row shows, in a fixed number of queries whatever the page size."""
    return (
        with_display(offerings, language)
        .select_related("contact")
        .prefetch_related(
            Prefetch("fields_of_action", to_attr="field_of_action_list"),
            Prefetch("target_groups", to_attr="target_group_list"),
        )
    )


def with_text_languages(offerings):
    """Give each offering ``text_language_codes``, the languages its texts are written in, from
    one query of (offering, language) pairs: a row per text, not a model instance per text."""
    offerings = list(offerings)
    codes = {offering.pk: [] for offering in offerings}
    pairs = OfferingText.objects.filter(offering_id__in=codes).values_list(
        "offering_id", "language"
    )
    for offering_id, language in pairs.order_by("language"):
        codes[offering_id].append(language)
    for offering in offerings:
        offering.text_language_codes = codes[offering.pk]
    return offerings


@extend_schema(parameters=[NETWORK_PARAMETER, LANG_PARAMETER])
class OfferingViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, GenericViewSet):
    """The public finder: published offerings of a public network, in any of its languages.
    The list takes the finder page's parameters; an unknown value is a 400 naming the field."""

    # Anonymous reads on purpose: the finder is for the public (migrants, families, multipliers)
    # and its page needs no login either. Only offerings that are public anyway are served, and
    # the endpoint is read-only; the staff's view with drafts is the catalogue below.
    permission_classes = [AllowAny]
    serializer_class = serializers.PublicOfferingSerializer
    pagination_class = FinderPagination
    filter_backends: list = []
    lookup_value_regex = "[0-9]+"
    network = None
    counts_with_rows = False

    def dispatch(self, request, *args, **kwargs):
        # The finder page's cache serves its twin too (verbund.core.public_cache).
        view = super().dispatch
        return cache_finder_page(lambda request, *a, **kw: view(request, *a, **kw))(
            request, *args, **kwargs
        )

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # The finder page's rule: a network that is not public has no finder (404).
        self.network = get_object_or_404(public_networks(), slug=self.kwargs["network"])

    @property
    def language(self) -> str:
        if not hasattr(self, "_language"):
            language = self.request.query_params.get("lang") or SOURCE_LANGUAGE
            if language not in content_languages():
                raise ValidationError(
                    {"lang": [_("Choose one of: %s.") % ", ".join(content_languages())]}
                )
            self._language = language
        return self._language

    def get_queryset(self):
        if self.network is None:
            return Offering.objects.none()
        language = self.language
        if self.action == "list":
            form = FinderForm(self.request.query_params, network=self.network)
            if not form.is_valid():
                raise ValidationError({name: list(errors) for name, errors in form.errors.items()})
            query = form.to_query()
            self.counts_with_rows = counts_with_rows(query)
            offerings = find_offerings(self.network, query, language=language)
        else:
            offerings = Offering.objects.public().shown_in(self.network)
        return finder_queryset(offerings, language)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if self.network is not None:
            context.update(network=self.network, language=self.language)
        return context

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return None if page is None else with_text_languages(page)

    def get_object(self):
        (offering,) = with_text_languages([super().get_object()])
        return offering

    @extend_schema(parameters=finder_parameters())
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)


# --- the catalogue (staff) ----------------------------------------------------------------------


class CataloguePermission(RegistryPermission):
    """Reads too are for the network's staff; writes follow ``write_permissions``."""

    def has_permission(self, request, view):
        if view.action is not None and not view.is_staff:
            return False
        return super().has_permission(request, view)


class CatalogueFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=OfferingStatus.choices)
    kind = filters.ChoiceFilter(choices=OfferingKind.choices)
    provider = filters.NumberFilter(field_name="provider_id", label=_("provider"))

    class Meta:
        model = Offering
        fields = ["status", "kind", "provider"]


def catalogue_of(user, network):
    """The offerings shown in ``network`` that ``user`` (one of its staff) may see."""
    offerings = Offering.objects.shown_in(network)
    if has_permission(user, "offers.catalogue:view", network=network):
        return offerings
    # Organisations whose offerings the user writes: their drafts and archive are the user's
    # work; the rest of the network's catalogue is what the public sees.
    own = [
        org_id
        for org_id, granted in access_for(user).organisation_grants.items()
        if _CHANGE in granted
    ]
    return offerings.filter(
        Q(provider_id__in=own) | Q(pk__in=Offering.objects.public().values("pk"))
    )


LANGUAGE_PATH_PARAMETER = OpenApiParameter(
    "language",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    enum=content_languages(),
    description=_("Language of the texts."),
)


@extend_schema(parameters=[NETWORK_PARAMETER])
class CatalogueOfferingViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, NetworkScopedViewSet
):
    """Offerings as their providers' staff and the coordinators see and write them. Adding
    needs the German text; ``texts/<lang>/`` writes the others. Status changes are actions:
    publish, unpublish (back to draft), archive. Only drafts can be deleted."""

    permission_classes = [CataloguePermission]
    serializer_class = serializers.CatalogueOfferingSerializer
    filterset_class = CatalogueFilter
    search_fields = ["title"]
    write_permissions = {
        "create": _CHANGE,
        "partial_update": _CHANGE,
        "destroy": _CHANGE,
        "text": _CHANGE,
        "approve_text": _CHANGE,
        "publish": _PUBLISH,
        "unpublish": _PUBLISH,
        "archive": _PUBLISH,
    }

    def organisation_of(self, obj):
        return obj.provider

    def check_permissions(self, request):
        if self.network is None and "network" in self.kwargs:
            self.network = get_visible_network(request.user, self.kwargs["network"])
            self.is_staff = is_network_staff(request.user, self.network)
            # Someone logged in outside the network does not learn what it offers internally:
            # not found, as for another network. The anonymous are asked to log in (403).
            if not self.is_staff:
                if request.user.is_authenticated:
                    raise NotFound
                self.permission_denied(request)
        super().check_permissions(request)

    def get_queryset(self):
        if self.network is None or not self.is_staff:
            return Offering.objects.none()
        return (
            catalogue_of(self.request.user, self.network)
            .select_related("provider")
            .prefetch_related(
                "networks",
                "fields_of_action",
                "target_groups",
                Prefetch("languages", to_attr="language_list"),
                Prefetch(
                    "texts",
                    queryset=OfferingText.objects.defer("search_document"),
                    to_attr="all_texts",
                ),
            )
            .order_by("-updated_at", "pk")
        )

    def get_serializer_context(self):
        def check_provider(provider):
            self.require(_CHANGE, organisation=provider)

        return {**super().get_serializer_context(), "check_provider": check_provider}

    # -- writes

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        provider = data.pop("provider")
        text = dict(data.pop("text"))
        languages = data.pop("languages", None)
        data.setdefault("networks", [self.network])
        offering = services.offering_create(
            actor=request.user, provider=provider, data=data, text=text, languages=languages
        )
        return Response(self.represent(offering), status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        offering = self.get_object()
        serializer = self.get_serializer(offering, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        data.pop("text", None)  # written at texts/<lang>/
        languages = data.pop("languages", None)
        offering = services.offering_update(
            actor=request.user, offering=offering, data=data, languages=languages
        )
        return Response(self.represent(offering))

    def destroy(self, request, *args, **kwargs):
        services.offering_delete(actor=request.user, offering=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _status_action(self, service):
        offering = service(actor=self.request.user, offering=self.get_object())
        return Response(self.represent(offering))

    @extend_schema(request=None, responses=serializers.CatalogueOfferingSerializer)
    @action(detail=True, methods=["post"])
    def publish(self, request, *args, **kwargs):
        """Show the offering in the finder (within its publication window)."""
        return self._status_action(services.offering_publish)

    @extend_schema(request=None, responses=serializers.CatalogueOfferingSerializer)
    @action(detail=True, methods=["post"])
    def unpublish(self, request, *args, **kwargs):
        """Take the offering off the finder, back to draft for editing."""
        return self._status_action(services.offering_unpublish)

    @extend_schema(request=None, responses=serializers.CatalogueOfferingSerializer)
    @action(detail=True, methods=["post"])
    def archive(self, request, *args, **kwargs):
        """Take the offering off the finder for good; it stays for the records."""
        return self._status_action(services.offering_archive)

    def _language(self, language: str) -> str:
        if language not in content_languages():
            raise NotFound
        return language

    @extend_schema(
        methods=["PUT"],
        parameters=[LANGUAGE_PATH_PARAMETER],
        request=serializers.OfferingTextWriteSerializer,
        responses=serializers.OfferingTextSerializer,
    )
    @extend_schema(
        methods=["DELETE"],
        parameters=[LANGUAGE_PATH_PARAMETER],
        request=None,
        responses={204: OpenApiResponse(description=_("The translation is removed."))},
    )
    @action(detail=True, methods=["put", "delete"], url_path=r"texts/(?P<language>[-a-z]+)")
    def text(self, request, *args, language, **kwargs):
        """Write the offering's texts in one language (PUT, the whole text), or remove a
        translation (DELETE; the German source stays)."""
        offering = self.get_object()
        language = self._language(language)
        if request.method == "DELETE":
            services.offering_text_delete(actor=request.user, offering=offering, language=language)
            return Response(status=status.HTTP_204_NO_CONTENT)
        serializer = serializers.OfferingTextWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        minor_edit = data.pop("minor_edit", False)
        row = services.offering_text_save(
            actor=request.user,
            offering=offering,
            language=language,
            text=data,
            minor_edit=minor_edit,
        )
        return Response(self._text_data(row))

    @extend_schema(
        parameters=[LANGUAGE_PATH_PARAMETER],
        request=None,
        responses=serializers.OfferingTextSerializer,
    )
    @action(detail=True, methods=["post"], url_path=r"texts/(?P<language>[-a-z]+)/approve")
    def approve_text(self, request, *args, language, **kwargs):
        """A person checked the machine translation in this language and vouches for it."""
        offering = self.get_object()
        row = services.offering_text_approve(
            actor=request.user, offering=offering, language=self._language(language)
        )
        return Response(self._text_data(row))

    def _text_data(self, row):
        source = OfferingText.objects.filter(
            offering_id=row.offering_id, language=SOURCE_LANGUAGE
        ).first()
        return serializers.OfferingTextSerializer(row, context={"source": source}).data
