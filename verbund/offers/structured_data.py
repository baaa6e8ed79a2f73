"""schema.org JSON-LD of an offering for its public page: search engines read what it is, when
and where it takes place, and what it costs."""

import json

from verbund.offers.models import Offering, OfferingKind

# Kinds that teach something towards a goal; schema.org calls them courses.
COURSE_KINDS = {
    OfferingKind.LANGUAGE_COURSE,
    OfferingKind.VOCATIONAL_QUALIFICATION,
    OfferingKind.SEMINAR,
}


def _place(offering: Offering) -> dict:
    if offering.is_online and not offering.city:
        return {"@type": "VirtualLocation"}
    place = {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": offering.street,
            "postalCode": offering.postal_code,
            "addressLocality": offering.city,
            "addressCountry": "DE",
        },
    }
    if offering.venue:
        place["name"] = offering.venue
    if offering.has_location:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(offering.latitude),
            "longitude": float(offering.longitude),
        }
    return place


def _event(offering: Offering, name: str) -> dict:
    event = {
        "@type": "EducationEvent",
        "name": name,
        "startDate": offering.starts_on.isoformat(),
        "location": _place(offering),
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"
        if offering.is_online
        else "https://schema.org/OfflineEventAttendanceMode",
        "isAccessibleForFree": offering.is_free,
    }
    if offering.ends_on:
        event["endDate"] = offering.ends_on.isoformat()
    return event


def offering_json_ld(offering: Offering, text, *, url: str) -> str:
    """JSON-LD for ``offering`` with ``text`` (its texts in the page's language); safe inside a
    ``<script type="application/ld+json">`` element."""
    provider = {"@type": "Organization", "name": offering.provider.name}
    if offering.kind in COURSE_KINDS:
        data = {
            "@type": "Course",
            "name": text.title,
            "description": text.summary or text.description,
            "provider": provider,
            "url": url,
            "isAccessibleForFree": offering.is_free,
        }
        if offering.starts_on:
            data["hasCourseInstance"] = _event(offering, text.title) | {"@type": "CourseInstance"}
    elif offering.starts_on:
        data = _event(offering, text.title) | {
            "description": text.summary or text.description,
            "organizer": provider,
            "url": url,
        }
    else:
        data = {
            "@type": "Service",
            "name": text.title,
            "description": text.summary or text.description,
            "provider": provider,
            "url": url,
        }
    data = {"@context": "https://schema.org", **data}
    # "<" escaped: a text containing "</script>" cannot end the element early.
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
