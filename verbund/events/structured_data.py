"""schema.org JSON-LD of an event for its public page: search engines and calendars learn what
it is, when and where it takes place, whether it was called off, who organises it, and whether
and until when one can still register.

An ``Event`` (an ``EducationEvent`` for trainings and seminars, the event type for learning).
``eventStatus`` is ``EventCancelled`` for a cancelled one, else ``EventScheduled``; the
attendance mode is offline, online or mixed (online with a venue as well). An online event's
``VirtualLocation`` is its public page: the link to take part goes to confirmed registrants
only. The ``Offer`` carries the price (0 when free) and the availability: in stock while seats
are free, sold out when every seat is taken, with the registration window as its validity.
``inLanguage`` is the language of the text shown (German where the translation is missing).
"""

import json

from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from verbund.events.choices import EventKind, EventStatus
from verbund.events.public_selectors import RegistrationState

# Our language codes as BCP 47 tags where they differ: easy German is German to a search engine.
_BCP47 = {"de-simple": "de", "sgn": "gsg"}

# Characters that could end the script element or confuse an HTML parser inside it.
_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}

SCHEMA = "https://schema.org/"


def bcp47(code: str) -> str:
    return _BCP47.get(code, code)


def _place(event) -> dict | None:
    address = {
        key: value
        for key, value in (
            ("streetAddress", event.street),
            ("postalCode", event.postal_code),
            ("addressLocality", event.city),
        )
        if value
    }
    if not address and not event.venue:
        return None
    place = {"@type": "Place", "name": event.venue or event.city}
    if address:
        place["address"] = {"@type": "PostalAddress", **address, "addressCountry": "DE"}
    if event.has_location:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(event.latitude),
            "longitude": float(event.longitude),
        }
    if event.wheelchair_accessible:
        place["amenityFeature"] = {
            "@type": "LocationFeatureSpecification",
            "name": "wheelchair accessible",
            "value": True,
        }
    return place


def attendance_mode(event) -> str:
    if not event.is_online:
        return SCHEMA + "OfflineEventAttendanceMode"
    return SCHEMA + ("MixedEventAttendanceMode" if _place(event) else "OnlineEventAttendanceMode")


def _location(event, url: str):
    place = _place(event)
    if event.is_online:
        online = {"@type": "VirtualLocation", "url": url}
        return [online, place] if place else online
    return place


def _availability(event, free_seats: int | None, state: str) -> str:
    if state in (RegistrationState.CANCELLED, RegistrationState.OVER, RegistrationState.CLOSED):
        return SCHEMA + "SoldOut" if free_seats == 0 else SCHEMA + "Discontinued"
    if state == RegistrationState.NOT_YET:
        return SCHEMA + "PreOrder"
    if state == RegistrationState.WAITING_LIST:
        return SCHEMA + "SoldOut"
    if free_seats is not None and free_seats <= 5:
        return SCHEMA + "LimitedAvailability"
    return SCHEMA + "InStock"


def _offer(event, url: str, free_seats: int | None, state: str) -> dict:
    offer = {
        "@type": "Offer",
        "url": url,
        "price": "0" if event.is_free else (f"{event.fee:.2f}" if event.fee is not None else None),
        "priceCurrency": "EUR",
        "category": "Free" if event.is_free else "Paid",
        "availability": _availability(event, free_seats, state),
    }
    if event.registration_required:
        if event.registration_opens_at:
            offer["validFrom"] = _iso(event.registration_opens_at)
        offer["validThrough"] = _iso(event.registration_deadline)
    return offer


def _organisation(organisation) -> dict:
    data = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        data["url"] = organisation.website
    return data


def _iso(moment) -> str:
    return timezone.localtime(moment).isoformat()


def event_data(event, text, *, url: str, free_seats: int | None, state: str) -> dict:
    """The JSON-LD object of ``event`` with ``text`` (a ``public_selectors.DisplayText``)."""
    organisers = getattr(event, "organiser_list", None)
    if organisers is None:
        organisers = list(event.organisers.all())
    data = {
        "@context": "https://schema.org",
        "@type": "EducationEvent" if event.kind == EventKind.TRAINING else "Event",
        "@id": f"{url}#event",
        "url": url,
        "name": text.title,
        "description": text.summary or text.description or None,
        "inLanguage": bcp47(text.shown_language),
        "startDate": _iso(event.starts_at),
        "endDate": _iso(event.ends_at),
        "eventStatus": SCHEMA
        + ("EventCancelled" if event.status == EventStatus.CANCELLED else "EventScheduled"),
        "eventAttendanceMode": attendance_mode(event),
        "location": _location(event, url),
        "organizer": [_organisation(o) for o in organisers] or None,
        "isAccessibleForFree": event.is_free,
        "offers": _offer(event, url, free_seats, state),
        "maximumAttendeeCapacity": event.capacity,
        "remainingAttendeeCapacity": free_seats,
    }
    if len(data["organizer"] or []) == 1:
        data["organizer"] = data["organizer"][0]
    return _without_empty(data)


def _without_empty(value):
    if isinstance(value, dict):
        return {k: _without_empty(v) for k, v in value.items() if v not in (None, "", [])}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


def event_json_ld(event, text, *, url: str, free_seats: int | None, state: str) -> SafeString:
    """JSON-LD for ``event``, safe inside a ``<script type="application/ld+json">`` element:
    no text can end the element early."""
    data = json.dumps(
        event_data(event, text, url=url, free_seats=free_seats, state=state), ensure_ascii=False
    )
    # Every character that means something to HTML is escaped above.
    return mark_safe(data.translate(_ESCAPES))
