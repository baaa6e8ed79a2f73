"""Which languages offerings are written in, and which languages people can learn or get help in.

Two different lists: content translations follow the public pages' languages (settings.LANGUAGES,
German the source); languages of instruction and support are whatever people speak, so the list
is longer and holds the languages most asked for in German integration work.
"""

# Content languages are shared with events; imported from here by the offers app's modules.
from verbund.core.languages import SPOKEN_LANGUAGE_CODES, SPOKEN_LANGUAGES  # noqa: F401
from verbund.core.translations import (  # noqa: F401
    SOURCE_LANGUAGE,
    content_languages,
    translation_languages,
)

# PostgreSQL text-search configurations per content language: stemming where PostgreSQL has a
# dictionary, plain words ("simple") where it has none (Ukrainian, Persian).
SEARCH_CONFIGS = {
    "de": "german",
    "de-simple": "german",
    "en": "english",
    "tr": "turkish",
    "ar": "arabic",
    "ru": "russian",
    "uk": "simple",
    "fa": "simple",
}


def search_config(language: str) -> str:
    return SEARCH_CONFIGS.get(language, "simple")
