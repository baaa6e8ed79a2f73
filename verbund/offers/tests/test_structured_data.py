"""schema.org JSON-LD of offerings: the type per kind, a course's run with its dates, place, mode,
price and languages, the language of the text shown, and markup-safe output."""

import datetime
import json
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from verbund.offers.models import LanguageRole, OfferingKind
from verbund.offers.selectors import display_text
from verbund.offers.structured_data import offering_json_ld
from verbund.offers.tests.factories import (
    OfferingFactory,
    OfferingLanguageFactory,
    OfferingTextFactory,
)

pytestmark = pytest.mark.django_db

URL = "https://verbund.example/n/alpha/offerings/1/"


def json_ld(offering, language="de"):
    return json.loads(offering_json_ld(offering, display_text(offering, language), url=URL))


@pytest.fixture
def course(world):
    offering = OfferingFactory(
        network=world.network,
        kind=OfferingKind.LANGUAGE_COURSE,
        title="Berufssprachkurs B1–B2",
        entry_level="B1",
        target_level="B2",
        starts_on=datetime.date(2027, 2, 1),
        ends_on=datetime.date(2027, 7, 31),
        venue="VHS Hannover",
        street="Burgstraße 14",
        is_free=False,
        fee=Decimal("25.50"),
        age_min=18,
        wheelchair_accessible=True,
        german__summary="Deutsch für den Beruf",
        german__schedule_note="Montags und mittwochs, 18 bis 20 Uhr",
    )
    OfferingLanguageFactory(offering=offering, language="de", role=LanguageRole.INSTRUCTION)
    OfferingLanguageFactory(offering=offering, language="ar", role=LanguageRole.SUPPORT)
    return offering


def test_a_language_course_is_a_course_with_its_run(course):
    data = json_ld(course)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Course"
    assert (data["name"], data["description"], data["url"]) == (
        "Berufssprachkurs B1–B2",
        "Deutsch für den Beruf",
        URL,
    )
    assert data["inLanguage"] == "de"
    assert data["provider"] == {"@type": "Organization", "name": course.provider.name}
    assert data["educationalLevel"] == "B1 → B2"
    assert data["typicalAgeRange"] == "18-"
    assert data["isAccessibleForFree"] is False
    run = data["hasCourseInstance"]
    assert run["@type"] == "CourseInstance"
    assert (run["startDate"], run["endDate"], run["courseMode"]) == (
        "2027-02-01",
        "2027-07-31",
        "onsite",
    )
    # The languages it is held in; the times only as the provider wrote them.
    assert run["inLanguage"] == ["de"]
    assert run["description"] == "Montags und mittwochs, 18 bis 20 Uhr"
    assert run["location"] == {
        "@type": "Place",
        "name": "VHS Hannover",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Burgstraße 14",
            "postalCode": "30159",
            "addressLocality": "Hannover",
            "addressCountry": "DE",
        },
        "geo": {"@type": "GeoCoordinates", "latitude": 52.3745, "longitude": 9.7386},
        "amenityFeature": {
            "@type": "LocationFeatureSpecification",
            "name": "wheelchair accessible",
            "value": True,
        },
    }
    assert run["offers"] == {
        "@type": "Offer",
        "price": "25.50",
        "priceCurrency": "EUR",
        "category": "Paid",
        "url": URL,
    }


def test_an_online_course_is_online_and_a_free_one_costs_nothing(world):
    offering = OfferingFactory(
        network=world.network,
        kind=OfferingKind.LEARNING_SUPPORT,
        is_online=True,
        city="",
        postal_code="",
        latitude=None,
        longitude=None,
        registration_url="https://lernen.example/anmelden",
    )
    run = json_ld(offering)["hasCourseInstance"]
    assert run["courseMode"] == "online"
    assert run["location"] == {"@type": "VirtualLocation", "url": "https://lernen.example/anmelden"}
    assert (run["offers"]["price"], run["offers"]["category"]) == ("0", "Free")


def test_a_course_in_a_room_and_online_is_blended(world):
    offering = OfferingFactory(network=world.network, kind=OfferingKind.COACHING, is_online=True)
    run = json_ld(offering)["hasCourseInstance"]
    assert run["courseMode"] == "blended"
    assert [place["@type"] for place in run["location"]] == ["VirtualLocation", "Place"]


def test_a_course_without_dates_states_no_run(world):
    offering = OfferingFactory(network=world.network, kind=OfferingKind.SEMINAR, starts_on=None)
    data = json_ld(offering)
    assert data["@type"] == "Course"
    assert "hasCourseInstance" not in data
    assert data["offers"]["category"] == "Free"


@pytest.mark.parametrize("kind", [OfferingKind.COUNSELLING, OfferingKind.CULTURE_AND_MEETING])
def test_a_dated_counselling_or_meeting_offer_is_an_education_event(world, kind):
    offering = OfferingFactory(
        network=world.network, kind=kind, starts_on=datetime.date(2027, 3, 5)
    )
    data = json_ld(offering)
    assert data["@type"] == "EducationEvent"
    assert data["startDate"] == "2027-03-05" and "endDate" not in data
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["organizer"]["name"] == offering.provider.name
    assert data["location"]["@type"] == "Place"
    assert data["inLanguage"] == "de"


def test_standing_counselling_is_a_service_in_the_languages_spoken(world):
    offering = OfferingFactory(
        network=world.network, kind=OfferingKind.COUNSELLING, starts_on=None, district="Linden"
    )
    OfferingLanguageFactory(offering=offering, language="ar", role=LanguageRole.SUPPORT)
    OfferingLanguageFactory(offering=offering, language="sgn", role=LanguageRole.SUPPORT)
    data = json_ld(offering)
    assert data["@type"] == "Service"
    assert data["serviceType"] == "counselling"
    assert data["areaServed"] == "Linden"
    assert data["availableChannel"]["availableLanguage"] == ["ar", "gsg"]
    # schema.org gives a Service no inLanguage.
    assert "inLanguage" not in data


def test_in_language_is_the_language_of_the_text_shown(course):
    OfferingTextFactory(offering=course, language="ar", title="دورة")
    OfferingTextFactory(offering=course, language="de-simple", title="Deutsch lernen")
    assert (json_ld(course, "ar")["name"], json_ld(course, "ar")["inLanguage"]) == ("دورة", "ar")
    # No Turkish text: German shown, and said to be German.
    assert (json_ld(course, "tr")["name"], json_ld(course, "tr")["inLanguage"]) == (
        "Berufssprachkurs B1–B2",
        "de",
    )
    assert json_ld(course, "de-simple")["inLanguage"] == "de"


def test_no_text_can_end_the_script_element(world):
    title = "Kurs </script><script>alert(1)</script> & <!-- mehr -->"
    offering = OfferingFactory(network=world.network, title=title)
    raw = offering_json_ld(offering, display_text(offering, "de"), url=URL)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert json.loads(raw)["name"] == title


def test_the_detail_page_carries_it(client, world, course):
    with translation.override("en"):
        address = reverse("public:offering_detail", args=[world.network.slug, course.pk])
    page = client.get(address).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "Course"
    assert data["url"] == f"http://testserver{address}"
    assert data["inLanguage"] == "de"
