"""Back-office addresses of events, under ``/office/<network>/events/``. Only ids appear in them,
never names or addresses (the registration list's export is a download of a fixed address)."""

from django.urls import path

from verbund.events import office_views as views
from verbund.events import registration_views, series_views

_events = "<slug:network>/events"
_event = f"{_events}/<int:event>"
_text = f"{_event}/texts/<str:language>"
_registrations = f"{_event}/registrations"
_documents = f"{_event}/documents"
_series = f"{_events}/series"

patterns = [
    path(f"{_events}/", views.EventListView.as_view(), name="event_list"),
    path(f"{_events}/add/", views.EventAddView.as_view(), name="event_add"),
    path(f"{_events}/figures/", series_views.FiguresView.as_view(), name="event_figures"),
    path(f"{_event}/", views.EventDetailView.as_view(), name="event_detail"),
    path(f"{_event}/edit/", views.EventEditView.as_view(), name="event_edit"),
    path(f"{_event}/publish/", views.EventPublishView.as_view(), name="event_publish"),
    path(f"{_event}/unpublish/", views.EventUnpublishView.as_view(), name="event_unpublish"),
    path(f"{_event}/cancel/", views.EventCancelView.as_view(), name="event_cancel"),
    path(f"{_event}/delete/", views.EventDeleteView.as_view(), name="event_delete"),
    path(f"{_text}/", views.EventTextEditView.as_view(), name="event_text_edit"),
    path(f"{_text}/approve/", views.EventTextApproveView.as_view(), name="event_text_approve"),
    path(f"{_text}/delete/", views.EventTextDeleteView.as_view(), name="event_text_delete"),
    # Registrations with names and addresses: only for the organisers' staff
    path(
        f"{_registrations}/",
        registration_views.RegistrationListView.as_view(),
        name="registration_list",
    ),
    path(
        f"{_registrations}/export.<str:fmt>",
        registration_views.RegistrationExportView.as_view(),
        name="registration_export",
    ),
    path(
        f"{_registrations}/add/",
        registration_views.RegistrationAddView.as_view(),
        name="registration_add",
    ),
    path(
        f"{_registrations}/<int:registration>/cancel/",
        registration_views.RegistrationCancelView.as_view(),
        name="registration_cancel",
    ),
    path(f"{_event}/check-in/", registration_views.CheckInView.as_view(), name="event_check_in"),
    path(
        f"{_event}/check-in/<int:registration>/",
        registration_views.CheckInToggleView.as_view(),
        name="event_check_in_toggle",
    ),
    path(
        f"{_event}/invitations/",
        registration_views.InvitationView.as_view(),
        name="event_invitations",
    ),
    # Minutes and other documents of a meeting
    path(
        f"{_documents}/add/",
        registration_views.DocumentAddView.as_view(),
        name="event_document_add",
    ),
    path(
        f"{_documents}/<int:document>/",
        registration_views.DocumentDownloadView.as_view(),
        name="event_document",
    ),
    path(
        f"{_documents}/<int:document>/delete/",
        registration_views.DocumentDeleteView.as_view(),
        name="event_document_delete",
    ),
    # Series of recurring meetings
    path(f"{_series}/", series_views.SeriesListView.as_view(), name="series_list"),
    path(f"{_series}/add/", series_views.SeriesAddView.as_view(), name="series_add"),
    path(
        f"{_series}/<int:series>/edit/", series_views.SeriesEditView.as_view(), name="series_edit"
    ),
    path(
        f"{_series}/<int:series>/plan/",
        series_views.SeriesPlanNextView.as_view(),
        name="series_plan",
    ),
]
