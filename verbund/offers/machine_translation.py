"""Machine translation of offering texts, behind a setting and off by default.

``VERBUND_MACHINE_TRANSLATION`` names a provider class (dotted path). A provider translates a
list of German strings into one target language. What it returns is saved as machine-translated,
shown with a note on public pages and listed for staff, until a person approves it.
"""

import json
import logging
import urllib.request
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from verbund.core.errors import DomainError
from verbund.offers.languages import SOURCE_LANGUAGE, translation_languages
from verbund.offers.models import OfferingText

logger = logging.getLogger(__name__)


class TranslationProvider(Protocol):
    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]: ...


class LibreTranslateProvider:
    """A LibreTranslate server (self-hostable) at ``VERBUND_MACHINE_TRANSLATION_URL``."""

    timeout_seconds = 30
    # LibreTranslate knows no easy German.
    supported = {"en", "tr", "ar", "uk", "ru", "fa"}

    def __init__(self, url: str | None = None, api_key: str | None = None):
        self.url = (url or settings.VERBUND_MACHINE_TRANSLATION_URL).rstrip("/")
        self.api_key = api_key if api_key is not None else settings.VERBUND_MACHINE_TRANSLATION_KEY

    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]:
        if target not in self.supported:
            raise DomainError(_("The translation service does not offer this language."))
        payload = {"q": texts, "source": source, "target": target, "format": "text"}
        if self.api_key:
            payload["api_key"] = self.api_key
        request = urllib.request.Request(  # noqa: S310 - the URL is the operators' setting
            f"{self.url}/translate",
            data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_seconds) as response:  # noqa: S310
                answer = json.load(response)
        except (OSError, ValueError) as error:
            logger.warning("Machine translation service failed: %s", type(error).__name__)
            raise DomainError(
                _("The translation service did not answer; try again later.")
            ) from error
        translated = answer.get("translatedText")
        if not isinstance(translated, list) or len(translated) != len(texts):
            raise DomainError(_("The translation service gave an answer Verbund cannot use."))
        return [str(t) for t in translated]


class FakeProvider:
    """For tests and demos: marks each text with its target language instead of translating."""

    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]:
        return [f"[{target}] {text}" if text else "" for text in texts]


def configured_provider() -> TranslationProvider | None:
    path = settings.VERBUND_MACHINE_TRANSLATION
    return import_string(path)() if path else None


def machine_translate(*, actor, offering, languages: list[str] | None = None) -> list[str]:
    """Fill missing or outdated translations of ``offering`` by machine; returns the languages.

    Texts a person wrote and that are up to date are never overwritten.
    """
    from verbund.offers.services import offering_text_save

    provider = configured_provider()
    if provider is None:
        raise DomainError(_("No machine translation service is configured."))
    texts = {t.language: t for t in offering.texts.all()}
    source = texts.get(SOURCE_LANGUAGE)
    if source is None:
        raise DomainError(_("Write the German text first; translations are made from it."))
    if languages is None:
        # Asked for "all", a provider fills what it can (LibreTranslate knows no easy German);
        # a language asked for by name that it cannot do is an error the person sees.
        supported = getattr(provider, "supported", None)
        languages = [
            code for code in translation_languages() if supported is None or code in supported
        ]
    done = []
    for language in languages:
        existing = texts.get(language)
        if existing is not None and existing.source_version >= source.source_version:
            continue
        values = [getattr(source, name) for name in OfferingText.TRANSLATED_FIELDS]
        translated = provider.translate(values, source=SOURCE_LANGUAGE, target=language)
        offering_text_save(
            actor=actor,
            offering=offering,
            language=language,
            text=dict(zip(OfferingText.TRANSLATED_FIELDS, translated, strict=True)),
            machine_translated=True,
        )
        done.append(language)
    return done
