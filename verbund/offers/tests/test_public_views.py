"""The public finder: what it shows to whom, its filters from the address, bad input, texts in
the reader's language with their notes, right to left, print view, map and sharing."""

import datetime
import json
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from verbund.network.tests.factories import (
    FieldOfActionFactory,
    NetworkFactory,
    TargetGroupFactory,
)
from verbund.offers.models import CourseType, LanguageRole, OfferingKind, OfferingStatus
from verbund.offers.tests.factories import (
    OfferingFactory,
    OfferingLanguageFactory,
    OfferingTextFactory,
    PostalCodeFactory,
)

pytestmark = pytest.mark.django_db


def url(name, network, *args, language="en", query=""):
    with translation.override(language):
        return reverse(f"public:{name}", args=[network.slug, *args]) + query


def titles(response):
    return [result.text.title for result in response.context["results"]]


# --- who sees what --------------------------------------------------------------------------


def test_finder_lists_only_the_networks_visible_offerings(client, world):
    OfferingFactory(network=world.network, title="Sprachcafé")
    OfferingFactory(network=world.network, title="Entwurf", status=OfferingStatus.DRAFT)
    OfferingFactory(network=world.network, title="Archiv", status=OfferingStatus.ARCHIVED)
    OfferingFactory(
        network=world.network,
        title="Vorbei",
        publish_until=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC),
    )
    OfferingFactory(network=world.other_network, title="Anderswo")
    response = client.get(url("offering_list", world.network))
    assert response.status_code == 200
    assert titles(response) == ["Sprachcafé"]
    assert "Entwurf" not in response.content.decode()


@pytest.mark.parametrize("name", ["offering_detail", "offering_print"])
def test_unpublished_and_foreign_offerings_are_not_found(client, world, name):
    draft = OfferingFactory(network=world.network, status=OfferingStatus.DRAFT)
    foreign = OfferingFactory(network=world.other_network)
    shown = OfferingFactory(network=world.network)
    assert client.get(url(name, world.network, shown.pk)).status_code == 200
    assert client.get(url(name, world.network, draft.pk)).status_code == 404
    assert client.get(url(name, world.network, foreign.pk)).status_code == 404
    assert client.get(url(name, world.other_network, foreign.pk)).status_code == 200


@pytest.mark.parametrize("name", ["offering_list", "offering_map"])
def test_a_network_that_is_not_public_has_no_finder(client, name):
    hidden = NetworkFactory(is_public=False)
    assert client.get(url(name, hidden)).status_code == 404


def test_an_offering_of_a_network_that_is_not_public_is_not_found(client):
    hidden = NetworkFactory(is_public=False)
    offering = OfferingFactory(network=hidden)
    assert client.get(url("offering_detail", hidden, offering.pk)).status_code == 404
    assert client.get(url("offering_print", hidden, offering.pk)).status_code == 404


# --- search and filters ------------------------------------------------------------------------


def test_search_words_and_filters_come_from_the_address(client, world):
    OfferingFactory(
        network=world.network,
        title="Sprachkurs B1",
        kind=OfferingKind.LANGUAGE_COURSE,
        entry_level="B1",
        childcare=True,
    )
    OfferingFactory(
        network=world.network, title="Sprachcafé", kind=OfferingKind.CULTURE_AND_MEETING
    )
    OfferingFactory(network=world.network, title="Migrationsberatung", is_free=False)
    finder = url("offering_list", world.network)
    assert sorted(titles(client.get(finder, {"q": "sprach"}))) == ["Sprachcafé", "Sprachkurs B1"]
    assert titles(client.get(finder, {"kind": "language_course"})) == ["Sprachkurs B1"]
    assert titles(client.get(finder, {"q": "sprach", "childcare": "on"})) == ["Sprachkurs B1"]
    assert "Migrationsberatung" not in titles(client.get(finder, {"free": "on"}))


def test_fields_of_action_and_target_groups_are_filters(client, world):
    field = FieldOfActionFactory(network=world.network, name="Arbeit")
    group = TargetGroupFactory(network=world.network, name="Jugendliche")
    matching = OfferingFactory(network=world.network, title="Passend")
    matching.fields_of_action.add(field)
    matching.target_groups.add(group)
    OfferingFactory(network=world.network, title="Anderes")
    response = client.get(
        url("offering_list", world.network), {"field": field.pk, "group": group.pk}
    )
    assert titles(response) == ["Passend"]
    page = response.content.decode()
    assert "<legend" in page and "Arbeit" in page and "Jugendliche" in page


@pytest.mark.parametrize(
    "query",
    [
        {"age": "abc"},
        {"age": "999"},
        {"kind": "bogus"},
        {"field": "x"},
        {"level": "Z9"},
        {"radius": "7"},
        {"district": "Nirgendwo"},
        {"near": "99999"},
        {"q": "x" * 201},
    ],
)
def test_invalid_filter_values_are_shown_as_errors_and_filter_nothing(client, world, query):
    OfferingFactory(network=world.network, title="Eins")
    OfferingFactory(network=world.network, title="Zwei", kind=OfferingKind.SEMINAR)
    response = client.get(url("offering_list", world.network), query)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert sorted(titles(response)) == ["Eins", "Zwei"]
    page = response.content.decode()
    assert "Your search could not be applied" in page
    # Each error stands next to its filter too, and the summary links to it.
    assert re.search(r'id="id_\w+_error"', page)
    # The filters with the error are unfolded, so the error's link leads somewhere visible.
    assert re.search(r'<details id="finder-filters" class="finder-filters" open>', page)


def test_invalid_filter_on_the_map_page_is_no_error_either(client, world):
    OfferingFactory(network=world.network)
    response = client.get(url("offering_map", world.network), {"age": "-1", "page": "x"})
    assert response.status_code == 200
    assert response.context["form"].errors


def test_near_a_postal_code_sorts_by_distance_and_shows_it(client, world):
    PostalCodeFactory(code="30159", latitude=Decimal("52.3745"), longitude=Decimal("9.7386"))
    OfferingFactory(
        network=world.network,
        title="Linden",
        latitude=Decimal("52.3650"),
        longitude=Decimal("9.7000"),
    )
    OfferingFactory(network=world.network, title="Mitte")
    OfferingFactory(
        network=world.network,
        title="Marburg",
        latitude=Decimal("50.8021"),
        longitude=Decimal("8.7667"),
    )
    response = client.get(url("offering_list", world.network), {"near": "30159", "radius": "5"})
    assert titles(response) == ["Mitte", "Linden"]
    page = response.content.decode()
    assert "0.0 km away" in page and "2.8 km away" in page
    assert "within 5 km of 30159 Hannover" in page


def test_pages_keep_the_filters(client, world):
    for number in range(21):
        OfferingFactory(network=world.network, title=f"Kurs {number:02}", childcare=True)
    OfferingFactory(network=world.network, title="Ohne")
    response = client.get(url("offering_list", world.network), {"childcare": "on"})
    assert len(response.context["results"]) == 20
    page = response.content.decode()
    assert "21 offerings found" in page
    assert 'href="?childcare=on&amp;page=2"' in page
    second = client.get(url("offering_list", world.network), {"childcare": "on", "page": "2"})
    assert titles(second) == ["Kurs 20"]


def test_a_search_counts_its_results_on_every_page(client, world):
    for number in range(21):
        OfferingFactory(network=world.network, title=f"Sprachkurs {number:02}")
    OfferingFactory(network=world.network, title="Anderes")
    finder = url("offering_list", world.network)
    first = client.get(finder, {"q": "sprachkurs"})
    assert len(first.context["results"]) == 20
    assert "21 offerings found" in first.content.decode()
    second = client.get(finder, {"q": "sprachkurs", "page": "2"})
    assert len(second.context["results"]) == 1
    assert "21 offerings found" in second.content.decode()
    # A page past the end shows the last one, a page that is no number the first.
    assert client.get(finder, {"q": "sprachkurs", "page": "9"}).context["page"].number == 2
    assert client.get(finder, {"q": "sprachkurs", "page": "x"}).context["page"].number == 1
    assert client.get(finder, {"q": "sprachkurs", "page": "0"}).context["page"].number == 2
    nothing = client.get(finder, {"q": "zahnarzt"})
    assert nothing.context["results"] == []
    assert "0 offerings found" in nothing.content.decode()


def test_the_district_menu_lists_the_districts_of_the_shown_offerings(client, world):
    OfferingFactory(network=world.network, title="Eins", district="Mitte")
    OfferingFactory(network=world.network, title="Zwei", district="Linden")
    OfferingFactory(network=world.other_network, district="Anderswo")
    finder = url("offering_list", world.network)
    page = client.get(finder).content.decode()
    assert '<option value="Linden">Linden</option>' in page
    assert '<option value="Mitte">Mitte</option>' in page
    assert "Anderswo" not in page
    assert titles(client.get(finder, {"district": "Linden"})) == ["Zwei"]
    assert client.get(finder, {"district": "Anderswo"}).context["form"].errors


def test_list_and_map_link_to_each_other_with_the_search(client, world):
    OfferingFactory(network=world.network)
    page = client.get(url("offering_list", world.network), {"q": "kurs", "page": "2"})
    assert f'href="{url("offering_map", world.network)}?q=kurs"' in page.content.decode()
    page = client.get(url("offering_map", world.network), {"q": "kurs"})
    assert f'href="{url("offering_list", world.network)}?q=kurs"' in page.content.decode()


def test_result_shows_provider_kind_date_place_and_badges(client, world):
    OfferingFactory(
        network=world.network,
        provider=world.organisation,
        title="Hausaufgabenhilfe",
        kind=OfferingKind.LEARNING_SUPPORT,
        starts_on=datetime.date(2026, 12, 1),
        district="Linden",
        is_free=True,
        childcare=True,
        is_online=True,
        german__summary="Hilfe bei den Hausaufgaben",
    )
    page = client.get(url("offering_list", world.network)).content.decode()
    for text in (
        "Hausaufgabenhilfe",
        "Hilfe bei den Hausaufgaben",
        "Learning support",
        "Organisation X",
        "Starts Dec. 1, 2026",
        "Hannover – Linden",
        "Online",
        "Free of charge",
        "With childcare",
    ):
        assert text in page, text
    assert 'role="status"' in page and "1 offering found" in page


def test_empty_result_says_so(client, world):
    page = client.get(url("offering_list", world.network), {"q": "nichts"}).content.decode()
    assert "0 offerings found" in page
    assert "No offering matches your search" in page


# --- languages -------------------------------------------------------------------------------


def test_text_in_the_readers_language_without_note(client, world):
    offering = OfferingFactory(network=world.network, title="Beratung")
    OfferingTextFactory(offering=offering, language="en", title="Counselling", summary="Advice")
    page = client.get(url("offering_detail", world.network, offering.pk)).content.decode()
    assert "<h1>Counselling</h1>" in page
    assert "not yet available in your language" not in page
    assert 'hreflang="de" lang="de">Deutsch</a>' in page  # the language menu, nothing else
    assert page.count(' lang="de"') == 1


def test_missing_translation_shows_german_marked_as_german_with_a_note(client, world):
    offering = OfferingFactory(network=world.network, title="Beratung")
    page = client.get(url("offering_detail", world.network, offering.pk)).content.decode()
    assert '<h1 lang="de">Beratung</h1>' in page
    assert "This text is not yet available in your language. It is shown in German." in page
    listing = client.get(url("offering_list", world.network)).content.decode()
    assert 'lang="de">Beratung</a>' in listing
    assert "Some offerings are not yet translated into your language" in listing


def test_german_readers_get_no_language_note(client, world):
    offering = OfferingFactory(network=world.network, title="Beratung")
    page = client.get(url("offering_detail", world.network, offering.pk, language="de"))
    assert page.context["text"].is_fallback is False
    assert "<h1>Beratung</h1>" in page.content.decode()


def test_outdated_and_machine_translations_say_so(client, world):
    outdated = OfferingFactory(network=world.network, title="Alt")
    outdated.texts.filter(language="de").update(source_version=2)
    OfferingTextFactory(offering=outdated, language="en", title="Old", source_version=1)
    machine = OfferingFactory(network=world.network, title="Maschine")
    OfferingTextFactory(offering=machine, language="en", title="Machine", machine_translated=True)
    page = client.get(url("offering_detail", world.network, outdated.pk)).content.decode()
    assert "This translation may be outdated" in page
    page = client.get(url("offering_detail", world.network, machine.pk)).content.decode()
    assert "machine-translated" in page


def test_arabic_pages_are_right_to_left_and_german_fallback_left_to_right(client, world):
    offering = OfferingFactory(network=world.network, title="Beratung")
    for name, args in (
        ("offering_list", []),
        ("offering_map", []),
        ("offering_detail", [offering.pk]),
        ("offering_print", [offering.pk]),
    ):
        address = url(name, world.network, *args, language="ar")
        assert address.startswith("/ar/")
        page = client.get(address).content.decode()
        assert '<html lang="ar" dir="rtl">' in page, name
        assert 'lang="de" dir="ltr"' in page, name


def test_easy_german_pages_answer(client, world):
    offering = OfferingFactory(network=world.network, title="Beratung")
    OfferingTextFactory(offering=offering, language="de-simple", title="Hilfe und Rat")
    address = url("offering_detail", world.network, offering.pk, language="de-simple")
    assert address.startswith("/de-simple/")
    response = client.get(address)
    assert response.status_code == 200
    assert "<h1>Hilfe und Rat</h1>" in response.content.decode()
    listing = client.get(url("offering_list", world.network, language="de-simple"))
    assert listing.status_code == 200
    assert titles(listing) == ["Hilfe und Rat"]


# --- the detail page ---------------------------------------------------------------------------


@pytest.fixture
def full_offering(world):
    offering = OfferingFactory(
        network=world.network,
        provider=world.organisation,
        title="Berufssprachkurs B1 → B2",
        kind=OfferingKind.LANGUAGE_COURSE,
        course_type=CourseType.BASIC_B1_B2,
        entry_level="B1",
        target_level="B2",
        starts_on=datetime.date(2026, 12, 1),
        ends_on=datetime.date(2027, 5, 31),
        schedule_form="part_time",
        hours_per_week=Decimal("12.0"),
        venue="Bildungszentrum",
        street="Lavesstraße 1",
        is_free=False,
        fee=Decimal("25.50"),
        childcare=True,
        wheelchair_accessible=True,
        age_min=18,
        age_max=64,
        registration_url="https://example.org/anmeldung",
        registration_email="anmeldung@example.org",
        registration_phone="0511 123456",
        contact=world.contact,
        german__schedule_note="Montags und mittwochs",
        german__registration_note="Bitte melden Sie sich an.",
        german__description="Ein Kurs für den Beruf.",
    )
    OfferingLanguageFactory(offering=offering, language="de", role=LanguageRole.INSTRUCTION)
    OfferingLanguageFactory(offering=offering, language="ar", role=LanguageRole.SUPPORT)
    offering.fields_of_action.add(FieldOfActionFactory(network=world.network, name="Arbeit"))
    offering.target_groups.add(TargetGroupFactory(network=world.network, name="Geflüchtete"))
    return offering


def test_detail_shows_what_matters_to_a_person(client, world, full_offering):
    page = client.get(url("offering_detail", world.network, full_offering.pk)).content.decode()
    for text in (
        "Language course – job-related basic module B1 → B2",
        "German level at the start",
        "from Dec. 1, 2026 to May 31, 2027",
        "Part-time · 12 hours a week",
        "Montags und mittwochs",
        "Bildungszentrum<br>Lavesstraße 1<br><bdi>30159 Hannover</bdi>",
        "25.50 €",
        "Wheelchair accessible",
        "18 to 64 years",
        'Held in</dt><dd class="col-sm-8">German',
        'Help available in</dt><dd class="col-sm-8">Arabic',
        "Geflüchtete",
        "Arbeit",
        "Ein Kurs für den Beruf.",
        "Bitte melden Sie sich an.",
        'href="https://example.org/anmeldung"',
        'href="mailto:anmeldung@example.org"',
        'href="tel:0511123456"',
        f'href="{url("organisation", world.network, world.organisation.pk)}"',
    ):
        assert text in page, text
    # The contact person did not agree to be shown publicly.
    assert world.contact.last_name not in page


def test_detail_shows_the_contact_person_who_agreed(client, world, full_offering):
    world.contact.is_public = True
    world.contact.save()
    page = client.get(url("offering_detail", world.network, full_offering.pk)).content.decode()
    assert world.contact.last_name in page
    assert f'href="mailto:{world.contact.email}"' in page


def test_provider_that_left_the_network_is_named_without_a_link(client, world):
    offering = OfferingFactory(network=world.network, provider=world.organisation)
    world.organisation.memberships.update(ended_on=datetime.date(2021, 1, 1))
    page = client.get(url("offering_detail", world.network, offering.pk)).content.decode()
    assert "Organisation X" in page
    assert url("organisation", world.network, world.organisation.pk) not in page


def test_share_block_gives_the_absolute_address_in_the_readers_language(client, world):
    offering = OfferingFactory(network=world.network, title="Beratung & Hilfe")
    response = client.get(url("offering_detail", world.network, offering.pk, language="ar"))
    expected = f"http://testserver/ar/n/{world.network.slug}/offerings/{offering.pk}/"
    assert response.context["share_url"] == expected
    page = response.content.decode()
    assert (
        f'id="share-url" class="form-control mb-2" type="url" dir="ltr" readonly value="{expected}"'
        in page
    )
    assert 'href="mailto:?subject=Beratung%20%26%20Hilfe&amp;body=http%3A//testserver/ar/n/' in page
    # The copy and share buttons wait for the script to find the browser able to do it.
    assert re.search(r"<button [^>]*data-share-copy hidden>", page)
    assert re.search(r"<button [^>]*data-share-native hidden>", page)


def test_detail_carries_schema_org_json_ld(client, world):
    offering = OfferingFactory(
        network=world.network, title="Kurs </script><b>", kind=OfferingKind.LANGUAGE_COURSE
    )
    page = client.get(url("offering_detail", world.network, offering.pk)).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert match
    data = json.loads(match.group(1))
    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Kurs </script><b>"
    assert data["url"].endswith(f"/offerings/{offering.pk}/")


def test_print_view_has_no_navigation_and_print_styles(client, world, full_offering):
    response = client.get(url("offering_print", world.network, full_offering.pk))
    page = response.content.decode()
    assert response.status_code == 200
    assert "<nav" not in page and "<header" not in page
    assert "offers/finder.css" in page
    assert "Berufssprachkurs" in page and "25.50 €" in page
    assert response.context["share_url"] in page
    from django.contrib.staticfiles import finders

    with open(finders.find("offers/finder.css")) as css:
        assert "@media print" in css.read()


# --- the map -------------------------------------------------------------------------------------


def map_markers(page: str) -> list[dict]:
    match = re.search(r'<script id="finder-map-data" type="application/json">(.*?)</script>', page)
    return json.loads(match.group(1))


def test_map_without_tile_server_requests_nothing_from_third_parties(client, world, settings):
    settings.VERBUND_MAP_TILE_URL = ""
    offering = OfferingFactory(network=world.network, title="Sprachcafé", venue="Café")
    OfferingFactory(
        network=world.network, title="Online", is_online=True, latitude=None, longitude=None
    )
    page = client.get(url("offering_map", world.network)).content.decode()
    assert map_markers(page) == [
        {
            "id": offering.pk,
            "lat": 52.3745,
            "lon": 9.7386,
            "title": "Sprachcafé",
            "url": url("offering_detail", world.network, offering.pk),
            "place": "Café, 30159 Hannover",
        }
    ]
    assert 'data-tile-url=""' in page
    assert "vendor/leaflet/leaflet.js" in page and "vendor/leaflet/leaflet.css" in page
    # Everything the page loads comes from this server.
    # (The page's own addresses in other languages are links for search engines, not loads.)
    page = re.sub(r'<link rel="alternate" hreflang="[^"]+" href="[^"]+">', "", page)
    assert not re.search(r'(src|href)="(https?:)?//', page.replace('href="https://schema.org', ""))
    # The accessible list beside the map names both, and says why one is not on the map.
    assert "1 offering has no place on the map" in page
    assert page.count('class="finder-map-list"') == 1
    assert "Online</a>" in page


def test_map_uses_the_configured_tile_server(client, world, settings):
    settings.VERBUND_MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    settings.VERBUND_MAP_ATTRIBUTION = "© OpenStreetMap"
    OfferingFactory(network=world.network)
    page = client.get(url("offering_map", world.network)).content.decode()
    assert 'data-tile-url="https://tiles.example.org/{z}/{x}/{y}.png"' in page
    assert 'data-attribution="© OpenStreetMap"' in page


def test_map_without_results_has_no_map(client, world):
    page = client.get(url("offering_map", world.network)).content.decode()
    assert 'id="finder-map"' not in page and "leaflet.js" not in page
    assert "No offering matches your search" in page


def test_finder_pages_answer_only_get(client, world):
    offering = OfferingFactory(network=world.network)
    assert client.post(url("offering_list", world.network)).status_code == 405
    assert client.post(url("offering_detail", world.network, offering.pk)).status_code == 405


def test_distance_list_shows_the_distance_searched_with(client, world):
    page = client.get(url("offering_list", world.network)).content.decode()
    assert '<option value="10" selected>10 km</option>' in page
    page = client.get(url("offering_list", world.network), {"radius": "25"}).content.decode()
    assert '<option value="25" selected>25 km</option>' in page


def test_results_link_their_calendar_and_exports_with_the_same_filters(client, world):
    OfferingFactory(network=world.network, title="Sprachcafé")
    response = client.get(url("offering_list", world.network, query="?q=Sprach&free=on"))
    page = response.content.decode()
    for name, args in (
        ("offering_feed", []),
        ("offering_export", ["csv"]),
        ("offering_export", ["xlsx"]),
    ):
        link = url(name, world.network, *args)
        assert re.search(re.escape(link) + r"\?[^\"]*q=Sprach", page), name


def test_detail_links_the_offerings_calendar_when_it_has_a_start(client, world):
    dated = OfferingFactory(network=world.network)
    undated = OfferingFactory(network=world.network, starts_on=None)
    ical = url("offering_ical", world.network, dated.pk)
    assert ical in client.get(url("offering_detail", world.network, dated.pk)).content.decode()
    page = client.get(url("offering_detail", world.network, undated.pk)).content.decode()
    assert "calendar.ics" not in page


def test_language_menu_links_the_same_search_in_every_language(client, world):
    OfferingFactory(network=world.network, title="Sprachcafé")
    page = client.get(url("offering_list", world.network, query="?q=Sprach&free=on"))
    content = page.content.decode()
    for code in ("de", "ar", "de-simple"):
        link = url("offering_list", world.network, language=code) + "?q=Sprach&amp;free=on"
        assert f'href="{link}" hreflang="{code}"' in content, code
