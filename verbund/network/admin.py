"""The registry in the Django admin: a repair tool for superusers (see verbund/urls.py), not the
place where networks keep their registry. Writes here bypass the services' log entries, so the
statute (a private file) is shown, never replaced, here."""

from django.contrib import admin
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Membership,
    Network,
    Organisation,
    TargetGroup,
)


class RegistryAdmin(admin.ModelAdmin):
    # A web address typed without scheme is https, as in the back office's forms.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["organisation"]
    fields = ["organisation", "role", "started_on", "ended_on", "note"]


class FieldOfActionInline(admin.TabularInline):
    model = FieldOfAction
    extra = 0
    fields = ["position", "name", "description"]


class TargetGroupInline(admin.TabularInline):
    model = TargetGroup
    extra = 0
    fields = ["position", "name", "description"]


@admin.register(Network)
class NetworkAdmin(RegistryAdmin):
    list_display = ["name", "short_name", "slug", "region", "founded_year", "is_public"]
    list_filter = ["is_public"]
    search_fields = ["name", "short_name", "slug", "region"]
    autocomplete_fields = ["coordination_office"]
    readonly_fields = ["statute_link", "created_at", "updated_at"]
    exclude = ["statute"]
    inlines = [FieldOfActionInline, TargetGroupInline]

    @admin.display(description=_("statute"))
    def statute_link(self, network):
        if not network.statute:
            return "–"
        return format_html('<a href="{}">{}</a>', network.statute.url, _("download (PDF)"))


class ContactPersonInline(admin.TabularInline):
    model = ContactPerson
    extra = 0
    fields = ["salutation", "first_name", "last_name", "function", "email", "phone", "is_public"]


@admin.register(Organisation)
class OrganisationAdmin(RegistryAdmin):
    list_display = ["name", "short_name", "kind", "city", "is_synthetic"]
    list_filter = ["kind", "is_synthetic"]
    search_fields = ["name", "short_name", "city"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [ContactPersonInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["organisation", "network", "role", "started_on", "ended_on"]
    list_filter = ["network", "role"]
    search_fields = ["organisation__name", "network__name"]
    autocomplete_fields = ["organisation", "network"]
    list_select_related = ["organisation", "network"]


@admin.register(ContactPerson)
class ContactPersonAdmin(admin.ModelAdmin):
    list_display = ["last_name", "first_name", "function", "organisation", "is_public"]
    list_filter = ["is_public", "is_synthetic"]
    search_fields = ["last_name", "first_name", "email", "organisation__name"]
    autocomplete_fields = ["organisation"]
    list_select_related = ["organisation"]
    readonly_fields = ["created_at", "updated_at"]


@admin.register(FieldOfAction, TargetGroup)
class VocabularyAdmin(admin.ModelAdmin):
    list_display = ["name", "network", "position"]
    list_filter = ["network"]
    search_fields = ["name"]
    list_select_related = ["network"]
