"""Registration without an account on the event's page, and the registrant's personal page:
what a registration stores, every bad input refused on the form with nothing written, the
waiting list, the e-mail with the personal link, and cancelling in two steps."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from verbund.events import services
from verbund.events.choices import Audience, EventStatus, RegistrationStatus
from verbund.events.models import Registration
from verbund.events.tests.factories import BERLIN, EventFactory, RegistrationFactory
from verbund.network.choices import OrganisationKind
from verbund.outbox.models import OutgoingEmail

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_counts():
    # The rate limit counts per address in the cache; every test starts with none used.
    cache.clear()
    yield
    cache.clear()


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"public:{name}", args=args)


def register_url(event, language="en"):
    return url("event_register", event.network.slug, event.pk, language=language)


def form_data(**fields):
    return {"name": "Ayşe Demir", "email": "ayse@example.org", "consent": "on", **fields}


def nothing_written():
    return not Registration.objects.exists() and not OutgoingEmail.objects.exists()


def errors_of(response):
    assert response.status_code == 200
    return response.context["form"].errors


# --- registering --------------------------------------------------------------------------------


def test_a_registration_leads_to_the_personal_page_in_the_pages_language(client, world):
    event = EventFactory(network=world.network, capacity=10)
    response = client.post(
        register_url(event, "ar"),
        form_data(organisation=str(world.organisation.pk), accessibility_needs=" Rampe "),
    )
    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    manage = response["Location"]
    assert manage.startswith(f"/ar/n/alpha/events/{event.pk}/registration/")
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.language == "ar"
    assert registration.organisation == world.organisation
    assert registration.organisation_kind == world.organisation.kind
    assert registration.accessibility_needs == "Rampe"
    # Only the token's hash is kept; the address holds the token itself.
    assert registration.token_hash not in manage
    page = client.get(manage)
    assert page.status_code == 200
    assert page["Cache-Control"] == "private, no-store"
    assert page["Referrer-Policy"] == "no-referrer"
    assert '<meta name="robots" content="noindex, nofollow">' in page.content.decode()


def test_an_organisation_not_in_the_list_is_named_with_its_kind(client, world):
    event = EventFactory(network=world.network)
    client.post(
        register_url(event),
        form_data(
            organisation="other",
            organisation_name="Muster GmbH",
            organisation_kind=OrganisationKind.COMPANY,
        ),
    )
    registration = Registration.objects.get()
    assert registration.organisation is None
    assert (registration.organisation_name, registration.organisation_kind) == (
        "Muster GmbH",
        OrganisationKind.COMPANY,
    )


def test_a_family_takes_its_seats_and_interpreting_is_asked_for(client, world):
    event = EventFactory(
        network=world.network,
        capacity=10,
        seats_per_registration=4,
        interpretation_languages=["ar"],
    )
    page = client.get(url("event_detail", world.network.slug, event.pk)).content.decode()
    assert 'name="seats"' in page and 'name="interpreting"' in page
    client.post(register_url(event), form_data(seats="3", interpreting="ar"))
    registration = Registration.objects.get()
    assert (registration.seats, registration.interpreting) == (3, "ar")
    assert services.free_seats(event) == 7


def test_single_seat_events_ask_no_seats_and_no_interpreting_without_offer(client, world):
    event = EventFactory(network=world.network)
    page = client.get(url("event_detail", world.network.slug, event.pk)).content.decode()
    assert 'name="seats"' not in page and 'name="interpreting"' not in page
    assert "They are deleted 180 days after the event." in page


def test_a_full_event_puts_people_on_the_waiting_list_with_their_place(client, world):
    event = EventFactory(network=world.network, capacity=1)
    RegistrationFactory(event=event)
    RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    response = client.post(register_url(event), form_data())
    assert Registration.objects.latest("pk").status == RegistrationStatus.WAITING
    page = client.get(response["Location"]).content.decode()
    assert "You are number 2 on the waiting list." in page


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"consent": ""}, "consent", "Please agree to the processing of your data"),
        ({"email": "not-an-address"}, "email", "valid email address"),
        ({"name": ""}, "name", "This field is required."),
        ({"organisation": "999999"}, "organisation", "Choose an organisation from the list"),
        ({"organisation": "other"}, "organisation_name", "Give the name of your organisation."),
        ({"seats": "3"}, "seats", "At most 2 seats can be booked in one registration."),
        ({"interpreting": "fr"}, "interpreting", "Select a valid choice."),
        ({"website": "http://spam.example"}, "website", "leave the hidden field empty"),
    ],
)
def test_bad_input_is_refused_on_the_form_and_nothing_is_written(
    client, world, fields, field, message
):
    event = EventFactory(
        network=world.network, seats_per_registration=2, interpretation_languages=["ar"]
    )
    response = client.post(register_url(event), form_data(**fields))
    errors = errors_of(response)
    assert message in " ".join(errors[field])
    assert 'id="form-errors"' in response.content.decode()
    assert nothing_written()


def test_another_networks_organisation_is_refused(client, world):
    event = EventFactory(network=world.network)
    errors = errors_of(
        client.post(register_url(event), form_data(organisation=str(world.foreign_organisation.pk)))
    )
    assert "organisation" in errors
    assert nothing_written()


def test_the_same_address_twice_is_told_so(client, world):
    event = EventFactory(network=world.network)
    RegistrationFactory(event=event, email="ayse@example.org", email_key="ayse@example.org")
    response = client.post(register_url(event), form_data(email="AYSE@example.org"))
    assert "This e-mail address is already registered for this event." in (
        errors_of(response).get("__all__", [])
    )
    assert event.registrations.count() == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": EventStatus.CANCELLED}, "This event has been cancelled"),
        (
            {"registration_closes_at": datetime.datetime(2020, 1, 1, tzinfo=BERLIN)},
            "Registration for this event has closed.",
        ),
        (
            {"registration_opens_at": timezone.now() + datetime.timedelta(days=30)},
            "Registration opens on",
        ),
        ({"registration_required": False}, "This event needs no registration"),
    ],
)
def test_closed_and_cancelled_events_refuse_with_a_clear_message(client, world, fields, message):
    event = EventFactory(network=world.network, **fields)
    response = client.post(register_url(event), form_data())
    assert response.status_code == 200
    assert message in response.content.decode()
    assert nothing_written()


def test_an_invited_event_takes_registrations_only_with_its_key(client, world):
    event = EventFactory(network=world.network, audience=Audience.INVITED)
    assert client.post(register_url(event), form_data()).status_code == 404
    response = client.post(register_url(event), form_data(key=event.access_key))
    assert response.status_code == 302
    assert Registration.objects.filter(event=event).count() == 1


def test_a_get_of_the_registration_address_leads_to_the_event(client, world):
    event = EventFactory(network=world.network)
    response = client.get(register_url(event, "tr"))
    assert response.status_code == 302
    assert response["Location"] == url("event_detail", world.network.slug, event.pk, language="tr")


def test_the_confirmation_mail_arrives_with_a_working_personal_link(
    client, world, smtp_server, django_capture_on_commit_callbacks, settings
):
    settings.VERBUND_SITE_URL = "https://verbund.example.org"
    event = EventFactory(network=world.network)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(event, "uk"), form_data())
    (message,) = smtp_server.wait_for(1)
    assert message["To"] == "ayse@example.org"
    body = message.get_body(preferencelist=("plain",)).get_content()
    link = re.search(r"https://verbund\.example\.org(/uk/\S+/registration/\S+/)", body).group(1)
    assert link == response["Location"]
    assert client.get(link).status_code == 200


# --- the personal page --------------------------------------------------------------------------


@pytest.fixture
def registered(client, world):
    event = EventFactory(network=world.network, capacity=1)
    response = client.post(register_url(event), form_data())
    waiting = services.registration_create(
        event=event,
        data={"name": "Jan", "email": "jan@example.org"},
        language="de",
        consent=True,
    )
    return response["Location"], waiting.registration


def test_the_personal_page_shows_the_status_and_the_event(client, registered):
    manage, _waiting = registered
    page = client.get(manage).content.decode()
    assert "Your registration is confirmed. A seat is kept for you." in page
    assert "ayse@example.org" in page
    assert "Leibnizhaus" in page
    assert "Cancel my registration" in page


def test_cancelling_asks_first_then_frees_the_seat_for_the_waiting_list(client, registered):
    manage, waiting = registered
    asked = client.post(manage)
    assert asked.status_code == 200
    assert "Do you really want to cancel?" in asked.content.decode()
    assert Registration.objects.filter(status=RegistrationStatus.CANCELLED).count() == 0
    done = client.post(manage, {"confirm": "on"})
    assert done.status_code == 302 and done["Location"] == manage
    assert done["Cache-Control"] == "private, no-store"
    page = client.get(manage).content.decode()
    assert "Your registration is cancelled." in page
    assert "Cancel my registration" not in page
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED


def test_cancelling_after_the_event_is_refused_with_a_message(client, registered):
    manage, _waiting = registered
    registration = Registration.objects.get(email="ayse@example.org")
    past = timezone.now() - datetime.timedelta(hours=1)
    type(registration.event).objects.filter(pk=registration.event_id).update(
        starts_at=past - datetime.timedelta(hours=2), ends_at=past
    )
    response = client.post(manage, {"confirm": "on"})
    assert response.status_code == 200
    assert "This event is over" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_an_unknown_or_anonymised_token_is_not_found(client, world, registered):
    manage, _waiting = registered
    assert client.get(manage.replace("/registration/", "/registration/x")).status_code == 404
    assert client.post(manage.replace("/registration/", "/registration/x")).status_code == 404
    services.registrations_anonymise(ended_before=timezone.now() + datetime.timedelta(days=800))
    assert client.get(manage).status_code == 404


def test_the_personal_page_never_comes_from_the_page_cache(client, registered, settings):
    settings.VERBUND_PUBLIC_CACHE_SECONDS = 60
    manage, _waiting = registered
    assert "is confirmed" in client.get(manage).content.decode()
    Registration.objects.filter(email="ayse@example.org").update(
        status=RegistrationStatus.CANCELLED
    )
    assert "is cancelled" in client.get(manage).content.decode()


def test_cancelling_works_from_a_page_that_sends_no_referrer(world, registered):
    # Browsers send the forms of a no-referrer page with "Origin: null"; the token decides.
    manage, _waiting = registered
    strict = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    response = strict.post(manage, {"confirm": "on"}, HTTP_ORIGIN="null")
    assert response.status_code == 302
    assert Registration.objects.get(email="ayse@example.org").status == "cancelled"
