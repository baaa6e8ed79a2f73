"""schema.org JSON-LD of an event: status, attendance mode, location, offer and organisers."""

import json
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from verbund.events.choices import EventKind, EventStatus
from verbund.events.public_selectors import display_text
from verbund.events.structured_data import event_json_ld
from verbund.events.tests.factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def json_ld(client, event, language="en"):
    with translation.override(language):
        address = reverse("public:event_detail", args=[event.network.slug, event.pk])
    page = client.get(address).content.decode()
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(script.group(1))


def test_an_event_in_a_room_with_free_seats(client, world):
    event = EventFactory(network=world.network, organiser=world.organisation, capacity=40)
    RegistrationFactory(event=event, seats=2)
    data = json_ld(client, event)
    assert data["@type"] == "Event"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["startDate"].endswith("T14:00:00+02:00")
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["streetAddress"] == "Holzmarkt 4-6"
    assert data["organizer"] == {"@type": "Organization", "name": "Organisation X"}
    assert data["offers"]["price"] == "0"
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert data["isAccessibleForFree"] is True
    assert data["remainingAttendeeCapacity"] == 38
    assert data["inLanguage"] == "de"


def test_a_cancelled_online_training_with_a_fee_and_every_seat_taken(client, world):
    event = EventFactory(
        network=world.network,
        kind=EventKind.TRAINING,
        status=EventStatus.CANCELLED,
        is_online=True,
        venue="",
        street="",
        postal_code="",
        city="",
        is_free=False,
        fee=Decimal("25"),
        capacity=1,
    )
    RegistrationFactory(event=event)
    data = json_ld(client, event)
    assert data["@type"] == "EducationEvent"
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": data["url"]}
    assert data["offers"]["price"] == "25.00"
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"


def test_no_text_can_end_the_script_element(world):
    event = EventFactory(network=world.network, title="</script><b>")
    rendered = event_json_ld(
        event, display_text(event, "de"), url="https://x/", free_seats=20, state="open"
    )
    assert "</script>" not in rendered and "\\u003c/script\\u003e" in rendered
