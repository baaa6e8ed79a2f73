"""Django admin of offerings: a repair tool for superusers (see verbund/urls.py), not the product.

Texts are edited here as stored rows; the versioning the back office keeps (a German change
outdating translations) happens only through the services, so the admin is for repairs.
"""

from django.contrib import admin
from django.db import models

from verbund.offers.models import Offering, OfferingLanguage, OfferingText, PostalCode


class OfferingTextInline(admin.StackedInline):
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
    ]
    extra = 0
    show_change_link = True


class OfferingLanguageInline(admin.TabularInline):
    model = OfferingLanguage
    extra = 0


@admin.register(Offering)
class OfferingAdmin(admin.ModelAdmin):
    list_display = ["title", "provider", "kind", "status", "starts_on", "updated_at"]
    list_filter = ["status", "kind", "networks", "is_synthetic"]
    search_fields = ["title", "external_id", "provider__name"]
    raw_id_fields = ["provider", "contact", "project", "programme", "created_by"]
    filter_horizontal = ["networks", "fields_of_action", "target_groups"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [OfferingLanguageInline, OfferingTextInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("provider")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(OfferingText)
class OfferingTextAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "language",
        "offering",
        "version",
        "source_version",
        "machine_translated",
    ]
    list_filter = ["language", "machine_translated"]
    search_fields = ["title", "offering__title"]
    raw_id_fields = ["offering", "approved_by", "updated_by"]
    readonly_fields = ["updated_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("offering").defer("search_document")


@admin.register(PostalCode)
class PostalCodeAdmin(admin.ModelAdmin):
    list_display = ["code", "place", "district", "country", "latitude", "longitude"]
    list_filter = ["country"]
    search_fields = ["code", "place", "district"]
