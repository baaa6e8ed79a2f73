"""REST API of the registry: networks, and under each network its organisations, memberships,
contact persons, fields of action and target groups.

Every resource below ``/api/networks/<network>/`` is fetched through that network: the network
must be visible to the reader (public, or the reader is its staff), and the objects must belong
to it, otherwise 404. The public see a public network's current members with their public
fields and its public contact persons; the network's staff see everything. Writes follow the
permission registry like the back office (``verbund/accounts/roles.py``).

Writes go through the registry's services (``verbund/network/services.py``), the same as the
back office's: the views here decide who may, the services what is valid, in one transaction
with a log entry. A service's ``ValidationError`` or ``DomainError`` is answered with 400.
"""

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.filters import SearchFilter
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from verbund.accounts.access import has_permission
from verbund.accounts.api_permissions import (
    RegistryPermission,
    get_visible_network,
    is_network_staff,
    visible_networks,
)
from verbund.network import serializers, services
from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Membership,
    MembershipRole,
    Organisation,
    OrganisationKind,
    TargetGroup,
)
from verbund.network.serializers import organisations_of

NETWORK_PARAMETER = OpenApiParameter(
    "network",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    description=_("Short address (slug) of the network."),
)


# --- base classes -------------------------------------------------------------------------------


class NetworkScopedViewSet(GenericViewSet):
    """A resource of the network in the address (``<network>``, its slug).

    ``write_permissions`` maps an action (create, partial_update, destroy) to a permission of
    the registry; ``public_serializer_class`` is what readers outside the network's staff get.
    A writable resource implements ``perform_create`` / ``perform_update`` / ``perform_destroy``
    by calling its service and returning the written instance.
    """

    permission_classes = [RegistryPermission]
    filter_backends = [filters.DjangoFilterBackend, SearchFilter]
    lookup_value_regex = "[0-9]+"
    write_permissions: dict[str, str] = {}
    public_serializer_class = None
    network = None
    is_staff = False
    _object = None

    @property
    def write_permission(self) -> str | None:
        action = self.action
        if action == "metadata":
            # OPTIONS asks which writes the reader could make, with the request's method
            # replaced by each write method in turn.
            action = self.action_map.get(self.request.method.lower())
        return self.write_permissions.get(action)

    def organisation_of(self, obj):
        """The organisation an organisation permission is decided on."""
        raise NotImplementedError

    def check_permissions(self, request):
        # 404 before 403: an invisible network or an object outside it is not found, whatever
        # the method; only then does the permission for the action count.
        if self.network is None and "network" in self.kwargs:
            self.network = get_visible_network(request.user, self.kwargs["network"])
            self.is_staff = is_network_staff(request.user, self.network)
        if self.detail:
            self.get_object()
        super().check_permissions(request)

    def get_object(self):
        if self._object is None:
            self._object = super().get_object()
        return self._object

    def get_serializer_class(self):
        if (
            self.public_serializer_class is not None
            and not self.is_staff
            and not getattr(self, "swagger_fake_view", False)
            and self.request.method in ("GET", "HEAD")
        ):
            return self.public_serializer_class
        return self.serializer_class

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "network": self.network}

    def require(self, permission: str, *, organisation=None):
        if not has_permission(
            self.request.user, permission, network=self.network, organisation=organisation
        ):
            raise PermissionDenied

    def represent(self, instance):
        """The instance as a reader sees it after a write, with the list's annotations."""
        fresh = self.get_queryset().filter(pk=instance.pk).first() or instance
        return self.get_serializer(fresh).data


class CreateMixin:
    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        instance = self.perform_create(serializer)
        return Response(self.represent(instance), status=status.HTTP_201_CREATED)


class PatchMixin:
    """Partial updates only: a PUT that forgets a field would silently blank it."""

    def partial_update(self, request, *args, **kwargs):
        serializer = self.get_serializer(self.get_object(), data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        instance = self.perform_update(serializer)
        return Response(self.represent(instance))


class DestroyMixin:
    def destroy(self, request, *args, **kwargs):
        self.perform_destroy(self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class ReadMixin(mixins.ListModelMixin, mixins.RetrieveModelMixin):
    pass


# --- networks -----------------------------------------------------------------------------------


class NetworkViewSet(ReadMixin, PatchMixin, NetworkScopedViewSet):
    """Networks: the public ones, and the non-public ones the reader belongs to."""

    serializer_class = serializers.NetworkSerializer
    lookup_field = "slug"
    lookup_url_kwarg = "network"
    lookup_value_regex = "[-a-zA-Z0-9_]+"
    search_fields = ["name", "short_name", "region"]
    write_permissions = {"partial_update": "network.network:change"}

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return visible_networks(None)
        return visible_networks(self.request.user).select_related("coordination_office")

    def get_object(self):
        # The network of the address is the object; check_permissions fetched it visibly.
        self.check_object_permissions(self.request, self.network)
        return self.network

    def perform_update(self, serializer):
        return services.network_update(
            actor=self.request.user, network=self.network, data=dict(serializer.validated_data)
        )


# --- organisations ------------------------------------------------------------------------------


def _view_network(filterset):
    # django-filter hands the DRF request over; its parser context knows the view, which has
    # already fetched the network of the address through the reader's visibility.
    return filterset.request.parser_context["view"].network


class OrganisationFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=OrganisationKind.choices)
    role = filters.ChoiceFilter(
        choices=MembershipRole.choices,
        method="filter_by_membership",
        label=_("role in the network"),
    )
    current = filters.BooleanFilter(
        method="filter_by_membership", label=_("current member of the network")
    )

    class Meta:
        model = Organisation
        fields = ["kind", "role", "current"]

    def filter_by_membership(self, queryset, name, value):
        # Role and currency must hold for the same membership: both are applied together below.
        return queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        role = self.form.cleaned_data.get("role")
        current = self.form.cleaned_data.get("current")
        if not role and current is None:
            return queryset
        network = _view_network(self)
        memberships = Membership.objects.filter(network=network)
        if role:
            memberships = memberships.filter(role=role)
        if current:
            memberships = memberships.current()
        queryset = queryset.filter(pk__in=memberships.values("organisation_id"))
        if current is False:
            queryset = queryset.exclude(
                pk__in=Membership.objects.filter(network=network)
                .current()
                .values("organisation_id")
            )
        return queryset


@extend_schema(parameters=[NETWORK_PARAMETER])
class OrganisationViewSet(ReadMixin, CreateMixin, PatchMixin, NetworkScopedViewSet):
    """Organisations of the network: current members for the public, every member ever for
    its staff, with their memberships in this network."""

    serializer_class = serializers.OrganisationSerializer
    public_serializer_class = serializers.PublicOrganisationSerializer
    filterset_class = OrganisationFilter
    search_fields = ["name", "short_name", "city"]
    write_permissions = {
        "create": "network.organisation:add",
        "partial_update": "network.organisation:change",
    }

    def organisation_of(self, obj):
        return obj

    def get_queryset(self):
        if self.network is None:
            return Organisation.objects.none()
        memberships = Membership.objects.filter(network=self.network).order_by("started_on")
        if self.is_staff:
            organisations = organisations_of(self.network)
        else:
            memberships = memberships.current()
            organisations = Organisation.objects.filter(
                pk__in=memberships.values("organisation_id")
            )
        return organisations.prefetch_related(
            Prefetch("memberships", queryset=memberships, to_attr="network_memberships")
        ).order_by("name", "pk")

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        membership = data.pop("membership", None) or {}
        return services.organisation_create(
            actor=self.request.user,
            network=self.network,
            data=data,
            role=membership.get("role", MembershipRole.MEMBER),
            started_on=membership.get("started_on") or timezone.localdate(),
        )

    def perform_update(self, serializer):
        return services.organisation_update(
            actor=self.request.user,
            network=self.network,
            organisation=serializer.instance,
            data=dict(serializer.validated_data),
        )


# --- memberships --------------------------------------------------------------------------------


class MembershipFilter(filters.FilterSet):
    role = filters.ChoiceFilter(choices=MembershipRole.choices)
    organisation = filters.NumberFilter(field_name="organisation_id")
    current = filters.BooleanFilter(method="filter_current", label=_("current"))

    class Meta:
        model = Membership
        fields = ["role", "organisation", "current"]

    def filter_current(self, queryset, name, value):
        current = Membership.objects.current().values("pk")
        return queryset.filter(pk__in=current) if value else queryset.exclude(pk__in=current)


@extend_schema(parameters=[NETWORK_PARAMETER])
class MembershipViewSet(ReadMixin, CreateMixin, PatchMixin, NetworkScopedViewSet):
    """Memberships in the network with their history: current ones for the public, all for the
    staff. A membership ends by setting ``ended_on``; it is never deleted, so the history holds.
    Periods of one organisation do not overlap."""

    serializer_class = serializers.MembershipSerializer
    public_serializer_class = serializers.PublicMembershipSerializer
    filterset_class = MembershipFilter
    search_fields = ["organisation__name", "organisation__short_name"]
    write_permissions = {
        "create": "network.membership:change",
        "partial_update": "network.membership:change",
    }

    def get_queryset(self):
        if self.network is None:
            return Membership.objects.none()
        memberships = Membership.objects.filter(network=self.network).select_related("organisation")
        if not self.is_staff:
            memberships = memberships.current()
        return memberships.order_by("organisation__name", "started_on", "pk")

    def perform_create(self, serializer):
        return services.membership_create(
            actor=self.request.user, network=self.network, **serializer.validated_data
        )

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        data.pop("organisation", None)  # the serializer refuses another one
        return services.membership_update(
            actor=self.request.user,
            network=self.network,
            membership=serializer.instance,
            data=data,
        )


# --- contact persons ----------------------------------------------------------------------------


class ContactPersonFilter(filters.FilterSet):
    organisation = filters.NumberFilter(field_name="organisation_id")

    class Meta:
        model = ContactPerson
        fields = ["organisation", "is_public"]


@extend_schema(parameters=[NETWORK_PARAMETER])
class ContactPersonViewSet(ReadMixin, CreateMixin, PatchMixin, DestroyMixin, NetworkScopedViewSet):
    """Contact persons of the network's organisations: those who agreed to be shown publicly
    for the public, all for the network's staff. No text search: names would end up in
    addresses and server logs."""

    serializer_class = serializers.ContactPersonSerializer
    public_serializer_class = serializers.PublicContactPersonSerializer
    filterset_class = ContactPersonFilter
    search_fields: list[str] = []
    write_permissions = {
        "create": "network.contact:change",
        "partial_update": "network.contact:change",
        "destroy": "network.contact:change",
    }

    def organisation_of(self, obj):
        return obj.organisation

    def get_queryset(self):
        if self.network is None:
            return ContactPerson.objects.none()
        if self.is_staff:
            contacts = ContactPerson.objects.filter(organisation__in=organisations_of(self.network))
        else:
            current = Membership.objects.filter(network=self.network).current()
            contacts = ContactPerson.objects.public().filter(
                organisation__in=current.values("organisation_id")
            )
        return contacts.select_related("organisation").order_by("last_name", "first_name", "pk")

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        return services.contact_create(
            actor=self.request.user,
            network=self.network,
            organisation=data.pop("organisation"),
            data=data,
        )

    def perform_update(self, serializer):
        return services.contact_update(
            actor=self.request.user,
            network=self.network,
            contact=serializer.instance,
            data=dict(serializer.validated_data),
        )

    def perform_destroy(self, instance):
        services.contact_delete(actor=self.request.user, network=self.network, contact=instance)

    def get_serializer_context(self):
        # The organisation a contact person is added to or moved to needs the permission too;
        # checked while the payload is read, so a refusal is a 403 whatever else is wrong in it.
        def check_organisation(organisation):
            self.require("network.contact:change", organisation=organisation)

        return {**super().get_serializer_context(), "check_organisation": check_organisation}


# --- fields of action and target groups ---------------------------------------------------------


class VocabularyViewSet(ReadMixin, CreateMixin, PatchMixin, DestroyMixin, NetworkScopedViewSet):
    search_fields = ["name"]
    write_permissions = {
        "create": "network.network:change",
        "partial_update": "network.network:change",
        "destroy": "network.network:change",
    }
    model = None

    def get_queryset(self):
        if self.network is None:
            return self.model.objects.none()
        return self.model.objects.filter(network=self.network).order_by("position", "name", "pk")

    def perform_create(self, serializer):
        return services.vocabulary_entry_create(
            actor=self.request.user,
            network=self.network,
            model=self.model,
            data=dict(serializer.validated_data),
        )

    def perform_update(self, serializer):
        return services.vocabulary_entry_update(
            actor=self.request.user,
            network=self.network,
            entry=serializer.instance,
            data=dict(serializer.validated_data),
        )

    def perform_destroy(self, instance):
        # An entry still in use is refused (DomainError, answered with 400).
        services.vocabulary_entry_delete(
            actor=self.request.user, network=self.network, entry=instance
        )


@extend_schema(parameters=[NETWORK_PARAMETER])
class FieldOfActionViewSet(VocabularyViewSet):
    """The network's fields of action (Handlungsfelder)."""

    model = FieldOfAction
    serializer_class = serializers.FieldOfActionSerializer


@extend_schema(parameters=[NETWORK_PARAMETER])
class TargetGroupViewSet(VocabularyViewSet):
    """The network's target groups."""

    model = TargetGroup
    serializer_class = serializers.TargetGroupSerializer
