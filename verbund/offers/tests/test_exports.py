"""Offerings as a table: public and internal columns, texts in a language with German fallback,
formula cells defused, fixed queries; the public CSV/XLSX export of any finder search."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from verbund.network.tests.factories import (
    FieldOfActionFactory,
    NetworkFactory,
    TargetGroupFactory,
)
from verbund.offers import exports
from verbund.offers.exports import offerings_dataset
from verbund.offers.models import LanguageRole, Offering, OfferingKind, OfferingStatus
from verbund.offers.selectors import with_display
from verbund.offers.tests.factories import (
    OfferingFactory,
    OfferingLanguageFactory,
    OfferingTextFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(world):
    offering = OfferingFactory(
        network=world.network,
        provider=world.organisation,
        kind=OfferingKind.LANGUAGE_COURSE,
        title="Berufssprachkurs",
        entry_level="B1",
        target_level="B2",
        starts_on=datetime.date(2027, 2, 1),
        is_free=False,
        fee=Decimal("25.50"),
        capacity=25,
        contact=world.contact,
    )
    OfferingTextFactory(offering=offering, language="ar", title="دورة")
    OfferingLanguageFactory(offering=offering, language="de", role=LanguageRole.INSTRUCTION)
    OfferingLanguageFactory(offering=offering, language="ar", role=LanguageRole.SUPPORT)
    offering.fields_of_action.add(FieldOfActionFactory(network=world.network, name="Sprache"))
    return offering


def as_dicts(dataset):
    return [dict(zip(dataset.headers, row, strict=True)) for row in dataset]


def test_public_columns_leave_the_internal_ones_out(world, course):
    (row,) = as_dicts(offerings_dataset(Offering.objects.all(), include_internal=False))
    assert row["Title"] == "Berufssprachkurs"
    assert row["Kind"] == "language course"
    assert (row["Entry level"], row["Target level"]) == ("B1", "B2")
    assert row["Provider"] == "Organisation X"
    assert row["Fields of action"] == "Sprache"
    assert row["Languages of instruction"] == "German"
    assert row["Languages of support"] == "Arabic"
    assert (row["Free of charge"], row["Fee in euros"]) == ("no", Decimal("25.50"))
    assert row["Starts on"] == datetime.date(2027, 2, 1)
    assert "Status" not in row and "Places" not in row and "Contact person" not in row


def test_internal_columns_for_the_back_office(world, course):
    (row,) = as_dicts(offerings_dataset(Offering.objects.all(), include_internal=True))
    assert (row["Status"], row["Places"]) == ("published", 25)
    assert row["Contact person"] == f"{world.contact.first_name} {world.contact.last_name}"
    assert row["Translations"] == "ar, de"


def test_texts_in_the_language_asked_for_with_german_fallback(world, course):
    OfferingFactory(network=world.network, title="Nur Deutsch")
    dataset = offerings_dataset(
        Offering.objects.order_by("pk"), language="ar", include_internal=False
    )
    rows = as_dicts(dataset)
    assert [(r["Title"], r["Text language"]) for r in rows] == [
        ("دورة", "ar"),
        ("Nur Deutsch", "de"),
    ]


def test_a_prefetched_queryset_or_a_list_is_read_in_the_language_asked_for(world, course):
    prefetched = with_display(Offering.objects.all(), "de")
    (row,) = as_dicts(offerings_dataset(prefetched, language="ar", include_internal=False))
    assert row["Title"] == "دورة"
    listed = list(prefetched)
    (row,) = as_dicts(offerings_dataset(listed, language="ar", include_internal=True))
    assert row["Title"] == "دورة"


def test_formula_cells_are_defused(world):
    OfferingFactory(network=world.network, title='=HYPERLINK("http://evil.example")')
    (row,) = as_dicts(offerings_dataset(Offering.objects.all(), include_internal=False))
    assert row["Title"] == '\'=HYPERLINK("http://evil.example")'


def test_link_column_when_asked_for(world, course):
    dataset = offerings_dataset(
        Offering.objects.all(), include_internal=False, link=lambda o: f"https://x/{o.pk}"
    )
    assert as_dicts(dataset)[0]["Link to the offering"] == f"https://x/{course.pk}"


@pytest.mark.parametrize("internal", [False, True])
def test_queries_do_not_grow_with_the_rows(world, internal):
    def fill(count):
        for _ in range(count):
            offering = OfferingFactory(network=world.network, contact=world.contact)
            OfferingTextFactory(offering=offering, language="en")
            OfferingLanguageFactory(offering=offering)
            offering.fields_of_action.add(FieldOfActionFactory(network=world.network))
            offering.target_groups.add(TargetGroupFactory(network=world.network))

    def count():
        with CaptureQueriesContext(connection) as queries:
            dataset = offerings_dataset(
                Offering.objects.all(), language="en", include_internal=internal
            )
        return len(queries), dataset.height

    fill(3)
    few, rows = count()
    assert rows == 3
    fill(27)
    assert count() == (few, 30)


# --- the public export --------------------------------------------------------------------------


def export_url(network, fmt, language="en"):
    with translation.override(language):
        return reverse("public:offering_export", args=[network.slug, fmt])


def csv_rows(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_public_export_of_a_search_in_the_address_language(client, world, course):
    OfferingFactory(network=world.network, title="Beratung", kind=OfferingKind.COUNSELLING)
    OfferingFactory(
        network=world.network,
        title="Entwurf",
        kind=OfferingKind.LANGUAGE_COURSE,
        status=OfferingStatus.DRAFT,
    )
    response = client.get(export_url(world.network, "csv"), {"kind": "language_course"})
    (row,) = csv_rows(response)
    assert row["Title"] == "Berufssprachkurs"
    assert (
        row["Link to the offering"]
        == f"http://testserver/en/n/{world.network.slug}/offerings/{course.pk}/"
    )
    assert "Status" not in row and "Places" not in row
    assert 'filename="offerings-' in response["Content-Disposition"]
    # In Arabic: the Arabic text and the Arabic page (the column labels follow the language's
    # catalogue, so the row is read by position here).
    response = client.get(export_url(world.network, "csv", "ar"), {"kind": "language_course"})
    text = response.content.decode("utf-8")[1:]
    _header, values = list(csv.reader(io.StringIO(text)))
    assert values[1] == "دورة"
    assert values[-1] == f"http://testserver/ar/n/{world.network.slug}/offerings/{course.pk}/"


def test_public_export_as_xlsx(client, world, course):
    response = client.get(export_url(world.network, "xlsx"))
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    headers = [cell.value for cell in sheet[1]]
    values = dict(zip(headers, [cell.value for cell in sheet[2]], strict=True))
    assert values["Title"] == "Berufssprachkurs"
    assert sheet.max_row == 2


def test_unknown_format_is_not_found_and_bad_search_a_400(client, world):
    assert client.get(export_url(world.network, "pdf")).status_code == 404
    response = client.get(export_url(world.network, "csv"), {"age": "old"})
    assert response.status_code == 400
    assert "- Age: Enter a whole number." in response.content.decode()


def test_network_that_is_not_public_has_no_export(client, world):
    hidden = NetworkFactory(is_public=False)
    OfferingFactory(network=hidden)
    assert client.get(export_url(hidden, "csv")).status_code == 404


def test_a_search_finding_too_many_must_be_narrowed(client, world, monkeypatch):
    monkeypatch.setattr(exports, "EXPORT_LIMIT", 2)
    for _ in range(3):
        OfferingFactory(network=world.network)
    response = client.get(export_url(world.network, "csv"))
    assert response.status_code == 400
    assert "more than 2 offerings" in response.content.decode()
    OfferingFactory(network=world.network, title="Einzig", kind=OfferingKind.SEMINAR)
    (row,) = csv_rows(client.get(export_url(world.network, "csv"), {"kind": "seminar"}))
    assert row["Title"] == "Einzig"
