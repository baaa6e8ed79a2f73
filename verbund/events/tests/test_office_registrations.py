"""Registrations in the back office: the list with each e-mail's state, registering someone by
phone, cancelling, the export, and check-in on a phone."""

import csv
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from verbund.audit.models import LogEntry
from verbund.events import services
from verbund.events.choices import RegistrationStatus
from verbund.events.models import Registration
from verbund.events.tests.factories import RegistrationFactory
from verbund.events.tests.office_helpers import event_url, own_event, snapshot
from verbund.outbox.models import EmailStatus, OutgoingEmail


def register(event, email, **data):
    return services.registration_create(
        event=event,
        data={"name": data.pop("name", "Ayşe Demir"), "email": email, **data},
        language="de",
        consent=True,
    ).registration


# --- the list -------------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["multiplier", "viewer", "other_org_admin"])
def test_those_without_the_permission_get_403_and_no_names(client, world, persona):
    event = own_event(world)
    register(event, "a@example.org")
    client.force_login(world.user(persona))
    assert client.get(event_url("registration_list", event)).status_code == 403
    assert client.get(event_url("registration_export", event, fmt="csv")).status_code == 403


def test_the_list_shows_every_column_and_the_email_state_and_failures_stand_out(client, world):
    event = own_event(world, capacity=1)
    first = register(
        event, "first@example.org", interpreting="ar", organisation=world.other_organisation
    )
    waiting = register(event, "second@example.org", name="Olena Koval")
    OutgoingEmail.objects.filter(about_id=str(waiting.pk)).update(status=EmailStatus.FAILED)
    OutgoingEmail.objects.filter(about_id=str(first.pk)).update(status=EmailStatus.SENT)
    client.force_login(world.caseworker)
    response = client.get(event_url("registration_list", event))
    page = response.content.decode()
    rows = response.context["rows"]
    assert [(r.pk, email.status) for r, email in rows] == [
        (first.pk, EmailStatus.SENT),
        (waiting.pk, EmailStatus.FAILED),
    ]
    assert response.context["failed"] == 1
    assert "could not be delivered" in page
    assert 'class="table-danger"' in page
    assert "Olena Koval" in page
    assert "second@example.org" in page
    assert world.other_organisation.name in page
    assert "interpreting" in page


def test_the_list_costs_the_same_queries_for_few_and_many_registrations(client, world):
    event = own_event(world, capacity=None)
    client.force_login(world.caseworker)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(event_url("registration_list", event))
        assert response.status_code == 200
        return len(captured)

    register(event, "p0@example.org", organisation=world.other_organisation)
    few = queries()
    for number in range(1, 25):
        register(event, f"p{number}@example.org", organisation=world.other_organisation)
    assert queries() == few


def test_the_list_filters_by_status(client, world):
    event = own_event(world, capacity=1)
    register(event, "a@example.org")
    waiting = register(event, "b@example.org")
    client.force_login(world.caseworker)
    response = client.get(event_url("registration_list", event), {"status": "waiting"})
    assert [r.pk for r, _email in response.context["rows"]] == [waiting.pk]


# --- registering by phone and cancelling ----------------------------------------------------------


def test_staff_register_someone_who_gets_the_confirmation(client, world):
    event = own_event(world)
    client.force_login(world.caseworker)
    response = client.post(
        event_url("registration_add", event),
        {
            "name": "Per Telefon",
            "email": "telefon@example.org",
            "seats": "1",
            "organisation_name": "ACME GmbH",
            "organisation_kind": "company",
            "language": "tr",
            "consent": "on",
        },
    )
    assert response["Location"] == event_url("registration_list", event)
    registration = Registration.objects.get()
    assert registration.entered_by == world.caseworker
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.organisation_kind == "company"
    mail = OutgoingEmail.objects.get(about_id=str(registration.pk))
    assert mail.language == "tr"


def test_a_phone_registration_without_consent_or_twice_is_refused(client, world):
    event = own_event(world)
    register(event, "schon@example.org")
    client.force_login(world.caseworker)
    before = snapshot()
    data = {"name": "X", "email": "schon@example.org", "seats": "1", "language": "de"}
    response = client.post(event_url("registration_add", event), data)
    assert "consent" in response.context["form"].errors
    response = client.post(event_url("registration_add", event), {**data, "consent": "on"})
    assert "already registered" in response.content.decode()
    assert snapshot() == before


def test_more_seats_than_an_entry_may_hold_are_refused(client, world):
    event = own_event(world, seats_per_registration=3)
    client.force_login(world.caseworker)
    response = client.post(
        event_url("registration_add", event),
        {
            "name": "Familie",
            "email": "f@example.org",
            "seats": "4",
            "language": "de",
            "consent": "on",
        },
    )
    assert "seats" in response.context["form"].errors
    assert not Registration.objects.exists()


def test_cancelling_a_registration_promotes_the_waiting_and_says_so(client, world):
    event = own_event(world, capacity=1)
    first = register(event, "a@example.org", name="Erste Person")
    waiting = register(event, "b@example.org")
    client.force_login(world.caseworker)
    page = client.get(event_url("registration_cancel", event, registration=first.pk))
    assert "Erste Person" in page.content.decode()
    response = client.post(
        event_url("registration_cancel", event, registration=first.pk),
        {"confirm": "1"},
        follow=True,
    )
    assert "1 person moved up from the waiting list" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED


def test_a_registration_of_another_event_is_not_found(client, world):
    event = own_event(world)
    other = register(own_event(world), "a@example.org")
    client.force_login(world.caseworker)
    url = event_url("registration_cancel", event, registration=other.pk)
    assert client.get(url).status_code == 404


# --- the export -----------------------------------------------------------------------------------


def test_the_export_is_a_logged_download_with_formulas_defused(client, world):
    event = own_event(world)
    register(event, "a@example.org", name="=HYPERLINK(1)", organisation_name="@ACME")
    client.force_login(world.org_admin)
    response = client.get(event_url("registration_export", event, fmt="csv"))
    assert response["Content-Disposition"].startswith("attachment;")
    assert "HYPERLINK" not in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["Number", "Status", "Seats", "Name", "E-mail"]
    assert rows[1][3] == "'=HYPERLINK(1)"
    assert rows[1][5] == "'@ACME"
    entry = LogEntry.objects.get(action="events.registrations.exported")
    assert entry.data == {"count": 1, "format": "csv"}
    assert entry.actor == world.org_admin


def test_the_xlsx_export_holds_the_rows(client, world):
    event = own_event(world)
    register(event, "a@example.org", name="Ayşe Demir")
    client.force_login(world.org_admin)
    response = client.get(event_url("registration_export", event, fmt="xlsx"))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet.cell(row=2, column=4).value == "Ayşe Demir"
    assert sheet.cell(row=2, column=5).value == "a@example.org"


# --- check-in -------------------------------------------------------------------------------------


def test_the_check_in_page_lists_confirmed_people_by_name_with_a_counter(client, world):
    event = own_event(world, capacity=3, seats_per_registration=2)
    register(event, "z@example.org", name="Zora Ziegler", seats=2)
    register(event, "a@example.org", name="Anna Albers")
    register(event, "w@example.org", name="Wartende Person")
    client.force_login(world.caseworker)
    response = client.get(event_url("event_check_in", event))
    assert [r.name for r in response.context["rows"]] == ["Anna Albers", "Zora Ziegler"]
    assert "0 of 3 checked in" in response.content.decode()


def test_the_search_filters_by_name_and_htmx_gets_only_the_list(client, world):
    event = own_event(world)
    register(event, "a@example.org", name="Anna Albers")
    register(event, "b@example.org", name="Bernd Bauer")
    client.force_login(world.caseworker)
    response = client.get(
        event_url("event_check_in", event),
        {"q": "bau", "partial": "1"},
        headers={"HX-Request": "true"},
    )
    page = response.content.decode()
    assert "Bernd Bauer" in page
    assert "Anna Albers" not in page
    assert "<html" not in page


def test_checking_in_with_htmx_swaps_the_row_and_the_counter(client, world):
    event = own_event(world)
    person = register(event, "a@example.org", name="Anna Albers")
    client.force_login(world.caseworker)
    url = event_url("event_check_in_toggle", event, registration=person.pk)
    response = client.post(url, {"present": "1"}, headers={"HX-Request": "true"})
    page = response.content.decode()
    assert response.status_code == 200
    assert f'id="registration-{person.pk}"' in page
    assert 'hx-swap-oob="true"' in page
    assert "1 of 1 checked in" in page
    person.refresh_from_db()
    assert person.checked_in_by == world.caseworker
    client.post(url, {"present": "0"}, headers={"HX-Request": "true"})
    person.refresh_from_db()
    assert person.checked_in_at is None


def test_checking_in_without_javascript_returns_to_the_row(client, world):
    event = own_event(world)
    person = register(event, "a@example.org")
    client.force_login(world.caseworker)
    url = event_url("event_check_in_toggle", event, registration=person.pk)
    response = client.post(url, {"present": "1", "q": "Ay"})
    assert response["Location"] == (
        event_url("event_check_in", event) + f"?q=Ay#registration-{person.pk}"
    )
    person.refresh_from_db()
    assert person.checked_in_at is not None


def test_a_waiting_person_cannot_be_checked_in_and_the_reason_shows(client, world):
    event = own_event(world, capacity=1)
    register(event, "a@example.org")
    waiting = register(event, "b@example.org")
    client.force_login(world.caseworker)
    url = event_url("event_check_in_toggle", event, registration=waiting.pk)
    response = client.post(url, {"present": "1"}, headers={"HX-Request": "true"})
    assert "Only confirmed registrations can be checked in" in response.content.decode()
    response = client.post(url, {"present": "maybe"}, follow=True)
    assert "the request was incomplete" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.checked_in_at is None


def test_checking_in_needs_the_right_to_change_registrations(client, world):
    event = own_event(world)
    person = RegistrationFactory(event=event)
    client.force_login(world.multiplier)
    url = event_url("event_check_in_toggle", event, registration=person.pk)
    assert client.post(url, {"present": "1"}).status_code == 403
    person.refresh_from_db()
    assert person.checked_in_at is None
