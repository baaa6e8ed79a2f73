"""REST API of projects: funding programmes, projects, their funding and indicators.

Fetched through the network of the address like the registry (``verbund/network/api.py``): the
public see a public network's public projects, the staff all of them; coordinators write,
through the services of ``verbund/projects/services.py``.
"""

from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema

from verbund.network.api import (
    NETWORK_PARAMETER,
    CreateMixin,
    DestroyMixin,
    NetworkScopedViewSet,
    PatchMixin,
    ReadMixin,
)
from verbund.network.models import ContactPerson
from verbund.projects import serializers, services
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    FundingSource,
    Indicator,
    IndicatorKind,
    Project,
    ProjectStatus,
    SubProject,
    SubProjectPartner,
)

_PROJECT_CHANGE = "projects.project:change"


@extend_schema(parameters=[NETWORK_PARAMETER])
class FundingProgrammeViewSet(
    ReadMixin, CreateMixin, PatchMixin, DestroyMixin, NetworkScopedViewSet
):
    """Funding programmes the network's projects are funded from. A programme that still funds
    a project cannot be deleted (400)."""

    serializer_class = serializers.FundingProgrammeSerializer
    search_fields = ["name", "short_name", "funders"]
    write_permissions = dict.fromkeys(("create", "partial_update", "destroy"), _PROJECT_CHANGE)

    def get_queryset(self):
        if self.network is None:
            return FundingProgramme.objects.none()
        return FundingProgramme.objects.filter(network=self.network).order_by("name", "pk")

    def perform_create(self, serializer):
        return services.programme_create(
            actor=self.request.user, network=self.network, data=dict(serializer.validated_data)
        )

    def perform_update(self, serializer):
        return services.programme_update(
            actor=self.request.user,
            programme=serializer.instance,
            data=dict(serializer.validated_data),
        )

    def perform_destroy(self, instance):
        # A programme that still funds a project is refused (DomainError, answered with 400).
        services.programme_delete(actor=self.request.user, programme=instance)


class ProjectFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=ProjectStatus.choices)
    programme = filters.NumberFilter(field_name="programme_id", label=_("funding programme"))

    class Meta:
        model = Project
        fields = ["status", "programme"]


@extend_schema(parameters=[NETWORK_PARAMETER])
class ProjectViewSet(ReadMixin, CreateMixin, PatchMixin, DestroyMixin, NetworkScopedViewSet):
    """Projects of the network: public ones for the public, all for the staff. The detail
    carries sub-projects with partners, funding by source with totals, and indicators."""

    serializer_class = serializers.ProjectSerializer
    filterset_class = ProjectFilter
    search_fields = ["title", "acronym"]
    write_permissions = dict.fromkeys(("create", "partial_update", "destroy"), _PROJECT_CHANGE)

    def get_serializer_class(self):
        if self.action == "list":
            return serializers.ProjectListSerializer
        return serializers.ProjectSerializer

    def get_queryset(self):
        if self.network is None:
            return Project.objects.none()
        projects = Project.objects.filter(network=self.network)
        if not self.is_staff:
            projects = projects.filter(is_public=True)
        projects = (
            projects.select_related("programme", "lead_organisation")
            .with_funding_total()
            .order_by("-starts_on", "title", "pk")
        )
        if self.action == "list":
            return projects
        contacts = ContactPerson.objects.select_related("organisation")
        if not self.is_staff:
            contacts = contacts.public()
        return projects.prefetch_related(
            Prefetch("contacts", queryset=contacts),
            Prefetch(
                "sub_projects",
                queryset=SubProject.objects.select_related("lead_partner").prefetch_related(
                    "partners__organisation", "target_groups", "fields_of_action"
                ),
            ),
            "funding",
            "indicators",
        )

    def perform_create(self, serializer):
        return services.project_create(
            actor=self.request.user, network=self.network, data=dict(serializer.validated_data)
        )

    def perform_update(self, serializer):
        return services.project_update(
            actor=self.request.user,
            project=serializer.instance,
            data=dict(serializer.validated_data),
        )

    def perform_destroy(self, instance):
        services.project_delete(actor=self.request.user, project=instance)


class FundingFilter(filters.FilterSet):
    project = filters.NumberFilter(field_name="project_id")
    source = filters.ChoiceFilter(choices=FundingSource.choices)

    class Meta:
        model = Funding
        fields = ["project", "source"]


@extend_schema(parameters=[NETWORK_PARAMETER])
class FundingViewSet(ReadMixin, CreateMixin, PatchMixin, DestroyMixin, NetworkScopedViewSet):
    """Funding of the network's projects, one row per source and amount (the project detail
    shows them summed by source). The public see the funding of public projects."""

    serializer_class = serializers.FundingEntrySerializer
    filterset_class = FundingFilter
    search_fields: list[str] = []
    write_permissions = dict.fromkeys(("create", "partial_update", "destroy"), _PROJECT_CHANGE)

    def get_queryset(self):
        if self.network is None:
            return Funding.objects.none()
        funding = Funding.objects.filter(project__network=self.network)
        if not self.is_staff:
            funding = funding.filter(project__is_public=True)
        return funding.order_by("project_id", "source", "pk")

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        return services.funding_add(actor=self.request.user, project=data.pop("project"), data=data)

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        data.pop("project", None)  # the serializer refuses another one
        return services.funding_update(
            actor=self.request.user, funding=serializer.instance, data=data
        )

    def perform_destroy(self, instance):
        services.funding_delete(actor=self.request.user, funding=instance)


class IndicatorFilter(filters.FilterSet):
    project = filters.NumberFilter(field_name="project_id")
    indicator = filters.ChoiceFilter(field_name="kind", choices=IndicatorKind.choices)
    network_level = filters.BooleanFilter(
        field_name="project", lookup_expr="isnull", label=_("figures of the network as a whole")
    )

    class Meta:
        model = Indicator
        fields = ["project", "indicator", "network_level"]


@extend_schema(parameters=[NETWORK_PARAMETER])
class IndicatorViewSet(ReadMixin, CreateMixin, PatchMixin, DestroyMixin, NetworkScopedViewSet):
    """Planned and achieved figures of the network's projects and of the network as a whole
    (balances such as "2005 to 2010: about 2,500 participants")."""

    serializer_class = serializers.IndicatorEntrySerializer
    filterset_class = IndicatorFilter
    search_fields = ["label"]
    write_permissions = dict.fromkeys(("create", "partial_update", "destroy"), _PROJECT_CHANGE)

    def get_queryset(self):
        if self.network is None:
            return Indicator.objects.none()
        indicators = Indicator.objects.filter(network=self.network)
        if not self.is_staff:
            indicators = indicators.filter(Q(project__isnull=True) | Q(project__is_public=True))
        return indicators.order_by("project_id", "kind", "pk")

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        return services.indicator_create(
            actor=self.request.user,
            network=self.network,
            project=data.pop("project", None),
            data=data,
        )

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        data.pop("project", None)  # the serializer refuses another one
        return services.indicator_update(
            actor=self.request.user, indicator=serializer.instance, data=data
        )

    def perform_destroy(self, instance):
        services.indicator_delete(actor=self.request.user, indicator=instance)


class SubProjectFilter(filters.FilterSet):
    project = filters.NumberFilter(field_name="project_id")

    class Meta:
        model = SubProject
        fields = ["project"]


@extend_schema(parameters=[NETWORK_PARAMETER])
class SubProjectViewSet(ReadMixin, CreateMixin, PatchMixin, DestroyMixin, NetworkScopedViewSet):
    """Sub-projects (Teilprojekte) of the network's projects, with their lead partner, target
    groups, fields of action and cooperating partners. The public see those of public projects."""

    serializer_class = serializers.SubProjectEntrySerializer
    filterset_class = SubProjectFilter
    search_fields = ["title"]
    write_permissions = dict.fromkeys(("create", "partial_update", "destroy"), _PROJECT_CHANGE)

    def get_queryset(self):
        if self.network is None:
            return SubProject.objects.none()
        sub_projects = SubProject.objects.filter(project__network=self.network)
        if not self.is_staff:
            sub_projects = sub_projects.filter(project__is_public=True)
        return (
            sub_projects.select_related("lead_partner")
            .prefetch_related("partners__organisation", "target_groups", "fields_of_action")
            .order_by("project_id", "position", "title", "pk")
        )

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        return services.sub_project_create(
            actor=self.request.user, project=data.pop("project"), data=data
        )

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        data.pop("project", None)  # the serializer refuses another one
        return services.sub_project_update(
            actor=self.request.user, sub_project=serializer.instance, data=data
        )

    def perform_destroy(self, instance):
        services.sub_project_delete(actor=self.request.user, sub_project=instance)


class SubProjectPartnerFilter(filters.FilterSet):
    sub_project = filters.NumberFilter(field_name="sub_project_id")
    organisation = filters.NumberFilter(field_name="organisation_id")

    class Meta:
        model = SubProjectPartner
        fields = ["sub_project", "organisation"]


@extend_schema(parameters=[NETWORK_PARAMETER])
class SubProjectPartnerViewSet(ReadMixin, CreateMixin, DestroyMixin, NetworkScopedViewSet):
    """Cooperating partners of sub-projects. A partner's role changes by removing and adding it
    again; the lead partner is a field of the sub-project."""

    serializer_class = serializers.SubProjectPartnerEntrySerializer
    filterset_class = SubProjectPartnerFilter
    search_fields: list[str] = []
    write_permissions = dict.fromkeys(("create", "destroy"), _PROJECT_CHANGE)

    def get_queryset(self):
        if self.network is None:
            return SubProjectPartner.objects.none()
        partners = SubProjectPartner.objects.filter(sub_project__project__network=self.network)
        if not self.is_staff:
            partners = partners.filter(sub_project__project__is_public=True)
        return partners.select_related("organisation").order_by(
            "sub_project_id", "organisation__name", "pk"
        )

    def perform_create(self, serializer):
        return services.sub_project_partner_add(
            actor=self.request.user, **serializer.validated_data
        )

    def perform_destroy(self, instance):
        services.sub_project_partner_remove(actor=self.request.user, partner=instance)
