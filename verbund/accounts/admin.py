"""The Django admin for accounts and roles: a repair tool for operators (superusers only).

Roles are normally granted in the back office, where the services check the rules (the last
admin, the last coordinator) and write the audit log; the admin bypasses both, so it is for
repairs only.
"""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from verbund.accounts.forms import AdminUserAddForm, AdminUserChangeForm
from verbund.accounts.models import NetworkRole, OrganisationRole, User


class OrganisationRoleInline(admin.TabularInline):
    model = OrganisationRole
    extra = 0
    raw_id_fields = ["organisation"]
    readonly_fields = ["created_at"]


class NetworkRoleInline(admin.TabularInline):
    model = NetworkRole
    extra = 0
    readonly_fields = ["created_at"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    form = AdminUserChangeForm
    add_form = AdminUserAddForm
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "is_active", "is_superuser", "last_login"]
    list_filter = ["is_active", "is_superuser", "language"]
    search_fields = ["email", "first_name", "last_name"]
    # Verbund's permissions come from roles (roles.py), not from Django's groups and permissions.
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal info"), {"fields": ("first_name", "last_name", "language")}),
        (_("Status"), {"fields": ("is_active", "is_staff", "is_superuser")}),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "usable_password", "password1", "password2"),
            },
        ),
    )
    readonly_fields = ["last_login", "date_joined"]
    filter_horizontal = ()
    inlines = [OrganisationRoleInline, NetworkRoleInline]


@admin.register(OrganisationRole)
class OrganisationRoleAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role"]
    list_select_related = ["user", "organisation"]
    search_fields = ["user__email", "user__last_name", "organisation__name"]
    raw_id_fields = ["user", "organisation"]
    readonly_fields = ["created_at"]


@admin.register(NetworkRole)
class NetworkRoleAdmin(admin.ModelAdmin):
    list_display = ["user", "network", "role", "created_at"]
    list_filter = ["role", "network"]
    list_select_related = ["user", "network"]
    search_fields = ["user__email", "user__last_name", "network__name"]
    raw_id_fields = ["user"]
    readonly_fields = ["created_at"]
