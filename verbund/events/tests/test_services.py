"""Events, their texts, invitations, minutes and the clean-up of personal data."""

import datetime
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from verbund.audit.models import LogEntry
from verbund.core.errors import DomainError
from verbund.core.translations import TranslationState
from verbund.events import services
from verbund.events.choices import EventKind, EventStatus
from verbund.events.models import Event, EventText, Invitation, Registration
from verbund.events.tests.factories import BERLIN, NEXT_YEAR, EventFactory, RegistrationFactory
from verbund.network.tests.factories import (
    ContactPersonFactory,
    MembershipFactory,
    OrganisationFactory,
)
from verbund.outbox.models import OutgoingEmail

pytestmark = pytest.mark.django_db

STARTS = datetime.datetime(NEXT_YEAR, 8, 20, 18, 0, tzinfo=BERLIN)


def event_data(world, **extra):
    return {
        "organisers": [world.organisation],
        "kind": EventKind.WORKING_GROUP_MEETING,
        "starts_at": STARTS,
        "ends_at": STARTS + datetime.timedelta(hours=2),
        "venue": "Internationaler Bund",
        "street": "Biegenstraße 3",
        "postal_code": "35037",
        "city": "Marburg",
        "capacity": 30,
        **extra,
    }


def create(world, **extra):
    return services.event_create(
        actor=world.caseworker,
        network=world.network,
        data=event_data(world, **extra),
        text={"title": "Arbeitskreis", "summary": "Treffen der Partner"},
    )


def test_a_new_event_is_a_draft_with_its_german_text_and_a_log_entry(world):
    event = create(world)
    assert event.status == EventStatus.DRAFT
    assert event.title == "Arbeitskreis"
    assert list(event.organisers.all()) == [world.organisation]
    assert event.texts.get().language == "de"
    entry = LogEntry.objects.get(action="events.event.created")
    assert entry.actor == world.caseworker
    assert entry.network == world.network


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"ends_at": STARTS - datetime.timedelta(hours=1)}, "ends_at"),
        ({"venue": "", "street": "", "city": "", "postal_code": ""}, "venue"),
        ({"is_free": True, "fee": 5}, "fee"),
        ({"capacity": 0}, "capacity"),
        ({"interpretation_languages": ["xx"]}, "interpretation_languages"),
        ({"organisers": []}, "organisers"),
        (
            {
                "registration_opens_at": STARTS - datetime.timedelta(days=1),
                "registration_closes_at": STARTS - datetime.timedelta(days=2),
            },
            "registration_closes_at",
        ),
    ],
)
def test_inconsistent_events_are_refused_and_nothing_is_written(world, extra, field):
    with pytest.raises(ValidationError) as error:
        create(world, **extra)
    assert field in error.value.error_dict
    assert not Event.objects.exists()


def test_organisers_host_and_contact_must_belong_to_the_network(world):
    with pytest.raises(ValidationError) as error:
        create(world, organisers=[world.foreign_organisation])
    assert "organisers" in error.value.error_dict
    with pytest.raises(ValidationError) as error:
        create(world, host=world.foreign_organisation)
    assert "host" in error.value.error_dict
    with pytest.raises(ValidationError) as error:
        create(world, contact=world.foreign_contact)
    assert "contact" in error.value.error_dict
    assert not Event.objects.exists()


def test_a_german_major_edit_outdates_translations_and_a_minor_edit_does_not(world):
    event = create(world)
    services.event_text_save(
        actor=world.caseworker, event=event, language="ar", text={"title": "مجموعة العمل"}
    )
    source = lambda: event.texts.get(language="de")  # noqa: E731
    arabic = lambda: event.texts.get(language="ar")  # noqa: E731
    services.event_text_save(
        actor=world.caseworker,
        event=event,
        language="de",
        text={"title": "Arbeitskreis Migration"},
        minor_edit=True,
    )
    assert arabic().state_against(source()) == TranslationState.UP_TO_DATE
    services.event_text_save(
        actor=world.caseworker, event=event, language="de", text={"summary": "Neu"}
    )
    assert arabic().state_against(source()) == TranslationState.OUTDATED
    event.refresh_from_db()
    assert event.title == "Arbeitskreis Migration"


def test_a_translation_needs_the_german_text_and_a_public_language(world):
    event = create(world)
    with pytest.raises(DomainError):
        services.event_text_save(actor=world.caseworker, event=event, language="xx", text={})
    EventText.objects.filter(event=event).delete()
    with pytest.raises(DomainError, match="German text first"):
        services.event_text_save(
            actor=world.caseworker, event=event, language="en", text={"title": "Group"}
        )


def test_publishing_needs_the_german_text(world):
    event = create(world)
    EventText.objects.filter(event=event).delete()
    with pytest.raises(DomainError):
        services.event_publish(actor=world.org_admin, event=event)
    services.event_text_save(
        actor=world.org_admin, event=event, language="de", text={"title": "Arbeitskreis"}
    )
    assert services.event_publish(actor=world.org_admin, event=event).status == "published"


def test_an_event_with_registrations_is_cancelled_not_unpublished_or_deleted(world):
    event = EventFactory(network=world.network, organiser=world.organisation)
    RegistrationFactory(event=event)
    with pytest.raises(DomainError, match="cancel"):
        services.event_unpublish(actor=world.org_admin, event=event)
    with pytest.raises(DomainError):
        services.event_delete(actor=world.org_admin, event=event)
    services.event_cancel(actor=world.org_admin, event=event)
    with pytest.raises(DomainError):
        services.event_update(actor=world.org_admin, event=event, data={"capacity": 50})
    with pytest.raises(DomainError):
        services.event_publish(actor=world.org_admin, event=event)


def test_a_draft_without_registrations_can_be_deleted(world):
    event = create(world)
    services.event_delete(actor=world.caseworker, event=event)
    assert not Event.objects.exists()


def test_invitations_reach_every_member_contact_once_and_again_only_the_new_ones(world):
    event = EventFactory(network=world.network, organiser=world.organisation)
    ContactPersonFactory(organisation=world.other_organisation)
    ContactPersonFactory(organisation=world.other_organisation, email="")
    counts = services.invitations_send(actor=world.coordinator, event=event)
    # X's contact (the world's) and Y's contact with an address; Z is in another network.
    assert (counts.sent, counts.already_invited, counts.without_email) == (2, 0, 1)
    assert OutgoingEmail.objects.filter(purpose="events.invitation").count() == 2
    late = OrganisationFactory()
    MembershipFactory(network=world.network, organisation=late)
    ContactPersonFactory(organisation=late)
    again = services.invitations_send(actor=world.coordinator, event=event)
    assert (again.sent, again.already_invited, again.without_email) == (1, 2, 1)
    assert Invitation.objects.filter(event=event).count() == 3
    assert OutgoingEmail.objects.filter(purpose="events.invitation").count() == 3


def test_invitations_need_a_published_event(world):
    event = EventFactory(network=world.network, organiser=world.organisation, status="draft")
    with pytest.raises(DomainError):
        services.invitations_send(actor=world.coordinator, event=event)
    assert not Invitation.objects.exists()


def test_members_only_invitations_link_to_the_page_with_the_access_key(world):
    event = EventFactory(network=world.network, organiser=world.organisation, audience="members")
    services.invitations_send(actor=world.coordinator, event=event)
    mail = OutgoingEmail.objects.filter(purpose="events.invitation").first()
    assert f"/events/{event.pk}/k/{event.access_key}/" in mail.body_text


def test_minutes_are_stored_privately_and_wrong_files_are_refused(world, settings, tmp_path):
    settings.VERBUND_PRIVATE_ROOT = tmp_path
    event = EventFactory(network=world.network, organiser=world.organisation)
    pdf = SimpleUploadedFile("Protokoll Frau Müller.pdf", b"%PDF-1.4 minutes")
    document = services.event_document_add(
        actor=world.org_admin, event=event, data={"title": "Protokoll", "file": pdf}
    )
    stored = tmp_path / document.file.name
    assert "Müller" not in document.file.name
    assert stored.exists()
    fake = SimpleUploadedFile("virus.pdf", b"MZ\x90\x00 not a pdf")
    with pytest.raises(ValidationError):
        services.event_document_add(
            actor=world.org_admin, event=event, data={"title": "x", "file": fake}
        )
    exe = SimpleUploadedFile("tool.exe", b"MZ")
    with pytest.raises(ValidationError):
        services.event_document_add(
            actor=world.org_admin, event=event, data={"title": "x", "file": exe}
        )
    assert event.documents.count() == 1
    services.event_document_delete(actor=world.org_admin, document=document)
    assert not stored.exists()


def test_the_daily_command_anonymises_registrations_of_events_long_past(world):
    old = EventFactory(
        network=world.network,
        organiser=world.organisation,
        starts_at=timezone.now() - datetime.timedelta(days=200),
        ends_at=timezone.now() - datetime.timedelta(days=200) + datetime.timedelta(hours=2),
    )
    recent = EventFactory(network=world.network, organiser=world.organisation)
    RegistrationFactory(event=old)
    RegistrationFactory(event=recent)
    out = StringIO()
    call_command("anonymise_registrations", stdout=out)
    assert "1 registrations anonymised" in out.getvalue()
    assert Registration.objects.get(event=old).anonymised_at is not None
    assert Registration.objects.get(event=recent).anonymised_at is None
