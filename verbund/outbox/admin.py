"""Outgoing e-mail in the Django admin: read-only, for the operators to see what happened. A
change here would bypass the services (locks, the audit log); retrying is in the back office."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from verbund.outbox.models import OutgoingEmail


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "purpose",
        "network",
        "masked_recipient",
        "status",
        "attempts",
        "next_attempt_at",
        "sent_at",
    ]
    list_filter = ["status", "purpose", "network"]
    search_fields = ["=about_id", "purpose", "subject"]
    date_hierarchy = "created_at"
    list_select_related = ["network"]

    @admin.display(description=_("recipient"))
    def masked_recipient(self, email):
        return email.masked_to or "–"

    def get_queryset(self, request):
        return super().get_queryset(request).defer("body_text", "body_html")

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
