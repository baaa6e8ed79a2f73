"""Texts per language: the German source beside the translation, right-to-left inputs, what
changed in German, approval of machine translations, machine translation from the page."""

import pytest

from verbund.core.errors import DomainError
from verbund.offers import services
from verbund.offers.machine_translation import FakeProvider
from verbund.offers.models import OfferingText, TranslationState
from verbund.offers.tests.office_helpers import (
    last_log,
    offering_url,
    own_offering,
    snapshot,
    translate,
)

FAKE = "verbund.offers.machine_translation.FakeProvider"


def text_url(offering, world, language):
    return offering_url("offering_text_edit", offering, world.network, language=language)


def german_edit(world, offering, **fields):
    source = offering.texts.get(language="de")
    values = {name: getattr(source, name) for name in OfferingText.TRANSLATED_FIELDS}
    services.offering_text_save(
        actor=world.caseworker, offering=offering, language="de", text={**values, **fields}
    )


@pytest.fixture
def offering(world):
    return own_offering(world, title="Sprachcafé")


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fa", "rtl"), ("uk", "ltr")])
def test_inputs_carry_their_language_and_direction_beside_the_german_source(
    client, world, offering, language, direction
):
    client.force_login(world.caseworker)
    response = client.get(text_url(offering, world, language))
    page = response.text
    assert response.status_code == 200
    assert f'lang="{language}" dir="{direction}" required id="id_title"' in page
    assert 'source-text" lang="de" dir="ltr">Sprachcafé</div>' in page
    # The page as a whole keeps the back office's direction.
    assert '<html lang="en" dir="ltr">' in page


def test_saving_a_translation_records_the_german_version(client, world, offering):
    client.force_login(world.caseworker)
    response = client.post(
        text_url(offering, world, "ar"), {"title": "مقهى اللغة", "summary": "تحدث الألمانية"}
    )
    assert response.status_code == 302
    assert response.url == offering_url("offering_detail", offering, world.network) + "#texts"
    arabic = offering.texts.get(language="ar")
    assert (arabic.title, arabic.source_version, arabic.updated_by) == (
        "مقهى اللغة",
        1,
        world.caseworker,
    )
    assert last_log().data["language"] == "ar"


def test_a_translation_without_title_is_refused_and_nothing_saved(client, world, offering):
    client.force_login(world.caseworker)
    before = snapshot()
    response = client.post(text_url(offering, world, "en"), {"summary": "Only a summary"})
    assert response.status_code == 200
    assert "title" in response.context["form"].errors
    assert snapshot() == before


def test_an_unknown_language_is_not_found(client, world, offering):
    client.force_login(world.caseworker)
    for language in ("xx", "pl", "de-DE"):
        assert client.get(text_url(offering, world, language)).status_code == 404


def test_an_outdated_translation_names_what_changed_in_german(client, world, offering):
    translate(offering, "en", title="Language café")
    german_edit(world, offering, description="Jetzt donnerstags.")
    client.force_login(world.caseworker)

    response = client.get(text_url(offering, world, "en"))

    assert response.context["state"] == TranslationState.OUTDATED
    assert response.context["changed_fields"] == ["description"]
    assert "Changed in German since:" in response.text


def test_minor_german_edits_are_not_named_as_changes(client, world, offering):
    translate(offering, "en", title="Language café")
    services.offering_text_save(
        actor=world.caseworker,
        offering=offering,
        language="de",
        text={"summary": "Tippfehler korrigiert"},
        minor_edit=True,
    )
    german_edit(world, offering, title="Sprachcafé am Mittwoch")
    client.force_login(world.caseworker)
    response = client.get(text_url(offering, world, "en"))
    assert response.context["changed_fields"] == ["title"]


def test_saving_the_outdated_translation_brings_it_up_to_date(client, world, offering):
    translate(offering, "en", title="Language café")
    german_edit(world, offering, summary="Neu")
    client.force_login(world.caseworker)
    client.post(text_url(offering, world, "en"), {"title": "Language café"})
    english = offering.texts.get(language="en")
    assert english.state_against(offering.texts.get(language="de")) == TranslationState.UP_TO_DATE


def test_the_german_page_offers_the_minor_edit(client, world, offering):
    translate(offering, "en")
    client.force_login(world.caseworker)
    response = client.get(text_url(offering, world, "de"))
    assert "minor_edit" in response.context["form"].fields
    client.post(text_url(offering, world, "de"), {"title": "Sprachcafe", "minor_edit": "on"})
    source = offering.texts.get(language="de")
    assert (source.title, source.source_version) == ("Sprachcafe", 1)
    assert offering.texts.get(language="en").state_against(source) == TranslationState.UP_TO_DATE


def test_a_machine_translation_is_approved_from_its_page(client, world, offering):
    translate(offering, "ar", machine_translated=True)
    client.force_login(world.caseworker)
    page = client.get(text_url(offering, world, "ar")).text
    approve = offering_url("offering_text_approve", offering, world.network, language="ar")
    assert f'action="{approve}"' in page

    response = client.post(approve, {"confirm": "1"})

    assert response.status_code == 302
    arabic = offering.texts.get(language="ar")
    assert not arabic.machine_translated and arabic.approved_by == world.caseworker


def test_approving_where_there_is_nothing_to_approve_says_so(client, world, offering):
    translate(offering, "en")
    client.force_login(world.caseworker)
    before = snapshot()
    response = client.post(
        offering_url("offering_text_approve", offering, world.network, language="en"),
        {"confirm": "1"},
    )
    assert response.status_code == 200
    assert "no machine translation waiting for approval" in response.text
    assert snapshot() == before


def test_a_translation_is_removed_after_confirmation(client, world, offering):
    translate(offering, "tr")
    client.force_login(world.caseworker)
    address = offering_url("offering_text_delete", offering, world.network, language="tr")
    assert "Remove the translation" in client.get(address).text
    client.post(address, {"confirm": "1"})
    assert not offering.texts.filter(language="tr").exists()


def test_the_machine_translation_button_appears_only_when_configured(
    client, world, offering, settings
):
    client.force_login(world.caseworker)
    translate_url = offering_url("offering_translate", offering, world.network)
    settings.VERBUND_MACHINE_TRANSLATION = ""
    assert translate_url not in client.get(text_url(offering, world, "en")).text
    assert client.get(translate_url).status_code == 404
    settings.VERBUND_MACHINE_TRANSLATION = FAKE
    assert translate_url in client.get(text_url(offering, world, "en")).text
    assert translate_url not in client.get(text_url(offering, world, "de")).text


def test_machine_translation_of_one_language_from_its_page(client, world, offering, settings):
    settings.VERBUND_MACHINE_TRANSLATION = FAKE
    client.force_login(world.caseworker)

    response = client.post(
        offering_url("offering_translate", offering, world.network),
        {"confirm": "1", "language": "fa"},
        follow=True,
    )

    assert set(offering.texts.values_list("language", flat=True)) == {"de", "fa"}
    persian = offering.texts.get(language="fa")
    assert persian.title == "[fa] Sprachcafé" and persian.machine_translated
    assert "Translated by machine into: Persian" in response.text


def test_machine_translation_of_all_languages_keeps_checked_translations(
    client, world, offering, settings
):
    settings.VERBUND_MACHINE_TRANSLATION = FAKE
    translate(offering, "en", title="Language café")
    client.force_login(world.caseworker)

    client.post(offering_url("offering_translate", offering, world.network), {"confirm": "1"})

    texts = {text.language: text for text in offering.texts.all()}
    assert len(texts) == 8
    assert texts["en"].title == "Language café" and not texts["en"].machine_translated
    assert all(texts[code].machine_translated for code in ("tr", "ar", "uk", "ru", "fa"))


def test_nothing_to_translate_is_said_plainly(client, world, offering, settings):
    settings.VERBUND_MACHINE_TRANSLATION = FAKE
    for code in ("en", "tr", "ar", "uk", "ru", "fa", "de-simple"):
        translate(offering, code)
    client.force_login(world.caseworker)
    response = client.post(
        offering_url("offering_translate", offering, world.network),
        {"confirm": "1"},
        follow=True,
    )
    assert "Nothing to translate" in response.text


def test_a_failing_translation_service_is_shown_and_nothing_changes(
    client, world, offering, settings, monkeypatch
):
    def broken(self, texts, *, source, target):
        raise DomainError("The translation service did not answer; try again later.")

    monkeypatch.setattr(FakeProvider, "translate", broken)
    settings.VERBUND_MACHINE_TRANSLATION = FAKE
    client.force_login(world.caseworker)
    before = snapshot()
    response = client.post(
        offering_url("offering_translate", offering, world.network), {"confirm": "1"}
    )
    assert response.status_code == 200
    assert "did not answer" in response.text
    assert snapshot() == before


def test_viewers_cannot_open_a_text_page(client, world, offering):
    client.force_login(world.viewer)
    assert client.get(text_url(offering, world, "en")).status_code == 403
