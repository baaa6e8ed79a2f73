"""Which languages offerings are written in, and which languages people can learn or get help in.

Two different lists: content translations follow the public pages' languages (settings.LANGUAGES,
German the source); languages of instruction and support are whatever people speak, so the list
is longer and holds the languages most asked for in German integration work.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

SOURCE_LANGUAGE = "de"

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


def content_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def translation_languages() -> list[str]:
    """Languages a German text is translated into."""
    return [code for code in content_languages() if code != SOURCE_LANGUAGE]


def search_config(language: str) -> str:
    return SEARCH_CONFIGS.get(language, "simple")


SPOKEN_LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("tr", _("Turkish")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("fa", _("Persian")),
    ("prs", _("Dari")),
    ("ps", _("Pashto")),
    ("ku", _("Kurdish")),
    ("ti", _("Tigrinya")),
    ("so", _("Somali")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("it", _("Italian")),
    ("pl", _("Polish")),
    ("ro", _("Romanian")),
    ("bg", _("Bulgarian")),
    ("sq", _("Albanian")),
    ("sr", _("Serbian")),
    ("hr", _("Croatian")),
    ("bs", _("Bosnian")),
    ("el", _("Greek")),
    ("vi", _("Vietnamese")),
    ("zh", _("Chinese")),
    ("ur", _("Urdu")),
    ("hi", _("Hindi")),
    ("ta", _("Tamil")),
    ("pt", _("Portuguese")),
    ("sgn", _("German Sign Language")),
]
SPOKEN_LANGUAGE_CODES = [code for code, _name in SPOKEN_LANGUAGES]
