"""Rate limiting of the public registration form: attempts that reach the service are counted
per visitor address; beyond the rate every POST is answered 429 with a message and nothing is
written. Switched off with RATELIMIT_ENABLE."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from verbund.events.models import Registration
from verbund.events.tests.factories import EventFactory
from verbund.outbox.models import OutgoingEmail

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_counts(settings):
    settings.VERBUND_REGISTRATION_RATE = "2/h"
    cache.clear()
    yield
    cache.clear()


def register(client, event, email, **meta):
    with translation.override("en"):
        address = reverse("public:event_register", args=[event.network.slug, event.pk])
    return client.post(address, {"name": "Ayşe Demir", "email": email, "consent": "on"}, **meta)


def test_beyond_the_rate_a_registration_is_refused_with_429_and_nothing_written(client, world):
    event = EventFactory(network=world.network)
    assert register(client, event, "a@example.org").status_code == 302
    assert register(client, event, "b@example.org").status_code == 302
    emails = OutgoingEmail.objects.count()
    response = register(client, event, "c@example.org")
    assert response.status_code == 429
    assert "Too many registrations were sent from your connection." in response.content.decode()
    assert not Registration.objects.filter(email="c@example.org").exists()
    assert OutgoingEmail.objects.count() == emails
    # Once limited, even an invalid attempt is answered 429.
    assert register(client, event, "not-an-address").status_code == 429


def test_invalid_attempts_do_not_use_up_the_rate(client, world):
    event = EventFactory(network=world.network)
    for _ in range(5):
        assert register(client, event, "not-an-address").status_code == 200
    assert register(client, event, "a@example.org").status_code == 302


def test_the_rate_is_counted_per_visitor_address(client, world):
    event = EventFactory(network=world.network)
    for n in range(2):
        register(client, event, f"p{n}@example.org")
    assert register(client, event, "p2@example.org").status_code == 429
    assert register(client, event, "p2@example.org", REMOTE_ADDR="192.0.2.7").status_code == 302


def test_rate_limiting_can_be_switched_off(client, world, settings):
    settings.RATELIMIT_ENABLE = False
    event = EventFactory(network=world.network)
    for n in range(4):
        assert register(client, event, f"p{n}@example.org").status_code == 302
    assert Registration.objects.count() == 4
