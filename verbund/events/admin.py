"""Django admin of events: a repair tool for superusers (see verbund/urls.py), not the product.

Seats, the waiting list, texts' versions, invitations and e-mails are kept right only by the
services, so registrations, invitations and documents are read-only here and texts are edited
as stored rows for repairs.
"""

from django.contrib import admin
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from verbund.events.models import (
    Event,
    EventDocument,
    EventSeries,
    EventText,
    Invitation,
    Registration,
    SeriesHost,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class EventTextInline(admin.StackedInline):
    model = EventText
    fields = [
        "language",
        *EventText.TRANSLATED_FIELDS,
        "version",
        "source_version",
        "minor_edit",
        "machine_translated",
    ]
    extra = 0
    show_change_link = True


class SeriesHostInline(admin.TabularInline):
    model = SeriesHost
    raw_id_fields = ["organisation"]
    extra = 0


@admin.register(EventSeries)
class EventSeriesAdmin(admin.ModelAdmin):
    list_display = ["title", "network", "kind", "recurrence"]
    list_filter = ["network", "kind", "recurrence"]
    search_fields = ["title"]
    inlines = [SeriesHostInline]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "network", "kind", "status", "audience", "starts_at", "capacity"]
    list_filter = ["status", "kind", "audience", "network", "is_synthetic"]
    search_fields = ["title", "venue", "city"]
    date_hierarchy = "starts_at"
    raw_id_fields = ["series", "host", "contact", "created_by"]
    filter_horizontal = ["organisers"]
    # Status changes tell people by e-mail: they go through the back office's services.
    readonly_fields = ["status", "cancelled_at", "created_at", "updated_at"]
    inlines = [EventTextInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("network")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(Registration)
class RegistrationAdmin(ReadOnlyAdmin):
    list_display = ["pk", "event", "status", "seats", "created_at", "checked_in_at"]
    list_filter = ["status", "event__network"]
    # By id only: names and addresses are not searched from the repair tool.
    search_fields = ["=id"]
    raw_id_fields = ["event", "organisation", "entered_by", "checked_in_by"]
    exclude = ["token_hash"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("event")


@admin.register(Invitation)
class InvitationAdmin(ReadOnlyAdmin):
    list_display = ["event", "contact", "organisation", "created_at"]
    list_filter = ["event__network"]
    raw_id_fields = ["event", "contact", "organisation", "sent_by"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("event", "contact", "organisation")


@admin.register(EventDocument)
class EventDocumentAdmin(ReadOnlyAdmin):
    list_display = ["title", "event", "kind", "uploaded_at"]
    list_filter = ["kind"]
    search_fields = ["title"]
    exclude = ["file"]
    readonly_fields = ["file_link"]

    @admin.display(description=_("file"))
    def file_link(self, document):
        if not document.file:
            return "–"
        return format_html('<a href="{}">{}</a>', document.file.url, _("download"))

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("event__network")
