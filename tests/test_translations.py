"""The German translation is complete: every string in the code has a German text.

makemessages runs on a copy of the package (so the repository is untouched) and msgfmt counts
what is untranslated or fuzzy in the refreshed catalogue.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = Path("verbund/locale/de/LC_MESSAGES/django.po")


def _statistics(po_file: Path) -> dict[str, int]:
    result = subprocess.run(  # noqa: S603
        ["msgfmt", "--statistics", "-o", "/dev/null", str(po_file)],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for number, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", result.stderr):
        counts[kind] = int(number)
    return counts


@pytest.fixture(scope="module")
def refreshed_catalogue(tmp_path_factory):
    copy = tmp_path_factory.mktemp("i18n")
    shutil.copytree(
        ROOT / "verbund", copy / "verbund", ignore=shutil.ignore_patterns("__pycache__")
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "django",
            "makemessages",
            "-l",
            "de",
            "--no-obsolete",
            "--no-location",
        ],
        cwd=copy / "verbund",
        check=True,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": ""},
    )
    return copy / CATALOGUE


def test_german_catalogue_has_no_untranslated_or_fuzzy_entries():
    counts = _statistics(ROOT / CATALOGUE)
    assert counts["translated"] > 0
    assert counts["untranslated"] == 0 and counts["fuzzy"] == 0, counts


def test_every_string_in_the_code_is_in_the_german_catalogue(refreshed_catalogue):
    counts = _statistics(refreshed_catalogue)
    assert counts["untranslated"] == 0 and counts["fuzzy"] == 0, (
        f"{counts}: run `make translations` and translate the new entries"
    )


def test_public_pages_are_translated_into_every_public_language():
    """Turkish, Arabic, Ukrainian, Russian, Persian and easy German hold every string of the
    public pages (the files in verbund/locale/public_sources.txt), none fuzzy."""
    result = subprocess.run(
        [sys.executable, "-m", "django", "public_messages", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={
            "PATH": "/usr/bin:/bin",
            "DEBUG": "true",
            "DJANGO_SETTINGS_MODULE": "verbund.settings",
        },
    )
    assert result.returncode == 0, result.stderr + result.stdout
