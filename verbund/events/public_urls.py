"""Public addresses of events, inside the ``public`` namespace (German unprefixed, other languages
under their prefix). Only ids, the network's short address and secrets appear in them: an event
that is not open to the public is reached through its access key, a registration through the
personal token from its confirmation e-mail."""

from django.urls import path

from verbund.events import feeds
from verbund.events import public_views as views

_events = "n/<slug:network>/events/"
_event = f"{_events}<int:event>/"

patterns = [
    path(_events, views.EventListView.as_view(), name="event_list"),
    path(f"{_events}calendar.ics", feeds.network_calendar, name="event_feed"),
    path(_event, views.EventDetailView.as_view(), name="event_detail"),
    path(f"{_event}k/<str:key>/", views.EventDetailView.as_view(), name="event_detail_invited"),
    path(f"{_event}calendar.ics", feeds.event_calendar, name="event_ical"),
    path(f"{_event}register/", views.EventRegisterView.as_view(), name="event_register"),
    path(
        f"{_event}registration/<str:token>/",
        views.RegistrationManageView.as_view(),
        name="registration_manage",
    ),
]
