"""Refresh (or check) the catalogues of the public languages from the public pages' sources.

The back office speaks German and English; public pages speak every language of
``settings.LANGUAGES``. Their catalogues hold only the strings of the files listed in
``verbund/locale/public_sources.txt``, so translators of Arabic or Ukrainian see what the public
reads and nothing else. makemessages runs on a copy holding just those files; msgmerge keeps
what is translated already.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import to_locale

PACKAGE = Path(__file__).resolve().parents[3]
SOURCES = PACKAGE / "locale" / "public_sources.txt"


def public_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code not in settings.OFFICE_LANGUAGES]


def public_source_files() -> list[Path]:
    files: set[Path] = set()
    for line in SOURCES.read_text().splitlines():
        pattern = line.strip()
        if pattern and not pattern.startswith("#"):
            files.update(p for p in PACKAGE.glob(pattern) if p.is_file())
    return sorted(files)


def extract(target: Path, languages: list[str]) -> Path:
    """A catalogue per language of the public strings, untranslated, under ``target``."""
    copy = target / "verbund"
    for source in public_source_files():
        destination = copy / source.relative_to(PACKAGE)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, destination)
    (copy / "locale").mkdir(exist_ok=True)
    command = [sys.executable, "-m", "django", "makemessages", "--no-location", "--no-obsolete"]
    for language in languages:
        command += ["-l", to_locale(language)]
    subprocess.run(  # noqa: S603
        command,
        cwd=copy,
        check=True,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": ""},
    )
    return copy / "locale"


def catalogue(locale_dir: Path, language: str) -> Path:
    return locale_dir / to_locale(language) / "LC_MESSAGES" / "django.po"


def untranslated(po_file: Path) -> list[str]:
    """msgids without a translation (or fuzzy) in ``po_file``."""
    result = subprocess.run(  # noqa: S603
        ["msgattrib", "--untranslated", "--no-obsolete", str(po_file)],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    fuzzy = subprocess.run(  # noqa: S603
        ["msgattrib", "--only-fuzzy", "--no-obsolete", str(po_file)],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    ids = []
    for output in (result.stdout, fuzzy.stdout):
        for block in output.split("\n\n"):
            lines = [line for line in block.splitlines() if not line.startswith("#")]
            text = "\n".join(lines)
            if 'msgid ""\nmsgstr ""' in text and "Content-Type" in text:
                continue  # the header
            if lines:
                ids.append(lines[0])
    return ids


class Command(BaseCommand):
    help = "Refresh the public languages' catalogues, or --check that they are complete."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true")

    def handle(self, *args, check=False, **options):
        languages = public_languages()
        real_locale = PACKAGE / "locale"
        with tempfile.TemporaryDirectory() as tmp:
            fresh = extract(Path(tmp), languages)
            missing = {}
            for language in languages:
                template = catalogue(fresh, language)
                existing = catalogue(real_locale, language)
                if check:
                    if not existing.exists():
                        missing[language] = ["(no catalogue)"]
                        continue
                    merged = Path(tmp) / f"{language}.po"
                    self._merge(existing, template, merged)
                    if gaps := untranslated(merged):
                        missing[language] = gaps
                else:
                    existing.parent.mkdir(parents=True, exist_ok=True)
                    if existing.exists():
                        self._merge(existing, template, existing)
                    else:
                        shutil.copy(template, existing)
                    self.stdout.write(f"{language}: {len(untranslated(existing))} to translate")
        if missing:
            lines = [
                f"{lang}: {len(ids)} untranslated, e.g. {ids[:3]}" for lang, ids in missing.items()
            ]
            raise CommandError("Public catalogues incomplete:\n" + "\n".join(lines))

    @staticmethod
    def _merge(existing: Path, template: Path, output: Path) -> None:
        subprocess.run(  # noqa: S603
            [  # noqa: S607
                "msgmerge",
                "--quiet",
                "--no-fuzzy-matching",
                "--no-location",
                "--no-wrap",
                "--output-file",
                str(output),
                str(existing),
                str(template),
            ],
            check=True,
        )
        subprocess.run(  # noqa: S603
            ["msgattrib", "--no-obsolete", "--no-wrap", "-o", str(output), str(output)],  # noqa: S607
            check=True,
        )
