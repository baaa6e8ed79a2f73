"""Registration: seats, waiting list, promotion, duplicates, windows, cancellation."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from verbund.core.errors import DomainError
from verbund.events import services
from verbund.events.choices import EventStatus, RegistrationStatus
from verbund.events.models import Registration
from verbund.events.tests.factories import EventFactory
from verbund.outbox.models import OutgoingEmail

pytestmark = pytest.mark.django_db


def register(event, email, *, seats=1, language="de", consent=True, **extra):
    return services.registration_create(
        event=event,
        data={"name": "Ayşe Demir", "email": email, "seats": seats, **extra},
        language=language,
        consent=consent,
    )


def statuses(event):
    return list(event.registrations.order_by("pk").values_list("status", flat=True))


def test_registrations_beyond_the_seats_wait_in_order():
    event = EventFactory(capacity=2)
    for n in range(4):
        register(event, f"p{n}@example.org")
    assert statuses(event) == ["confirmed", "confirmed", "waiting", "waiting"]
    assert services.free_seats(event) == 0


def test_an_event_without_limit_confirms_everyone():
    event = EventFactory(capacity=None)
    for n in range(30):
        register(event, f"p{n}@example.org")
    assert set(statuses(event)) == {"confirmed"}
    assert services.free_seats(event) is None


def test_a_freed_seat_promotes_the_first_waiting_and_tells_them():
    event = EventFactory(capacity=1)
    first = register(event, "first@example.org")
    second = register(event, "second@example.org")
    register(event, "third@example.org")
    promoted = services.registration_cancel(registration=first.registration)
    assert [r.pk for r in promoted] == [second.registration.pk]
    assert statuses(event) == ["cancelled", "confirmed", "waiting"]
    mails = OutgoingEmail.objects.filter(about_id=str(second.registration.pk))
    assert sorted(mails.values_list("purpose", flat=True)) == [
        "events.registration.registration_promoted",
        "events.registration.registration_waiting",
    ]


def test_cancelling_a_waiting_registration_promotes_nobody():
    event = EventFactory(capacity=1)
    register(event, "first@example.org")
    waiting = register(event, "second@example.org")
    assert services.registration_cancel(registration=waiting.registration) == []
    assert statuses(event) == ["confirmed", "cancelled"]


def test_a_group_that_does_not_fit_keeps_its_place_while_a_single_takes_the_seat():
    event = EventFactory(capacity=3, seats_per_registration=4)
    first = register(event, "a@example.org", seats=2)
    register(event, "b@example.org", seats=1)
    family = register(event, "family@example.org", seats=3)
    single = register(event, "c@example.org", seats=1)
    services.registration_cancel(registration=first.registration)
    family.registration.refresh_from_db()
    single.registration.refresh_from_db()
    assert family.registration.status == RegistrationStatus.WAITING
    assert single.registration.status == RegistrationStatus.CONFIRMED
    assert services.free_seats(event) == 1


def test_newcomers_wait_behind_the_waiting_list_even_if_a_group_left_a_seat():
    event = EventFactory(capacity=2, seats_per_registration=2)
    register(event, "a@example.org", seats=1)
    register(event, "family@example.org", seats=2)
    late = register(event, "late@example.org", seats=1)
    assert late.registration.status == RegistrationStatus.WAITING


def test_more_seats_per_registration_than_allowed_is_refused():
    event = EventFactory(capacity=10, seats_per_registration=2)
    with pytest.raises(ValidationError) as error:
        register(event, "a@example.org", seats=3)
    assert "seats" in error.value.error_dict
    assert not event.registrations.exists()


def test_the_same_address_twice_is_told_so_whatever_its_case():
    event = EventFactory()
    register(event, "Ayse@Example.org")
    with pytest.raises(DomainError, match="already registered"):
        register(event, "ayse@example.org ".strip().upper())
    assert event.registrations.count() == 1


def test_an_address_may_register_again_after_cancelling():
    event = EventFactory()
    first = register(event, "a@example.org")
    services.registration_cancel(registration=first.registration)
    again = register(event, "a@example.org")
    assert again.registration.status == RegistrationStatus.CONFIRMED


def test_registration_without_consent_is_refused():
    event = EventFactory()
    with pytest.raises(ValidationError) as error:
        register(event, "a@example.org", consent=False)
    assert "consent" in error.value.error_dict
    assert not event.registrations.exists()


def test_a_malformed_address_is_refused_and_nothing_is_written():
    event = EventFactory()
    with pytest.raises(ValidationError) as error:
        register(event, "not-an-address")
    assert "email" in error.value.error_dict
    assert not Registration.objects.exists()
    assert not OutgoingEmail.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": EventStatus.CANCELLED}, "cancelled"),
        ({"status": EventStatus.DRAFT}, "not open"),
        ({"registration_required": False}, "no registration"),
    ],
)
def test_closed_events_refuse_registrations_with_a_reason(fields, message):
    event = EventFactory(**fields)
    with pytest.raises(DomainError, match=message):
        register(event, "a@example.org")
    assert not event.registrations.exists()


def test_registration_before_the_window_opens_or_after_it_closes_is_refused():
    now = timezone.now()
    not_yet = EventFactory(registration_opens_at=now + datetime.timedelta(days=1))
    with pytest.raises(DomainError, match="opens on"):
        register(not_yet, "a@example.org")
    closed = EventFactory(
        registration_opens_at=now - datetime.timedelta(days=2),
        registration_closes_at=now - datetime.timedelta(days=1),
    )
    with pytest.raises(DomainError, match="closed"):
        register(closed, "a@example.org")


def test_staff_may_still_register_someone_after_the_window_closed(world):
    now = timezone.now()
    event = EventFactory(
        network=world.network,
        organiser=world.organisation,
        registration_opens_at=now - datetime.timedelta(days=2),
        registration_closes_at=now - datetime.timedelta(days=1),
    )
    result = services.registration_create(
        event=event,
        data={"name": "Per Telefon", "email": "phone@example.org"},
        language="de",
        consent=True,
        actor=world.caseworker,
    )
    assert result.registration.entered_by == world.caseworker


def test_the_confirmation_is_queued_in_the_registrants_language_with_the_personal_link():
    event = EventFactory()
    result = register(event, "a@example.org", language="ar")
    mail = OutgoingEmail.objects.get(about_id=str(result.registration.pk))
    assert mail.language == "ar"
    assert f"/ar/n/{event.network.slug}/events/{event.pk}/registration/{result.token}/" in (
        mail.body_text
    )
    # Only the token's hash is stored: the database alone does not open the personal page.
    assert result.token not in result.registration.token_hash
    found = services.registration_by_token(event=event, token=result.token)
    assert found == result.registration
    assert services.registration_by_token(event=event, token="guess") is None


def test_a_picked_member_organisation_gives_its_kind(world):
    event = EventFactory(network=world.network, organiser=world.organisation)
    result = register(event, "hr@example.org", organisation=world.other_organisation)
    assert result.registration.organisation_kind == world.other_organisation.kind


def test_an_organisation_of_another_network_cannot_be_picked(world):
    event = EventFactory(network=world.network, organiser=world.organisation)
    with pytest.raises(ValidationError) as error:
        register(event, "a@example.org", organisation=world.foreign_organisation)
    assert "organisation" in error.value.error_dict


def test_raising_the_capacity_promotes_waiting_people_and_lowering_below_taken_is_refused(
    world,
):
    event = EventFactory(network=world.network, organiser=world.organisation, capacity=1)
    register(event, "a@example.org")
    register(event, "b@example.org")
    with pytest.raises(ValidationError) as error:
        services.event_update(actor=world.coordinator, event=event, data={"capacity": 0})
    assert "capacity" in error.value.error_dict
    services.event_update(actor=world.coordinator, event=event, data={"capacity": 2})
    assert statuses(event) == ["confirmed", "confirmed"]


def test_cancelling_the_event_tells_everyone_registered_or_waiting(world):
    event = EventFactory(network=world.network, organiser=world.organisation, capacity=1)
    register(event, "a@example.org")
    register(event, "b@example.org")
    services.event_cancel(actor=world.coordinator, event=event)
    event.refresh_from_db()
    assert event.status == EventStatus.CANCELLED
    assert OutgoingEmail.objects.filter(purpose="events.registration.event_cancelled").count() == 2
    with pytest.raises(DomainError, match="cancelled"):
        register(event, "c@example.org")


def test_check_in_marks_confirmed_people_only(world):
    event = EventFactory(network=world.network, organiser=world.organisation, capacity=1)
    confirmed = register(event, "a@example.org").registration
    waiting = register(event, "b@example.org").registration
    services.registration_check_in(actor=world.caseworker, registration=confirmed)
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at is not None
    assert confirmed.checked_in_by == world.caseworker
    with pytest.raises(DomainError):
        services.registration_check_in(actor=world.caseworker, registration=waiting)
    services.registration_check_in(actor=world.caseworker, registration=confirmed, present=False)
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at is None


def test_anonymising_keeps_the_figures_and_forgets_the_person(world):
    event = EventFactory(network=world.network, organiser=world.organisation)
    result = register(event, "a@example.org", organisation=world.other_organisation)
    services.registration_check_in(actor=world.caseworker, registration=result.registration)
    after = event.ends_at + datetime.timedelta(days=1)
    assert services.registrations_anonymise(ended_before=after) == 1
    registration = Registration.objects.get()
    assert registration.name == services.ANONYMISED_NAME
    assert registration.email == ""
    assert registration.checked_in_at is not None
    assert registration.organisation_kind == world.other_organisation.kind
    assert services.registration_by_token(event=event, token=result.token) is None
    assert not OutgoingEmail.objects.filter(to="a@example.org").exists()
