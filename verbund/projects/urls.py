from django.urls import path

from verbund.projects import views

public_patterns = [
    path(
        "n/<slug:network>/projects/",
        views.PublicProjectListView.as_view(),
        name="project_list",
    ),
    path(
        "n/<slug:network>/projects/<int:project>/",
        views.PublicProjectView.as_view(),
        name="project",
    ),
]

_projects = "<slug:network>/projects"
_project = f"{_projects}/<int:project>"
_sub_project = f"{_project}/sub-projects/<int:sub_project>"

office_patterns = [
    path(f"{_projects}/", views.ProjectListView.as_view(), name="project_list"),
    path(f"{_projects}/export.<str:fmt>", views.ProjectExportView.as_view(), name="project_export"),
    path(f"{_projects}/add/", views.ProjectAddView.as_view(), name="project_add"),
    path(f"{_project}/", views.ProjectDetailView.as_view(), name="project_detail"),
    path(f"{_project}/edit/", views.ProjectEditView.as_view(), name="project_edit"),
    path(f"{_project}/delete/", views.ProjectDeleteView.as_view(), name="project_delete"),
    # Sub-projects and their cooperating partners
    path(
        f"{_project}/sub-projects/add/",
        views.SubProjectAddView.as_view(),
        name="sub_project_add",
    ),
    path(f"{_sub_project}/edit/", views.SubProjectEditView.as_view(), name="sub_project_edit"),
    path(
        f"{_sub_project}/delete/",
        views.SubProjectDeleteView.as_view(),
        name="sub_project_delete",
    ),
    path(
        f"{_sub_project}/partners/add/",
        views.PartnerAddView.as_view(),
        name="sub_project_partner_add",
    ),
    path(
        f"{_sub_project}/partners/<int:partner>/remove/",
        views.PartnerRemoveView.as_view(),
        name="sub_project_partner_remove",
    ),
    # Funding by source
    path(f"{_project}/funding/add/", views.FundingAddView.as_view(), name="funding_add"),
    path(
        f"{_project}/funding/<int:funding>/edit/",
        views.FundingEditView.as_view(),
        name="funding_edit",
    ),
    path(
        f"{_project}/funding/<int:funding>/delete/",
        views.FundingDeleteView.as_view(),
        name="funding_delete",
    ),
    # Indicators of a project
    path(f"{_project}/indicators/add/", views.IndicatorAddView.as_view(), name="indicator_add"),
    path(
        f"{_project}/indicators/<int:indicator>/edit/",
        views.IndicatorEditView.as_view(),
        name="indicator_edit",
    ),
    path(
        f"{_project}/indicators/<int:indicator>/delete/",
        views.IndicatorDeleteView.as_view(),
        name="indicator_delete",
    ),
    # Figures of the network as a whole (its balance over a period)
    path(
        f"{_projects}/figures/",
        views.NetworkIndicatorListView.as_view(),
        name="network_indicators",
    ),
    path(
        f"{_projects}/figures/add/",
        views.IndicatorAddView.as_view(),
        name="network_indicator_add",
    ),
    path(
        f"{_projects}/figures/<int:indicator>/edit/",
        views.IndicatorEditView.as_view(),
        name="network_indicator_edit",
    ),
    path(
        f"{_projects}/figures/<int:indicator>/delete/",
        views.IndicatorDeleteView.as_view(),
        name="network_indicator_delete",
    ),
    # Funding programmes
    path(f"{_projects}/programmes/", views.ProgrammeListView.as_view(), name="programme_list"),
    path(
        f"{_projects}/programmes/add/",
        views.ProgrammeAddView.as_view(),
        name="programme_add",
    ),
    path(
        f"{_projects}/programmes/<int:programme>/edit/",
        views.ProgrammeEditView.as_view(),
        name="programme_edit",
    ),
    path(
        f"{_projects}/programmes/<int:programme>/delete/",
        views.ProgrammeDeleteView.as_view(),
        name="programme_delete",
    ),
]
