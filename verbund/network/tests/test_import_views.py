"""The import pages: upload, preview that writes nothing, confirm that writes all or nothing."""

import datetime
import random
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from verbund.audit.models import LogEntry
from verbund.network import imports
from verbund.network.import_views import SESSION_KEY
from verbund.network.imports import EXAMPLE_ROWS, TEMPLATE_HEADERS, read_table
from verbund.network.models import ContactPerson, Membership, Organisation
from verbund.network.tests.factories import (
    ContactPersonFactory,
    MembershipFactory,
    OrganisationFactory,
)
from verbund.network.tests.test_import_plan import registry_snapshot
from verbund.network.tests.test_import_reading import (
    csv_bytes,
    table,
    template_row,
    xlsx_bytes,
)

DOCS = Path(__file__).resolve().parents[3] / "docs"


@pytest.fixture
def coordinator_client(client, world):
    client.force_login(world.coordinator)
    # The assertions read the English source texts, whatever catalog is compiled.
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def url(name, network):
    return reverse(f"office:{name}", kwargs={"network": network.slug})


def upload(client, network, content, filename):
    return client.post(
        url("import_upload", network), {"file": SimpleUploadedFile(filename, content)}
    )


def preview(client, network):
    response = client.get(url("import_preview", network))
    assert response.status_code == 200
    return response


def confirm(client, network, response_with_preview):
    token = response_with_preview.context["stored"].token
    return client.post(url("import_confirm", network), {"token": token})


def test_semicolon_windows_1252_csv_is_previewed_then_imported(world, coordinator_client):
    content = csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS], delimiter=";", encoding="cp1252")
    before = registry_snapshot()

    response = upload(coordinator_client, world.network, content, "Mitglieder.csv")

    assert response.status_code == 302
    assert response.url == url("import_preview", world.network)  # no data in the address
    shown = preview(coordinator_client, world.network)
    assert shown.context["plan"].problems == []
    assert "2 new, 0 updated, 0 unchanged" in shown.text
    assert "Beispielverein für Integration e.V." in shown.text
    assert registry_snapshot() == before  # the preview wrote nothing

    done = confirm(coordinator_client, world.network, shown)

    assert done.status_code == 200
    assert "Import finished" in done.text
    verein = Organisation.objects.get(name="Beispielverein für Integration e.V.")
    assert verein.street == "Musterstraße 1"
    assert verein.memberships.filter(network=world.network).count() == 1
    assert set(verein.contacts.values_list("last_name", flat=True)) == {"Mustermann"}
    assert verein.contacts.count() == 2
    assert SESSION_KEY not in coordinator_client.session
    entry = LogEntry.objects.get(action="network.registry:import")
    assert entry.data["organisations_created"] == 2


def test_xlsx_workbook_is_previewed_then_imported(world, coordinator_client):
    content = xlsx_bytes(
        [
            ["Organisation", "Typ", "PLZ", "Breitengrad", "Längengrad", "Mitglied seit"],
            ["Café Nachbarschaft e.V.", "MO", 30159, 52.374, 9.738, datetime.datetime(2012, 5, 1)],
            ["Jobcenter Region", "Jobcenter", "30161", None, None, None],
        ]
    )

    upload(coordinator_client, world.network, content, "registry.xlsx")
    done = confirm(coordinator_client, world.network, preview(coordinator_client, world.network))

    assert done.status_code == 200
    cafe = Organisation.objects.get(name="Café Nachbarschaft e.V.")
    assert (cafe.postal_code, str(cafe.latitude), str(cafe.longitude)) == (
        "30159",
        "52.374000",
        "9.738000",
    )
    assert cafe.memberships.get(network=world.network).started_on == datetime.date(2012, 5, 1)
    assert Organisation.objects.get(name="Jobcenter Region").kind == "employment_agency"


def _header_rows(headers):
    return [headers, ["Verein", "MO"]]


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        ("Name;Art\r\nVerein;MO\r\n".encode("utf-16"), "utf16.csv", "not a text file in UTF-8"),
        (b"Name;Art\r\nVerein\x81\x9d;MO\r\n", "undefined.csv", "neither UTF-8 nor Windows-1252"),
        (random.Random(3).randbytes(3000), "garbage.csv", "UTF-8"),
        (b"Name;Art\r\nVerein;MO\r\n", "fake.xlsx", "not an Excel workbook"),
        (b"PK\x03\x04 truncated", "broken.xlsx", "workbook"),
        (csv_bytes(_header_rows(["Firma", "Sparte"])), "wrong.csv", "unknown header “Firma”"),
        (xlsx_bytes(_header_rows(["Name", "Bemerkung"])), "wrong.xlsx", "unknown header"),
        (csv_bytes(_header_rows(["Kurzname", "Ort"])), "missing.csv", "“Name”"),
        (b"", "empty.csv", "empty"),
        (b"\r\n;;\r\nVerein;MO\r\n", "noheader.csv", "first row must hold the column headers"),
        (xlsx_bytes([["Name", "Art"]]), "header-only.xlsx", "no data rows"),
        (b"Name;Art\r\n", "liste.ods", "Upload a CSV or XLSX file"),
    ],
)
def test_unreadable_file_gets_a_clear_error_and_changes_nothing(
    world, coordinator_client, content, filename, message
):
    before = registry_snapshot()

    response = upload(coordinator_client, world.network, content, filename)

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["file"])
    assert SESSION_KEY not in coordinator_client.session
    assert registry_snapshot() == before


def test_file_over_the_size_limit_is_refused(world, coordinator_client, settings):
    settings.VERBUND_MAX_UPLOAD_BYTES = 100
    content = csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS])

    response = upload(coordinator_client, world.network, content, "big.csv")

    assert "larger than 100" in response.context["form"].errors["file"][0]
    assert SESSION_KEY not in coordinator_client.session


BAD_ROWS = [
    TEMPLATE_HEADERS,
    template_row(name="Gut e.V.", kind="MO", last_name="Richtig"),  # 2: fine
    template_row(name="Post e.V.", kind="MO", email="post(at)verein.de"),  # 3
    template_row(name="Sport e.V.", kind="Sportverein"),  # 4
    template_row(name="Datum e.V.", kind="MO", started_on="2020", ended_on="2019"),  # 5
    template_row(name="Gut e.V.", last_name="RICHTIG"),  # 6: same contact as row 2
]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_bad_values_in_several_rows_are_listed_by_row_and_nothing_is_imported(
    world, coordinator_client, kind
):
    content = csv_bytes(BAD_ROWS) if kind == "csv" else xlsx_bytes(BAD_ROWS)
    before = registry_snapshot()

    upload(coordinator_client, world.network, content, f"bad.{kind}")
    shown = preview(coordinator_client, world.network)

    listed = [(p.row, p.column) for p in shown.context["plan"].problems]
    assert listed == [
        (3, "K (E-Mail)"),
        (4, "C (Art)"),
        (5, "P (Mitglied bis)"),
        (6, "S (Ansprechperson Nachname)"),
    ]
    assert "The file has 4 problems" in shown.text
    assert "Import now" not in shown.text

    refused = confirm(coordinator_client, world.network, shown)

    assert refused.status_code == 200
    assert len(refused.context["plan"].problems) == 4
    assert registry_snapshot() == before
    assert not LogEntry.objects.filter(action="network.registry:import").exists()


def test_failure_while_writing_shows_an_error_and_changes_nothing(
    world, coordinator_client, monkeypatch
):
    upload(coordinator_client, world.network, csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "a.csv")
    shown = preview(coordinator_client, world.network)
    before = registry_snapshot()
    written = []

    def fail_on_last_contact(plan, organisation):
        written.append(plan.row)
        if plan.row == 3:
            raise DatabaseError("connection lost")
        Organisation.objects.filter(pk=organisation.pk).update(city="half-written")

    monkeypatch.setattr(imports, "_write_contact", fail_on_last_contact)

    response = confirm(coordinator_client, world.network, shown)

    assert written == [2, 3]
    assert response.status_code == 200
    assert "nothing was changed" in response.text
    assert registry_snapshot() == before
    assert SESSION_KEY in coordinator_client.session  # the user may try again


def test_importing_the_same_file_twice_creates_no_duplicates(world, coordinator_client):
    content = csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS])
    upload(coordinator_client, world.network, content, "a.csv")
    confirm(coordinator_client, world.network, preview(coordinator_client, world.network))
    before = registry_snapshot()

    upload(coordinator_client, world.network, content, "a.csv")
    shown = preview(coordinator_client, world.network)
    assert "0 new, 0 updated, 2 unchanged" in shown.text
    done = confirm(coordinator_client, world.network, shown)

    assert done.status_code == 200
    assert registry_snapshot() == before
    assert Organisation.objects.filter(name__startswith="Beispielverein").count() == 1


def test_registry_change_after_the_preview_is_caught_when_confirming(world, coordinator_client):
    rows = [TEMPLATE_HEADERS, template_row(name="Neuer Verein", kind="MO")]
    upload(coordinator_client, world.network, csv_bytes(rows), "a.csv")
    shown = preview(coordinator_client, world.network)
    # Meanwhile two organisations of that name were entered: the name no longer decides.
    for _ in range(2):
        MembershipFactory(
            network=world.network, organisation=OrganisationFactory(name="Neuer Verein")
        )
    before = registry_snapshot()

    response = confirm(coordinator_client, world.network, shown)

    assert [(p.row, p.column) for p in response.context["plan"].problems] == [(2, "A (Name)")]
    assert registry_snapshot() == before


def test_confirm_without_the_previewed_token_imports_nothing(world, coordinator_client):
    upload(coordinator_client, world.network, csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "a.csv")
    before = registry_snapshot()

    response = coordinator_client.post(url("import_confirm", world.network), {"token": "stale"})

    assert response.status_code == 200
    assert "no checked file to import" in response.text
    assert registry_snapshot() == before


def test_file_checked_in_one_network_cannot_be_imported_into_another(world, client):
    client.force_login(world.superuser)
    upload(client, world.network, csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "a.csv")
    token = client.session[SESSION_KEY]["token"]
    before = registry_snapshot()

    response = client.post(url("import_confirm", world.other_network), {"token": token})

    assert response.status_code == 200
    assert registry_snapshot() == before
    assert client.get(url("import_preview", world.other_network)).status_code == 302


def test_discarding_forgets_the_uploaded_file(world, coordinator_client):
    upload(coordinator_client, world.network, csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "a.csv")

    response = coordinator_client.post(url("import_confirm", world.network), {"discard": "1"})

    assert response.status_code == 302
    assert SESSION_KEY not in coordinator_client.session
    assert not Organisation.objects.filter(name__startswith="Beispielverein").exists()


def test_checked_file_expires_after_two_hours(world, coordinator_client):
    upload(coordinator_client, world.network, csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "a.csv")
    session = coordinator_client.session
    stored_at = timezone.now() - datetime.timedelta(hours=2, minutes=1)
    session[SESSION_KEY] = {**session[SESSION_KEY], "stored_at": stored_at.isoformat()}
    session.save()

    response = coordinator_client.get(url("import_preview", world.network))

    assert response.status_code == 302
    assert response.url == url("import_upload", world.network)


def _registry_file(world, count):
    """A file updating ``count`` organisations of the network, each with a known contact."""
    rows = [TEMPLATE_HEADERS]
    for number in range(count):
        organisation = OrganisationFactory(name=f"Verein {number:03}")
        MembershipFactory(network=world.network, organisation=organisation)
        contact = ContactPersonFactory(organisation=organisation)
        rows.append(
            template_row(
                name=organisation.name,
                city="Celle",
                role="Mitglied",
                last_name=contact.last_name,
                contact_email=contact.email,
                function="Leitung",
            )
        )
    return csv_bytes(rows)


def test_preview_runs_the_same_number_of_queries_for_10_and_100_rows(world, coordinator_client):
    counted = []
    for count in (10, 100):
        upload(coordinator_client, world.network, _registry_file(world, count), "a.csv")
        with CaptureQueriesContext(connection) as queries:
            shown = preview(coordinator_client, world.network)
        assert shown.context["counts"]["contacts_updated"] == count
        counted.append(len(queries))
        Organisation.objects.filter(name__startswith="Verein ").delete()

    assert counted[0] == counted[1]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_downloaded_template_imports_without_problems(world, coordinator_client, fmt):
    download = coordinator_client.get(
        reverse("office:import_template", kwargs={"network": world.network.slug, "fmt": fmt})
    )
    assert download.status_code == 200

    upload(coordinator_client, world.network, download.content, f"vorlage.{fmt}")
    shown = preview(coordinator_client, world.network)

    assert shown.context["plan"].problems == []
    assert shown.context["counts"]["contacts_created"] == 2


def test_unknown_template_format_is_not_found(world, coordinator_client):
    response = coordinator_client.get(
        reverse("office:import_template", kwargs={"network": world.network.slug, "fmt": "ods"})
    )

    assert response.status_code == 404


@pytest.mark.parametrize(
    "name", ["organisationen-und-kontakte.csv", "organisationen-und-kontakte.xlsx"]
)
def test_sample_files_in_docs_are_the_template_and_import_cleanly(world, name):
    path = DOCS / "import" / name

    sample = read_table(path.read_bytes(), path.name)

    assert sample.headers == TEMPLATE_HEADERS
    assert [cells for _row, cells in sample.rows] == EXAMPLE_ROWS
    with translation.override("en"):
        plan = imports.registry_import_plan(network=world.network, table=sample)
    assert plan.problems == []


def test_docs_describe_every_column():
    text = (DOCS / "import.md").read_text(encoding="utf-8")

    for column in imports.COLUMNS:
        assert f"| {column.header}" in text or f"| **{column.header}**" in text, column.header
        for alias in column.aliases:
            assert alias in text, alias


def test_upload_page_lists_the_columns_and_links_the_templates(world, coordinator_client):
    response = coordinator_client.get(url("import_upload", world.network))

    assert response.status_code == 200
    assert "Ansprechperson Nachname" in response.text
    assert (
        reverse("office:import_template", kwargs={"network": world.network.slug, "fmt": "xlsx"})
        in response.text
    )


def test_table_helper_keeps_row_numbers(world):
    # The helper shared with the plan tests numbers rows like a spreadsheet (header = row 1).
    assert [number for number, _cells in table(["a"], ["b"]).rows] == [2, 3]


def test_no_contact_is_written_outside_the_file(world, coordinator_client):
    upload(coordinator_client, world.network, csv_bytes([TEMPLATE_HEADERS, *EXAMPLE_ROWS]), "a.csv")
    confirm(coordinator_client, world.network, preview(coordinator_client, world.network))

    assert ContactPerson.objects.filter(organisation=world.foreign_organisation).count() == 1
    assert not Membership.objects.filter(
        network=world.other_network, organisation__name__startswith="Beispielverein"
    ).exists()
