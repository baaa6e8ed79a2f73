"""Reading import files: encodings, separators, workbooks, headers and cell values."""

import csv
import datetime
import io
import random
import re
import zipfile
from decimal import Decimal

import pytest
from django.utils import translation
from openpyxl import Workbook

from verbund.network import imports
from verbund.network.imports import (
    COLUMNS_BY_KEY,
    TEMPLATE_HEADERS,
    ImportFileError,
    Table,
    check_header,
    map_columns,
    read_table,
)


@pytest.fixture(autouse=True)
def _english():
    # The assertions read the English source messages, whatever catalog is compiled.
    with translation.override("en"):
        yield


def csv_bytes(rows, *, delimiter=";", encoding="cp1252", bom=False) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode(encoding)


def xlsx_bytes(rows) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_row(**cells) -> list:
    """A data row in the template's column order, from column keys."""
    unknown = set(cells) - set(COLUMNS_BY_KEY)
    assert not unknown, unknown
    return [cells.get(column.key, "") for column in imports.COLUMNS]


def table(*rows, headers=None) -> Table:
    return Table(
        headers=list(headers or TEMPLATE_HEADERS),
        rows=[(number, list(row)) for number, row in enumerate(rows, start=2)],
    )


UMLAUT_ROWS = [
    ["Name", "Art", "Straße", "Ort", "Ansprechperson Nachname"],
    [
        "Türkisch-Deutscher Frauenverein e.V.",
        "Migrantenorganisation",
        "Weißekreuzstraße 3",
        "Hannover",
        "Öztürk",
    ],
]


def test_semicolon_csv_in_windows_1252_keeps_umlauts():
    parsed = read_table(csv_bytes(UMLAUT_ROWS, encoding="cp1252"), "mitglieder.csv")

    assert parsed.headers == UMLAUT_ROWS[0]
    assert parsed.rows == [(2, UMLAUT_ROWS[1])]


@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_utf8_csv_with_or_without_bom_and_any_separator_reads_the_same(bom, delimiter):
    content = csv_bytes(UMLAUT_ROWS, delimiter=delimiter, encoding="utf-8", bom=bom)

    parsed = read_table(content, "Mitglieder.CSV")

    assert parsed.headers == UMLAUT_ROWS[0]
    assert parsed.rows == [(2, UMLAUT_ROWS[1])]


def test_csv_row_numbers_count_the_header_as_row_one_and_skip_nothing_in_numbering():
    rows = [["Name", "Art"], ["A", "MO"], ["", ""], ["B", "MO"]]

    parsed = read_table(csv_bytes(rows), "x.csv")

    assert parsed.rows == [(2, ["A", "MO"]), (4, ["B", "MO"])]


def test_xlsx_first_sheet_is_read_with_dates_and_numbers_as_text():
    content = xlsx_bytes(
        [
            ["Name", "Art", "PLZ", "Breitengrad", "Mitglied seit"],
            ["Verein A", "MO", 30159, 52.374, datetime.datetime(2005, 3, 1)],
            [None, None, None, None, None],
            ["Verein B", "VHS", "01067", None, datetime.date(2019, 1, 1)],
        ]
    )

    parsed = read_table(content, "registry.xlsx")

    assert parsed.headers == ["Name", "Art", "PLZ", "Breitengrad", "Mitglied seit"]
    assert parsed.rows == [
        (2, ["Verein A", "MO", "30159", "52.374", "2005-03-01"]),
        (4, ["Verein B", "VHS", "01067", "", "2019-01-01"]),
    ]


def test_empty_columns_at_the_right_of_a_sheet_are_dropped():
    parsed = read_table(csv_bytes([["Name", "Art", "", ""], ["A", "MO", "", ""]]), "x.csv")

    assert parsed.headers == ["Name", "Art"]
    assert parsed.rows == [(2, ["A", "MO"])]


def _zip_with_text() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"", "leer.csv", "The file is empty."),
        (b"Name;Art\r\n", "liste.pdf", "Upload a CSV or XLSX file"),
        (b"Name;Art\r\n", "liste", "Upload a CSV or XLSX file"),
        (b"\xd0\xcf\x11\xe0", "liste.xls", "Old Excel files (.xls)"),
        ("Name;Art\r\nVerein;MO\r\n".encode("utf-16"), "utf16.csv", "not a text file"),
        (b"Name;Art\r\nVerein \x81\x8d;MO\r\n", "undefined.csv", "neither UTF-8 nor"),
        (random.Random(7).randbytes(4000), "garbage.csv", "UTF-8"),
        (b"%PDF-1.7\n\x01\x02\x03 binary", "renamed.csv", "neither UTF-8 nor"),
        (xlsx_bytes([["Name", "Art"]]), "workbook.csv", "upload it with the ending .xlsx"),
        (b"Name;Art\r\nVerein;MO\r\n", "text.xlsx", "not an Excel workbook"),
        (_zip_with_text(), "archive.xlsx", "cannot be read"),
        (b"\r\n\r\nName;Art\r\n", "late-header.csv", "first row must hold the column headers"),
        (xlsx_bytes([[None, None], ["Name", "Art"]]), "late-header.xlsx", "first row must"),
        (b"Name;;Art\r\nVerein;x;MO\r\n", "unnamed.csv", "Columns without a header hold data: B"),
    ],
)
def test_unreadable_file_is_refused_with_a_reason(content, filename, message):
    with pytest.raises(ImportFileError, match=re.escape(message)):
        read_table(content, filename)


def test_file_with_too_many_rows_is_refused(monkeypatch):
    monkeypatch.setattr(imports, "MAX_ROWS", 3)
    rows = [["Name", "Art"]] + [[f"Verein {n}", "MO"] for n in range(5)]

    with pytest.raises(ImportFileError, match="more than 3 rows"):
        read_table(csv_bytes(rows), "gross.csv")


@pytest.mark.parametrize(
    "headers",
    [
        TEMPLATE_HEADERS,
        ["Organisation", "Typ", "Strasse", "plz", "Stadt", "Kontakt e-mail", "OEFFENTLICH"],
        ["name", "kind", "Street", "Postal code", "City", "Contact e-mail", "Public"],
        ["Name", "Art", "Ansprechpartnerin Vorname", "Nachname", "Laengengrad", "Breite"],
    ],
)
def test_german_english_and_loosely_written_headers_are_understood(headers):
    mapping, problems = map_columns(headers)

    assert problems == []
    assert {"name", "kind"} <= set(mapping)


def test_header_problems_are_all_named_at_once():
    _mapping, problems = map_columns(["Organisation", "Bemerkung", "Name", "Telefax"])

    assert problems == [
        "Column B: unknown header “Bemerkung”.",
        "Columns A and C both mean “Name”.",
        "Column D: unknown header “Telefax”.",
        "The column “Art” (kind) is missing.",
    ]


def test_header_without_data_rows_is_refused():
    with pytest.raises(ImportFileError, match="no data rows"):
        check_header(table())


def test_check_header_refuses_missing_required_columns():
    with pytest.raises(ImportFileError, match="The column “Name”"):
        check_header(Table(headers=["Kurzname", "Art"], rows=[(2, ["BVI", "MO"])]))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2005-03-01", datetime.date(2005, 3, 1), datetime.date(2005, 3, 1)),
        ("1.3.2005", datetime.date(2005, 3, 1), datetime.date(2005, 3, 1)),
        ("03.2005", datetime.date(2005, 3, 1), datetime.date(2005, 3, 31)),
        ("2.2024", datetime.date(2024, 2, 1), datetime.date(2024, 2, 29)),
        ("2014", datetime.date(2014, 1, 1), datetime.date(2014, 12, 31)),
        ("2005-03-01T00:00:00", datetime.date(2005, 3, 1), datetime.date(2005, 3, 1)),
    ],
)
def test_dates_may_be_days_months_or_years(text, start, end):
    assert imports.parse_date(text, end_of_period=False) == start
    assert imports.parse_date(text, end_of_period=True) == end


@pytest.mark.parametrize("text", ["31.02.2020", "13.2020", "morgen", "2020/01/01", "1.1.20"])
def test_impossible_dates_are_refused(text):
    with pytest.raises(imports.CellError, match="not a valid date"):
        imports.parse_date(text, end_of_period=False)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("52,374", Decimal("52.374")),
        ("9.7380", Decimal("9.738")),
        ("52.37447791", Decimal("52.374478")),
        ("-3,5", Decimal("-3.5")),
    ],
)
def test_coordinates_take_decimal_comma_or_point_and_keep_six_places(text, value):
    assert imports.parse_coordinate(text) == value


@pytest.mark.parametrize("text", ["52°22'", "1.234,5", "NaN", "Infinity"])
def test_coordinates_that_are_no_number_are_refused(text):
    with pytest.raises(imports.CellError):
        imports.parse_coordinate(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Migrantenorganisation", "migrant_organisation"),
        ("migrant organisation", "migrant_organisation"),
        ("migrant_organisation", "migrant_organisation"),
        ("VHS", "adult_education_centre"),
        ("Jobcenter / Agentur für Arbeit", "employment_agency"),
        ("Bildungsträger", "education_provider"),
        ("foundation / other NGO", "other_ngo"),
    ],
)
def test_kind_accepts_codes_english_labels_and_german_words(text, code):
    assert imports._Parsers.get()["kind"](text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("e.V.", "ev"), ("gGmbH", "ggmbh"), ("Stiftung", "foundation"), ("KdöR", "public_body")],
)
def test_legal_form_accepts_usual_german_abbreviations(text, code):
    assert imports._Parsers.get()["legal_form"](text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Koordinierungsstelle", "coordination"),
        ("Mitglied", "member"),
        ("Partner", "cooperation_partner"),
    ],
)
def test_membership_role_accepts_german_words(text, code):
    assert imports._Parsers.get()["role"](text) == code


@pytest.mark.parametrize(
    ("text", "value"), [("ja", True), ("X", True), ("Nein", False), ("0", False)]
)
def test_public_flag_reads_yes_and_no_in_german_and_english(text, value):
    assert imports.parse_bool(text) is value


def test_website_without_scheme_gets_https():
    assert imports.parse_website("www.via-in-berlin.de") == "https://www.via-in-berlin.de"
    assert imports.parse_website("http://example.org") == "http://example.org"


def test_table_survives_the_session_round_trip():
    original = table(template_row(name="Verein", kind="MO"))

    assert Table.from_data(original.to_data()) == original
