"""Machine translation: off unless configured, fills only missing and outdated translations,
marks what it wrote; LibreTranslate spoken to over HTTP, here a tiny server in the test."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from verbund.core.errors import DomainError
from verbund.offers import services
from verbund.offers.machine_translation import (
    FakeProvider,
    LibreTranslateProvider,
    configured_provider,
    machine_translate,
)
from verbund.offers.models import OfferingText, TranslationState
from verbund.offers.tests.factories import OfferingFactory
from verbund.offers.tests.office_helpers import own_offering, snapshot, translate

FAKE = "verbund.offers.machine_translation.FakeProvider"
LIBRE = "verbund.offers.machine_translation.LibreTranslateProvider"


class LibreTranslateStub(BaseHTTPRequestHandler):
    """Answers POST /translate the way LibreTranslate does, upper-casing the texts; the test
    sets ``answer`` to make it misbehave."""

    requests: list = []
    answer = None  # None: translate; an int: that HTTP status; bytes: that body

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        payload = json.loads(body)
        type(self).requests.append((self.path, self.headers["Content-Type"], payload))
        answer = type(self).answer
        if isinstance(answer, int):
            self.send_response(answer)
            self.end_headers()
            return
        if isinstance(answer, bytes):
            content = answer
        else:
            content = json.dumps(
                {"translatedText": [f"{payload['target']}:{q.upper()}" for q in payload["q"]]}
            ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate(settings):
    LibreTranslateStub.requests = []
    LibreTranslateStub.answer = None
    server = ThreadingHTTPServer(("127.0.0.1", 0), LibreTranslateStub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.VERBUND_MACHINE_TRANSLATION = LIBRE
    settings.VERBUND_MACHINE_TRANSLATION_URL = f"http://127.0.0.1:{server.server_port}/"
    settings.VERBUND_MACHINE_TRANSLATION_KEY = "secret-key"
    yield LibreTranslateStub
    server.shutdown()
    server.server_close()
    thread.join()


def texts(offering) -> dict:
    rows = OfferingText.objects.filter(offering=offering)
    return {row.language: row for row in rows}


def states(offering) -> dict:
    rows = texts(offering)
    return {language: row.state_against(rows["de"]) for language, row in rows.items()}


def test_without_a_configured_service_nothing_is_translated(world, settings):
    settings.VERBUND_MACHINE_TRANSLATION = ""
    offering = own_offering(world)
    assert configured_provider() is None
    before = snapshot()
    with pytest.raises(DomainError):
        machine_translate(actor=world.caseworker, offering=offering)
    assert snapshot() == before


def test_the_fake_provider_fills_every_missing_language_marked_as_machine_made(world, settings):
    settings.VERBUND_MACHINE_TRANSLATION = FAKE
    offering = own_offering(world, title="Sprachcafé")

    done = machine_translate(actor=world.caseworker, offering=offering)

    assert done == ["en", "tr", "ar", "uk", "ru", "fa", "de-simple"]
    english = texts(offering)["en"]
    assert english.title == "[en] Sprachcafé"
    assert english.machine_translated and english.approved_by is None
    assert set(states(offering).values()) == {TranslationState.UP_TO_DATE, TranslationState.MACHINE}
    assert states(offering)["de"] == TranslationState.UP_TO_DATE


def test_up_to_date_translations_of_people_stay_outdated_ones_are_replaced(world, settings):
    settings.VERBUND_MACHINE_TRANSLATION = FAKE
    offering = own_offering(world, title="Sprachcafé")
    translate(offering, "en", title="Language café")
    translate(offering, "ar", title="مقهى")
    services.offering_text_save(
        actor=world.caseworker,
        offering=offering,
        language="de",
        text={"title": "Sprachcafé am Mittwoch"},
    )
    translate(offering, "tr", title="Dil kafesi Çarşamba")  # made from the new version

    done = machine_translate(
        actor=world.caseworker, offering=offering, languages=["en", "ar", "tr"]
    )

    assert done == ["en", "ar"]
    rows = texts(offering)
    assert rows["en"].title == "[en] Sprachcafé am Mittwoch" and rows["en"].machine_translated
    assert rows["tr"].title == "Dil kafesi Çarşamba" and not rows["tr"].machine_translated


def test_an_offering_without_german_text_cannot_be_translated(world, settings):
    settings.VERBUND_MACHINE_TRANSLATION = FAKE
    offering = OfferingFactory(provider=world.organisation, network=world.network, german=False)
    with pytest.raises(DomainError):
        machine_translate(actor=world.caseworker, offering=offering)


def test_fake_provider_keeps_empty_texts_empty():
    assert FakeProvider().translate(["Titel", ""], source="de", target="en") == ["[en] Titel", ""]


def test_libretranslate_is_asked_with_the_texts_languages_and_key(libretranslate, world):
    offering = own_offering(world, title="Sprachcafé")

    done = machine_translate(actor=world.caseworker, offering=offering, languages=["ar"])

    assert done == ["ar"]
    path, content_type, payload = libretranslate.requests[0]
    assert (path, content_type) == ("/translate", "application/json")
    assert payload["source"] == "de" and payload["target"] == "ar"
    assert payload["api_key"] == "secret-key"
    assert payload["format"] == "text"
    assert payload["q"][0] == "Sprachcafé"
    assert len(payload["q"]) == len(OfferingText.TRANSLATED_FIELDS)
    arabic = texts(offering)["ar"]
    assert arabic.title == "ar:SPRACHCAFÉ"
    assert arabic.machine_translated


def test_libretranslate_for_all_languages_leaves_out_easy_german(libretranslate, world):
    offering = own_offering(world)

    done = machine_translate(actor=world.caseworker, offering=offering)

    assert done == ["en", "tr", "ar", "uk", "ru", "fa"]
    assert "de-simple" not in texts(offering)
    assert [payload["target"] for _path, _type, payload in libretranslate.requests] == done


def test_libretranslate_asked_for_easy_german_by_name_refuses(libretranslate, world):
    offering = own_offering(world)
    before = snapshot()
    with pytest.raises(DomainError):
        machine_translate(actor=world.caseworker, offering=offering, languages=["de-simple"])
    assert snapshot() == before
    assert libretranslate.requests == []


@pytest.mark.parametrize(
    "answer",
    [500, b"not json", json.dumps({"translatedText": ["only one"]}).encode(), b"{}"],
    ids=["server error", "no JSON", "wrong count", "no texts"],
)
def test_a_failing_service_is_a_domain_error_and_writes_nothing(libretranslate, world, answer):
    offering = own_offering(world)
    libretranslate.answer = answer
    before = snapshot()
    with pytest.raises(DomainError):
        machine_translate(actor=world.caseworker, offering=offering, languages=["en"])
    assert snapshot() == before


def test_an_unreachable_service_is_a_domain_error(settings):
    provider = LibreTranslateProvider(url="http://127.0.0.1:9", api_key="")
    provider.timeout_seconds = 2
    with pytest.raises(DomainError):
        provider.translate(["Hallo"], source="de", target="en")


def test_without_a_key_none_is_sent(libretranslate):
    provider = LibreTranslateProvider(api_key="")
    assert provider.translate(["Hallo"], source="de", target="en") == ["en:HALLO"]
    assert "api_key" not in libretranslate.requests[0][2]
