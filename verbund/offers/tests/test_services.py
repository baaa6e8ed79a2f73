"""Services of offerings: versioned texts, machine-made translations, copies, publication and
the tenant checks on everything an offering points to."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from verbund.core.errors import DomainError
from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    TargetGroupFactory,
)
from verbund.offers import services
from verbund.offers.models import (
    Offering,
    OfferingKind,
    OfferingStatus,
    OfferingText,
    TranslationState,
)
from verbund.offers.tests.factories import OfferingFactory
from verbund.offers.tests.office_helpers import (
    draft,
    last_log,
    own_offering,
    snapshot,
    translate,
)
from verbund.projects.tests.factories import FundingProgrammeFactory, ProjectFactory

GERMAN = {
    "title": "Sprachcafé",
    "summary": "Deutsch sprechen bei Kaffee",
    "description": "Jeden Mittwoch.",
}


def state(offering, language):
    source = OfferingText.objects.get(offering=offering, language="de")
    text = OfferingText.objects.filter(offering=offering, language=language).first()
    return TranslationState.MISSING if text is None else text.state_against(source)


def create(world, *, data=None, text=None, languages=None, provider=None):
    return services.offering_create(
        actor=world.caseworker,
        provider=provider or world.organisation,
        data={
            "kind": OfferingKind.CULTURE_AND_MEETING,
            "networks": [world.network],
            **(data or {}),
        },
        text=text or GERMAN,
        languages=languages,
    )


# --- creating ---------------------------------------------------------------------------------


def test_a_new_offering_is_a_draft_with_its_german_text_as_version_one(world):
    offering = create(world, languages={"instruction": ["de"], "support": ["ar", "fa"]})

    assert offering.status == OfferingStatus.DRAFT
    assert offering.title == "Sprachcafé"
    assert offering.created_by == world.caseworker
    source = offering.texts.get()
    assert (source.language, source.version, source.source_version) == ("de", 1, 1)
    assert sorted(offering.languages.values_list("language", "role")) == [
        ("ar", "support"),
        ("de", "instruction"),
        ("fa", "support"),
    ]
    entry = last_log()
    assert (entry.action, entry.object_id, entry.network) == (
        "offers.offering.created",
        str(offering.pk),
        world.network,
    )


def test_a_new_offering_needs_a_network_of_its_provider(world):
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        create(world, data={"networks": [world.other_network]})
    assert "networks" in caught.value.message_dict
    with pytest.raises(ValidationError) as caught:
        create(world, data={"networks": []})
    assert "networks" in caught.value.message_dict
    assert snapshot() == before


@pytest.mark.parametrize(
    ("name", "foreign"),
    [
        ("fields_of_action", lambda w: [FieldOfActionFactory(network=w.other_network)]),
        ("target_groups", lambda w: [TargetGroupFactory(network=w.other_network)]),
        ("contact", lambda w: w.foreign_contact),
        ("contact", lambda w: ContactPersonFactory(organisation=w.other_organisation)),
        ("project", lambda w: ProjectFactory(network=w.other_network)),
        ("programme", lambda w: FundingProgrammeFactory(network=w.other_network)),
    ],
)
def test_links_to_another_network_or_organisation_are_refused_and_nothing_is_written(
    world, name, foreign
):
    value = foreign(world)
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        create(world, data={name: value})
    assert name in caught.value.message_dict
    assert snapshot() == before


def test_links_of_the_providers_network_are_kept(world):
    field = FieldOfActionFactory(network=world.network)
    group = TargetGroupFactory(network=world.network)
    project = ProjectFactory(network=world.network)
    offering = create(
        world,
        data={
            "fields_of_action": [field],
            "target_groups": [group],
            "contact": world.contact,
            "project": project,
        },
    )
    assert list(offering.fields_of_action.all()) == [field]
    assert list(offering.target_groups.all()) == [group]
    assert (offering.contact, offering.project) == (world.contact, project)


def test_an_update_cannot_move_the_offering_to_a_foreign_field_of_action(world):
    offering = own_offering(world)
    foreign = FieldOfActionFactory(network=world.other_network)
    before = snapshot()
    with pytest.raises(ValidationError):
        services.offering_update(
            actor=world.caseworker, offering=offering, data={"fields_of_action": [foreign]}
        )
    assert snapshot() == before


def test_the_external_key_is_unique_per_provider(world):
    own_offering(world, external_id="K-1")
    other = OfferingFactory(provider=world.other_organisation, network=world.network)
    before = snapshot()
    with pytest.raises(ValidationError):
        create(world, data={"external_id": "K-1"})
    assert snapshot() == before
    # Another provider may use the same key for its own offering.
    services.offering_update(actor=world.coordinator, offering=other, data={"external_id": "K-1"})


def test_model_rules_are_checked_and_nothing_is_written(world):
    offering = own_offering(world)
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        services.offering_update(
            actor=world.caseworker,
            offering=offering,
            data={"starts_on": datetime.date(2027, 5, 1), "ends_on": datetime.date(2027, 4, 1)},
        )
    assert "ends_on" in caught.value.message_dict
    assert snapshot() == before


def test_updates_log_the_changed_field_names_only(world):
    offering = own_offering(world)
    services.offering_update(
        actor=world.caseworker,
        offering=offering,
        data={"venue": "Raum 3", "city": offering.city},
        languages={"instruction": ["de"]},
    )
    assert last_log().data == {"fields": ["languages", "venue"]}


# --- versions of the German text and translations ---------------------------------------------


def save(world, offering, language, minor_edit=False, **fields):
    current = OfferingText.objects.filter(offering=offering, language=language).first()
    text = (
        {name: getattr(current, name) for name in OfferingText.TRANSLATED_FIELDS} if current else {}
    )
    return services.offering_text_save(
        actor=world.caseworker,
        offering=offering,
        language=language,
        text={**text, **fields},
        minor_edit=minor_edit,
    )


def test_a_translation_records_the_german_version_it_was_made_from(world):
    offering = own_offering(world)
    english = save(world, offering, "en", title="Language café")
    assert english.source_version == 1
    assert english.approved_by == world.caseworker
    assert state(offering, "en") == TranslationState.UP_TO_DATE


def test_a_major_german_edit_outdates_every_translation(world):
    offering = own_offering(world)
    save(world, offering, "en", title="Language café")
    save(world, offering, "ar", title="مقهى اللغة")

    source = save(world, offering, "de", description="Jetzt auch donnerstags.")

    assert (source.version, source.source_version, source.minor_edit) == (2, 2, False)
    assert state(offering, "en") == TranslationState.OUTDATED
    assert state(offering, "ar") == TranslationState.OUTDATED
    assert last_log().data["fields"] == ["description"]


def test_a_minor_german_edit_keeps_translations_up_to_date(world):
    offering = own_offering(world)
    save(world, offering, "en", title="Language café")

    source = save(world, offering, "de", minor_edit=True, summary="Kurz gesagt.")

    assert (source.version, source.source_version, source.minor_edit) == (2, 1, True)
    assert state(offering, "en") == TranslationState.UP_TO_DATE


def test_saving_the_german_title_updates_the_offerings_title(world):
    offering = own_offering(world)
    save(world, offering, "de", title="Neuer Titel")
    offering.refresh_from_db()
    assert offering.title == "Neuer Titel"


def test_an_unchanged_save_of_an_up_to_date_text_writes_nothing(world):
    offering = own_offering(world)
    english = save(world, offering, "en", title="Language café")
    before = snapshot()
    again = save(world, offering, "en")
    assert again.version == english.version
    assert snapshot() == before


def test_a_persons_unchanged_save_of_an_outdated_translation_confirms_it(world):
    offering = own_offering(world)
    save(world, offering, "en", title="Language café")
    save(world, offering, "de", summary="Neu")
    assert state(offering, "en") == TranslationState.OUTDATED

    english = save(world, offering, "en")

    assert english.source_version == 2
    assert state(offering, "en") == TranslationState.UP_TO_DATE


def test_a_machine_translation_is_marked_until_a_person_approves_it(world):
    offering = own_offering(world)
    machine = services.offering_text_save(
        actor=world.caseworker,
        offering=offering,
        language="tr",
        text={"title": "Dil kafesi"},
        machine_translated=True,
    )
    assert machine.machine_translated and machine.approved_by is None
    assert state(offering, "tr") == TranslationState.MACHINE

    approved = services.offering_text_approve(
        actor=world.org_admin, offering=offering, language="tr"
    )

    assert not approved.machine_translated
    assert approved.approved_by == world.org_admin
    assert state(offering, "tr") == TranslationState.UP_TO_DATE
    assert last_log().action == "offers.text.approved"


def test_a_persons_save_of_a_machine_translation_approves_it(world):
    offering = own_offering(world)
    services.offering_text_save(
        actor=world.caseworker,
        offering=offering,
        language="tr",
        text={"title": "Dil kafesi"},
        machine_translated=True,
    )
    checked = save(world, offering, "tr", title="Dil kafesi (kontrol edildi)")
    assert not checked.machine_translated
    assert checked.approved_by == world.caseworker


def test_only_machine_translations_can_be_approved(world):
    offering = own_offering(world)
    translate(offering, "en")
    before = snapshot()
    with pytest.raises(DomainError):
        services.offering_text_approve(actor=world.org_admin, offering=offering, language="en")
    with pytest.raises(DomainError):
        services.offering_text_approve(actor=world.org_admin, offering=offering, language="ar")
    assert snapshot() == before


def test_texts_only_in_the_public_languages_and_after_the_german_one(world):
    offering = own_offering(world)
    with pytest.raises(DomainError):
        save(world, offering, "pl", title="Kawiarnia językowa")
    without_german = OfferingFactory(
        provider=world.organisation, network=world.network, german=False
    )
    before = snapshot()
    with pytest.raises(DomainError):
        save(world, without_german, "en", title="Language café")
    assert snapshot() == before


def test_a_text_longer_than_allowed_is_a_field_error(world):
    offering = own_offering(world)
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        save(world, offering, "en", title="x" * 201)
    assert "title" in caught.value.message_dict
    assert snapshot() == before


def test_the_german_text_cannot_be_deleted_a_translation_can(world):
    offering = own_offering(world)
    translate(offering, "en")
    with pytest.raises(DomainError):
        services.offering_text_delete(actor=world.caseworker, offering=offering, language="de")
    services.offering_text_delete(actor=world.caseworker, offering=offering, language="en")
    assert list(offering.texts.values_list("language", flat=True)) == ["de"]


# --- copy, publish, archive, delete -------------------------------------------------------------


def test_a_copy_is_a_draft_with_every_field_link_language_and_text(world):
    field = FieldOfActionFactory(network=world.network)
    offering = own_offering(
        world,
        external_id="K-7",
        publish_from=timezone.now() - datetime.timedelta(days=3),
        contact=world.contact,
    )
    offering.fields_of_action.add(field)
    services.offering_update(
        actor=world.caseworker, offering=offering, data={}, languages={"support": ["ar"]}
    )
    translate(offering, "en", machine_translated=True)

    copy = services.offering_copy(actor=world.org_admin, offering=offering)

    assert copy.pk != offering.pk
    assert copy.status == OfferingStatus.DRAFT
    assert (copy.title, copy.kind, copy.contact, copy.city) == (
        offering.title,
        offering.kind,
        offering.contact,
        offering.city,
    )
    assert copy.external_id == "" and copy.publish_from is None
    assert copy.created_by == world.org_admin
    assert list(copy.networks.all()) == [world.network]
    assert list(copy.fields_of_action.all()) == [field]
    assert list(copy.languages.values_list("language", "role")) == [("ar", "support")]
    assert sorted(copy.texts.values_list("language", "machine_translated")) == [
        ("de", False),
        ("en", True),
    ]
    offering.refresh_from_db()
    assert offering.external_id == "K-7" and offering.status == OfferingStatus.PUBLISHED
    assert last_log().data == {"from": offering.pk}


def test_publish_needs_the_german_text(world):
    offering = draft(world, german=False)
    before = snapshot()
    with pytest.raises(DomainError):
        services.offering_publish(actor=world.org_admin, offering=offering)
    assert snapshot() == before


def test_publish_needs_a_network_and_an_open_publication_window(world):
    no_network = OfferingFactory(provider=world.organisation, status=OfferingStatus.DRAFT)
    ended = draft(world, publish_until=timezone.now() - datetime.timedelta(days=1))
    before = snapshot()
    for offering in (no_network, ended):
        with pytest.raises(DomainError):
            services.offering_publish(actor=world.org_admin, offering=offering)
    assert snapshot() == before


def test_publish_unpublish_and_archive_change_the_status_and_log_it(world):
    offering = draft(world)
    services.offering_publish(actor=world.org_admin, offering=offering)
    assert Offering.objects.get(pk=offering.pk).status == OfferingStatus.PUBLISHED
    assert last_log().action == "offers.offering.published"
    services.offering_unpublish(actor=world.org_admin, offering=offering)
    assert Offering.objects.get(pk=offering.pk).status == OfferingStatus.DRAFT
    services.offering_archive(actor=world.org_admin, offering=offering)
    assert Offering.objects.get(pk=offering.pk).status == OfferingStatus.ARCHIVED
    assert last_log().action == "offers.offering.archived"


def test_only_drafts_are_deleted(world):
    published = own_offering(world)
    before = snapshot()
    with pytest.raises(DomainError):
        services.offering_delete(actor=world.org_admin, offering=published)
    assert snapshot() == before
    offering = draft(world)
    services.offering_delete(actor=world.org_admin, offering=offering)
    assert not Offering.objects.filter(pk=offering.pk).exists()
    assert last_log().action == "offers.offering.deleted"


def test_an_export_is_logged_with_its_row_count_not_its_rows(world):
    services.offering_export_logged(
        actor=world.coordinator, network=world.network, fmt="csv", count=3
    )
    assert last_log().data == {"count": 3, "format": "csv"}
