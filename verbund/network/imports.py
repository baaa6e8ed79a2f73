"""Import of organisations, memberships and contact persons from a CSV or XLSX file.

Three steps, each its own function, so views, commands and tests share them:

1. ``read_table`` turns the uploaded bytes into a ``Table`` (header and rows of strings) and
   refuses files that are no readable spreadsheet; ``map_columns`` checks the header.
2. ``registry_import_plan`` parses and validates every row against the network's registry and
   returns an ``ImportPlan``: the problems with their row and column as the user sees them in the
   spreadsheet, and what would be created, updated or left unchanged. It writes nothing.
3. ``registry_import`` builds the plan again inside one transaction and writes it, or nothing.

The format is described for users in docs/import.md. Matching, in short: an organisation is the
one of the network (current or past member) with the same name, ignoring case and spacing; a
contact person is the one of that organisation with the same e-mail, else the same name. Filled
cells update, blank cells leave what the registry holds, so importing the same file twice changes
nothing the second time.
"""

import csv
import datetime
import io
import re
import unicodedata
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from verbund.audit.services import log_action
from verbund.core.errors import DomainError
from verbund.network.models import (
    ContactPerson,
    LegalForm,
    Membership,
    MembershipRole,
    Network,
    Organisation,
    OrganisationKind,
)

# A city network's registry has tens to hundreds of rows; these limits keep a hostile or
# mistaken file (a whole CRM export, a zip bomb) from filling memory and the session.
MAX_ROWS = 5000
MAX_COLUMNS = 60

ORGANISATION = "organisation"
MEMBERSHIP = "membership"
CONTACT = "contact"


@dataclass(frozen=True)
class Column:
    key: str  # the model field it fills
    group: str
    header: str  # the German header of our template (the UI speaks German)
    label: str  # English description, translated for the pages
    aliases: tuple[str, ...] = ()
    required: bool = False

    @property
    def accepted(self) -> tuple[str, ...]:
        return (self.header, self.key, *self.aliases)


COLUMNS = (
    Column(
        "name",
        ORGANISATION,
        "Name",
        _("name of the organisation"),
        ("Organisation", "Organisationsname", "Name der Organisation", "Organisation name"),
        required=True,
    ),
    Column("short_name", ORGANISATION, "Kurzname", _("short name"), ("Kürzel", "Short name")),
    Column("kind", ORGANISATION, "Art", _("kind"), ("Typ", "Kind", "Type"), required=True),
    Column("legal_form", ORGANISATION, "Rechtsform", _("legal form"), ("Legal form",)),
    Column(
        "street",
        ORGANISATION,
        "Straße",
        _("street and number"),
        ("Straße und Hausnummer", "Adresse", "Anschrift", "Street", "Address"),
    ),
    Column("postal_code", ORGANISATION, "PLZ", _("postal code"), ("Postleitzahl", "Postal code")),
    Column("city", ORGANISATION, "Ort", _("city"), ("Stadt", "City")),
    Column("latitude", ORGANISATION, "Breitengrad", _("latitude"), ("Breite", "Latitude", "Lat")),
    Column(
        "longitude",
        ORGANISATION,
        "Längengrad",
        _("longitude"),
        ("Länge", "Longitude", "Lon", "Lng"),
    ),
    Column("website", ORGANISATION, "Website", _("website"), ("Webseite", "Homepage", "Internet")),
    Column("email", ORGANISATION, "E-Mail", _("e-mail of the organisation"), ("Email", "Mail")),
    Column("phone", ORGANISATION, "Telefon", _("phone of the organisation"), ("Tel", "Phone")),
    Column("description", ORGANISATION, "Beschreibung", _("description"), ("Description",)),
    Column(
        "role",
        MEMBERSHIP,
        "Rolle im Netzwerk",
        _("role in the network"),
        ("Rolle", "Role", "Role in network", "Membership role"),
    ),
    Column(
        "started_on",
        MEMBERSHIP,
        "Mitglied seit",
        _("member since"),
        ("Seit", "Member since", "Membership from"),
    ),
    Column(
        "ended_on",
        MEMBERSHIP,
        "Mitglied bis",
        _("member until"),
        ("Bis", "Member until", "Membership until"),
    ),
    Column("salutation", CONTACT, "Anrede", _("salutation of the contact person"), ("Salutation",)),
    Column(
        "first_name",
        CONTACT,
        "Ansprechperson Vorname",
        _("first name of the contact person"),
        ("Vorname", "Ansprechpartner Vorname", "Ansprechpartnerin Vorname", "Contact first name"),
    ),
    Column(
        "last_name",
        CONTACT,
        "Ansprechperson Nachname",
        _("last name of the contact person"),
        ("Nachname", "Ansprechpartner Nachname", "Ansprechpartnerin Nachname", "Contact last name"),
    ),
    Column(
        "function",
        CONTACT,
        "Funktion",
        _("function of the contact person"),
        ("Ansprechperson Funktion", "Contact function", "Function", "Position"),
    ),
    Column(
        "contact_email",
        CONTACT,
        "Kontakt E-Mail",
        _("e-mail of the contact person"),
        ("Ansprechperson E-Mail", "Contact e-mail", "Contact email"),
    ),
    Column(
        "contact_phone",
        CONTACT,
        "Kontakt Telefon",
        _("phone of the contact person"),
        ("Ansprechperson Telefon", "Contact phone"),
    ),
    Column(
        "is_public",
        CONTACT,
        "öffentlich",
        _("contact person shown publicly (yes/no)"),
        ("Kontakt öffentlich", "Public", "Contact public", "Shown publicly"),
    ),
)
COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
TEMPLATE_HEADERS = [column.header for column in COLUMNS]
_EXAMPLES = (
    {
        "name": "Beispielverein für Integration e.V.",
        "short_name": "BVI",
        "kind": "Migrantenorganisation",
        "legal_form": "e.V.",
        "street": "Musterstraße 1",
        "postal_code": "30159",
        "city": "Hannover",
        "latitude": "52,374",
        "longitude": "9,738",
        "website": "www.beispielverein.example.org",
        "email": "info@beispielverein.example.org",
        "phone": "0511 123456",
        "description": "Beratung und Sprachcafé",
        "role": "Mitglied",
        "started_on": "01.01.2005",
        "salutation": "Frau",
        "first_name": "Erika",
        "last_name": "Mustermann",
        "function": "Projektleitung",
        "contact_email": "e.mustermann@beispielverein.example.org",
        "contact_phone": "0511 123457",
        "is_public": "ja",
    },
    {
        # A second contact of the same organisation: its cells may stay empty or repeat.
        "name": "Beispielverein für Integration e.V.",
        "salutation": "Herr",
        "first_name": "Max",
        "last_name": "Mustermann",
        "function": "Finanzkoordination",
        "contact_email": "m.mustermann@beispielverein.example.org",
        "is_public": "nein",
    },
    {
        "name": "Volkshochschule Musterstadt",
        "short_name": "VHS",
        "kind": "Volkshochschule",
        "legal_form": "Körperschaft des öffentlichen Rechts",
        "street": "Am Markt 5",
        "postal_code": "01067",
        "city": "Dresden",
        "role": "Kooperationspartner",
        "started_on": "2019",
        "ended_on": "2024",
    },
)
# Example rows of the downloadable template and of docs/import/, fictional people only.
EXAMPLE_ROWS = [[example.get(c.key, "") for c in COLUMNS] for example in _EXAMPLES]
# Contact cells that make a row describe a contact person ("öffentlich" and "Anrede" alone,
# often pre-filled in templates, do not).
CONTACT_IDENTITY_KEYS = ("first_name", "last_name", "function", "contact_email", "contact_phone")
# The model field a contact column fills.
CONTACT_FIELDS = {
    "salutation": "salutation",
    "first_name": "first_name",
    "last_name": "last_name",
    "function": "function",
    "contact_email": "email",
    "contact_phone": "phone",
    "is_public": "is_public",
}


def normalise(text: str) -> str:
    """Compare headers and labels loosely: "Straße", "strasse" and "STRASSE " are one header."""
    text = str(text).casefold()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        text = text.replace(umlaut, spelled)
    text = unicodedata.normalize("NFKD", text)
    return "".join(char for char in text if char.isalnum())


_HEADER_LOOKUP = {normalise(alias): column for column in COLUMNS for alias in column.accepted}


def organisation_key(name: str) -> str:
    """The name under which rows and registry entries count as one organisation."""
    return " ".join(name.split()).casefold()


# ---------------------------------------------------------------------------------------------
# Reading the file


class ImportFileError(DomainError):
    """The upload is not a spreadsheet we can read; the message says why."""


@dataclass
class Table:
    headers: list[str]
    # (row number as the spreadsheet shows it, cells); empty rows are left out.
    rows: list[tuple[int, list[str]]]

    def to_data(self) -> dict:
        return {"headers": self.headers, "rows": [[number, cells] for number, cells in self.rows]}

    @classmethod
    def from_data(cls, data: dict) -> "Table":
        return cls(
            headers=[str(h) for h in data["headers"]],
            rows=[(int(number), [str(c) for c in cells]) for number, cells in data["rows"]],
        )


def read_table(content: bytes, filename: str) -> Table:
    """Read the first sheet of an XLSX file or a CSV file; raise ImportFileError if unreadable."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension == "xls":
        raise ImportFileError(
            gettext("Old Excel files (.xls) cannot be read. Save the file as .xlsx or CSV.")
        )
    if extension not in ("csv", "txt", "xlsx"):
        raise ImportFileError(gettext("Upload a CSV or XLSX file (ending in .csv or .xlsx)."))
    if not content:
        raise ImportFileError(gettext("The file is empty."))
    raw_rows = _read_xlsx(content) if extension == "xlsx" else _read_csv(content)
    return _table_from_rows(raw_rows)


def _decode(content: bytes) -> str:
    if content.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            gettext("This is an Excel workbook, not a CSV file: upload it with the ending .xlsx.")
        )
    if content.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in content:
        raise ImportFileError(
            gettext(
                "The file is not a text file in UTF-8 or Windows-1252 (it may be UTF-16 text or "
                "a binary file). In Excel, save it as “CSV UTF-8” or as an .xlsx workbook."
            )
        )
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        # German Excel writes "CSV (Trennzeichen-getrennt)" in Windows-1252.
        try:
            text = content.decode("cp1252")
        except UnicodeDecodeError:
            text = None
    if text is None or any(
        unicodedata.category(char) == "Cc" and char not in "\t\r\n" for char in text
    ):
        raise ImportFileError(
            gettext(
                "The file's characters cannot be read: it is neither UTF-8 nor Windows-1252 "
                "text. In Excel, save it as “CSV UTF-8” or as an .xlsx workbook."
            )
        )
    return text


def _read_csv(content: bytes) -> list[list]:
    text = _decode(content)
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    # German Excel separates with semicolons, most other programs with commas.
    delimiter = max(
        (";", ",", "\t"),
        key=lambda d: len(next(csv.reader([first_line], delimiter=d), [])),
    )
    rows = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row)
            if len(rows) > MAX_ROWS + 1:
                break
    except csv.Error as exc:
        raise ImportFileError(
            gettext("The CSV file is malformed near row %(row)s.") % {"row": len(rows) + 1}
        ) from exc
    return rows


def _read_xlsx(content: bytes) -> list[list]:
    from openpyxl import load_workbook

    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise ImportFileError(
            gettext("The file is not an Excel workbook (.xlsx), although its name says so.")
        )
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign zip
        raise ImportFileError(
            gettext("The Excel workbook cannot be read; it may be damaged or of another kind.")
        ) from exc
    try:
        if not workbook.worksheets:
            raise ImportFileError(gettext("The workbook has no sheet."))
        rows = []
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            rows.append([_xlsx_cell(value) for value in row[: MAX_COLUMNS + 1]])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        workbook.close()


def _xlsx_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _table_from_rows(raw_rows: list[list]) -> Table:
    if not raw_rows or not any(str(cell).strip() for cell in raw_rows[0]):
        raise ImportFileError(
            gettext("The first row must hold the column headers, but it is empty.")
        )
    if len(raw_rows) > MAX_ROWS + 1:
        raise ImportFileError(
            gettext("The file has more than %(limit)s rows; split it into several files.")
            % {"limit": MAX_ROWS}
        )
    headers = [str(cell).strip() for cell in raw_rows[0]]
    width = len(headers)
    rows = []
    for number, raw in enumerate(raw_rows[1:], start=2):
        cells = [str(cell).strip() for cell in raw]
        if not any(cells):
            continue
        width = max(width, len(cells))
        rows.append((number, cells))
    # Spreadsheets often carry empty columns at the right; only those with data need a header.
    used = [
        index
        for index in range(width)
        if (index < len(headers) and headers[index])
        or any(index < len(cells) and cells[index] for _number, cells in rows)
    ]
    last = (max(used) + 1) if used else 0
    unnamed = [
        column_letter(index) for index in used if not (index < len(headers) and headers[index])
    ]
    if unnamed:
        raise ImportFileError(
            gettext("Columns without a header hold data: %(columns)s. Give them a header.")
            % {"columns": ", ".join(unnamed)}
        )
    if last > MAX_COLUMNS:
        raise ImportFileError(
            gettext("The file has more than %(limit)s columns.") % {"limit": MAX_COLUMNS}
        )
    headers = (headers + [""] * last)[:last]
    rows = [(number, (cells + [""] * last)[:last]) for number, cells in rows]
    return Table(headers=headers, rows=rows)


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def map_columns(headers: list[str]) -> tuple[dict[str, int], list[str]]:
    """{column key: index} for the header row, and the problems that make the header unusable."""
    mapping: dict[str, int] = {}
    problems = []
    for index, header in enumerate(headers):
        where = column_letter(index)
        if not header:
            continue  # an empty column between others; columns with data have a header
        column = _HEADER_LOOKUP.get(normalise(header))
        if column is None:
            problems.append(
                gettext("Column %(column)s: unknown header “%(header)s”.")
                % {"column": where, "header": header}
            )
        elif column.key in mapping:
            problems.append(
                gettext("Columns %(first)s and %(second)s both mean “%(header)s”.")
                % {
                    "first": column_letter(mapping[column.key]),
                    "second": where,
                    "header": column.header,
                }
            )
        else:
            mapping[column.key] = index
    for column in COLUMNS:
        if column.required and column.key not in mapping:
            problems.append(
                gettext("The column “%(header)s” (%(label)s) is missing.")
                % {"header": column.header, "label": column.label}
            )
    return mapping, problems


def check_header(table: Table) -> None:
    """Raise ImportFileError listing every header problem, or return for a usable header."""
    _mapping, problems = map_columns(table.headers)
    if problems:
        raise ImportFileError(" ".join(problems))
    if not table.rows:
        raise ImportFileError(gettext("The file has a header row but no data rows."))


# ---------------------------------------------------------------------------------------------
# Parsing cell values


class CellError(Exception):
    pass


def choice_lookup(choices, german_aliases: dict[str, Iterable[str]]) -> dict[str, str]:
    """Codes, labels in every UI language, and the German words networks write in spreadsheets."""
    from django.conf import settings

    lookup = {}
    for value, label in choices:
        if not value:
            continue
        lookup[normalise(value)] = value
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                lookup[normalise(str(label))] = value
        for alias in german_aliases.get(value, ()):
            lookup[normalise(alias)] = value
    return lookup


_KIND_ALIASES = {
    OrganisationKind.MIGRANT_ORGANISATION: (
        "Migrantenorganisation",
        "Migrantinnenorganisation",
        "Migrant*innenorganisation",
        "Migrantenselbstorganisation",
        "MO",
        "MSO",
    ),
    OrganisationKind.ADULT_EDUCATION_CENTRE: ("Volkshochschule", "VHS"),
    OrganisationKind.WELFARE_ASSOCIATION: ("Wohlfahrtsverband",),
    OrganisationKind.EDUCATION_PROVIDER: ("Bildungsträger", "Bildungsanbieter"),
    OrganisationKind.PUBLIC_ADMINISTRATION: (
        "Öffentliche Verwaltung",
        "Verwaltung",
        "Kommune",
        "Behörde",
    ),
    OrganisationKind.EMPLOYMENT_AGENCY: (
        "Jobcenter",
        "Agentur für Arbeit",
        "Arbeitsagentur",
        "Jobcenter / Agentur für Arbeit",
    ),
    OrganisationKind.COMPANY: ("Unternehmen", "Firma", "Betrieb"),
    OrganisationKind.OTHER_NGO: ("Stiftung", "Stiftung / sonstige NGO", "Sonstige NGO", "NGO"),
}
_LEGAL_FORM_ALIASES = {
    LegalForm.REGISTERED_ASSOCIATION: ("e.V.", "eingetragener Verein", "Verein"),
    LegalForm.NONPROFIT_LIMITED: ("gGmbH", "gemeinnützige GmbH"),
    LegalForm.LIMITED: ("GmbH",),
    LegalForm.FOUNDATION: ("Stiftung",),
    LegalForm.PUBLIC_BODY: (
        "Körperschaft des öffentlichen Rechts",
        "KdöR",
        "Anstalt des öffentlichen Rechts",
        "öffentlich-rechtlich",
    ),
    LegalForm.COOPERATIVE: ("eG", "Genossenschaft"),
    LegalForm.OTHER: ("sonstige", "andere"),
}
_ROLE_ALIASES = {
    MembershipRole.COORDINATION: ("Koordination", "Koordinierung", "Koordinierungsstelle"),
    MembershipRole.MEMBER: ("Mitglied",),
    MembershipRole.COOPERATION_PARTNER: (
        "Kooperationspartner",
        "Kooperationspartnerin",
        "Kooperationspartner*in",
        "Partner",
    ),
}
_YES = {normalise(word) for word in ("ja", "j", "yes", "y", "x", "1", "true", "wahr")}
_NO = {normalise(word) for word in ("nein", "n", "no", "0", "false", "falsch")}


def _parse_choice(value: str, lookup: dict[str, str], choices) -> str:
    code = lookup.get(normalise(value))
    if code is None:
        raise CellError(
            gettext("“%(value)s” is not known. Use one of: %(choices)s.")
            % {"value": value, "choices": ", ".join(str(label) for code, label in choices if code)}
        )
    return code


def parse_date(value: str, *, end_of_period: bool) -> datetime.date:
    """A day, or a month or year (its first day, or its last for an end date)."""
    text = value.strip()
    patterns = (
        (r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", ("y", "m", "d")),
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", ("d", "m", "y")),
        (r"(\d{1,2})[./](\d{4})", ("m", "y")),
        (r"(\d{4})", ("y",)),
    )
    for pattern, parts in patterns:
        match = re.fullmatch(pattern, text)
        if not match:
            continue
        found = dict(zip(parts, (int(group) for group in match.groups()), strict=True))
        year = found["y"]
        month = found.get("m", 12 if end_of_period else 1)
        if not 1 <= month <= 12:
            break
        try:
            if "d" in found:
                return datetime.date(year, month, found["d"])
            if end_of_period:
                following = datetime.date(year + month // 12, month % 12 + 1, 1)
                return following - datetime.timedelta(days=1)
            return datetime.date(year, month, 1)
        except ValueError:
            break
    raise CellError(
        gettext(
            "“%(value)s” is not a valid date. Write it as 31.12.2024 or 2024-12-31 "
            "(a month as 12.2024, a year as 2024)."
        )
        % {"value": value}
    )


def parse_coordinate(value: str) -> Decimal:
    text = value.strip().replace(" ", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # German decimal comma
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise CellError(gettext("“%(value)s” is not a number.") % {"value": value})
    # Six decimal places are about 10 cm; map services give more than the registry keeps.
    return number.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)


def parse_bool(value: str) -> bool:
    word = normalise(value)
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise CellError(gettext("“%(value)s” is neither yes (ja) nor no (nein).") % {"value": value})


def parse_website(value: str) -> str:
    # People write "www.verein.de"; the registry keeps addresses a browser can open.
    if not re.match(r"^[a-z][a-z0-9+.-]*://", value, re.IGNORECASE):
        return "https://" + value
    return value


class _Parsers:
    """Cell parsers per column key, built once the translations are loaded."""

    _built = None

    @classmethod
    def get(cls) -> dict:
        if cls._built is None:
            kinds = choice_lookup(OrganisationKind.choices, _KIND_ALIASES)
            legal_forms = choice_lookup(LegalForm.choices, _LEGAL_FORM_ALIASES)
            roles = choice_lookup(MembershipRole.choices, _ROLE_ALIASES)
            cls._built = {
                "kind": lambda v: _parse_choice(v, kinds, OrganisationKind.choices),
                "legal_form": lambda v: _parse_choice(v, legal_forms, LegalForm.choices),
                "role": lambda v: _parse_choice(v, roles, MembershipRole.choices),
                "latitude": parse_coordinate,
                "longitude": parse_coordinate,
                "website": parse_website,
                "started_on": lambda v: parse_date(v, end_of_period=False),
                "ended_on": lambda v: parse_date(v, end_of_period=True),
                "is_public": parse_bool,
            }
        return cls._built


# ---------------------------------------------------------------------------------------------
# Validating rows and planning the changes


@dataclass(frozen=True)
class Problem:
    row: int | None  # None: about the whole file
    column: str  # the header as written in the file, with its letter; "" if no single column
    message: str


@dataclass
class ParsedRow:
    number: int
    name: str
    organisation: dict = field(default_factory=dict)  # only filled cells
    membership: dict = field(default_factory=dict)
    contact: dict = field(default_factory=dict)  # model field names; empty without a contact


def _headers(keys: Iterable[str]) -> list[str]:
    """Our template's headers for column keys or contact model fields, to name changes."""
    return [COLUMNS_BY_KEY[_CONTACT_FIELD_TO_KEY.get(key, key)].header for key in keys]


@dataclass
class ContactPlan:
    row: int
    values: dict
    existing: ContactPerson | None = None
    changes: list[str] = field(default_factory=list)

    @property
    def changed_headers(self) -> list[str]:
        return _headers(self.changes)

    @property
    def action(self) -> str:
        if self.existing is None:
            return "create"
        return "update" if self.changes else "unchanged"

    @property
    def display_name(self) -> str:
        parts = (self.values.get("first_name"), self.values.get("last_name"))
        name = " ".join(part for part in parts if part)
        return name or (self.existing.full_name if self.existing else "")


@dataclass
class OrganisationPlan:
    key: str
    name: str
    rows: list[int]
    values: dict
    membership_values: dict
    existing: Organisation | None = None
    changes: list[str] = field(default_factory=list)
    membership: Membership | None = None  # the membership to update, if any
    membership_action: str = "unchanged"  # create / update / unchanged
    membership_changes: list[str] = field(default_factory=list)
    contacts: list[ContactPlan] = field(default_factory=list)

    @property
    def action(self) -> str:
        if self.existing is None:
            return "create"
        return "update" if self.changes else "unchanged"

    @property
    def changed_headers(self) -> list[str]:
        return _headers(self.changes)

    @property
    def membership_changed_headers(self) -> list[str]:
        return _headers(self.membership_changes)


@dataclass
class ImportPlan:
    problems: list[Problem]
    organisations: list[OrganisationPlan]

    @property
    def is_valid(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(
            (
                "organisations_created",
                "organisations_updated",
                "organisations_unchanged",
                "memberships_created",
                "memberships_updated",
                "contacts_created",
                "contacts_updated",
                "contacts_unchanged",
            ),
            0,
        )
        done = {"create": "created", "update": "updated", "unchanged": "unchanged"}
        for plan in self.organisations:
            counts[f"organisations_{done[plan.action]}"] += 1
            if plan.membership_action != "unchanged":
                counts[f"memberships_{done[plan.membership_action]}"] += 1
            for contact in plan.contacts:
                counts[f"contacts_{done[contact.action]}"] += 1
        return counts


class Collector:
    def __init__(self, headers: list[str], mapping: dict[str, int]):
        self.headers = headers
        self.mapping = mapping
        self.problems: list[Problem] = []

    def column(self, key: str | None) -> str:
        if key is None or key not in self.mapping:
            return ""
        index = self.mapping[key]
        return f"{column_letter(index)} ({self.headers[index]})"

    def add(self, row: int | None, key: str | None, message: str) -> None:
        self.problems.append(Problem(row=row, column=self.column(key), message=str(message)))

    def add_validation_error(self, row: int, error: ValidationError, field_to_key: dict) -> None:
        for field_name, messages in error.message_dict.items():
            key = field_to_key.get(field_name)
            for message in messages:
                self.add(row, key, message)


_ORGANISATION_FIELD_TO_KEY = {c.key: c.key for c in COLUMNS if c.group == ORGANISATION}
_MEMBERSHIP_FIELD_TO_KEY = {c.key: c.key for c in COLUMNS if c.group == MEMBERSHIP}
_CONTACT_FIELD_TO_KEY = {model_field: key for key, model_field in CONTACT_FIELDS.items()}


def _parse_row(number: int, cells: list[str], collector: Collector) -> ParsedRow | None:
    parsers = _Parsers.get()
    values: dict[str, object] = {}
    row_ok = True
    for key, index in collector.mapping.items():
        text = cells[index]
        if not text:
            continue
        parser = parsers.get(key)
        try:
            values[key] = parser(text) if parser else text
        except CellError as exc:
            collector.add(number, key, str(exc))
            row_ok = False
    name = " ".join(str(values.get("name", "")).split())
    if not name:
        collector.add(
            number, "name", gettext("The name of the organisation is missing in this row.")
        )
        return None

    organisation = {
        c.key: values[c.key] for c in COLUMNS if c.group == ORGANISATION and c.key in values
    }
    organisation["name"] = name
    membership = {
        c.key: values[c.key] for c in COLUMNS if c.group == MEMBERSHIP and c.key in values
    }
    contact = {}
    if any(key in values for key in CONTACT_IDENTITY_KEYS):
        contact = {CONTACT_FIELDS[key]: values[key] for key in CONTACT_FIELDS if key in values}

    if ("latitude" in values) != ("longitude" in values):
        missing = "longitude" if "latitude" in values else "latitude"
        collector.add(
            number, missing, gettext("Give both latitude and longitude, or leave both empty.")
        )
        row_ok = False
    started, ended = membership.get("started_on"), membership.get("ended_on")
    if started and ended and ended < started:
        collector.add(number, "ended_on", gettext("The membership cannot end before it starts."))
        row_ok = False
    if contact and not contact.get("last_name"):
        collector.add(
            number, "last_name", gettext("The contact person in this row needs a last name.")
        )
        row_ok = False

    # Lengths, e-mail addresses and web addresses: the models' own rules.
    try:
        Organisation(**organisation).clean_fields(
            exclude=[f.name for f in Organisation._meta.fields if f.name not in organisation]
        )
    except ValidationError as exc:
        collector.add_validation_error(number, exc, _ORGANISATION_FIELD_TO_KEY)
        row_ok = False
    if contact:
        try:
            ContactPerson(**contact).clean_fields(
                exclude=[f.name for f in ContactPerson._meta.fields if f.name not in contact]
            )
        except ValidationError as exc:
            collector.add_validation_error(number, exc, _CONTACT_FIELD_TO_KEY)
            row_ok = False
    if not row_ok:
        return None
    return ParsedRow(
        number=number, name=name, organisation=organisation, membership=membership, contact=contact
    )


def _describe(value) -> str:
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _merge_rows(
    rows: list[ParsedRow], collector: Collector
) -> tuple[dict, dict, list[ParsedRow]] | None:
    """The organisation's and membership's values across its rows; rows must not contradict."""
    organisation: dict = {}
    membership: dict = {}
    seen_in: dict[str, int] = {}
    consistent = True
    for row in rows:
        for target, values in ((organisation, row.organisation), (membership, row.membership)):
            for key, value in values.items():
                if key == "name":
                    target.setdefault(key, value)
                    continue
                if key in target and target[key] != value:
                    collector.add(
                        row.number,
                        key,
                        gettext(
                            "“%(value)s” contradicts row %(row)s for the same organisation, "
                            "which says “%(other)s”."
                        )
                        % {
                            "value": _describe(value),
                            "row": seen_in[key],
                            "other": _describe(target[key]),
                        },
                    )
                    consistent = False
                elif key not in target:
                    target[key] = value
                    seen_in[key] = row.number
    if not consistent:
        return None
    return organisation, membership, rows


def _existing_organisations(network: Network) -> dict[str, list[Organisation]]:
    """The network's organisations (current and past members) by name key, in three queries."""
    organisations = (
        Organisation.objects.filter(memberships__network=network)
        .distinct()
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.filter(network=network),
                to_attr="network_memberships",
            ),
            Prefetch("contacts", queryset=ContactPerson.objects.order_by("pk")),
        )
        .order_by("pk")
    )
    by_key: dict[str, list[Organisation]] = {}
    for organisation in organisations:
        by_key.setdefault(organisation_key(organisation.name), []).append(organisation)
    return by_key


def _latest_membership(organisation: Organisation) -> Membership:
    return max(
        organisation.network_memberships,
        key=lambda m: (m.started_on or datetime.date.min, m.pk),
    )


def _plan_membership(plan: OrganisationPlan, network: Network, collector: Collector) -> None:
    values = plan.membership_values
    first_row = plan.rows[0]
    if plan.existing is None:
        plan.membership_action = "create"
        candidate = Membership(network=network, role=values.get("role", MembershipRole.MEMBER))
    else:
        if not values:
            return
        latest = _latest_membership(plan.existing)
        started = values.get("started_on")
        if latest.ended_on and started and started > latest.ended_on:
            # A past member joins again: a new membership, so the history stays true.
            plan.membership_action = "create"
            candidate = Membership(network=network, role=values.get("role", MembershipRole.MEMBER))
        else:
            plan.membership = latest
            plan.membership_changes = [
                key for key, value in values.items() if getattr(latest, key) != value
            ]
            if not plan.membership_changes:
                return
            plan.membership_action = "update"
            candidate = Membership(
                network=network,
                role=latest.role,
                started_on=latest.started_on,
                ended_on=latest.ended_on,
            )
    for key, value in values.items():
        setattr(candidate, key, value)
    try:
        candidate.clean_fields(exclude=["organisation", "network"])
        candidate.clean()
    except ValidationError as exc:
        collector.add_validation_error(first_row, exc, _MEMBERSHIP_FIELD_TO_KEY)


def _plan_organisation_fields(plan: OrganisationPlan, collector: Collector) -> None:
    first_row = plan.rows[0]
    if plan.existing is None:
        if "kind" not in plan.values:
            collector.add(
                first_row,
                "kind",
                gettext("“%(name)s” is new to the network: give its kind.") % {"name": plan.name},
            )
            return
        candidate = Organisation(**plan.values)
    else:
        # The name found the organisation; the registry's spelling of it stays.
        plan.changes = [
            key
            for key, value in plan.values.items()
            if key != "name" and getattr(plan.existing, key) != value
        ]
        candidate = Organisation(
            **{f.attname: getattr(plan.existing, f.attname) for f in Organisation._meta.fields}
        )
        for key in plan.changes:
            setattr(candidate, key, plan.values[key])
    try:
        candidate.full_clean(validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        collector.add_validation_error(first_row, exc, _ORGANISATION_FIELD_TO_KEY)


def _contact_identity(values: dict) -> tuple[str | None, tuple[str, str] | None]:
    email = values.get("email", "").casefold() or None
    last = values.get("last_name", "")
    name = (values.get("first_name", "").casefold(), last.casefold()) if last else None
    return email, name


def _plan_contacts(plan: OrganisationPlan, rows: list[ParsedRow], collector: Collector) -> None:
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[str, str], int] = {}
    matched: dict[int, int] = {}  # existing contact pk -> row
    existing = list(plan.existing.contacts.all()) if plan.existing else []
    for row in rows:
        if not row.contact:
            continue
        email, name = _contact_identity(row.contact)
        earlier = (email and seen_email.get(email)) or (name and seen_name.get(name))
        if earlier:
            key = "contact_email" if email and seen_email.get(email) else "last_name"
            collector.add(
                row.number,
                key,
                gettext("The same contact person of this organisation is already in row %(row)s.")
                % {"row": earlier},
            )
            continue
        if email:
            seen_email[email] = row.number
        if name:
            seen_name[name] = row.number

        contact_plan = ContactPlan(row=row.number, values=row.contact)
        by_email = [c for c in existing if email and c.email.casefold() == email]
        by_name = [
            c
            for c in existing
            if name and (c.first_name.casefold(), c.last_name.casefold()) == name
        ]
        candidates = by_email or by_name
        if len(candidates) > 1:
            collector.add(
                row.number,
                "contact_email" if by_email else "last_name",
                gettext(
                    "Several contact persons of this organisation match this row; give their "
                    "e-mail addresses in the registry and the file to tell them apart."
                ),
            )
            continue
        if candidates:
            contact = candidates[0]
            if contact.pk in matched:
                collector.add(
                    row.number,
                    "last_name",
                    gettext("This row and row %(row)s describe the same contact person.")
                    % {"row": matched[contact.pk]},
                )
                continue
            matched[contact.pk] = row.number
            contact_plan.existing = contact
            contact_plan.changes = [
                key for key, value in row.contact.items() if getattr(contact, key) != value
            ]
        plan.contacts.append(contact_plan)


def registry_import_plan(*, network: Network, table: Table) -> ImportPlan:
    """Validate ``table`` against ``network``'s registry and say what an import would do."""
    mapping, header_problems = map_columns(table.headers)
    collector = Collector(table.headers, mapping)
    if header_problems:
        for message in header_problems:
            collector.add(1, None, message)
        return ImportPlan(problems=collector.problems, organisations=[])

    grouped: dict[str, list[ParsedRow]] = {}
    for number, cells in table.rows:
        parsed = _parse_row(number, cells, collector)
        if parsed is not None:
            grouped.setdefault(organisation_key(parsed.name), []).append(parsed)
    existing = _existing_organisations(network)

    plans = []
    for key, rows in grouped.items():
        merged = _merge_rows(rows, collector)
        if merged is None:
            continue
        values, membership_values, rows = merged
        matches = existing.get(key, [])
        if len(matches) > 1:
            collector.add(
                rows[0].number,
                "name",
                gettext(
                    "The network has %(count)s organisations called “%(name)s”; rename one in "
                    "the registry first."
                )
                % {"count": len(matches), "name": values["name"]},
            )
            continue
        plan = OrganisationPlan(
            key=key,
            name=matches[0].name if matches else values["name"],
            rows=[row.number for row in rows],
            values=values,
            membership_values=membership_values,
            existing=matches[0] if matches else None,
        )
        _plan_organisation_fields(plan, collector)
        _plan_membership(plan, network, collector)
        _plan_contacts(plan, rows, collector)
        plans.append(plan)

    problems = sorted(collector.problems, key=lambda p: (p.row or 0, p.column))
    return ImportPlan(problems=problems, organisations=plans)


# ---------------------------------------------------------------------------------------------
# Writing


class ImportInvalid(DomainError):
    """The file does not validate (any more) against the registry; nothing was written."""

    def __init__(self, plan: ImportPlan):
        super().__init__(gettext("The file has problems; nothing was imported."))
        self.plan = plan


def _save(instance) -> None:
    instance.full_clean(validate_unique=False)
    instance.save()


def _write_organisation(plan: OrganisationPlan, network: Network) -> Organisation:
    organisation = plan.existing or Organisation()
    if plan.existing is None or plan.changes:
        fields = plan.values if plan.existing is None else {k: plan.values[k] for k in plan.changes}
        for key, value in fields.items():
            setattr(organisation, key, value)
        _save(organisation)
    if plan.membership_action == "create":
        membership = Membership(network=network, organisation=organisation)
        membership.role = MembershipRole.MEMBER
        for key, value in plan.membership_values.items():
            setattr(membership, key, value)
        _save(membership)
    elif plan.membership_action == "update":
        for key in plan.membership_changes:
            setattr(plan.membership, key, plan.membership_values[key])
        _save(plan.membership)
    return organisation


def _write_contact(plan: ContactPlan, organisation: Organisation) -> None:
    if plan.action == "unchanged":
        return
    contact = plan.existing or ContactPerson(organisation=organisation)
    fields = plan.values if plan.existing is None else {k: plan.values[k] for k in plan.changes}
    for key, value in fields.items():
        setattr(contact, key, value)
    _save(contact)


@transaction.atomic
def registry_import(*, actor, network: Network, table: Table) -> dict[str, int]:
    """Write the organisations, memberships and contacts of ``table``: all of them, or none.

    The plan is built again under a lock on the network, so two coordinators confirming the
    same file at once cannot both create its organisations.
    """
    Network.objects.select_for_update().only("pk").get(pk=network.pk)
    plan = registry_import_plan(network=network, table=table)
    if not plan.is_valid:
        raise ImportInvalid(plan)
    for organisation_plan in plan.organisations:
        organisation = _write_organisation(organisation_plan, network)
        for contact_plan in organisation_plan.contacts:
            _write_contact(contact_plan, organisation)
    counts = plan.counts()
    log_action(
        actor=actor,
        action="network.registry:import",
        obj=network,
        network=network,
        data={**counts, "rows": len(table.rows)},
    )
    return counts


def new_import_token() -> str:
    return uuid.uuid4().hex
