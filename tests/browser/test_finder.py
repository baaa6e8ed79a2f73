"""The public finder in a real browser: a person searches in German, filters, opens a result,
switches to Arabic (right to left) and opens the map; list, map, detail and print view meet
WCAG 2.1 AA (axe-core) in German and Arabic; sharing and the folded filters work by keyboard."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from verbund.network.tests.factories import FieldOfActionFactory, TargetGroupFactory
from verbund.offers.models import CourseType, LanguageRole, OfferingKind
from verbund.offers.tests.factories import (
    OfferingFactory,
    OfferingLanguageFactory,
    OfferingTextFactory,
    PostalCodeFactory,
)

pytestmark = pytest.mark.browser


def german(text):
    """``text`` as the German page shows it (English until the catalogue has it)."""
    with translation.override("de"):
        return translation.gettext(text)


@pytest.fixture
def finder(world):
    """Network Alpha with a language course translated into Arabic, a counselling offer in
    German only, an online offer without a place, and the postal code of the city centre."""
    network = world.network
    PostalCodeFactory(code="30159")
    course = OfferingFactory(
        network=network,
        provider=world.organisation,
        title="Sprachkurs B1 mit Kinderbetreuung",
        kind=OfferingKind.LANGUAGE_COURSE,
        course_type=CourseType.BASIC_B1_B2,
        entry_level="B1",
        target_level="B2",
        ends_on=datetime.date(2027, 5, 31),
        schedule_form="part_time",
        hours_per_week=Decimal("12"),
        venue="Bildungszentrum",
        street="Lavesstraße 1",
        district="Mitte",
        childcare=True,
        age_min=18,
        registration_url="https://example.org/anmeldung",
        registration_email="anmeldung@example.org",
        registration_phone="0511 123456",
        german__summary="Deutsch für den Beruf, mit Kinderbetreuung.",
        german__description="Ein Kurs für den Beruf.",
        german__schedule_note="Montags und mittwochs",
        german__registration_note="Bitte melden Sie sich an.",
    )
    OfferingTextFactory(
        offering=course,
        language="ar",
        title="دورة اللغة الألمانية B1 مع رعاية الأطفال",
        summary="الألمانية للعمل",
        description="دورة للعمل.",
    )
    OfferingLanguageFactory(offering=course, language="de", role=LanguageRole.INSTRUCTION)
    OfferingLanguageFactory(offering=course, language="ar", role=LanguageRole.SUPPORT)
    course.fields_of_action.add(FieldOfActionFactory(network=network, name="Arbeit"))
    course.target_groups.add(TargetGroupFactory(network=network, name="Eltern"))
    OfferingFactory(
        network=network,
        title="Sprachcafé",
        kind=OfferingKind.CULTURE_AND_MEETING,
        latitude=Decimal("52.365000"),
        longitude=Decimal("9.700000"),
        district="Linden",
    )
    OfferingFactory(
        network=network,
        title="Migrationsberatung online",
        is_online=True,
        latitude=None,
        longitude=None,
        city="",
    )
    with translation.override("de"):
        return {
            "course": course,
            "list": reverse("public:offering_list", args=[network.slug]),
            "map": reverse("public:offering_map", args=[network.slug]),
            "detail": reverse("public:offering_detail", args=[network.slug, course.pk]),
            "print": reverse("public:offering_print", args=[network.slug, course.pk]),
        }


def open_page(page, path):
    response = page.goto(path)
    assert response.status == 200, f"{path} answered {response.status}"


def results(page):
    return page.locator(".finder-results h3")


def test_search_filter_open_switch_to_arabic_and_open_the_map(page, live_server, finder):
    open_page(page, finder["list"])
    expect(results(page)).to_have_count(3)

    page.get_by_label(german("Search"), exact=True).fill("Sprach")
    page.get_by_label(german("Search"), exact=True).press("Enter")
    page.wait_for_url("**/offerings/?q=Sprach*")
    expect(results(page)).to_have_count(2)
    expect(page.locator("#result-count")).to_contain_text("2")

    # Wide screens show the filters unfolded.
    expect(page.locator("#finder-filters")).to_have_attribute("open", "")
    page.get_by_label(german("With childcare"), exact=True).check()
    page.get_by_role("button", name=german("Show results"), exact=True).click()
    page.wait_for_url("**childcare=on*")
    expect(results(page)).to_have_count(1)
    expect(page.get_by_label(german("Search"), exact=True)).to_have_value("Sprach")

    page.get_by_role("link", name="Sprachkurs B1 mit Kinderbetreuung").click()
    page.wait_for_url(f"**{finder['detail']}")
    expect(page.locator("h1")).to_have_text("Sprachkurs B1 mit Kinderbetreuung")
    assert page.locator("html").get_attribute("dir") == "ltr"

    page.locator("summary", has_text=german("Language")).click()
    with page.expect_navigation():
        page.get_by_role("link", name="العربيّة", exact=True).click()
    assert page.url == f"{live_server.url}/ar{finder['detail']}"
    assert page.locator("html").get_attribute("dir") == "rtl"
    expect(page.locator("h1")).to_have_text("دورة اللغة الألمانية B1 مع رعاية الأطفال")

    with translation.override("ar"):
        offerings, on_a_map = translation.gettext("Offerings"), translation.gettext("Show on a map")
    page.get_by_role("navigation").get_by_role("link", name=offerings, exact=True).click()
    page.get_by_role("link", name=on_a_map, exact=True).click()
    page.wait_for_url(f"**/ar{finder['map']}")
    assert page.locator("html").get_attribute("dir") == "rtl"
    # Two offerings have a place: two markers, each named; the online one is in the list only.
    markers = page.locator("#finder-map .leaflet-marker-icon")
    expect(markers).to_have_count(2)
    assert sorted(markers.evaluate_all("icons => icons.map(icon => icon.alt)")) == sorted(
        ["دورة اللغة الألمانية B1 مع رعاية الأطفال", "Sprachcafé"]
    )
    expect(page.locator(".finder-map-list li")).to_have_count(3)
    # No tile server is configured: the map loads no tiles from anywhere (the page fixture
    # fails the test on any request to another origin).
    expect(page.locator("#finder-map .leaflet-tile")).to_have_count(0)


def test_a_marker_opens_its_offering_by_keyboard(page, finder):
    open_page(page, finder["map"])
    marker = page.locator("#finder-map .leaflet-marker-icon[alt='Sprachcafé']")
    marker.focus()
    page.keyboard.press("Enter")
    popup_link = page.locator(".leaflet-popup-content a")
    expect(popup_link).to_have_text("Sprachcafé")
    expect(page.locator(".leaflet-popup-close-button")).to_have_attribute(
        "aria-label", german("Close")
    )
    popup_link.click()
    expect(page.locator("h1")).to_have_text("Sprachcafé")


@pytest.mark.parametrize("name", ["list", "map", "detail", "print"])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_finder_page_meets_wcag_21_aa(page, axe, finder, name, language):
    path = finder[name] if language == "de" else f"/{language}{finder[name]}"
    open_page(page, path)
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    if name == "map":
        expect(page.locator("#finder-map .leaflet-marker-icon")).to_have_count(2)
    axe(page)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_finder_with_errors_and_a_nearby_search_meets_wcag_21_aa(page, axe, finder, language):
    prefix = "" if language == "de" else f"/{language}"
    open_page(page, f"{prefix}{finder['list']}?age=abc&near=99999")
    expect(page.locator("#form-errors")).to_be_visible()
    axe(page)
    open_page(page, f"{prefix}{finder['list']}?near=30159&radius=10")
    expect(results(page)).to_have_count(2)
    axe(page)


def test_share_copies_the_link_in_the_readers_language(page, live_server, finder):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_page(page, f"/ar{finder['detail']}")
    address = f"{live_server.url}/ar{finder['detail']}"
    expect(page.locator("#share-url")).to_have_value(address)
    with translation.override("ar"):
        copy, copied = translation.gettext("Copy link"), translation.gettext("The link was copied.")
    button = page.get_by_role("button", name=copy, exact=True)
    button.focus()
    page.keyboard.press("Enter")
    expect(page.locator("[data-share-status]")).to_have_text(copied)
    assert page.evaluate("navigator.clipboard.readText()") == address


def test_print_view_prints_without_navigation(page, finder):
    open_page(page, finder["print"])
    page.emulate_media(media="print")
    expect(page.get_by_role("button", name=german("Print"), exact=True)).to_be_hidden()
    expect(page.locator("h1")).to_have_text("Sprachkurs B1 mit Kinderbetreuung")
    expect(page.get_by_text("https://example.org/anmeldung", exact=False).first).to_be_visible()


def test_filters_fold_away_on_a_phone_and_open_by_keyboard(page, finder):
    page.set_viewport_size({"width": 375, "height": 740})
    open_page(page, finder["list"])
    filters = page.locator("#finder-filters")
    expect(filters).not_to_have_attribute("open", "")
    childcare = page.get_by_label(german("With childcare"), exact=True)
    expect(childcare).to_be_hidden()
    page.locator("#finder-filters > summary").focus()
    page.keyboard.press("Enter")
    expect(childcare).to_be_visible()


def test_map_asks_the_configured_tile_server_and_names_it(page, traffic, finder, settings):
    settings.VERBUND_MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    settings.VERBUND_MAP_ATTRIBUTION = "© OpenStreetMap contributors"
    open_page(page, finder["map"])
    expect(page.locator(".leaflet-control-attribution")).to_have_text(
        "© OpenStreetMap contributors"
    )
    # Every request to another origin is blocked in these tests, so each tile fails; once all
    # have, the blocked requests are exactly the tiles.
    tiles = page.locator("#finder-map .leaflet-tile")
    expect(tiles.first).to_be_attached()
    page.wait_for_function(
        "[...document.querySelectorAll('#finder-map .leaflet-tile')].every((t) => t.complete)"
    )
    sources = set(tiles.evaluate_all("tiles => tiles.map(tile => tile.src)"))
    assert sources and sources <= set(traffic.blocked)
    assert all(url.startswith("https://tiles.example.org/") for url in traffic.blocked)
    traffic.blocked.clear()
