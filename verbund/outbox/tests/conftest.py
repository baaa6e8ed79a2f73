import datetime
from pathlib import Path

import pytest

from verbund.outbox import services

TEMPLATES = Path(__file__).parent / "templates"


@pytest.fixture(autouse=True)
def outbox_test_templates(settings):
    """The tests' own mail templates (``outbox_tests/…``), which the app does not ship."""
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [*engine["DIRS"], TEMPLATES]}]


@pytest.fixture
def queue(world):
    """Queue the test confirmation for a contact person of network A."""

    def queue(**overrides):
        arguments = {
            "to": "anna.schmidt@example.org",
            "template": "outbox_tests/confirmation",
            "context": {
                "name": "Anna",
                "event": "Kochen & Essen",
                "day": datetime.date(2026, 3, 14),
            },
            "language": "de",
            "network": world.network,
            "about": world.contact,
            "purpose": "events.registration.confirmed",
            **overrides,
        }
        return services.email_queue(**arguments)

    return queue
