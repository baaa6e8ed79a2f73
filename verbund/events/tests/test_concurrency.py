"""Seats under load on PostgreSQL: many people registering at the same moment.

Each registration locks the event's row, counts the seats taken and decides; so registrations
of one event queue behind each other in the database and none can see a stale count. The
threads below start together (a barrier) and each registers through the public form with its
own database connection, like the workers of an application server.
"""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from verbund.events.choices import RegistrationStatus
from verbund.events.tests.factories import EventFactory
from verbund.outbox.models import EmailStatus, OutgoingEmail

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

PEOPLE = 200
SEATS = 20
# PostgreSQL here allows 100 connections: at most this many registrations hold one at a time;
# all 200 requests are in flight together and wait for a connection as behind a pool.
CONNECTIONS = 40


def register_all(event, count, *, email=lambda n: f"person{n}@example.org"):
    url = reverse(
        "public:event_register", kwargs={"network": event.network.slug, "event": event.pk}
    )
    start = threading.Barrier(count)
    connections = threading.BoundedSemaphore(CONNECTIONS)
    statuses, errors = [], []

    def person(n):
        client = Client(HTTP_ACCEPT_LANGUAGE="de")
        try:
            start.wait()
            with connections:
                response = client.post(
                    url,
                    {"name": f"Person {n}", "email": email(n), "consent": "on", "seats": "1"},
                )
            statuses.append(response.status_code)
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=person, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return statuses, errors


def test_200_at_once_for_20_seats_confirm_exactly_20_and_put_180_on_the_waiting_list(
    settings, smtp_server
):
    settings.RATELIMIT_ENABLE = False
    event = EventFactory(capacity=SEATS)
    statuses, errors = register_all(event, PEOPLE)
    assert errors == []
    # Every person was sent on to their personal page: nobody saw an error.
    assert statuses == [302] * PEOPLE
    counts = {
        status: event.registrations.filter(status=status).count()
        for status in RegistrationStatus.values
    }
    assert counts == {"confirmed": SEATS, "waiting": PEOPLE - SEATS, "cancelled": 0}
    # The waiting list's order is the order in which the database served them.
    waiting = list(event.registrations.waiting().values_list("created_at", flat=True))
    assert waiting == sorted(waiting)
    # Each got the right e-mail, after their registration committed.
    smtp_server.wait_for(PEOPLE, timeout=60)
    purposes = sorted(OutgoingEmail.objects.values_list("purpose", flat=True))
    assert purposes.count("events.registration.registration_confirmed") == SEATS
    assert purposes.count("events.registration.registration_waiting") == PEOPLE - SEATS
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {EmailStatus.SENT}


def test_the_same_address_from_many_tabs_at_once_registers_once(settings):
    settings.RATELIMIT_ENABLE = False
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    event = EventFactory(capacity=SEATS)
    statuses, errors = register_all(event, 30, email=lambda n: "same@example.org")
    assert errors == []
    assert event.registrations.count() == 1
    # One went through; the others were told on the form (200), none met an error.
    assert sorted(statuses) == [200] * 29 + [302]
