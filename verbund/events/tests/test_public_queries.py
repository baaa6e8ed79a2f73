"""Public event pages cost the same number of queries for few events, organisers and
registrations as for many."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from verbund.events.choices import RegistrationStatus
from verbund.events.services import _token_hash
from verbund.events.tests.factories import EventFactory, EventTextFactory, RegistrationFactory
from verbund.network.tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def queries_for(client, address):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries)


def fill(network, count):
    for _ in range(count):
        event = EventFactory(network=network, capacity=5)
        EventTextFactory(event=event, language="ar", title="منتدى")
        RegistrationFactory(event=event)
        RegistrationFactory(event=event, status=RegistrationStatus.WAITING)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_calendar_and_network_page_queries_do_not_grow_with_the_events(client, world, language):
    with translation.override(language):
        calendar = reverse("public:event_list", args=[world.network.slug])
        network = reverse("public:network", args=[world.network.slug])
    fill(world.network, 3)
    few = queries_for(client, calendar), queries_for(client, network)
    fill(world.network, 27)
    assert (queries_for(client, calendar), queries_for(client, network)) == few
    assert few[0] <= 5


def test_event_page_queries_do_not_grow_with_organisers_members_and_registrations(client, world):
    event = EventFactory(network=world.network, interpretation_languages=["ar", "tr"])

    def enrich(count):
        for _ in range(count):
            organisation = OrganisationFactory()
            MembershipFactory(network=world.network, organisation=organisation)
            event.organisers.add(organisation)
            RegistrationFactory(event=event)

    with translation.override("ar"):
        detail = reverse("public:event_detail", args=[world.network.slug, event.pk])
    enrich(3)
    few = queries_for(client, detail)
    enrich(27)
    assert queries_for(client, detail) == few
    assert few <= 5


def test_personal_page_queries_do_not_grow_with_the_waiting_list(client, world):
    event = EventFactory(network=world.network, capacity=1)
    RegistrationFactory(event=event)

    def wait(count):
        for _ in range(count):
            RegistrationFactory(event=event, status=RegistrationStatus.WAITING)

    wait(3)
    RegistrationFactory(
        event=event, status=RegistrationStatus.WAITING, token_hash=_token_hash("mine")
    )
    with translation.override("en"):
        address = reverse("public:registration_manage", args=[world.network.slug, event.pk, "mine"])
    few = queries_for(client, address)
    wait(27)
    assert queries_for(client, address) == few
    # Those who came later wait behind: the place stays.
    assert "You are number 4 on the waiting list." in client.get(address).content.decode()
