"""``verbund load_postal_codes``: GeoNames files in, postal codes with coordinates out, all or
nothing."""

import zipfile
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from verbund.offers.models import PostalCode
from verbund.offers.selectors import locate
from verbund.offers.tests.factories import PostalCodeFactory

pytestmark = pytest.mark.django_db

HANNOVER = (
    "DE\t30159\tHannover\tNiedersachsen\tNI\t\t00\tRegion Hannover\t03241\t52.3744\t9.7386\t4\n"
)
LINDEN = (
    "DE\t30451\tHannover\tNiedersachsen\tNI\t\t00\tRegion Hannover\t03241\t52.3766\t9.7088\t4\n"
)
# Two places share one postal code: both are kept.
SHARED = (
    "DE\t35096\tWeimar (Lahn)\tHessen\tHE\tRegierungsbezirk Gießen\t064\t"
    "Landkreis Marburg-Biedenkopf\t06534\t50.7591\t8.7240\t4\n"
    "DE\t35096\tNiederweimar\tHessen\tHE\tRegierungsbezirk Gießen\t064\t"
    "Landkreis Marburg-Biedenkopf\t06534\t50.7711\t8.7279\t4\n"
)
VIENNA = (
    "AT\t1010\tWien, Innere Stadt\tWien\t09\tWien, Stadt\t900\tWien\t90001\t48.2077\t16.3705\t4\n"
)


def load(path, **options):
    out = StringIO()
    call_command("load_postal_codes", str(path), stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def geonames(tmp_path):
    def write(text, name="DE.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def test_loads_codes_with_coordinates_and_district_so_the_finder_can_locate_them(geonames):
    output = load(geonames(HANNOVER + LINDEN + SHARED))

    assert "Loaded 4 postal codes: 4 new, 0 updated." in output
    linden = PostalCode.objects.get(code="30451")
    assert (linden.country, linden.place, linden.district) == ("DE", "Hannover", "Region Hannover")
    assert (linden.latitude, linden.longitude) == (Decimal("52.376600"), Decimal("9.708800"))
    assert set(PostalCode.objects.filter(code="35096").values_list("place", flat=True)) == {
        "Weimar (Lahn)",
        "Niederweimar",
    }
    place = locate("Wohnung in 30451 Hannover")
    assert (place.latitude, place.longitude) == (52.3766, 9.7088)


def test_second_load_updates_in_place_and_adds_nothing(geonames):
    PostalCodeFactory(code="30159", place="Hannover", district="", latitude=Decimal("1"))
    first = PostalCode.objects.get(code="30159").pk

    output = load(geonames(HANNOVER + LINDEN))
    again = load(geonames(HANNOVER + LINDEN))

    assert "2 postal codes: 1 new, 1 updated." in output
    assert "2 postal codes: 0 new, 2 updated." in again
    assert PostalCode.objects.count() == 2
    updated = PostalCode.objects.get(code="30159")
    assert updated.pk == first
    assert (updated.latitude, updated.district) == (Decimal("52.374400"), "Region Hannover")


def test_country_option_skips_other_countries_and_says_so(geonames):
    output = load(geonames(HANNOVER + VIENNA), country="de")

    assert "Loaded 1 postal codes" in output
    assert "Skipped 1 lines of other countries." in output
    assert list(PostalCode.objects.values_list("country", "code")) == [("DE", "30159")]


def test_without_country_option_every_country_is_loaded(geonames):
    load(geonames(HANNOVER + VIENNA))
    assert set(PostalCode.objects.values_list("country", flat=True)) == {"AT", "DE"}


def test_accuracy_column_may_be_missing_and_blank_lines_are_skipped(geonames):
    load(geonames("\n" + HANNOVER.rsplit("\t", 1)[0] + "\n\n"))
    assert PostalCode.objects.get().code == "30159"


def test_reads_the_zip_archive_geonames_publishes(tmp_path):
    path = tmp_path / "DE.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "GeoNames postal codes\n")
        archive.writestr("DE.txt", HANNOVER + LINDEN)

    load(path)

    assert PostalCode.objects.count() == 2


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("DE\t30161\tHannover\tNiedersachsen\n", "line 3: expected 12 tab-separated columns"),
        (
            "DE\t30161\tHannover\tNI\tNI\t\t00\tRegion\t03241\tnorth\t9.7\t4\n",
            "line 3: latitude 'north' is not a number",
        ),
        (
            "DE\t30161\tHannover\tNI\tNI\t\t00\tRegion\t03241\t52.3\t200\t4\n",
            "line 3: longitude '200' is outside -180…180",
        ),
        ("DE\t\tHannover\tNI\tNI\t\t00\tRegion\t03241\t52.3\t9.7\t4\n", "line 3: the postal code"),
        ("D1\t30161\tHannover\tNI\tNI\t\t00\tRegion\t03241\t52.3\t9.7\t4\n", "line 3: country"),
    ],
)
def test_malformed_line_is_named_and_nothing_is_written(geonames, bad_line, message):
    path = geonames(HANNOVER + LINDEN + bad_line + SHARED)

    with pytest.raises(CommandError, match=message) as error:
        load(path)

    assert "Nothing was loaded" in str(error.value)
    assert not PostalCode.objects.exists()


def test_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "DE.txt"
    path.write_bytes(HANNOVER.replace("Hannover", "Hann\xf6ver").encode("latin-1"))
    with pytest.raises(CommandError, match="not UTF-8"):
        load(path)
    assert not PostalCode.objects.exists()


def test_missing_file_empty_file_and_bad_country_are_clear_errors(geonames, tmp_path):
    with pytest.raises(CommandError, match="not a readable file"):
        load(tmp_path / "missing.txt")
    with pytest.raises(CommandError, match="holds no postal codes"):
        load(geonames("\n"))
    with pytest.raises(CommandError, match="holds no postal codes for AT"):
        load(geonames(HANNOVER), country="AT")
    with pytest.raises(CommandError, match="two-letter country code"):
        load(geonames(HANNOVER), country="Germany")
    assert not PostalCode.objects.exists()
