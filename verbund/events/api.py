"""REST API of events: the public calendar and the staff's events with their registrations.

``/api/networks/<network>/events/`` is the public calendar's machine-readable twin: published
(and cancelled) events open to the public of a public network, upcoming by default, with texts in
the language of ``?lang=`` (German as the fallback), seat counts and the state of registration.
Events for members or by invitation are not in it. It is open to everybody, logged in or not.

``/api/networks/<network>/event-management/`` is where staff write events, through the services
of ``verbund/events/services.py``; who sees and may do what is decided by
``verbund/events/permissions.py``: the network's staff see its published and cancelled events,
drafts are seen by the coordination and the organisers' staff; writing, publishing and
cancelling need the permission for one of the event's organisers. ``…/<id>/registrations/``
lists the registrations — names and e-mail addresses — for those who may see them
(``events.registration:view``) and checks people in (``events.registration:change``).

Like every resource below a network, an event of another network is a 404; one the reader may
see but not act on is a 403.
"""

import datetime

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status
from rest_framework import serializers as drf_serializers
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.permissions import AllowAny, BasePermission
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from verbund.accounts.api_permissions import get_visible_network, is_network_staff
from verbund.core.translations import SOURCE_LANGUAGE, content_languages
from verbund.events import permissions, serializers, services
from verbund.events.choices import EventKind, EventStatus, RegistrationStatus
from verbund.events.models import Event, EventText, Registration
from verbund.network.selectors import public_networks

NETWORK_PARAMETER = OpenApiParameter(
    "network",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    description=_("Short address (slug) of the network."),
)
EVENT_PARAMETER = OpenApiParameter(
    "event", OpenApiTypes.INT, OpenApiParameter.PATH, description=_("Id of the event.")
)
LANG_PARAMETER = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=content_languages(),
    default=SOURCE_LANGUAGE,
    description=_(
        "Language of the texts; German where the event has no translation into it "
        "(text.is_fallback says so)."
    ),
)


class EventPagination(LimitOffsetPagination):
    # A public endpoint: nobody pulls a network's whole history in one request.
    max_limit = 200


def with_display(events):
    """Everything an event's line shows, in a fixed number of queries whatever the page size:
    seat counts summed in SQL, host, series and contact joined, texts and organisers fetched
    once for the page."""
    return (
        events.with_seat_counts()
        .select_related("host", "series", "contact")
        .prefetch_related(
            Prefetch("texts", queryset=EventText.objects.order_by("language"), to_attr="all_texts"),
            # Not to an attribute of its own: the staff's serializer reads ``organisers.all()``.
            "organisers",
        )
    )


# --- the public calendar ------------------------------------------------------------------------


class CalendarQuery(drf_serializers.Serializer):
    """The calendar's query parameters, checked whole: an unknown value is a 400 naming it.
    (``from`` is a Python keyword, so the fields have names of their own: ``QUERY_NAMES``.)"""

    kind = drf_serializers.ChoiceField(EventKind.choices, required=False)
    first_day = drf_serializers.DateField(required=False)
    last_day = drf_serializers.DateField(required=False)
    past = drf_serializers.BooleanField(required=False, default=False)

    def validate(self, attrs):
        first, last = attrs.get("first_day"), attrs.get("last_day")
        if first and last and last < first:
            raise drf_serializers.ValidationError(
                {"last_day": [_("The last day is before the first.")]}
            )
        return attrs


# query parameter -> field of CalendarQuery
QUERY_NAMES = {"kind": "kind", "from": "first_day", "to": "last_day", "past": "past"}


CALENDAR_PARAMETERS = [
    OpenApiParameter(
        "kind",
        OpenApiTypes.STR,
        OpenApiParameter.QUERY,
        enum=EventKind.values,
        description=_("Only events of this kind."),
    ),
    OpenApiParameter(
        "from",
        OpenApiTypes.DATE,
        OpenApiParameter.QUERY,
        description=_("Only events on or after this day (YYYY-MM-DD)."),
    ),
    OpenApiParameter(
        "to",
        OpenApiTypes.DATE,
        OpenApiParameter.QUERY,
        description=_("Only events starting on or before this day (YYYY-MM-DD)."),
    ),
    OpenApiParameter(
        "past",
        OpenApiTypes.BOOL,
        OpenApiParameter.QUERY,
        description=_("Past events instead of upcoming ones, the latest first."),
    ),
]


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


@extend_schema(parameters=[NETWORK_PARAMETER, LANG_PARAMETER])
class EventViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, GenericViewSet):
    """The public calendar: events open to the public of a public network, in any of its
    languages, with free seats and whether registration is open. Upcoming events by default,
    soonest first; ``past=true`` gives those that are over, the latest first."""

    # Anonymous reads on purpose: the calendar is for the public and its page needs no login
    # either. Only events listed publicly anyway are served, and the endpoint is read-only;
    # drafts and members' or invited events are the staff's (event-management below).
    permission_classes = [AllowAny]
    serializer_class = serializers.PublicEventSerializer
    pagination_class = EventPagination
    filter_backends: list = []
    lookup_value_regex = "[0-9]+"
    network = None

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # The public pages' rule: a network that is not public has no calendar (404).
        self.network = get_object_or_404(public_networks(), slug=self.kwargs["network"])
        self.now = timezone.now()

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
            return Event.objects.none()
        self.language  # noqa: B018 - a bad ?lang= is a 400 before anything is read
        events = Event.objects.in_network(self.network).listed_publicly()
        if self.action == "list":
            events = self._filtered(events)
        return with_display(events)

    def _filtered(self, events):
        given = self.request.query_params
        query = CalendarQuery(
            data={
                field: given[name]
                for name, field in QUERY_NAMES.items()
                if given.get(name) not in (None, "")
            }
        )
        if not query.is_valid():
            parameter = {field: name for name, field in QUERY_NAMES.items()}
            raise ValidationError(
                {parameter.get(field, field): errors for field, errors in query.errors.items()}
            )
        params = query.validated_data
        if params.get("kind"):
            events = events.filter(kind=params["kind"])
        if params.get("first_day"):
            events = events.filter(ends_at__gte=_day_start(params["first_day"]))
        if params.get("last_day"):
            events = events.filter(
                starts_at__lt=_day_start(params["last_day"] + datetime.timedelta(days=1))
            )
        if params["past"]:
            return events.past(self.now).order_by("-starts_at", "-pk")
        return events.upcoming(self.now).order_by("starts_at", "pk")

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if self.network is not None:
            context.update(network=self.network, language=self.language, now=self.now)
        return context

    @extend_schema(parameters=CALENDAR_PARAMETERS)
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)


# --- the staff's events -------------------------------------------------------------------------


class ManagedEventPermission(BasePermission):
    """The network's staff only; each action needs its permission on one of the organisers."""

    ACTION_PERMISSIONS = {
        "partial_update": permissions.CHANGE,
        "publish": permissions.PUBLISH,
        "cancel": permissions.PUBLISH,
    }

    def has_permission(self, request, view):
        if view.action is None:
            return True  # a method the resource does not offer: 405
        if view.action == "create":
            allowed = permissions.organisations_for(request.user, permissions.CHANGE, view.network)
            return allowed is None or bool(allowed)
        return True

    def has_object_permission(self, request, view, obj):
        permission = self.ACTION_PERMISSIONS.get(view.action)
        return permission is None or permissions.can(request.user, permission, obj)


class ManagedEventFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=EventStatus.choices)
    kind = filters.ChoiceFilter(choices=EventKind.choices)
    organiser = filters.NumberFilter(field_name="organisers", label=_("organiser"))
    past = filters.BooleanFilter(method="filter_past", label=_("over"))

    class Meta:
        model = Event
        fields = ["status", "kind", "organiser", "past"]

    def filter_past(self, queryset, name, value):
        return queryset.past() if value else queryset.upcoming()


class StaffNetworkMixin:
    """Fetch through the tenant: a network the reader is not staff of is not found (404) for a
    logged-in user, and asks the anonymous to log in (403)."""

    network = None

    def check_permissions(self, request):
        if self.network is None and "network" in self.kwargs:
            network = get_visible_network(request.user, self.kwargs["network"])
            if not is_network_staff(request.user, network):
                if request.user.is_authenticated:
                    raise NotFound
                self.permission_denied(request)
            self.network = network
        self.fetch_objects()
        super().check_permissions(request)

    def fetch_objects(self) -> None:
        """Read the objects of the address, so that what the reader cannot see is a 404
        before any 403."""

    def office_events(self):
        if self.network is None:
            return Event.objects.none()
        return permissions.office_events(self.request.user, self.network)


def _remember_organisers(events):
    """``permissions.can`` reads an event's organisers; give it the prefetched ones."""
    for event in events:
        event._organiser_ids = [org.pk for org in serializers.organisers_of(event)]
    return events


@extend_schema(parameters=[NETWORK_PARAMETER])
class ManagedEventViewSet(
    StaffNetworkMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, GenericViewSet
):
    """Events as their organisers' staff and the coordinators see and write them. Adding needs
    the German text and makes a draft; ``publish`` and ``cancel`` change its status (a cancelled
    event stays listed, and everyone registered is told by e-mail)."""

    permission_classes = [ManagedEventPermission]
    serializer_class = serializers.ManagedEventSerializer
    filterset_class = ManagedEventFilter
    lookup_value_regex = "[0-9]+"
    _object = None

    def get_queryset(self):
        return with_display(self.office_events()).order_by("-starts_at", "pk")

    def fetch_objects(self):
        if self.detail and self.action is not None:
            self.get_object()

    def get_object(self):
        if self._object is None:
            (self._object,) = _remember_organisers([super().get_object()])
        return self._object

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return None if page is None else _remember_organisers(page)

    def get_serializer_context(self):
        user = self.request.user

        def check_organisers(organisers):
            allowed = permissions.organisations_for(user, permissions.CHANGE, self.network)
            if allowed is not None and not any(org.pk in allowed for org in organisers):
                raise PermissionDenied(
                    _("Name an organisation you write events for among the organisers.")
                )

        return {
            **super().get_serializer_context(),
            "network": self.network,
            "check_organisers": check_organisers,
        }

    def represent(self, event, status_code=status.HTTP_200_OK):
        self._object = None
        fresh = self.get_queryset().filter(pk=event.pk).first()
        if fresh is None:  # e.g. written for organisers the writer is not staff of
            fresh = event
        (fresh,) = _remember_organisers([fresh])
        return Response(self.get_serializer(fresh).data, status=status_code)

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        text = dict(data.pop("text"))
        event = services.event_create(
            actor=request.user, network=self.network, data=data, text=text
        )
        return self.represent(event, status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        event = self.get_object()
        serializer = self.get_serializer(event, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        data.pop("text", None)  # the German text is given when adding
        event = services.event_update(actor=request.user, event=event, data=data)
        return self.represent(event)

    @extend_schema(request=None, responses=serializers.ManagedEventSerializer)
    @action(detail=True, methods=["post"])
    def publish(self, request, *args, **kwargs):
        """Show the event in the public calendar (or, for members and invited, at its link)."""
        return self.represent(services.event_publish(actor=request.user, event=self.get_object()))

    @extend_schema(request=None, responses=serializers.ManagedEventSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request, *args, **kwargs):
        """Call the event off: it stays listed as cancelled, everyone registered or waiting is
        told by e-mail, and nobody can register any more."""
        return self.represent(services.event_cancel(actor=request.user, event=self.get_object()))


# --- registrations ------------------------------------------------------------------------------


class RegistrationFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=RegistrationStatus.choices)

    class Meta:
        model = Registration
        fields = ["status"]


class RegistrationPermission(BasePermission):
    """Seeing registrations (names, addresses) and checking people in are decided on the
    event's organisers."""

    def has_permission(self, request, view):
        if view.action is None:
            return True  # a method the resource does not offer: 405
        needed = (
            permissions.REGISTRATIONS_CHANGE
            if view.action == "check_in"
            else permissions.REGISTRATIONS_VIEW
        )
        return permissions.can(request.user, needed, view.event)


@extend_schema(parameters=[NETWORK_PARAMETER, EVENT_PARAMETER])
class RegistrationViewSet(StaffNetworkMixin, mixins.ListModelMixin, GenericViewSet):
    """Registrations of one event, in the order they came, with the names and e-mail addresses
    of the people: for the staff of its organisers who may see registrations. ``check-in`` marks
    a confirmed person as there, or takes it back."""

    permission_classes = [RegistrationPermission]
    serializer_class = serializers.RegistrationSerializer
    filterset_class = RegistrationFilter
    lookup_value_regex = "[0-9]+"
    event = None

    def fetch_objects(self):
        if self.action is None:
            return
        events = self.office_events().filter(pk=self.kwargs["event"])
        self.event = get_object_or_404(events.select_related("network"))
        if self.detail:
            self.get_object()  # a registration of another event is not found

    def get_queryset(self):
        if self.event is None:
            return Registration.objects.none()
        return (
            Registration.objects.filter(event=self.event)
            .select_related("organisation")
            .order_by("created_at", "pk")
        )

    @extend_schema(
        request=serializers.CheckInSerializer, responses=serializers.RegistrationSerializer
    )
    @action(detail=True, methods=["post"], url_path="check-in")
    def check_in(self, request, *args, **kwargs):
        """Mark a confirmed person as there (``present``: true) or take it back (false)."""
        registration = self.get_object()
        serializer = serializers.CheckInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        registration = services.registration_check_in(
            actor=request.user,
            registration=registration,
            present=serializer.validated_data["present"],
        )
        return Response(self.get_serializer(self.get_queryset().get(pk=registration.pk)).data)
