"""``verbund load_postal_codes FILE``: where postal codes lie, from a GeoNames postal-code file.

GeoNames publishes one tab-separated file per country (``DE.zip`` holds ``DE.txt``) under
https://download.geonames.org/export/zip/, with twelve columns: country code, postal code, place
name, admin name 1 (state), admin code 1, admin name 2, admin code 2, admin name 3 (for Germany
the district, Landkreis or kreisfreie Stadt), admin code 3, latitude, longitude, accuracy.

The whole file is checked before anything is written; a malformed line stops the load with its
line number, and the rows are then upserted in one transaction, so a postal code that is already
known is updated in place and a second load of the same file changes nothing.
"""

import io
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from verbund.offers.models import PostalCode

COLUMNS = 12
BATCH_SIZE = 2000
_SIX_PLACES = Decimal("0.000001")


@dataclass(frozen=True)
class Row:
    country: str
    code: str
    place: str
    district: str
    latitude: Decimal
    longitude: Decimal

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.country, self.code, self.place)


class MalformedLine(ValueError):
    def __init__(self, number: int, problem: str):
        super().__init__(f"line {number}: {problem}")


def _coordinate(value: str, name: str, limit: int, number: int) -> Decimal:
    try:
        coordinate = Decimal(value.strip())
    except InvalidOperation:
        raise MalformedLine(number, f"{name} {value!r} is not a number") from None
    if not coordinate.is_finite() or not -limit <= coordinate <= limit:
        raise MalformedLine(number, f"{name} {value!r} is outside -{limit}…{limit}")
    return coordinate.quantize(_SIX_PLACES)


def _limited(value: str, name: str, length: int, number: int, *, required: bool = True) -> str:
    value = value.strip()
    if required and not value:
        raise MalformedLine(number, f"the {name} is empty")
    if len(value) > length:
        raise MalformedLine(number, f"the {name} is longer than {length} characters")
    return value


def parse_line(line: str, number: int) -> Row:
    """One GeoNames line as a row; raises ``MalformedLine`` naming what is wrong."""
    fields = line.rstrip("\r\n").split("\t")
    # The accuracy column is empty for many places and some exports drop it altogether.
    if len(fields) not in (COLUMNS - 1, COLUMNS):
        raise MalformedLine(
            number, f"expected {COLUMNS} tab-separated columns, found {len(fields)}"
        )
    country = fields[0].strip().upper()
    if len(country) != 2 or not country.isalpha() or not country.isascii():
        raise MalformedLine(number, f"country code {fields[0]!r} is not two letters")
    code = _limited(fields[1], "postal code", 10, number)
    place = _limited(fields[2], "place name", 200, number)
    # For Germany admin name 3 is the Landkreis or kreisfreie Stadt; some countries stop at 2.
    district = _limited(fields[7] or fields[5], "district", 200, number, required=False)
    return Row(
        country=country,
        code=code,
        place=place,
        district=district,
        latitude=_coordinate(fields[9], "latitude", 90, number),
        longitude=_coordinate(fields[10], "longitude", 180, number),
    )


def read_rows(lines, *, country: str | None = None) -> tuple[list[Row], int]:
    """Every row of ``lines`` (of ``country`` only, if given) and the number skipped for another
    country. Blank lines are skipped; any other malformed line raises ``MalformedLine``. A
    postal code and place that occur twice keep the later line, as GeoNames' own updates do."""
    rows: dict[tuple[str, str, str], Row] = {}
    other_country = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        row = parse_line(line, number)
        if country and row.country != country:
            other_country += 1
            continue
        rows[row.key] = row
    return list(rows.values()), other_country


@transaction.atomic
def upsert(rows: list[Row]) -> tuple[int, int]:
    """Write ``rows``; returns how many postal codes were new and how many were known."""
    countries = {row.country for row in rows}
    known = set(
        PostalCode.objects.filter(country__in=countries).values_list("country", "code", "place")
    )
    PostalCode.objects.bulk_create(
        [
            PostalCode(
                country=row.country,
                code=row.code,
                place=row.place,
                district=row.district,
                latitude=row.latitude,
                longitude=row.longitude,
            )
            for row in rows
        ],
        batch_size=BATCH_SIZE,
        update_conflicts=True,
        unique_fields=["country", "code", "place"],
        update_fields=["district", "latitude", "longitude"],
    )
    updated = sum(1 for row in rows if row.key in known)
    return len(rows) - updated, updated


@contextmanager
def _open_text(path: Path):
    """The file's lines; a GeoNames ``.zip`` is read without unpacking it."""
    if not zipfile.is_zipfile(path):
        with path.open(encoding="utf-8", newline="") as lines:
            yield lines
        return
    with zipfile.ZipFile(path) as archive:
        # The archive holds the data file and a readme.txt describing it.
        names = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
        if len(names) != 1:
            raise CommandError(f"{path} holds {len(names)} data files; expected exactly one.")
        with archive.open(names[0]) as member:
            yield io.TextIOWrapper(member, encoding="utf-8", newline="")


class Command(BaseCommand):
    help = (
        "Load postal codes with their coordinates from a GeoNames postal-code file (DE.txt or "
        "DE.zip from download.geonames.org/export/zip/), so that the finder can search near a "
        "postal code. Checks the whole file first and writes nothing if a line is malformed; "
        "known postal codes are updated."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="GeoNames postal-code file (.txt or .zip)")
        parser.add_argument(
            "--country",
            metavar="CC",
            help="load only the rows of this country (two letters, e.g. DE)",
        )

    def handle(self, *args, file: Path, country: str | None, **options):
        if country is not None:
            country = country.strip().upper()
            if len(country) != 2 or not country.isalpha():
                raise CommandError("--country takes a two-letter country code, such as DE.")
        if not file.is_file():
            raise CommandError(f"{file} is not a readable file.")
        try:
            with _open_text(file) as lines:
                rows, skipped = read_rows(lines, country=country)
        except MalformedLine as error:
            raise CommandError(f"{file}, {error}. Nothing was loaded.") from None
        except UnicodeDecodeError as error:
            raise CommandError(
                f"{file} is not UTF-8 text ({error.reason}). Nothing was loaded."
            ) from None
        if not rows:
            wanted = f" for {country}" if country else ""
            raise CommandError(f"{file} holds no postal codes{wanted}. Nothing was loaded.")
        created, updated = upsert(rows)
        message = f"Loaded {len(rows)} postal codes: {created} new, {updated} updated."
        if skipped:
            message += f" Skipped {skipped} lines of other countries."
        self.stdout.write(self.style.SUCCESS(message))
