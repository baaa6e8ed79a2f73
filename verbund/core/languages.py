"""Languages Django does not know by itself, and which languages a page may speak."""

from django.conf import settings
from django.conf.locale import LANG_INFO

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


def office_languages() -> list[tuple[str, str]]:
    """The languages of the back office: those its catalogues translate completely."""
    return [(code, name) for code, name in settings.LANGUAGES if code in settings.OFFICE_LANGUAGES]
