"""Django admin of projects: a repair tool for superusers (see verbund/urls.py), not the product."""

from django.contrib import admin
from django.db import models

from verbund.projects.models import (
    Funding,
    FundingProgramme,
    Indicator,
    Project,
    SubProject,
    SubProjectPartner,
)


@admin.register(FundingProgramme)
class FundingProgrammeAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "network", "funders"]
    list_filter = ["network"]
    search_fields = ["name", "short_name", "funders"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class SubProjectInline(admin.TabularInline):
    model = SubProject
    fields = ["title", "lead_partner", "position"]
    raw_id_fields = ["lead_partner"]
    extra = 0
    show_change_link = True


class FundingInline(admin.TabularInline):
    model = Funding
    extra = 0


class IndicatorInline(admin.TabularInline):
    model = Indicator
    fields = ["kind", "label", "period_start", "period_end", "planned", "achieved"]
    extra = 0


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["title", "acronym", "network", "programme", "status", "starts_on", "ends_on"]
    list_filter = ["network", "status", "is_public", "is_synthetic"]
    search_fields = ["title", "acronym"]
    raw_id_fields = ["lead_organisation", "contacts"]
    inlines = [SubProjectInline, FundingInline, IndicatorInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("network", "programme")


class SubProjectPartnerInline(admin.TabularInline):
    model = SubProjectPartner
    raw_id_fields = ["organisation"]
    extra = 0


@admin.register(SubProject)
class SubProjectAdmin(admin.ModelAdmin):
    list_display = ["title", "project", "lead_partner", "position"]
    list_filter = ["project__network"]
    search_fields = ["title", "project__title"]
    raw_id_fields = ["project", "lead_partner"]
    filter_horizontal = ["target_groups", "fields_of_action"]
    inlines = [SubProjectPartnerInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("project", "lead_partner")


@admin.register(Funding)
class FundingAdmin(admin.ModelAdmin):
    list_display = ["project", "source", "amount", "funder"]
    list_filter = ["source", "project__network"]
    raw_id_fields = ["project"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("project")


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["__str__", "network", "project", "period_start", "period_end", "planned"]
    list_filter = ["network", "kind"]
    raw_id_fields = ["project"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("network", "project")
