"""schema.org JSON-LD of an offering for its public page: search engines and other readers learn
what it is, when and where it takes place, in which languages, and what it costs.

Which schema.org type, and why:

- Language courses, vocational qualifications, career orientation, seminars and workshops,
  coaching and learning support lead people towards a goal over a series of sessions: a
  ``Course``. Its dates, place, mode, price and languages of instruction belong to one run of
  it, a ``CourseInstance`` in ``hasCourseInstance``; a course without a start date has none
  (we state no run we do not know).
- Counselling and cultural or meeting offers are no course. With a start date they are an
  event people come to (an information day, a language café's first meeting): an
  ``EducationEvent``, the event type for learning and orientation. Without one they are a
  standing offer a provider makes: a ``Service``.

Times of day exist only as free text (``schedule_note``), so the data carries the dates and puts
the note into a description instead of inventing times. ``inLanguage`` is the language of the
text shown (German where the translation is missing); a course run's ``inLanguage`` lists the
languages it is held in. ``Service`` has no ``inLanguage`` in schema.org: its channel names the
languages spoken instead.
"""

import json

from django.utils.safestring import SafeString, mark_safe

from verbund.offers.languages import SOURCE_LANGUAGE
from verbund.offers.models import LanguageRole, Offering, OfferingKind

COURSE_KINDS = frozenset(
    {
        OfferingKind.LANGUAGE_COURSE,
        OfferingKind.VOCATIONAL_QUALIFICATION,
        OfferingKind.CAREER_ORIENTATION,
        OfferingKind.SEMINAR,
        OfferingKind.COACHING,
        OfferingKind.LEARNING_SUPPORT,
    }
)

# Our language codes as BCP 47 tags where they differ: easy German is German to a search
# engine, and "sgn" (any sign language) is German Sign Language here.
_BCP47 = {"de-simple": "de", "sgn": "gsg"}

# Characters that could end the script element or confuse an HTML parser inside it.
_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def bcp47(code: str) -> str:
    return _BCP47.get(code, code)


def schema_type(offering: Offering) -> str:
    if offering.kind in COURSE_KINDS:
        return "Course"
    if offering.starts_on:
        return "EducationEvent"
    return "Service"


def _languages(offering: Offering, role: str) -> list[str]:
    rows = getattr(offering, "language_list", None)
    if rows is None:
        rows = list(offering.languages.all())
    return sorted({bcp47(row.language) for row in rows if row.role == role})


def _place(offering: Offering) -> dict | None:
    address = {
        key: value
        for key, value in (
            ("streetAddress", offering.street),
            ("postalCode", offering.postal_code),
            ("addressLocality", offering.city),
        )
        if value
    }
    if not address and not offering.venue and not offering.has_location:
        return None
    place = {"@type": "Place"}
    if offering.venue:
        place["name"] = offering.venue
    if address:
        place["address"] = {"@type": "PostalAddress", **address, "addressCountry": "DE"}
    if offering.has_location:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(offering.latitude),
            "longitude": float(offering.longitude),
        }
    if offering.wheelchair_accessible:
        place["amenityFeature"] = {
            "@type": "LocationFeatureSpecification",
            "name": "wheelchair accessible",
            "value": True,
        }
    return place


def _location(offering: Offering, url: str):
    place = _place(offering)
    if offering.is_online:
        online = {"@type": "VirtualLocation", "url": offering.registration_url or url}
        return [online, place] if place else online
    return place


def _offer(offering: Offering, url: str) -> dict:
    offer = {
        "@type": "Offer",
        "price": "0" if offering.is_free else (f"{offering.fee:.2f}" if offering.fee else None),
        "priceCurrency": "EUR",
        "category": "Free" if offering.is_free else "Paid",
        "url": offering.registration_url or url,
    }
    return {key: value for key, value in offer.items() if value is not None}


def _dates(offering: Offering) -> dict:
    dates = {"startDate": offering.starts_on.isoformat()}
    if offering.ends_on:
        dates["endDate"] = offering.ends_on.isoformat()
    return dates


def _age_range(offering: Offering) -> str | None:
    if offering.age_min is None and offering.age_max is None:
        return None
    if offering.age_max is None:
        return f"{offering.age_min}-"
    return f"{offering.age_min or 0}-{offering.age_max}"


def _provider(offering: Offering) -> dict:
    provider = offering.provider
    organisation = {"@type": "Organization", "name": provider.name}
    if provider.website:
        organisation["url"] = provider.website
    return organisation


def _levels(offering: Offering) -> str | None:
    levels = [level for level in (offering.entry_level, offering.target_level) if level]
    if not levels:
        return None
    # CEFR levels: where the course starts and where it leads, as the federal modules name them.
    return " → ".join(dict.fromkeys(levels))


def _course_mode(offering: Offering) -> str:
    if not offering.is_online:
        return "onsite"
    # Online with a place as well: partly in a room, partly online.
    return "blended" if _place(offering) else "online"


def _course_instance(offering: Offering, text, url: str) -> dict:
    return {
        "@type": "CourseInstance",
        "courseMode": _course_mode(offering),
        **_dates(offering),
        "location": _location(offering, url),
        "offers": _offer(offering, url),
        "inLanguage": _languages(offering, LanguageRole.INSTRUCTION),
        "description": text.schedule_note,
    }


def offering_data(offering: Offering, text, *, url: str) -> dict:
    """The JSON-LD object of ``offering`` with ``text`` (a ``selectors.DisplayText``)."""
    shown = text.text or text.source
    in_language = bcp47(shown.language if shown is not None else SOURCE_LANGUAGE)
    kind = schema_type(offering)
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "@id": f"{url}#offering",
        "url": url,
        "name": text.title,
        "description": text.summary or text.description or None,
    }
    if kind == "Course":
        data.update(
            inLanguage=in_language,
            provider=_provider(offering),
            isAccessibleForFree=offering.is_free,
            educationalLevel=_levels(offering),
            typicalAgeRange=_age_range(offering),
        )
        if offering.starts_on:
            data["hasCourseInstance"] = _course_instance(offering, text, url)
        else:
            data["offers"] = _offer(offering, url)
    elif kind == "EducationEvent":
        data.update(
            inLanguage=in_language,
            **_dates(offering),
            eventStatus="https://schema.org/EventScheduled",
            eventAttendanceMode=(
                "https://schema.org/OnlineEventAttendanceMode"
                if offering.is_online
                else "https://schema.org/OfflineEventAttendanceMode"
            ),
            location=_location(offering, url),
            organizer=_provider(offering),
            isAccessibleForFree=offering.is_free,
            offers=_offer(offering, url),
            typicalAgeRange=_age_range(offering),
        )
    else:
        spoken = sorted(
            set(_languages(offering, LanguageRole.INSTRUCTION))
            | set(_languages(offering, LanguageRole.SUPPORT))
        )
        channel = {
            "@type": "ServiceChannel",
            "serviceUrl": offering.registration_url or url,
            "serviceLocation": _place(offering),
            "availableLanguage": spoken or None,
        }
        data.update(
            serviceType=offering.get_kind_display(),
            provider=_provider(offering),
            areaServed=offering.district or offering.city or None,
            availableChannel={k: v for k, v in channel.items() if v is not None},
            offers=_offer(offering, url),
        )
    return _without_empty(data)


def _without_empty(value):
    if isinstance(value, dict):
        return {k: _without_empty(v) for k, v in value.items() if v not in (None, "", [])}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


def offering_json_ld(offering: Offering, text, *, url: str) -> SafeString:
    """JSON-LD for ``offering`` with ``text`` (its texts in the page's language), safe inside a
    ``<script type="application/ld+json">`` element: no text can end the element early."""
    data = json.dumps(offering_data(offering, text, url=url), ensure_ascii=False)
    # Every character that means something to HTML is escaped above.
    return mark_safe(data.translate(_ESCAPES))
