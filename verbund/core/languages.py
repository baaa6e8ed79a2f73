"""Languages Django does not know by itself, and which languages a page may speak."""

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

EASY_GERMAN = "de-simple"


def register_language_info() -> None:
    """Name German easy language for the language menu and ``get_language_info``.

    Its gettext catalogue lives in ``locale/de_Simple``; strings it leaves untranslated fall back
    to standard German, which is the right fallback for readers of easy language.
    """
    LANG_INFO.setdefault(
        EASY_GERMAN,
        {
            "bidi": False,
            "code": EASY_GERMAN,
            "name": "German (easy language)",
            "name_local": "Leichte Sprache",
            "fallback": ["de"],
        },
    )


def language_name(code: str) -> str:
    """The name of one of the public pages' languages, in the reader's language."""
    return gettext(dict(settings.LANGUAGES)[code])


def office_languages() -> list[tuple[str, str]]:
    """The languages of the back office: those its catalogues translate completely."""
    return [(code, name) for code, name in settings.LANGUAGES if code in settings.OFFICE_LANGUAGES]


# Languages people speak: of instruction and support in offerings, of interpreting at events.
# Longer than the public pages' languages; it holds those most asked for in integration work.
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
