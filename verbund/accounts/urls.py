# Staff and account pages; wired before the network patterns in verbund/urls.py, so the
# personal pages live under the fixed prefix "me/" (a slug no network may take).
from django.urls import path

from verbund.accounts import views

_staff = "<slug:network>/organisations/<int:organisation>/staff/"
_coordinators = "<slug:network>/coordinators/"

office_patterns: list = [
    path("me/", views.ProfileView.as_view(), name="profile"),
    path("me/api-token/create/", views.TokenCreateView.as_view(), name="profile_token_create"),
    path("me/api-token/revoke/", views.TokenRevokeView.as_view(), name="profile_token_revoke"),
    path(_staff, views.StaffListView.as_view(), name="staff_list"),
    path(f"{_staff}add/", views.StaffAddView.as_view(), name="staff_add"),
    path(
        f"{_staff}roles/<int:role>/change/",
        views.StaffRoleChangeView.as_view(),
        name="staff_role_change",
    ),
    path(
        f"{_staff}roles/<int:role>/remove/",
        views.StaffRoleRemoveView.as_view(),
        name="staff_role_remove",
    ),
    path(_coordinators, views.CoordinatorListView.as_view(), name="coordinator_list"),
    path(f"{_coordinators}add/", views.CoordinatorAddView.as_view(), name="coordinator_add"),
    path(
        f"{_coordinators}<int:role>/remove/",
        views.CoordinatorRemoveView.as_view(),
        name="coordinator_remove",
    ),
]
