"""An event in the back office: its page, writing it, publishing, taking back, cancelling (with
the number of people told) and deleting it, its texts per language."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from verbund.core.translations import TranslationState
from verbund.events import services
from verbund.events.choices import EventStatus
from verbund.events.models import Event, EventDocument, EventText
from verbund.events.tests.factories import BERLIN, NEXT_YEAR, EventTextFactory, RegistrationFactory
from verbund.events.tests.office_helpers import (
    draft,
    event_url,
    last_log,
    office_url,
    own_event,
    snapshot,
)
from verbund.network.tests.factories import ContactPersonFactory, FieldOfActionFactory
from verbund.outbox.models import OutgoingEmail


def event_data(world, **overrides):
    data = {
        "organisers": [world.organisation.pk],
        "kind": "public_forum",
        "audience": "public",
        "starts_at": f"{NEXT_YEAR}-05-15T14:00",
        "ends_at": f"{NEXT_YEAR}-05-15T17:00",
        "venue": "Leibnizhaus",
        "street": "Holzmarkt 4-6",
        "postal_code": "30159",
        "city": "Hannover",
        "capacity": "80",
        "registration_required": "on",
        "seats_per_registration": "1",
        "is_free": "on",
        "interpretation_languages": ["ar", "uk"],
        "text-title": "An-Erkennen – wir sehen mehr",
        "text-summary": "Forum zur Anerkennung",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_a_caseworker_adds_an_event_as_a_draft_in_german_time(client, world):
    client.force_login(world.caseworker)
    response = client.post(office_url("event_add", world.network), event_data(world))
    event = Event.objects.get()
    assert response.status_code == 302
    assert response["Location"] == event_url("event_detail", event)
    assert event.status == EventStatus.DRAFT
    assert event.title == "An-Erkennen – wir sehen mehr"
    assert list(event.organisers.all()) == [world.organisation]
    assert event.interpretation_languages == ["ar", "uk"]
    # 14:00 typed in May is 14:00 in Berlin (summer time), 12:00 UTC.
    assert event.starts_at == datetime.datetime(NEXT_YEAR, 5, 15, 14, 0, tzinfo=BERLIN)
    assert event.starts_at.astimezone(datetime.UTC).hour == 12
    assert event.texts.get(language="de").summary == "Forum zur Anerkennung"
    assert last_log().action == "events.event.created"


def test_the_form_shows_stored_times_in_german_time(client, world):
    event = own_event(world)
    client.force_login(world.caseworker)
    response = client.get(event_url("event_edit", event))
    assert f'value="{NEXT_YEAR}-05-15T14:00"' in response.content.decode()


def test_organisers_are_limited_to_the_users_organisations(client, world):
    client.force_login(world.other_org_admin)
    response = client.get(office_url("event_add", world.network))
    choices = set(response.context["form"].fields["organisers"].queryset)
    assert choices == {world.other_organisation}
    before = snapshot()
    response = client.post(office_url("event_add", world.network), event_data(world))
    assert response.status_code == 200
    assert "organisers" in response.context["form"].errors
    assert snapshot() == before


def test_host_contact_and_series_must_be_of_the_network(client, world):
    client.force_login(world.coordinator)
    before = snapshot()
    response = client.post(
        office_url("event_add", world.network),
        event_data(world, host=world.foreign_organisation.pk, contact=world.foreign_contact.pk),
    )
    form = response.context["form"]
    assert {"host", "contact"} <= set(form.errors)
    assert snapshot() == before


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"ends_at": f"{NEXT_YEAR}-05-15T13:00"}, "ends_at"),
        ({"venue": "", "street": "", "city": "", "postal_code": ""}, "venue"),
        ({"is_free": None, "fee": "-5"}, "fee"),
        ({"is_free": "on", "fee": "5"}, "fee"),
        ({"interpretation_languages": ["xx"]}, "interpretation_languages"),
        ({"starts_at": "morgen"}, "starts_at"),
    ],
)
def test_bad_input_gets_a_clear_error_and_changes_nothing(client, world, overrides, field):
    client.force_login(world.coordinator)
    before = snapshot()
    response = client.post(office_url("event_add", world.network), event_data(world, **overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert "Nothing was saved" in response.content.decode()
    assert snapshot() == before


def test_a_missing_german_title_is_refused(client, world):
    client.force_login(world.coordinator)
    response = client.post(
        office_url("event_add", world.network), event_data(world, **{"text-title": ""})
    )
    assert "title" in response.context["text_form"].errors
    assert not Event.objects.exists()


def test_editing_saves_fields_and_german_text_together(client, world):
    event = own_event(world)
    client.force_login(world.caseworker)
    response = client.post(
        event_url("event_edit", event),
        event_data(world, capacity="120", **{"text-title": "Neuer Titel"}),
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.capacity == 120
    assert event.title == "Neuer Titel"


def test_lowering_the_seats_below_those_taken_is_refused_on_the_form(client, world):
    event = own_event(world, capacity=5)
    for _n in range(3):
        RegistrationFactory(event=event)
    client.force_login(world.caseworker)
    before = snapshot()
    response = client.post(
        event_url("event_edit", event), event_data(world, capacity="2", **{"text-title": "X"})
    )
    assert response.status_code == 200
    assert "3 seats are confirmed" in str(response.context["form"].errors["capacity"])
    assert snapshot() == before


def test_a_caseworker_keeps_a_co_organiser_of_another_organisation(client, world):
    event = own_event(world)
    event.organisers.add(world.other_organisation)
    client.force_login(world.caseworker)
    response = client.get(event_url("event_edit", event))
    choices = set(response.context["form"].fields["organisers"].queryset)
    assert choices == {world.organisation, world.other_organisation}
    response = client.post(
        event_url("event_edit", event),
        event_data(world, organisers=[world.other_organisation.pk]),
    )
    assert "Keep at least one of your organisations" in str(
        response.context["form"].errors["organisers"]
    )


def test_the_page_shows_facts_summary_documents_and_text_states(client, world):
    event = own_event(world, capacity=10, interpretation_languages=["ar"])
    EventTextFactory(event=event, language="en", title="Forum", source_version=1)
    services.event_text_save(
        actor=world.coordinator, event=event, language="de", text={"title": "Geändert"}
    )
    RegistrationFactory(event=event, seats=1)
    EventDocument.objects.create(event=event, title="Protokoll März", file="events/a.pdf")
    client.force_login(world.viewer)
    response = client.get(event_url("event_detail", event))
    page = response.content.decode()
    assert "Protokoll März" in page
    assert "Arabic" in page
    states = {row["code"]: row["badge"]["state"] for row in response.context["text_rows"]}
    assert states["en"] == TranslationState.OUTDATED
    assert states["ar"] == TranslationState.MISSING
    assert response.context["summary"]["confirmed_seats"] == 1
    assert response.context["free_seats"] == 9
    # A viewer sees the event but no names: no link to the list.
    assert event_url("registration_list", event) not in page
    assert event_url("event_edit", event) not in page


def test_the_page_costs_the_same_queries_for_few_and_many_texts_and_documents(client, world):
    event = own_event(world)
    client.force_login(world.org_admin)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(event_url("event_detail", event))
        assert response.status_code == 200
        return len(captured)

    EventTextFactory(event=event, language="en")
    EventDocument.objects.create(event=event, title="A", file="events/a.pdf")
    few = queries()
    for code in ("ar", "tr", "uk", "ru", "fa"):
        EventTextFactory(event=event, language=code)
        EventDocument.objects.create(event=event, title=code, file=f"events/{code}.pdf")
        RegistrationFactory(event=event)
    event.organisers.add(world.other_organisation)
    assert queries() == few


def test_publishing_asks_first_and_a_bare_post_changes_nothing(client, world):
    event = draft(world)
    client.force_login(world.org_admin)
    assert "public calendar" in client.get(event_url("event_publish", event)).content.decode()
    before = snapshot()
    response = client.post(event_url("event_publish", event))
    assert response.status_code == 200
    assert "Confirm with the button" in response.content.decode()
    assert snapshot() == before
    response = client.post(event_url("event_publish", event), {"confirm": "1"})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.status == EventStatus.PUBLISHED


def test_publishing_without_a_german_text_is_refused_with_the_reason(client, world):
    event = draft(world, german=False)
    client.force_login(world.org_admin)
    response = client.post(event_url("event_publish", event), {"confirm": "1"})
    assert response.status_code == 200
    assert "needs its German text" in response.content.decode()
    event.refresh_from_db()
    assert event.status == EventStatus.DRAFT


def test_an_event_people_registered_for_cannot_be_taken_back(client, world):
    event = own_event(world)
    RegistrationFactory(event=event)
    client.force_login(world.org_admin)
    response = client.post(event_url("event_unpublish", event), {"confirm": "1"})
    assert "cancel the event instead" in response.content.decode()
    event.refresh_from_db()
    assert event.status == EventStatus.PUBLISHED


def test_cancelling_says_how_many_are_told_and_tells_them(client, world):
    event = own_event(world, capacity=2)
    RegistrationFactory(event=event, seats=1)
    RegistrationFactory(event=event, seats=1)
    RegistrationFactory(event=event, status="waiting")
    RegistrationFactory(event=event, status="cancelled")
    client.force_login(world.org_admin)
    response = client.get(event_url("event_cancel", event))
    assert "3 people registered or waiting are told by e-mail" in response.content.decode()
    response = client.post(event_url("event_cancel", event), {"confirm": "1"})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.status == EventStatus.CANCELLED
    assert OutgoingEmail.objects.filter(purpose="events.registration.event_cancelled").count() == 3


def test_a_caseworker_may_not_publish_or_cancel(client, world):
    event = own_event(world)
    client.force_login(world.caseworker)
    assert client.get(event_url("event_cancel", event)).status_code == 403
    page = client.get(event_url("event_detail", event)).content.decode()
    assert event_url("event_cancel", event) not in page
    assert event_url("event_edit", event) in page


def test_deleting_a_draft_and_refusing_to_delete_a_published_event(client, world):
    kept = own_event(world)
    gone = draft(world)
    client.force_login(world.caseworker)
    response = client.post(event_url("event_delete", gone), {"confirm": "1"})
    assert response["Location"] == office_url("event_list", world.network)
    assert not Event.objects.filter(pk=gone.pk).exists()
    response = client.post(event_url("event_delete", kept), {"confirm": "1"})
    assert "Only drafts without registrations" in response.content.decode()
    assert Event.objects.filter(pk=kept.pk).exists()


# --- texts ----------------------------------------------------------------------------------------


def test_a_translation_is_written_beside_the_german_source(client, world):
    event = own_event(world)
    client.force_login(world.caseworker)
    response = client.get(event_url("event_text_edit", event, language="ar"))
    page = response.content.decode()
    assert 'dir="rtl"' in page
    assert "German (source)" in page
    response = client.post(
        event_url("event_text_edit", event, language="ar"), {"title": "منتدى", "summary": ""}
    )
    assert response["Location"] == event_url("event_detail", event) + "#texts"
    text = event.texts.get(language="ar")
    assert text.title == "منتدى"
    assert text.state_against(event.texts.get(language="de")) == TranslationState.UP_TO_DATE


def test_a_minor_edit_of_the_german_text_keeps_translations_up_to_date(client, world):
    event = own_event(world)
    EventTextFactory(event=event, language="en", title="Forum")
    client.force_login(world.caseworker)
    german = event_url("event_text_edit", event, language="de")
    client.post(german, {"title": event.title + ".", "minor_edit": "on"})
    source = event.texts.get(language="de")
    assert event.texts.get(language="en").state_against(source) == TranslationState.UP_TO_DATE
    client.post(german, {"title": "Ganz anders"})
    source.refresh_from_db()
    assert event.texts.get(language="en").state_against(source) == TranslationState.OUTDATED
    response = client.get(event_url("event_text_edit", event, language="en"))
    assert response.context["changed_fields"] == ["title"]


def test_approving_a_machine_translation_and_deleting_a_translation(client, world):
    event = own_event(world)
    EventTextFactory(event=event, language="tr", title="Forum", machine_translated=True)
    client.force_login(world.caseworker)
    client.post(event_url("event_text_approve", event, language="tr"), {"confirm": "1"})
    text = EventText.objects.get(event=event, language="tr")
    assert not text.machine_translated
    assert text.approved_by == world.caseworker
    client.post(event_url("event_text_delete", event, language="tr"), {"confirm": "1"})
    assert not event.texts.filter(language="tr").exists()


def test_approving_where_nothing_waits_is_refused(client, world):
    event = own_event(world)
    EventTextFactory(event=event, language="tr", title="Forum")
    client.force_login(world.caseworker)
    response = client.post(event_url("event_text_approve", event, language="tr"), {"confirm": "1"})
    assert response.status_code == 200
    assert "no machine translation waiting" in response.content.decode()


def test_the_network_overview_and_organisation_page_show_events(client, world):
    event = own_event(world, title="Blickwechsel")
    FieldOfActionFactory(network=world.network)
    ContactPersonFactory(organisation=world.organisation)
    client.force_login(world.viewer)
    overview = client.get(office_url("network", world.network)).content.decode()
    assert "Upcoming: <strong>1</strong>" in overview
    organisation = client.get(
        office_url("organisation_detail", world.network, organisation=world.organisation.pk)
    ).content.decode()
    assert event_url("event_detail", event) in organisation
