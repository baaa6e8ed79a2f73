"""Shared pieces of the events' back-office tests: addresses, events of the personas'
organisation, and a snapshot that proves a refused action changed nothing."""

import datetime

from django.forms.models import model_to_dict
from django.urls import reverse
from django.utils import timezone

from verbund.audit.models import LogEntry
from verbund.events.choices import EventStatus
from verbund.events.models import Event, EventText, Registration
from verbund.events.tests.factories import BERLIN, NEXT_YEAR, EventFactory, RegistrationFactory


def office_url(name, network, **kwargs) -> str:
    return reverse(f"office:{name}", kwargs={"network": network.slug, **kwargs})


def event_url(name, event, **kwargs) -> str:
    return office_url(name, event.network, event=event.pk, **kwargs)


def own_event(world, **fields) -> Event:
    """An event organised by X (the personas' organisation) in network A."""
    return EventFactory(network=world.network, organiser=world.organisation, **fields)


def other_event(world, **fields) -> Event:
    """An event organised by Y, another member of network A."""
    return EventFactory(network=world.network, organiser=world.other_organisation, **fields)


def foreign_event(world, **fields) -> Event:
    return EventFactory(network=world.other_network, organiser=world.foreign_organisation, **fields)


def draft(world, **fields) -> Event:
    return own_event(world, status=EventStatus.DRAFT, **fields)


def past_event(world, *, year=NEXT_YEAR - 3, month=5, **fields) -> Event:
    """An event that is over (its check-ins count in the figures)."""
    starts = datetime.datetime(year, month, 15, 14, 0, tzinfo=BERLIN)
    return own_event(
        world, starts_at=starts, ends_at=starts + datetime.timedelta(hours=3), **fields
    )


def checked_in(event, **fields) -> Registration:
    return RegistrationFactory(event=event, checked_in_at=timezone.now(), **fields)


MODELS = (Event, EventText, Registration)


def snapshot() -> dict:
    """Every row of the events' main tables and the log's length."""
    state = {}
    for model in MODELS:
        rows = []
        for row in model.objects.order_by("pk"):
            data = model_to_dict(row)
            data["updated_at"] = getattr(row, "updated_at", None)
            for name, value in data.items():
                if isinstance(value, list) and value and hasattr(value[0], "pk"):
                    data[name] = sorted(item.pk for item in value)
            rows.append(sorted(data.items(), key=str))
        state[model.__name__] = rows
    state["log"] = LogEntry.objects.count()
    return state


def last_log():
    return LogEntry.objects.order_by("-pk").first()
