from django.urls import path

from verbund.network import views

public_patterns = [
    path("", views.PublicHomeView.as_view(), name="home"),
    path("n/<slug:network>/", views.PublicNetworkView.as_view(), name="network"),
    path(
        "n/<slug:network>/organisations/<int:organisation>/",
        views.PublicOrganisationView.as_view(),
        name="organisation",
    ),
]

_organisation = "<slug:network>/organisations/<int:organisation>"

office_patterns = [
    path("", views.OfficeHomeView.as_view(), name="home"),
    path("<slug:network>/", views.NetworkOverviewView.as_view(), name="network"),
    path("<slug:network>/edit/", views.NetworkEditView.as_view(), name="network_edit"),
    path("<slug:network>/statute/", views.NetworkStatuteView.as_view(), name="network_statute"),
    # Fields of action and target groups: <kind> is "fields-of-action" or "target-groups".
    path(
        "<slug:network>/lists/<slug:kind>/",
        views.VocabularyListView.as_view(),
        name="vocabulary_list",
    ),
    path(
        "<slug:network>/lists/<slug:kind>/add/",
        views.VocabularyAddView.as_view(),
        name="vocabulary_add",
    ),
    path(
        "<slug:network>/lists/<slug:kind>/<int:entry>/edit/",
        views.VocabularyEditView.as_view(),
        name="vocabulary_edit",
    ),
    path(
        "<slug:network>/lists/<slug:kind>/<int:entry>/delete/",
        views.VocabularyDeleteView.as_view(),
        name="vocabulary_delete",
    ),
    path(
        "<slug:network>/organisations/",
        views.OrganisationListView.as_view(),
        name="organisation_list",
    ),
    path(
        "<slug:network>/organisations/export.<str:fmt>",
        views.OrganisationExportView.as_view(),
        name="organisation_export",
    ),
    path(
        "<slug:network>/organisations/add/",
        views.OrganisationAddView.as_view(),
        name="organisation_add",
    ),
    path(f"{_organisation}/", views.OrganisationDetailView.as_view(), name="organisation_detail"),
    path(f"{_organisation}/edit/", views.OrganisationEditView.as_view(), name="organisation_edit"),
    path(f"{_organisation}/contacts/add/", views.ContactAddView.as_view(), name="contact_add"),
    path(
        f"{_organisation}/contacts/<int:contact>/edit/",
        views.ContactEditView.as_view(),
        name="contact_edit",
    ),
    path(
        f"{_organisation}/contacts/<int:contact>/delete/",
        views.ContactDeleteView.as_view(),
        name="contact_delete",
    ),
    path(
        "<slug:network>/memberships/add/",
        views.MembershipAddView.as_view(),
        name="membership_add",
    ),
    path(
        "<slug:network>/memberships/<int:membership>/edit/",
        views.MembershipEditView.as_view(),
        name="membership_edit",
    ),
    path("<slug:network>/contacts/", views.ContactListView.as_view(), name="contact_list"),
    path(
        "<slug:network>/contacts/export.<str:fmt>",
        views.ContactExportView.as_view(),
        name="contact_export",
    ),
    path("<slug:network>/search/", views.SearchView.as_view(), name="search"),
]
