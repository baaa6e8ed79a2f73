"""The import pages of offerings: upload, preview that writes nothing, confirm that writes all or
nothing; malformed files change nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError

from verbund.audit.models import LogEntry
from verbund.offers import services
from verbund.offers.import_views import SESSION_KEY
from verbund.offers.imports import EXAMPLE_ROWS, TEMPLATE_HEADERS, read_table
from verbund.offers.models import Offering, OfferingStatus
from verbund.offers.tests.office_helpers import office_url, snapshot
from verbund.offers.tests.test_import_plan import csv_bytes, xlsx_bytes

TEMPLATE_CSV = [TEMPLATE_HEADERS, *EXAMPLE_ROWS]


def upload(client, world, content, filename, *, provider=None, status="draft"):
    return client.post(
        office_url("offering_import_upload", world.network),
        {
            "provider": (provider or world.organisation).pk,
            "status": status,
            "file": SimpleUploadedFile(filename, content),
        },
    )


def preview(client, world):
    response = client.get(office_url("offering_import_preview", world.network))
    assert response.status_code == 200
    return response


def confirm(client, world, shown):
    return client.post(
        office_url("offering_import_confirm", world.network),
        {"token": shown.context["stored"].token},
    )


@pytest.fixture
def admin_client(client, world):
    client.force_login(world.org_admin)
    return client


def test_a_windows_1252_csv_is_previewed_then_imported(admin_client, world):
    before = snapshot()
    response = upload(admin_client, world, csv_bytes(TEMPLATE_CSV), "Angebote.csv")

    assert response.status_code == 302
    assert response.url == office_url("offering_import_preview", world.network)
    shown = preview(admin_client, world)
    assert shown.context["plan"].problems == []
    assert "2 new, 0 updated, 0 unchanged" in shown.text
    assert "Berufssprachkurs B1–B2 (Abendkurs)" in shown.text
    assert "New offerings will be drafts." in shown.text
    assert snapshot() == before  # the preview wrote nothing

    done = confirm(admin_client, world, shown)

    assert done.status_code == 200
    assert "The offerings of Organisation X were imported." in done.text
    assert Offering.objects.filter(provider=world.organisation).count() == 2
    entry = LogEntry.objects.filter(action="offers.offering.imported").get()
    assert entry.data == {"created": 2, "updated": 0, "unchanged": 0, "rows": 2, "status": "draft"}
    assert SESSION_KEY not in admin_client.session


def test_a_utf8_comma_separated_csv_and_an_xlsx_are_read_alike(admin_client, world):
    upload(
        admin_client,
        world,
        csv_bytes(TEMPLATE_CSV, delimiter=",", encoding="utf-8"),
        "angebote.csv",
    )
    from_csv = preview(admin_client, world).context["plan"]
    upload(admin_client, world, xlsx_bytes(TEMPLATE_CSV), "angebote.xlsx")
    from_xlsx = preview(admin_client, world).context["plan"]
    assert from_csv.problems == from_xlsx.problems == []
    assert [r.offering_values for r in from_csv.rows] == [r.offering_values for r in from_xlsx.rows]


def test_importing_as_published(admin_client, world):
    upload(admin_client, world, csv_bytes(TEMPLATE_CSV), "a.csv", status="published")
    shown = preview(admin_client, world)
    assert "New offerings will be published at once." in shown.text
    confirm(admin_client, world, shown)
    assert set(Offering.objects.values_list("status", flat=True)) == {OfferingStatus.PUBLISHED}


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"", "leer.csv", "empty"),
        (b"\x00\x01\x02binary", "kaputt.csv", "not a text file"),
        (b"PK\x03\x04nonsense", "falsch.xlsx", "not an Excel workbook"),
        (b"Titel;Art\r\n", "nur-kopf.csv", "no data rows"),
        (b"Farbe;Art\r\nrot;Beratung\r\n", "fremd.csv", "unknown header"),
        (b"Titel;Art\r\nx;y\r\n", "alt.xls", "Old Excel files"),
        (b"Titel;Art\r\nx;y\r\n", "bild.png", "Upload a CSV or XLSX file"),
    ],
)
def test_a_malformed_file_is_refused_at_upload_and_nothing_changes(
    admin_client, world, content, filename, message
):
    before = snapshot()
    response = upload(admin_client, world, content, filename)
    assert response.status_code == 200
    assert message in response.text
    assert SESSION_KEY not in admin_client.session
    assert snapshot() == before


def test_a_file_with_bad_rows_shows_every_problem_and_cannot_be_confirmed(admin_client, world):
    content = csv_bytes(
        [
            ["Titel", "Art", "Beginn", "Plätze"],
            ["Gut", "Beratung", "01.02.2027", "10"],
            ["Schlecht", "Tanzen", "31.02.2027", "-3"],
        ]
    )
    before = snapshot()
    upload(admin_client, world, content, "fehler.csv")
    shown = preview(admin_client, world)
    rows = [(p.row, p.column.split(" ")[0]) for p in shown.context["plan"].problems]
    assert rows == [(3, "B"), (3, "C"), (3, "D")]
    assert "Import now" not in shown.text
    assert "C (Beginn)" in shown.text

    # A forged confirmation of the stored file still writes nothing.
    token = admin_client.session[SESSION_KEY]["token"]
    response = admin_client.post(
        office_url("offering_import_confirm", world.network), {"token": token}
    )
    assert response.status_code == 200
    assert "Problems" in response.text
    assert snapshot() == before


def test_confirming_without_or_with_a_stale_token_writes_nothing(admin_client, world):
    upload(admin_client, world, csv_bytes(TEMPLATE_CSV), "a.csv")
    before = snapshot()
    response = admin_client.post(
        office_url("offering_import_confirm", world.network), {"token": "stale"}
    )
    assert response.status_code == 200
    assert "There is no checked file to import" in response.text
    assert snapshot() == before


def test_discarding_forgets_the_file(admin_client, world):
    upload(admin_client, world, csv_bytes(TEMPLATE_CSV), "a.csv")
    response = admin_client.post(
        office_url("offering_import_confirm", world.network), {"discard": "1"}
    )
    assert response.status_code == 302
    assert SESSION_KEY not in admin_client.session


def test_a_database_failure_while_writing_changes_nothing_and_says_so(
    admin_client, world, monkeypatch
):
    upload(admin_client, world, csv_bytes(TEMPLATE_CSV), "a.csv")
    shown = preview(admin_client, world)
    original = services.offering_create
    calls = []

    def fail_on_second(**kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise DatabaseError("connection lost")
        return original(**kwargs)

    monkeypatch.setattr(services, "offering_create", fail_on_second)
    before = snapshot()
    response = confirm(admin_client, world, shown)
    assert response.status_code == 200
    assert "nothing was changed" in response.text
    assert "connection lost" not in response.text
    assert snapshot() == before  # the first offering written went back with the failure
    assert SESSION_KEY in admin_client.session  # the file can be confirmed again


def test_a_provider_must_be_one_the_user_may_import_for(admin_client, world):
    before = snapshot()
    response = upload(
        admin_client, world, csv_bytes(TEMPLATE_CSV), "a.csv", provider=world.other_organisation
    )
    assert response.status_code == 200
    assert "provider" in response.context["form"].errors
    assert snapshot() == before


def test_coordinators_import_for_any_member(client, world):
    client.force_login(world.coordinator)
    form = client.get(office_url("offering_import_upload", world.network)).context["form"]
    assert set(form.fields["provider"].queryset) == {world.organisation, world.other_organisation}


def test_the_template_downloads_and_reads_back(admin_client, world):
    response = admin_client.get(office_url("offering_import_template", world.network, fmt="xlsx"))
    assert response.status_code == 200
    data = read_table(response.content, "vorlage.xlsx")
    assert data.headers == TEMPLATE_HEADERS
    assert len(data.rows) == len(EXAMPLE_ROWS)
