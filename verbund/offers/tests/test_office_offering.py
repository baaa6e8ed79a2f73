"""An offering's pages: adding and editing with the German text, its page, and the actions
behind confirmation pages (copy, publish, take back, archive, delete)."""

import datetime

import pytest

from verbund.core.errors import DomainError
from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    MembershipFactory,
    NetworkFactory,
    TargetGroupFactory,
)
from verbund.offers import services
from verbund.offers.models import Offering, OfferingStatus, OfferingText, TranslationState
from verbund.offers.tests.factories import OfferingFactory
from verbund.offers.tests.office_helpers import (
    draft,
    last_log,
    offering_url,
    office_url,
    own_offering,
    snapshot,
    translate,
)


def form_data(world, **overrides):
    data = {
        "provider": world.organisation.pk,
        "networks": [world.network.pk],
        "kind": "language_course",
        "course_type": "basic_b1_b2",
        "entry_level": "B1",
        "target_level": "B2",
        "starts_on": "2027-02-01",
        "ends_on": "2027-11-30",
        "schedule_form": "evening",
        "hours_per_week": "6",
        "city": "Hannover",
        "is_free": "on",
        "capacity": "25",
        "minimum_size": "15",
        "languages_instruction": ["de"],
        "languages_support": ["ar", "tr"],
        "text-title": "Berufssprachkurs B1 → B2",
        "text-summary": "Deutsch für den Beruf.",
        "text-description": "Zweimal pro Woche am Abend.",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def edit_data(world, offering, **overrides):
    """The edit form of ``offering`` filled in (an existing offering keeps its provider)."""
    return form_data(world, provider=None, **overrides)


# --- adding -------------------------------------------------------------------------------------


def test_a_caseworker_adds_an_offering_of_their_organisation_as_a_draft(client, world):
    client.force_login(world.caseworker)
    response = client.post(office_url("offering_add", world.network), form_data(world))

    offering = Offering.objects.get()
    assert response.status_code == 302
    assert response.url == offering_url("offering_detail", offering, world.network)
    assert offering.provider == world.organisation
    assert offering.status == OfferingStatus.DRAFT
    assert offering.title == "Berufssprachkurs B1 → B2"
    assert offering.entry_level == "B1" and offering.capacity == 25
    assert sorted(offering.languages.values_list("language", "role")) == [
        ("ar", "support"),
        ("de", "instruction"),
        ("tr", "support"),
    ]
    assert offering.texts.get().summary == "Deutsch für den Beruf."


def test_the_provider_is_chosen_among_the_users_organisations(client, world):
    client.force_login(world.caseworker)
    form = client.get(office_url("offering_add", world.network)).context["form"]
    assert list(form.fields["provider"].queryset) == [world.organisation]
    before = snapshot()
    response = client.post(
        office_url("offering_add", world.network),
        form_data(world, provider=world.other_organisation.pk),
    )
    assert response.status_code == 200
    assert "provider" in response.context["form"].errors
    assert snapshot() == before


def test_coordinators_choose_among_every_current_member(client, world):
    client.force_login(world.coordinator)
    form = client.get(office_url("offering_add", world.network)).context["form"]
    assert set(form.fields["provider"].queryset) == {world.organisation, world.other_organisation}


def test_choices_are_limited_to_the_providers_networks_and_lists(client, world):
    own_field = FieldOfActionFactory(network=world.network, name="Sprache")
    FieldOfActionFactory(network=world.other_network, name="Fremd")
    TargetGroupFactory(network=world.other_network)
    ContactPersonFactory(organisation=world.other_organisation)
    client.force_login(world.caseworker)

    form = client.get(office_url("offering_add", world.network)).context["form"]

    assert list(form.fields["networks"].queryset) == [world.network]
    assert list(form.fields["fields_of_action"].queryset) == [own_field]
    assert list(form.fields["target_groups"].queryset) == []
    assert list(form.fields["contact"].queryset) == [world.contact]


def test_a_field_of_action_of_another_network_is_no_valid_choice(client, world):
    foreign = FieldOfActionFactory(network=world.other_network)
    client.force_login(world.caseworker)
    before = snapshot()
    response = client.post(
        office_url("offering_add", world.network), form_data(world, fields_of_action=[foreign.pk])
    )
    assert response.status_code == 200
    assert "fields_of_action" in response.context["form"].errors
    assert snapshot() == before


def test_a_provider_in_two_networks_may_show_the_offering_in_both_its_lists_named_by_network(
    client, world
):
    second = NetworkFactory(short_name="Zwei")
    MembershipFactory(network=second, organisation=world.organisation)
    field = FieldOfActionFactory(network=second, name="Arbeit")
    client.force_login(world.caseworker)

    form = client.get(office_url("offering_add", world.network)).context["form"]
    assert set(form.fields["networks"].queryset) == {world.network, second}
    assert form.fields["fields_of_action"].label_from_instance(field) == "Arbeit (Zwei)"

    response = client.post(
        office_url("offering_add", world.network),
        form_data(world, networks=[world.network.pk, second.pk], fields_of_action=[field.pk]),
    )
    assert response.status_code == 302
    offering = Offering.objects.get()
    assert set(offering.networks.all()) == {world.network, second}


def test_a_field_of_action_of_a_network_not_chosen_is_refused_by_the_service_on_the_form(
    client, world
):
    second = NetworkFactory()
    MembershipFactory(network=second, organisation=world.organisation)
    field = FieldOfActionFactory(network=second)
    client.force_login(world.caseworker)
    before = snapshot()
    response = client.post(
        office_url("offering_add", world.network), form_data(world, fields_of_action=[field.pk])
    )
    assert response.status_code == 200
    assert response.context["form"].errors["fields_of_action"] == [
        "Choose only entries of the networks the offering is shown in."
    ]
    assert snapshot() == before


@pytest.mark.parametrize(
    ("overrides", "form_name", "field"),
    [
        ({"text-title": ""}, "text_form", "title"),
        ({"text-title": "x" * 201}, "text_form", "title"),
        ({"ends_on": "2027-01-01"}, "form", "ends_on"),
        ({"kind": "counselling"}, "form", "kind"),  # levels belong to language courses
        ({"is_free": None, "fee": "-5"}, "form", "fee"),
        ({"minimum_size": "30"}, "form", "minimum_size"),
        ({"networks": []}, "form", "networks"),
        ({"languages_support": ["xx"]}, "form", "languages_support"),
        ({"registration_email": "kein-mail"}, "form", "registration_email"),
    ],
)
def test_bad_input_is_shown_at_its_field_and_nothing_is_saved(
    client, world, overrides, form_name, field
):
    client.force_login(world.caseworker)
    before = snapshot()
    response = client.post(office_url("offering_add", world.network), form_data(world, **overrides))
    assert response.status_code == 200
    assert field in response.context[form_name].errors
    assert "Nothing was saved" in response.text
    assert snapshot() == before


def test_the_form_marks_its_inputs_for_assistive_technology(client, world):
    client.force_login(world.caseworker)
    page = client.get(office_url("offering_add", world.network)).text
    assert '<legend class="h5 float-none w-auto px-1">German text</legend>' in page
    assert 'lang="de"' in page
    assert 'type="date"' in page and 'type="datetime-local"' in page


# --- the page of an offering ---------------------------------------------------------------------


def test_the_page_shows_fields_status_and_the_state_per_language_with_edit_links(client, world):
    offering = own_offering(world, title="Sprachcafé", external_id="SC-1", capacity=12)
    translate(offering, "en", title="Language café")
    translate(offering, "ar", machine_translated=True)
    client.force_login(world.caseworker)

    response = client.get(offering_url("offering_detail", offering, world.network))

    page = response.text
    assert "SC-1" in page and "Published" in page
    states = {row["code"]: row["badge"]["state"] for row in response.context["text_rows"]}
    assert states == {
        "de": TranslationState.UP_TO_DATE,
        "en": TranslationState.UP_TO_DATE,
        "tr": TranslationState.MISSING,
        "ar": TranslationState.MACHINE,
        "uk": TranslationState.MISSING,
        "ru": TranslationState.MISSING,
        "fa": TranslationState.MISSING,
        "de-simple": TranslationState.MISSING,
    }
    for code in ("de", "en", "ar", "de-simple"):
        assert offering_url("offering_text_edit", offering, world.network, language=code) in page
    assert offering_url("offering_text_approve", offering, world.network, language="ar") in page
    # A caseworker writes but does not publish.
    assert offering_url("offering_edit", offering, world.network) in page
    assert offering_url("offering_archive", offering, world.network) not in page


def test_viewers_read_the_page_without_any_action(client, world):
    offering = own_offering(world)
    client.force_login(world.viewer)
    page = client.get(offering_url("offering_detail", offering, world.network)).text
    assert offering_url("offering_edit", offering, world.network) not in page
    assert offering_url("offering_text_edit", offering, world.network, language="en") not in page


def test_admins_see_the_actions_that_fit_the_status(client, world):
    published = own_offering(world)
    offering_draft = draft(world)
    client.force_login(world.org_admin)
    page = client.get(offering_url("offering_detail", published, world.network)).text
    assert offering_url("offering_unpublish", published, world.network) in page
    assert offering_url("offering_publish", published, world.network) not in page
    assert offering_url("offering_delete", published, world.network) not in page
    page = client.get(offering_url("offering_detail", offering_draft, world.network)).text
    assert offering_url("offering_publish", offering_draft, world.network) in page
    assert offering_url("offering_delete", offering_draft, world.network) in page


def test_machine_translation_is_offered_only_when_configured(client, world, settings):
    offering = own_offering(world)
    client.force_login(world.caseworker)
    settings.VERBUND_MACHINE_TRANSLATION = ""
    page = client.get(offering_url("offering_detail", offering, world.network)).text
    assert offering_url("offering_translate", offering, world.network) not in page
    settings.VERBUND_MACHINE_TRANSLATION = "verbund.offers.machine_translation.FakeProvider"
    page = client.get(offering_url("offering_detail", offering, world.network)).text
    assert offering_url("offering_translate", offering, world.network) in page


# --- editing ------------------------------------------------------------------------------------


def test_editing_shows_what_is_stored_including_languages(client, world):
    offering = own_offering(world, title="Sprachcafé")
    client.force_login(world.caseworker)
    offering.languages.create(language="fa", role="support")
    response = client.get(offering_url("offering_edit", offering, world.network))
    assert response.context["form"].initial["languages_support"] == ["fa"]
    assert response.context["text_form"].initial["title"] == "Sprachcafé"
    assert "provider" not in response.context["form"].fields
    assert "minor_edit" in response.context["text_form"].fields


def test_a_major_edit_of_the_german_text_outdates_translations(client, world):
    offering = own_offering(world, title="Sprachcafé")
    translate(offering, "en")
    client.force_login(world.caseworker)

    response = client.post(
        offering_url("offering_edit", offering, world.network),
        edit_data(world, offering, **{"text-title": "Sprachcafé am Mittwoch"}),
    )

    assert response.status_code == 302
    offering.refresh_from_db()
    assert offering.title == "Sprachcafé am Mittwoch"
    source = offering.texts.get(language="de")
    english = offering.texts.get(language="en")
    assert english.state_against(source) == TranslationState.OUTDATED


def test_a_minor_edit_keeps_translations_up_to_date(client, world):
    offering = own_offering(world, title="Sprachcafe")
    translate(offering, "en")
    client.force_login(world.caseworker)

    client.post(
        offering_url("offering_edit", offering, world.network),
        edit_data(world, offering, **{"text-title": "Sprachcafé", "text-minor_edit": "on"}),
    )

    source = offering.texts.get(language="de")
    assert source.title == "Sprachcafé" and source.minor_edit
    assert offering.texts.get(language="en").state_against(source) == (TranslationState.UP_TO_DATE)


def test_a_refused_edit_changes_neither_fields_nor_text(client, world):
    offering = own_offering(world, title="Sprachcafé")
    foreign_field = FieldOfActionFactory(network=world.other_network)
    client.force_login(world.caseworker)
    before = snapshot()
    response = client.post(
        offering_url("offering_edit", offering, world.network),
        edit_data(
            world,
            offering,
            fields_of_action=[foreign_field.pk],
            **{"text-title": "Anders"},
        ),
    )
    assert response.status_code == 200
    assert snapshot() == before
    # The page around the form still names the stored offering.
    assert response.context["offering"].title == "Sprachcafé"


def test_the_service_refusal_of_a_text_rolls_back_the_fields(client, world, monkeypatch):
    offering = own_offering(world, title="Sprachcafé", venue="Raum 1")

    def refuse(**kwargs):
        raise DomainError("refused")

    monkeypatch.setattr(services, "offering_text_save", refuse)
    client.force_login(world.caseworker)
    before = snapshot()
    response = client.post(
        offering_url("offering_edit", offering, world.network),
        edit_data(world, offering, venue="Raum 2", **{"text-title": "Sprachcafé"}),
    )
    assert response.status_code == 200
    assert "refused" in response.text
    assert snapshot() == before


# --- actions --------------------------------------------------------------------------------------


def confirm(client, name, offering, world):
    return client.post(offering_url(name, offering, world.network), {"confirm": "1"})


def test_copy_makes_a_draft_and_opens_it_for_editing(client, world):
    offering = own_offering(world, title="Kurs Frühjahr", starts_on=datetime.date(2027, 3, 1))
    translate(offering, "en")
    client.force_login(world.caseworker)

    response = confirm(client, "offering_copy", offering, world)

    copy = Offering.objects.exclude(pk=offering.pk).get()
    assert response.url == offering_url("offering_edit", copy, world.network)
    assert copy.status == OfferingStatus.DRAFT
    assert set(copy.texts.values_list("language", flat=True)) == {"de", "en"}


def test_a_bare_post_acts_on_nothing(client, world):
    offering = draft(world)
    client.force_login(world.org_admin)
    before = snapshot()
    for name in ("offering_copy", "offering_publish", "offering_archive", "offering_delete"):
        response = client.post(offering_url(name, offering, world.network))
        assert response.status_code == 200
        assert "Confirm with the button on this page." in response.text
    assert snapshot() == before


def test_publish_take_back_and_archive(client, world):
    offering = draft(world)
    client.force_login(world.org_admin)
    assert confirm(client, "offering_publish", offering, world).status_code == 302
    assert Offering.objects.get(pk=offering.pk).status == OfferingStatus.PUBLISHED
    confirm(client, "offering_unpublish", offering, world)
    assert Offering.objects.get(pk=offering.pk).status == OfferingStatus.DRAFT
    confirm(client, "offering_archive", offering, world)
    assert Offering.objects.get(pk=offering.pk).status == OfferingStatus.ARCHIVED
    assert last_log().action == "offers.offering.archived"


def test_publishing_without_german_text_is_refused_on_the_page(client, world):
    offering = draft(world, german=False)
    client.force_login(world.org_admin)
    before = snapshot()
    response = confirm(client, "offering_publish", offering, world)
    assert response.status_code == 200
    assert "needs its German text" in response.text
    assert snapshot() == before


def test_deleting_a_published_offering_is_refused_a_draft_goes(client, world):
    published = own_offering(world)
    offering = draft(world)
    client.force_login(world.caseworker)
    before = snapshot()
    response = confirm(client, "offering_delete", published, world)
    assert response.status_code == 200
    assert "Only drafts can be deleted" in response.text
    assert snapshot() == before
    response = confirm(client, "offering_delete", offering, world)
    assert response.url == office_url("offering_list", world.network)
    assert not Offering.objects.filter(pk=offering.pk).exists()
    assert not OfferingText.objects.filter(offering_id=offering.pk).exists()


def test_another_organisations_offering_does_not_exist_for_the_staff_of_x(client, world):
    offering = OfferingFactory(provider=world.other_organisation, network=world.network)
    client.force_login(world.org_admin)
    for name in ("offering_detail", "offering_edit", "offering_publish", "offering_delete"):
        assert client.get(offering_url(name, offering, world.network)).status_code == 404


def test_an_offering_taken_out_of_this_network_leads_back_to_the_list(client, world):
    second = NetworkFactory()
    MembershipFactory(network=second, organisation=world.organisation)
    offering = own_offering(world)
    client.force_login(world.caseworker)
    response = client.post(
        offering_url("offering_edit", offering, world.network),
        edit_data(world, offering, networks=[second.pk]),
    )
    assert response.status_code == 302
    assert response.url == office_url("offering_list", world.network)
    assert list(offering.networks.all()) == [second]
