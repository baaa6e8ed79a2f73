"""The staff's events API: who sees which events, writes through the services with the
organisers' permissions, publish and cancel, registrations with personal data only for those
who may see them, check-in, bad input changing nothing, constant queries."""

import datetime

import pytest
from django.db import connection
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from verbund.accounts.access import forget_access
from verbund.audit.models import LogEntry
from verbund.events.choices import EventStatus, RegistrationStatus
from verbund.events.models import Event, EventText, Registration
from verbund.events.tests.factories import EventFactory, EventTextFactory, RegistrationFactory
from verbund.network.tests.factories import current_member
from verbund.outbox.models import OutgoingEmail

pytestmark = pytest.mark.django_db

START = timezone.now() + datetime.timedelta(days=30)


@pytest.fixture
def client():
    return APIClient()


def url(world, name="managed-event-list", **kwargs):
    return reverse(f"api:{name}", kwargs={"network": world.network.slug, **kwargs})


def detail(world, event, name="managed-event-detail"):
    return url(world, name, pk=event.pk)


def registrations(world, event):
    return url(world, "event-registration-list", event=event.pk)


def check_in(world, registration):
    return url(
        world, "event-registration-check-in", event=registration.event_id, pk=registration.pk
    )


def snapshot():
    """Everything a refused write must leave as it was."""
    return {
        model.__name__: sorted(
            (tuple(sorted(model_to_dict(row).items(), key=str)) for row in model.objects.all()),
            key=str,
        )
        for model in (Event, EventText, Registration)
    } | {"log": LogEntry.objects.count(), "mail": OutgoingEmail.objects.count()}


def payload(world, **changes):
    data = {
        "kind": "public_forum",
        "organisers": [world.organisation.pk],
        "starts_at": START.isoformat(),
        "ends_at": (START + datetime.timedelta(hours=3)).isoformat(),
        "venue": "Leibnizhaus",
        "street": "Holzmarkt 4-6",
        "postal_code": "30159",
        "city": "Hannover",
        "capacity": 80,
        "interpretation_languages": ["ar"],
        "text": {"title": "An-Erkennen – wir sehen mehr", "summary": "Forum"},
    }
    data.update(changes)
    return data


@pytest.fixture
def calendar(world):
    """X's draft and published event, Y's draft and published one, and B's."""

    def make(title, organiser, network=None, **fields):
        return EventFactory(
            network=network or world.network, organiser=organiser, title=title, **fields
        )

    return {
        "x_draft": make("X Entwurf", world.organisation, status=EventStatus.DRAFT),
        "x_published": make("X veröffentlicht", world.organisation),
        "y_draft": make("Y Entwurf", world.other_organisation, status=EventStatus.DRAFT),
        "y_published": make("Y veröffentlicht", world.other_organisation),
        "foreign": make("Anderswo", world.foreign_organisation, network=world.other_network),
    }


def listed(client, world, **params):
    response = client.get(url(world), params)
    assert response.status_code == 200, response.content
    return sorted(row["title"] for row in response.json()["results"])


# --- who sees what ------------------------------------------------------------------------------


def test_the_coordination_sees_every_event_of_the_network_drafts_too(client, world, calendar):
    client.force_authenticate(world.coordinator)
    assert listed(client, world) == [
        "X Entwurf",
        "X veröffentlicht",
        "Y Entwurf",
        "Y veröffentlicht",
    ]
    assert listed(client, world, status="draft") == ["X Entwurf", "Y Entwurf"]
    assert listed(client, world, organiser=world.other_organisation.pk) == [
        "Y Entwurf",
        "Y veröffentlicht",
    ]


@pytest.mark.parametrize("persona", ["caseworker", "viewer"])
def test_an_organisations_staff_see_its_drafts_and_the_others_published(
    client, world, calendar, persona
):
    client.force_authenticate(getattr(world, persona))
    assert listed(client, world) == ["X Entwurf", "X veröffentlicht", "Y veröffentlicht"]


def test_the_detail_shows_internal_fields_texts_states_and_seats(client, world):
    event = EventFactory(
        network=world.network,
        organiser=world.organisation,
        capacity=2,
        online_url="https://meet.example.org/x",
        is_online=True,
    )
    event.texts.filter(language="de").update(source_version=2)
    EventTextFactory(event=event, language="en", source_version=1)
    EventTextFactory(event=event, language="ar", source_version=2, machine_translated=True)
    RegistrationFactory(event=event, seats=2)
    RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    client.force_authenticate(world.caseworker)
    row = client.get(detail(world, event)).json()
    assert row["online_url"] == "https://meet.example.org/x"
    assert row["seats"] == {"capacity": 2, "confirmed": 2, "free": 0, "waiting": 1}
    assert row["registration_state"] == "full"
    assert row["organisers"] == [world.organisation.pk]
    assert row["organiser_names"] == ["Organisation X"]
    assert [(text["language"], text["state"]) for text in row["texts"]] == [
        ("de", "up_to_date"),
        ("en", "outdated"),
        ("ar", "machine"),
    ]
    assert row["missing_languages"] == ["tr", "uk", "ru", "fa", "de-simple"]


def test_the_link_of_an_invited_event_carries_its_access_key(client, world):
    event = EventFactory(network=world.network, organiser=world.organisation, audience="invited")
    client.force_authenticate(world.coordinator)
    assert client.get(detail(world, event)).json()["url"].endswith(f"/k/{event.access_key}/")


# --- writing ------------------------------------------------------------------------------------


def test_a_caseworker_adds_a_draft_with_its_german_text_through_the_service(client, world):
    client.force_authenticate(world.caseworker)
    response = client.post(url(world), payload(world), format="json")
    assert response.status_code == 201, response.content
    row = response.json()
    event = Event.objects.get(pk=row["id"])
    assert (event.status, event.title, event.capacity) == (
        EventStatus.DRAFT,
        "An-Erkennen – wir sehen mehr",
        80,
    )
    assert event.created_by == world.caseworker
    assert list(event.organisers.all()) == [world.organisation]
    assert event.interpretation_languages == ["ar"]
    assert [text["language"] for text in row["texts"]] == ["de"]
    assert row["texts"][0]["summary"] == "Forum"
    assert LogEntry.objects.filter(action="events.event.created", object_id=str(event.pk)).exists()


def test_co_organisers_may_include_other_members_but_one_must_be_the_writers(client, world):
    client.force_authenticate(world.caseworker)
    both = payload(world, organisers=[world.organisation.pk, world.other_organisation.pk])
    assert client.post(url(world), both, format="json").status_code == 201
    before = snapshot()
    only_y = payload(world, organisers=[world.other_organisation.pk])
    assert client.post(url(world), only_y, format="json").status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"ends_at": (START - datetime.timedelta(hours=1)).isoformat()}, "ends_at"),
        ({"kind": "party"}, "kind"),
        ({"organisers": []}, "organisers"),
        ({"capacity": 0}, "capacity"),
        ({"is_free": True, "fee": "5.00"}, "fee"),
        ({"venue": "", "street": "", "city": ""}, "venue"),
        ({"interpretation_languages": ["klingon"]}, "interpretation_languages"),
        ({"text": {"title": ""}}, "text"),
        ({"text": None}, "text"),
    ],
)
def test_a_bad_payload_is_a_400_naming_the_field_and_writes_nothing(client, world, changes, field):
    client.force_authenticate(world.coordinator)
    before = snapshot()
    data = payload(world, **changes)
    if data["text"] is None:
        del data["text"]
    response = client.post(url(world), data, format="json")
    assert response.status_code == 400
    assert field in response.json(), response.json()
    assert snapshot() == before


def test_organisations_and_contacts_of_another_network_are_refused(client, world):
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.post(
        url(world),
        payload(
            world,
            organisers=[world.organisation.pk, world.foreign_organisation.pk],
            host=world.foreign_organisation.pk,
            contact=world.foreign_contact.pk,
        ),
        format="json",
    )
    assert response.status_code == 400
    assert {"organisers", "host", "contact"} <= set(response.json())
    assert snapshot() == before


def test_errors_speak_the_readers_language(client, world):
    client.force_authenticate(world.coordinator)
    response = client.post(url(world), {}, format="json", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 400
    assert response.json()["kind"] == ["Dieses Feld ist zwingend erforderlich."]


def test_an_edit_goes_through_the_service_and_more_seats_promote_the_waiting(client, world):
    event = EventFactory(network=world.network, organiser=world.organisation, capacity=1)
    RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    client.force_authenticate(world.caseworker)
    response = client.patch(detail(world, event), {"capacity": 2, "venue": "Rathaus"}, "json")
    assert response.status_code == 200, response.content
    assert response.json()["seats"] == {"capacity": 2, "confirmed": 2, "free": 0, "waiting": 0}
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    assert OutgoingEmail.objects.filter(
        purpose="events.registration.registration_promoted"
    ).exists()


def test_fewer_seats_than_are_taken_are_refused_and_nothing_changes(client, world):
    event = EventFactory(network=world.network, organiser=world.organisation, capacity=3)
    RegistrationFactory(event=event, seats=1)
    RegistrationFactory(event=event, seats=1)
    client.force_authenticate(world.coordinator)
    before = snapshot()
    response = client.patch(detail(world, event), {"capacity": 1, "venue": "Neu"}, "json")
    assert response.status_code == 400
    assert "capacity" in response.json()
    assert snapshot() == before


def test_an_edit_cannot_hand_the_event_to_organisers_the_writer_does_not_act_for(client, world):
    event = EventFactory(network=world.network, organiser=world.organisation)
    client.force_authenticate(world.org_admin)
    before = snapshot()
    response = client.patch(
        detail(world, event), {"organisers": [world.other_organisation.pk]}, "json"
    )
    assert response.status_code == 403
    assert snapshot() == before


def test_publish_then_cancel_tells_everyone_registered(client, world):
    event = EventFactory(
        network=world.network, organiser=world.organisation, status=EventStatus.DRAFT
    )
    client.force_authenticate(world.org_admin)
    response = client.post(detail(world, event, "managed-event-publish"))
    assert response.status_code == 200
    assert response.json()["status"] == "published"
    RegistrationFactory(event=event)
    RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    response = client.post(detail(world, event, "managed-event-cancel"))
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["registration_state"]) == (
        "cancelled",
        "cancelled",
    )
    assert OutgoingEmail.objects.filter(purpose="events.registration.event_cancelled").count() == 2
    before = snapshot()
    response = client.post(detail(world, event, "managed-event-publish"))
    assert response.status_code == 400
    assert "cancelled" in response.json()["non_field_errors"][0]
    assert client.patch(detail(world, event), {"venue": "x"}, "json").status_code == 400
    assert snapshot() == before


def test_a_token_authenticates_like_a_session(world):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=world.caseworker)
    client = APIClient(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert client.post(url(world), payload(world), format="json").status_code == 201


# --- registrations ------------------------------------------------------------------------------


def test_registrations_show_names_and_addresses_to_the_organisers_staff(client, world):
    event = EventFactory(network=world.network, organiser=world.organisation)
    RegistrationFactory(
        event=event,
        name="Ayşe Demir",
        email="ayse@example.org",
        organisation=world.other_organisation,
        organisation_kind="migrant_organisation",
    )
    RegistrationFactory(
        event=event,
        status=RegistrationStatus.WAITING,
        organisation_name="Müller Logistik GmbH",
        organisation_kind="company",
    )
    client.force_authenticate(world.caseworker)
    response = client.get(registrations(world, event))
    assert response.status_code == 200
    rows = response.json()["results"]
    assert (rows[0]["name"], rows[0]["email"], rows[0]["status"]) == (
        "Ayşe Demir",
        "ayse@example.org",
        "confirmed",
    )
    assert [(r["organisation_label"], r["organisation_kind"]) for r in rows] == [
        ("Organisation Y", "migrant_organisation"),
        ("Müller Logistik GmbH", "company"),
    ]
    waiting = client.get(registrations(world, event), {"status": "waiting"}).json()
    assert [r["organisation_label"] for r in waiting["results"]] == ["Müller Logistik GmbH"]
    for persona in ("multiplier", "viewer", "other_org_admin"):
        client.force_authenticate(getattr(world, persona))
        response = client.get(registrations(world, event))
        assert response.status_code == 403
        assert "Ayşe" not in response.content.decode()


def test_check_in_marks_a_confirmed_person_and_can_be_taken_back(client, world):
    event = EventFactory(network=world.network, organiser=world.organisation)
    registration = RegistrationFactory(event=event)
    client.force_authenticate(world.caseworker)
    response = client.post(check_in(world, registration), {}, format="json")
    assert response.status_code == 200
    assert response.json()["checked_in"] is True
    registration.refresh_from_db()
    assert registration.checked_in_by == world.caseworker
    response = client.post(check_in(world, registration), {"present": False}, format="json")
    assert response.json()["checked_in"] is False
    assert list(
        LogEntry.objects.filter(object_id=str(registration.pk))
        .order_by("created_at", "pk")
        .values_list("action", flat=True)
    ) == ["events.registration.checked_in", "events.registration.unchecked"]


def test_checking_in_someone_waiting_is_refused_with_a_reason(client, world):
    event = EventFactory(network=world.network, organiser=world.organisation)
    waiting = RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    client.force_authenticate(world.caseworker)
    before = snapshot()
    response = client.post(check_in(world, waiting), {"present": "perhaps"}, format="json")
    assert response.status_code == 400
    assert "present" in response.json()
    response = client.post(check_in(world, waiting), {}, format="json")
    assert response.status_code == 400
    assert "confirmed" in response.json()["non_field_errors"][0]
    assert snapshot() == before


# --- queries ------------------------------------------------------------------------------------


def count_queries(client, user, address):
    # Each request reads the roles afresh, as a real one does.
    forget_access(user)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries)


def test_list_queries_do_not_grow_with_the_events(client, world):
    def fill(count):
        for _ in range(count):
            event = EventFactory(network=world.network, organiser=world.organisation)
            event.organisers.add(current_member(world.network))
            EventTextFactory(event=event, language="en")
            RegistrationFactory(event=event)

    client.force_authenticate(world.caseworker)
    fill(3)
    few = count_queries(client, world.caseworker, url(world))
    fill(27)
    assert count_queries(client, world.caseworker, url(world)) == few


def test_registration_list_queries_do_not_grow_with_the_registrations(client, world):
    event = EventFactory(network=world.network, organiser=world.organisation, capacity=None)

    def fill(count):
        for _ in range(count):
            RegistrationFactory(event=event, organisation=current_member(world.network))

    client.force_authenticate(world.caseworker)
    fill(3)
    few = count_queries(client, world.caseworker, registrations(world, event))
    fill(27)
    assert count_queries(client, world.caseworker, registrations(world, event)) == few
