"""iCalendar feeds of events (being written)."""

from django.http import Http404


def network_calendar(request, **kwargs):
    raise Http404


def event_calendar(request, **kwargs):
    raise Http404
