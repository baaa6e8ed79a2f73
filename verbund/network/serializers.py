"""API representations of the registry.

Two shapes per resource where the public and the network's staff see different things: the
public one carries only what the public pages show; the staff one adds internal fields. Foreign
keys accept only ids of the network named in the address (``context["network"]``), so an id of
another network is refused like an unknown one.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from verbund.accounts.api_permissions import is_network_staff
from verbund.network import selectors
from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Membership,
    MembershipRole,
    Network,
    Organisation,
    TargetGroup,
)


def organisations_of(network):
    """Every organisation that belongs or belonged to ``network``: what its ids may name."""
    if network is None:
        return Organisation.objects.none()
    return selectors.organisations_of(network)


class NetworkScopedSerializer(serializers.ModelSerializer):
    """Narrows the querysets of related fields to the network in the serializer's context."""

    def scope_related(self, network):
        """Return ``{field name: queryset}`` of the related fields to narrow."""
        return {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        network = self.context.get("network")
        for name, queryset in self.scope_related(network).items():
            field = self.fields.get(name)
            if field is None or field.read_only:
                continue
            target = getattr(field, "child_relation", field)
            target.queryset = queryset


class NetworkSerializer(NetworkScopedSerializer):
    coordination_office_name = serializers.CharField(
        source="coordination_office.name", read_only=True, default=None, allow_null=True
    )
    statute = serializers.SerializerMethodField(
        help_text=_("Address of the statute (PDF) for the network's staff; empty for others.")
    )

    class Meta:
        model = Network
        fields = [
            "slug",
            "name",
            "short_name",
            "region",
            "founded_year",
            "coordination_office",
            "coordination_office_name",
            "description",
            "website",
            "email",
            "is_public",
            "statute",
        ]
        read_only_fields = ["slug"]
        extra_kwargs = {"coordination_office": {"queryset": Organisation.objects.none()}}

    def scope_related(self, network):
        return {"coordination_office": organisations_of(network)}

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_statute(self, network) -> str | None:
        # The statute is an internal document: only the network's staff learn where it is.
        request = self.context.get("request")
        if not network.statute or request is None or not is_network_staff(request.user, network):
            return None
        return request.build_absolute_uri(network.statute.url)


class OrganisationMembershipSerializer(serializers.ModelSerializer):
    """A membership of the organisation in the network of the address, inside an organisation."""

    class Meta:
        model = Membership
        fields = ["id", "role", "started_on", "ended_on"]
        read_only_fields = fields


class PublicOrganisationSerializer(serializers.ModelSerializer):
    memberships = OrganisationMembershipSerializer(
        source="network_memberships", many=True, read_only=True
    )

    class Meta:
        model = Organisation
        # E-mail and phone stay internal: in a small association they are often a volunteer's
        # private line.
        fields = [
            "id",
            "name",
            "short_name",
            "kind",
            "legal_form",
            "street",
            "postal_code",
            "city",
            "latitude",
            "longitude",
            "website",
            "description",
            "is_synthetic",
            "memberships",
        ]
        read_only_fields = fields


class NewMembershipSerializer(serializers.Serializer):
    """The membership an organisation enters the network with."""

    role = serializers.ChoiceField(choices=MembershipRole.choices, default=MembershipRole.MEMBER)
    started_on = serializers.DateField(
        required=False, allow_null=True, help_text=_("Today if not given.")
    )


class OrganisationSerializer(serializers.ModelSerializer):
    memberships = OrganisationMembershipSerializer(
        source="network_memberships", many=True, read_only=True
    )
    # Only when adding: an organisation enters the registry as a member of the network.
    membership = NewMembershipSerializer(
        write_only=True,
        required=False,
        help_text=_(
            "Only when adding: the membership in the network (a member from today if not given)."
        ),
    )

    class Meta:
        model = Organisation
        fields = [
            "id",
            "name",
            "short_name",
            "kind",
            "legal_form",
            "street",
            "postal_code",
            "city",
            "latitude",
            "longitude",
            "website",
            "email",
            "phone",
            "description",
            "is_synthetic",
            "memberships",
            "membership",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["id", "is_synthetic", "created_at", "updated_at"]

    def validate(self, attrs):
        if self.instance is not None and "membership" in attrs:
            raise serializers.ValidationError(
                {"membership": _("Change memberships through the memberships of the network.")}
            )
        return attrs


class PublicMembershipSerializer(serializers.ModelSerializer):
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    is_current = serializers.SerializerMethodField()

    class Meta:
        model = Membership
        fields = [
            "id",
            "organisation",
            "organisation_name",
            "role",
            "started_on",
            "ended_on",
            "is_current",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.BooleanField())
    def get_is_current(self, membership) -> bool:
        return membership.is_active_on(timezone.localdate())


class MembershipSerializer(NetworkScopedSerializer):
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    is_current = serializers.SerializerMethodField()

    class Meta:
        model = Membership
        fields = [
            "id",
            "organisation",
            "organisation_name",
            "role",
            "started_on",
            "ended_on",
            "is_current",
            "note",
        ]
        read_only_fields = ["id"]
        extra_kwargs = {"organisation": {"queryset": Organisation.objects.none()}}

    def scope_related(self, network):
        # As in the back office: an organisation of the network's registry, or a current member
        # of a public network (its name is public anyway); a non-public network's members stay
        # hidden, and an id of one is refused like an unknown id.
        if network is None:
            return {"organisation": Organisation.objects.none()}
        return {"organisation": selectors.addable_organisations(network)}

    @extend_schema_field(serializers.BooleanField())
    def get_is_current(self, membership) -> bool:
        return membership.is_active_on(timezone.localdate())

    def validate_organisation(self, organisation):
        if self.instance is not None and organisation.pk != self.instance.organisation_id:
            raise serializers.ValidationError(
                _("A membership stays with its organisation; end it and add a new one.")
            )
        return organisation


class ContactPersonSerializer(NetworkScopedSerializer):
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    full_name = serializers.CharField(read_only=True)

    class Meta:
        model = ContactPerson
        fields = [
            "id",
            "organisation",
            "organisation_name",
            "salutation",
            "first_name",
            "last_name",
            "full_name",
            "function",
            "email",
            "phone",
            "is_public",
            "is_synthetic",
        ]
        read_only_fields = ["id", "full_name", "is_synthetic"]
        extra_kwargs = {"organisation": {"queryset": Organisation.objects.none()}}

    def scope_related(self, network):
        return {"organisation": organisations_of(network)}

    def validate_organisation(self, organisation):
        check = self.context.get("check_organisation")
        if check is not None:
            check(organisation)
        return organisation


class PublicContactPersonSerializer(serializers.ModelSerializer):
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    full_name = serializers.CharField(read_only=True)

    class Meta:
        model = ContactPerson
        fields = [
            "id",
            "organisation",
            "organisation_name",
            "salutation",
            "first_name",
            "last_name",
            "full_name",
            "function",
            "email",
            "phone",
        ]
        read_only_fields = fields


class FieldOfActionSerializer(serializers.ModelSerializer):
    class Meta:
        model = FieldOfAction
        fields = ["id", "name", "description", "position"]
        read_only_fields = ["id"]


class TargetGroupSerializer(serializers.ModelSerializer):
    class Meta:
        model = TargetGroup
        fields = ["id", "name", "description", "position"]
        read_only_fields = ["id"]
