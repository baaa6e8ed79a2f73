"""Planning an import of offerings: headers, cells, links, matching, row-numbered problems; and
writing it all or nothing."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    MembershipFactory,
    TargetGroupFactory,
)
from verbund.offers import imports, services
from verbund.offers.imports import (
    EXAMPLE_ROWS,
    TEMPLATE_HEADERS,
    ImportFileError,
    ImportInvalid,
    Table,
    check_header,
    offering_import,
    offering_import_plan,
    read_table,
)
from verbund.offers.models import Offering, OfferingStatus, TranslationState
from verbund.offers.tests.factories import OfferingFactory
from verbund.offers.tests.office_helpers import own_offering, snapshot, translate
from verbund.projects.tests.factories import FundingProgrammeFactory, ProjectFactory


def csv_bytes(rows, *, delimiter=";", encoding="cp1252") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def table(headers, *rows) -> Table:
    return Table(
        headers=list(headers),
        rows=[(number, list(row)) for number, row in enumerate(rows, start=2)],
    )


def plan(world, data: Table):
    return offering_import_plan(provider=world.organisation, network=world.network, table=data)


def run(world, data: Table, status=OfferingStatus.DRAFT):
    return offering_import(
        actor=world.org_admin,
        provider=world.organisation,
        network=world.network,
        table=data,
        status=status,
    )


def problems(result) -> list[tuple]:
    return [(p.row, p.column, p.message) for p in result.problems]


# --- reading ------------------------------------------------------------------------------------


def test_the_template_reads_back_as_windows_1252_csv_with_semicolons_and_as_xlsx():
    for content, name in (
        (csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "Angebote.csv"),
        (csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS], delimiter=",", encoding="utf-8"), "a.csv"),
        (xlsx_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "Angebote.xlsx"),
    ):
        data = read_table(content, name)
        check_header(data)
        assert data.headers == TEMPLATE_HEADERS
        assert data.rows[0][1][1] == "Berufssprachkurs B1–B2 (Abendkurs)"


def test_the_template_examples_plan_without_problems(world):
    data = read_table(xlsx_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "Angebote.xlsx")
    result = plan(world, data)
    assert problems(result) == []
    assert result.counts() == {"created": 2, "updated": 0, "unchanged": 0}


def test_english_headers_in_any_case_are_understood():
    mapping, header_problems = imports.map_columns(
        ["TITLE", "kind", "Start date", "Languages of support", "title_en", "Titel (ar)"]
    )
    assert header_problems == []
    assert list(mapping) == [
        "title",
        "kind",
        "starts_on",
        "languages_support",
        "title_en",
        "title_ar",
    ]


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        (["Titel", "Farbe"], "Column B: unknown header “Farbe”."),
        (["Titel", "Title"], "Columns A and B both mean “Titel”."),
        (["Art", "Beginn"], "The column “Titel” (title) is missing"),
        (["Titel", "title_xx"], "unknown header “title_xx”"),
    ],
)
def test_header_problems_are_refused_before_any_row_is_read(headers, message):
    with pytest.raises(ImportFileError) as caught:
        check_header(Table(headers=headers, rows=[(2, ["x"] * len(headers))]))
    assert message in str(caught.value)


def test_a_header_without_rows_is_refused():
    with pytest.raises(ImportFileError):
        check_header(Table(headers=["Titel"], rows=[]))


# --- cells --------------------------------------------------------------------------------------

HEADERS = [
    "Kennung",
    "Titel",
    "Art",
    "Beginn",
    "Ende",
    "Plätze",
    "Gebühr",
    "Kostenlos",
    "Unterrichtssprachen",
    "Handlungsfelder",
    "Ansprechperson",
    "Breitengrad",
    "Längengrad",
]


def row(**cells):
    keys = [
        "external_id",
        "title",
        "kind",
        "starts_on",
        "ends_on",
        "capacity",
        "fee",
        "is_free",
        "languages_instruction",
        "fields_of_action",
        "contact",
        "latitude",
        "longitude",
    ]
    return [cells.get(key, "") for key in keys]


def test_cells_are_parsed_from_the_ways_people_write_them(world):
    field = FieldOfActionFactory(network=world.network, name="Sprache und Bildung")
    contact = ContactPersonFactory(
        organisation=world.organisation, first_name="Erika", last_name="Muster", email="e@x.org"
    )
    data = table(
        HEADERS,
        row(
            external_id="K1",
            title="Deutschkurs",
            kind="Sprachkurs",
            starts_on="01.02.2027",
            ends_on="11.2027",
            capacity="25",
            fee="12,50 €",
            languages_instruction="Deutsch und Englisch",
            fields_of_action="sprache und bildung",
            contact="Erika Muster",
            latitude="52,37",
            longitude="9,73",
        ),
    )
    result = plan(world, data)
    assert problems(result) == []
    values = result.rows[0].offering_values
    assert values["kind"] == "language_course"
    assert values["starts_on"] == datetime.date(2027, 2, 1)
    assert values["ends_on"] == datetime.date(2027, 11, 30)
    assert (values["capacity"], values["fee"], values["is_free"]) == (25, Decimal("12.50"), False)
    assert values["fields_of_action"] == [field]
    assert values["contact"] == contact
    assert result.rows[0].languages == {"instruction": ["de", "en"]}


def test_every_bad_cell_is_named_by_row_and_column(world):
    FieldOfActionFactory(network=world.other_network, name="Fremdes Feld")
    data = table(
        HEADERS,
        row(title="Gut", kind="Beratung"),
        row(title="Kurs", kind="Tanzen", starts_on="31.02.2027", capacity="viele"),
        row(
            title="Beratung",
            kind="Beratung",
            languages_instruction="Deutsch, Klingonisch",
            fields_of_action="Fremdes Feld",
            contact="Niemand",
        ),
        row(title="Ende vor Beginn", kind="Beratung", starts_on="2027-05-01", ends_on="2027-04-01"),
        row(title="Halbe Koordinate", kind="Beratung", latitude="52,1"),
        row(kind="Beratung"),
    )
    before = snapshot()

    result = plan(world, data)

    found = {(p[0], p[1].split(" ")[0] if p[1] else "") for p in problems(result)}
    assert found == {
        (3, "C"),
        (3, "D"),
        (3, "F"),
        (4, "I"),
        (4, "J"),
        (4, "K"),
        (5, "E"),
        (6, "M"),
        (7, "B"),
    }
    messages = " ".join(p[2] for p in problems(result))
    assert "“Tanzen” is not known" in messages
    assert "Klingonisch" in messages
    assert "Not in the network's list of fields of action: “Fremdes Feld”." in messages
    assert problems(result)[0][1] == "C (Art)"
    with pytest.raises(ImportInvalid):
        run(world, data)
    assert snapshot() == before


def test_links_are_looked_up_in_the_network_only(world):
    ProjectFactory(network=world.other_network, title="Fremdprojekt", acronym="FP")
    own = ProjectFactory(network=world.network, title="Vielfalt", acronym="VIP")
    programme = FundingProgrammeFactory(network=world.network, name="XENOS", short_name="X")
    TargetGroupFactory(network=world.network, name="Jugendliche")
    data = table(
        ["Titel", "Art", "Projekt", "Förderprogramm", "Zielgruppen"],
        ["A", "Beratung", "vip", "XENOS", "Jugendliche"],
        ["B", "Beratung", "FP", "", "Erwachsene"],
    )
    result = plan(world, data)
    assert [(p[0], p[1]) for p in problems(result)] == [(3, "C (Projekt)"), (3, "E (Zielgruppen)")]
    assert result.rows[0].offering_values["project"] == own
    assert result.rows[0].offering_values["programme"] == programme


def test_a_new_offering_needs_kind_and_title_and_a_translation_its_title(world):
    data = table(
        ["Kennung", "Titel", "Art", "summary_en"],
        ["N1", "", "Beratung", ""],
        ["N2", "Ohne Art", "", ""],
        ["N3", "Mit Übersetzung", "Beratung", "Only a summary"],
    )
    result = plan(world, data)
    assert [(p[0], p[1], p[2]) for p in problems(result)] == [
        (2, "B (Titel)", "A new offering needs its title."),
        (3, "C (Art)", "A new offering needs its kind."),
        (4, "D (summary_en)", "A new translation needs its title (column title_en)."),
    ]


def test_two_rows_of_the_same_offering_are_refused(world):
    data = table(
        ["Kennung", "Titel", "Art", "Beginn"],
        ["K1", "Kurs", "Beratung", ""],
        ["k1", "Kurs anders", "Beratung", ""],
        ["", "Treff", "Beratung", "2027-01-01"],
        ["", "treff", "Beratung", "01.01.2027"],
    )
    result = plan(world, data)
    assert [(p[0], p[2]) for p in problems(result)] == [
        (3, "This row describes the same offering as row 2."),
        (5, "This row describes the same offering as row 4."),
    ]


# --- matching and writing -----------------------------------------------------------------------


def test_importing_writes_drafts_shown_in_the_network_with_texts_and_languages(world):
    data = read_table(csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "Angebote.csv")

    counts = run(world, data)

    assert counts == {"created": 2, "updated": 0, "unchanged": 0}
    course = Offering.objects.get(external_id="BSK-2027-01")
    assert course.status == OfferingStatus.DRAFT
    assert course.provider == world.organisation
    assert list(course.networks.all()) == [world.network]
    assert (course.kind, course.course_type, course.entry_level) == (
        "language_course",
        "basic_b1_b2",
        "B1",
    )
    assert course.childcare and course.is_free
    assert sorted(course.languages.values_list("language", "role")) == [
        ("ar", "support"),
        ("de", "instruction"),
        ("tr", "support"),
    ]
    texts = {text.language: text for text in course.texts.all()}
    assert texts["de"].summary == "Deutsch für den Beruf, zweimal pro Woche am Abend."
    assert texts["en"].title == "Job-related German B1–B2 (evening course)"
    assert texts["en"].state_against(texts["de"]) == TranslationState.UP_TO_DATE


def test_importing_as_published_publishes_the_new_offerings(world):
    data = read_table(xlsx_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "Angebote.xlsx")
    run(world, data, status=OfferingStatus.PUBLISHED)
    assert set(Offering.objects.values_list("status", flat=True)) == {OfferingStatus.PUBLISHED}


def test_importing_the_same_file_twice_changes_nothing_the_second_time(world):
    data = read_table(csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "Angebote.csv")
    run(world, data)
    before = snapshot()

    again = plan(world, data)

    assert again.counts() == {"created": 0, "updated": 0, "unchanged": 2}
    assert run(world, data) == {"created": 0, "updated": 0, "unchanged": 2}
    after = snapshot()
    assert after.pop("log") == before.pop("log") + 1  # the import itself is logged
    assert after == before


def test_a_row_with_a_key_updates_the_filled_cells_only(world):
    offering = own_offering(world, external_id="K-9", title="Kurs", capacity=20, city="Hannover")
    translate(offering, "en", title="Course")
    data = table(["Kennung", "Plätze", "Ort", "Kurzbeschreibung"], ["k-9", "25", "", "Neu"])

    result = plan(world, data)

    assert result.rows[0].existing == offering
    assert result.rows[0].changes == ["capacity", "summary"]
    assert result.rows[0].changed_headers == ["Plätze", "Kurzbeschreibung"]
    run(world, data)
    offering.refresh_from_db()
    assert (offering.capacity, offering.city, offering.title) == (25, "Hannover", "Kurs")
    source = offering.texts.get(language="de")
    assert source.summary == "Neu" and source.source_version == 2
    # The German change outdates the translation the file did not give anew.
    assert offering.texts.get(language="en").state_against(source) == TranslationState.OUTDATED


def test_a_row_without_key_matches_the_offering_with_the_same_title_and_start(world):
    offering = own_offering(
        world, title="Sprachcafé", starts_on=datetime.date(2027, 3, 1), status=OfferingStatus.DRAFT
    )
    data = table(
        ["Titel", "Beginn", "Stadtteil", "Unterstützungssprachen"],
        ["sprachcafé", "01.03.2027", "Linden", "Arabisch"],
    )
    offering.languages.create(language="de", role="instruction")
    run(world, data, status=OfferingStatus.PUBLISHED)
    offering.refresh_from_db()
    assert offering.district == "Linden"
    # Existing offerings keep their status; languages of the other role stay.
    assert offering.status == OfferingStatus.DRAFT
    assert sorted(offering.languages.values_list("language", "role")) == [
        ("ar", "support"),
        ("de", "instruction"),
    ]
    assert Offering.objects.count() == 1


def test_the_providers_offering_of_another_network_is_not_touched_from_this_one(world):
    MembershipFactory(network=world.other_network, organisation=world.organisation)
    elsewhere = OfferingFactory(
        provider=world.organisation, network=world.other_network, external_id="B-1"
    )
    data = table(["Kennung", "Plätze"], ["B-1", "3"])
    result = plan(world, data)
    assert [(p[0], p[1]) for p in problems(result)] == [(2, "A (Kennung)")]
    elsewhere.refresh_from_db()
    assert elsewhere.capacity is None


def test_several_offerings_with_the_same_title_and_start_need_a_key(world):
    own_offering(world, title="Treff", starts_on=None)
    own_offering(world, title="Treff", starts_on=None)
    result = plan(world, table(["Titel", "Ort"], ["Treff", "Hannover"]))
    assert "give the row a key" in problems(result)[0][2]


def test_another_providers_offerings_are_never_matched(world):
    OfferingFactory(
        provider=world.other_organisation, network=world.network, title="Treff", starts_on=None
    )
    result = plan(world, table(["Titel", "Art"], ["Treff", "Beratung"]))
    assert result.rows[0].action == "create"


def test_a_failure_while_writing_rolls_back_every_row(world, monkeypatch):
    data = read_table(csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "Angebote.csv")
    original = services.offering_create
    calls = []

    def fail_on_second(**kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(**kwargs)

    monkeypatch.setattr(services, "offering_create", fail_on_second)
    before = snapshot()
    with pytest.raises(RuntimeError):
        run(world, data)
    assert snapshot() == before
