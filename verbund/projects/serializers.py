"""API representations of projects, their programmes, sub-projects, funding and indicators.

A project's list row is short (with the funding total summed in SQL); its detail carries the
sub-projects with their partners, the funding by source with totals, the indicators and the
contact persons. Related ids must belong to the network of the address.
"""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from verbund.network.models import ContactPerson, FieldOfAction, Organisation, TargetGroup
from verbund.network.serializers import NetworkScopedSerializer, organisations_of
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    FundingSource,
    Indicator,
    IndicatorKind,
    PartnerRole,
    Project,
    SubProject,
    SubProjectPartner,
)

_AMOUNT = {"max_digits": 14, "decimal_places": 2}


class FundingProgrammeSerializer(serializers.ModelSerializer):
    class Meta:
        model = FundingProgramme
        fields = ["id", "name", "short_name", "funders", "description", "website"]
        read_only_fields = ["id"]


class NamedRefSerializer(serializers.Serializer):
    """Id and name of a related row (organisation, target group, field of action)."""

    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)


class SubProjectPartnerSerializer(serializers.ModelSerializer):
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    # Not "role": in the schema that name belongs to the role of a membership.
    partner_role = serializers.ChoiceField(
        source="role", choices=PartnerRole.choices, read_only=True
    )

    class Meta:
        model = SubProjectPartner
        fields = ["organisation", "organisation_name", "partner_role"]
        read_only_fields = fields


class SubProjectSerializer(serializers.ModelSerializer):
    lead_partner_name = serializers.CharField(
        source="lead_partner.name", read_only=True, default=None, allow_null=True
    )
    partners = SubProjectPartnerSerializer(many=True, read_only=True)
    target_groups = NamedRefSerializer(many=True, read_only=True)
    fields_of_action = NamedRefSerializer(many=True, read_only=True)

    class Meta:
        model = SubProject
        fields = [
            "id",
            "title",
            "lead_partner",
            "lead_partner_name",
            "partners",
            "description",
            "activities",
            "target_groups",
            "fields_of_action",
            "position",
        ]
        read_only_fields = fields


class FundingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Funding
        fields = ["id", "source", "amount", "funder", "note"]
        read_only_fields = fields


class FundingBySourceSerializer(serializers.Serializer):
    source = serializers.ChoiceField(choices=FundingSource.choices, read_only=True)
    amount = serializers.DecimalField(read_only=True, **_AMOUNT)
    share = serializers.FloatField(
        read_only=True, allow_null=True, help_text=_("Percent of the project's total.")
    )


class FundingSummarySerializer(serializers.Serializer):
    total = serializers.DecimalField(read_only=True, **_AMOUNT)
    by_source = FundingBySourceSerializer(many=True, read_only=True)
    entries = FundingSerializer(many=True, read_only=True)


class IndicatorSerializer(serializers.ModelSerializer):
    # Not "kind": in the schema that name belongs to the kind of an organisation.
    indicator = serializers.ChoiceField(
        source="kind", choices=IndicatorKind.choices, read_only=True
    )

    class Meta:
        model = Indicator
        fields = [
            "id",
            "indicator",
            "label",
            "period_start",
            "period_end",
            "planned",
            "achieved",
            "is_approximate",
            "source",
        ]
        read_only_fields = fields


class ProjectContactSerializer(serializers.ModelSerializer):
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    full_name = serializers.CharField(read_only=True)

    class Meta:
        model = ContactPerson
        fields = [
            "id",
            "full_name",
            "function",
            "email",
            "phone",
            "organisation",
            "organisation_name",
        ]
        read_only_fields = fields


_PROJECT_ROW = [
    "id",
    "title",
    "acronym",
    "programme",
    "programme_name",
    "lead_organisation",
    "lead_organisation_name",
    "starts_on",
    "ends_on",
    "status",
    "is_public",
    "is_synthetic",
    "funding_total",
]


class ProjectListSerializer(serializers.ModelSerializer):
    programme_name = serializers.CharField(
        source="programme.name", read_only=True, default=None, allow_null=True
    )
    lead_organisation_name = serializers.CharField(
        source="lead_organisation.name", read_only=True, default=None, allow_null=True
    )
    funding_total = serializers.DecimalField(read_only=True, allow_null=True, **_AMOUNT)

    class Meta:
        model = Project
        fields = _PROJECT_ROW
        read_only_fields = fields


class ProjectSerializer(NetworkScopedSerializer):
    programme_name = serializers.CharField(
        source="programme.name", read_only=True, default=None, allow_null=True
    )
    lead_organisation_name = serializers.CharField(
        source="lead_organisation.name", read_only=True, default=None, allow_null=True
    )
    funding_total = serializers.DecimalField(read_only=True, allow_null=True, **_AMOUNT)
    contact_persons = ProjectContactSerializer(source="contacts", many=True, read_only=True)
    sub_projects = SubProjectSerializer(many=True, read_only=True)
    funding = serializers.SerializerMethodField()
    indicators = IndicatorSerializer(many=True, read_only=True)

    class Meta:
        model = Project
        fields = [
            *_PROJECT_ROW,
            "description",
            "contacts",
            "contact_persons",
            "sub_projects",
            "funding",
            "indicators",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["id", "is_synthetic", "created_at", "updated_at"]
        extra_kwargs = {
            "programme": {"queryset": FundingProgramme.objects.none()},
            "lead_organisation": {"queryset": Organisation.objects.none()},
            "contacts": {"queryset": ContactPerson.objects.none()},
        }

    def scope_related(self, network):
        if network is None:
            return {}
        return {
            "programme": FundingProgramme.objects.filter(network=network),
            "lead_organisation": organisations_of(network),
            "contacts": ContactPerson.objects.filter(organisation__in=organisations_of(network)),
        }

    @extend_schema_field(FundingSummarySerializer)
    def get_funding(self, project):
        # Summed and ordered in SQL (one query, for the detail only).
        by_source = Funding.objects.filter(project=project).by_source()
        total = getattr(project, "funding_total", None)
        return FundingSummarySerializer(
            {
                "total": total if total is not None else Decimal("0.00"),
                "by_source": by_source,
                "entries": project.funding.all(),
            }
        ).data


class FundingEntrySerializer(NetworkScopedSerializer):
    """One amount from one source for one project, as its own resource."""

    class Meta:
        model = Funding
        fields = ["id", "project", "source", "amount", "funder", "note"]
        read_only_fields = ["id"]
        extra_kwargs = {"project": {"queryset": Project.objects.none()}}

    def scope_related(self, network):
        if network is None:
            return {}
        return {"project": Project.objects.filter(network=network)}

    def validate_project(self, project):
        return _same_project(self.instance, project)


def _same_project(instance, project):
    if instance is not None and getattr(project, "pk", None) != instance.project_id:
        raise serializers.ValidationError(
            _("A figure stays with its project; delete it and add it to the other project.")
        )
    return project


class IndicatorEntrySerializer(NetworkScopedSerializer):
    """A planned and an achieved figure, of a project or (without project) of the network."""

    indicator = serializers.ChoiceField(source="kind", choices=IndicatorKind.choices)

    class Meta:
        model = Indicator
        fields = [
            "id",
            "project",
            "indicator",
            "label",
            "period_start",
            "period_end",
            "planned",
            "achieved",
            "is_approximate",
            "source",
        ]
        read_only_fields = ["id"]
        extra_kwargs = {"project": {"queryset": Project.objects.none()}}

    def scope_related(self, network):
        if network is None:
            return {}
        return {"project": Project.objects.filter(network=network)}

    def validate_project(self, project):
        return _same_project(self.instance, project)


class SubProjectEntrySerializer(NetworkScopedSerializer):
    """A sub-project as its own resource: lead partner, lists of the network, partners."""

    lead_partner_name = serializers.CharField(
        source="lead_partner.name", read_only=True, default=None, allow_null=True
    )
    partners = SubProjectPartnerSerializer(many=True, read_only=True)

    class Meta:
        model = SubProject
        fields = [
            "id",
            "project",
            "title",
            "lead_partner",
            "lead_partner_name",
            "partners",
            "description",
            "activities",
            "target_groups",
            "fields_of_action",
            "position",
        ]
        read_only_fields = ["id"]
        extra_kwargs = {
            "project": {"queryset": Project.objects.none()},
            "lead_partner": {"queryset": Organisation.objects.none()},
            "target_groups": {"queryset": TargetGroup.objects.none()},
            "fields_of_action": {"queryset": FieldOfAction.objects.none()},
        }

    def scope_related(self, network):
        if network is None:
            return {}
        return {
            "project": Project.objects.filter(network=network),
            "lead_partner": organisations_of(network),
            "target_groups": TargetGroup.objects.filter(network=network),
            "fields_of_action": FieldOfAction.objects.filter(network=network),
        }

    def validate_project(self, project):
        if self.instance is not None and project.pk != self.instance.project_id:
            raise serializers.ValidationError(_("A sub-project stays with its project."))
        return project


class SubProjectPartnerEntrySerializer(NetworkScopedSerializer):
    """A cooperating partner of a sub-project, in its role."""

    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    partner_role = serializers.ChoiceField(source="role", choices=PartnerRole.choices)

    class Meta:
        model = SubProjectPartner
        fields = ["id", "sub_project", "organisation", "organisation_name", "partner_role"]
        read_only_fields = ["id"]
        extra_kwargs = {
            "sub_project": {"queryset": SubProject.objects.none()},
            "organisation": {"queryset": Organisation.objects.none()},
        }
        # The service says "already a partner" itself, as a field error.
        validators: list = []

    def scope_related(self, network):
        if network is None:
            return {}
        return {
            "sub_project": SubProject.objects.filter(project__network=network),
            "organisation": organisations_of(network),
        }
