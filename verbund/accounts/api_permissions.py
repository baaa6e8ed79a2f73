from rest_framework.permissions import BasePermission


class DenyByDefault(BasePermission):
    """An API view that forgot to declare its rules refuses everyone."""

    def has_permission(self, request, view):
        return False
