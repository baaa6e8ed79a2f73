"""iCalendar feeds of events: one event, or a network's coming public events, for a calendar app.

Texts are in the language of the address (``/ar/n/…/events/calendar.ics``), German where a
translation is missing. A cancelled event stays in the feed with ``STATUS:CANCELLED``, so that
calendars which subscribed to it strike it out rather than keep it. The UID is the same in every
language, so a calendar that subscribed twice shows an event once and updates it in place.

The network's feed holds what its calendar lists (public events of a public network). One
event's feed is found like its page: by id when it is open to the public, else only with its
access key (``?key=``, which the invited page's link carries); anything else is a 404.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from icalendar import Calendar, vCalAddress
from icalendar import Event as CalendarEvent

from verbund.events.choices import Audience, EventStatus
from verbund.events.models import Event
from verbund.events.public_selectors import (
    CalendarFilter,
    calendar_events,
    display_text,
    may_see,
    with_display,
)
from verbund.network.selectors import public_networks

# A network's calendar of many months stays cheap to serve and readable.
FEED_LIMIT = 200


def event_uid(event: Event, host: str) -> str:
    return f"event-{event.pk}@{host}"


def event_url(request, event: Event) -> str:
    # reverse() follows the active language, which is the language of the feed's address.
    if event.audience == Audience.PUBLIC:
        path = reverse("public:event_detail", args=[event.network.slug, event.pk])
    else:
        path = reverse(
            "public:event_detail_invited", args=[event.network.slug, event.pk, event.access_key]
        )
    return request.build_absolute_uri(path)


def _location(event: Event) -> str:
    town = " ".join(part for part in (event.postal_code, event.city) if part)
    parts = [event.venue, event.street, town]
    if event.is_online:
        parts.append(_("Online"))
    return ", ".join(part for part in parts if part)


def _description(event: Event, text, url: str) -> str:
    paragraphs = [text.summary, text.description, text.registration_note]
    if text.is_fallback:
        paragraphs.insert(0, _("This event is described in German only."))
    if event.status == EventStatus.CANCELLED:
        paragraphs.insert(0, _("This event has been cancelled."))
    organisers = ", ".join(o.name for o in event.organisers.all())
    if organisers:
        paragraphs.append(_("Organised by %(organisers)s.") % {"organisers": organisers})
    paragraphs.append(url)
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def calendar_event(event: Event, *, language: str, url: str, host: str) -> CalendarEvent:
    text = display_text(event, language)
    entry = CalendarEvent()
    entry.add("uid", event_uid(event, host))
    entry.add("dtstamp", event.updated_at)
    entry.add("last-modified", event.updated_at)
    entry.add("summary", text.title)
    entry.add("dtstart", timezone.localtime(event.starts_at))
    entry.add("dtend", timezone.localtime(event.ends_at))
    entry.add("description", _description(event, text, url))
    entry.add("url", url)
    entry.add("status", "CANCELLED" if event.status == EventStatus.CANCELLED else "CONFIRMED")
    location = _location(event)
    if location:
        entry.add("location", location)
    if event.has_location:
        entry.add("geo", (float(event.latitude), float(event.longitude)))
    entry.add("categories", [event.get_kind_display()])
    contact = event.contact
    if contact is not None and contact.is_public and contact.email:
        organizer = vCalAddress(f"mailto:{contact.email}")
        organizer.params["cn"] = contact.full_name
        entry.add("organizer", organizer)
    return entry


def calendar_response(request, events, *, name: str) -> HttpResponse:
    language = translation.get_language()
    host = request.get_host().split(":")[0]
    calendar = Calendar()
    calendar.add("prodid", "-//Verbund//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for event in events:
        url = event_url(request, event)
        calendar.add_component(calendar_event(event, language=language, url=url, host=host))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    return response


def _feed_events(events, language: str):
    return (
        with_display(events, language)
        .select_related("network", "contact")
        .prefetch_related("organisers")
    )


@require_safe
def network_calendar(request, network):
    """The network's coming public events, cancelled ones included."""
    network = get_object_or_404(public_networks(), slug=network)
    language = translation.get_language()
    events = _feed_events(calendar_events(network, CalendarFilter()), language)[:FEED_LIMIT]
    name = _("Events of %(network)s") % {"network": network.short_name or network.name}
    return calendar_response(request, events, name=name)


@require_safe
def event_calendar(request, network, event):
    """One event as a calendar."""
    network = get_object_or_404(public_networks(), slug=network)
    language = translation.get_language()
    found = (
        _feed_events(Event.objects.in_network(network).reachable_publicly(), language)
        .filter(pk=event)
        .first()
    )
    if found is None or not may_see(found, request.GET.get("key") or None):
        raise Http404
    return calendar_response(request, [found], name=display_text(found, language).title)
