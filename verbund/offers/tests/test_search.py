"""The finder's query: full-text search in the reader's language and German, and the filters."""

import datetime
from decimal import Decimal

import pytest

from verbund.network.tests.factories import NetworkFactory
from verbund.offers import search
from verbund.offers.models import OfferingKind, OfferingStatus
from verbund.offers.selectors import (
    FinderQuery,
    display_text,
    find_offerings,
    has_public_district,
    locate,
    public_districts,
)
from verbund.offers.services import offering_text_save
from verbund.offers.tests.factories import OfferingFactory, PostalCodeFactory

pytestmark = pytest.mark.django_db


def _titles(network, language="de", **query):
    return [o.title for o in find_offerings(network, FinderQuery(**query), language=language)]


def test_search_finds_inflected_and_prefixed_german_words():
    network = NetworkFactory()
    OfferingFactory(network=network, title="Berufsbezogene Sprachkurse B1", german__summary="x")
    OfferingFactory(network=network, title="Hausaufgabenhilfe", german__summary="Nachhilfe")
    assert _titles(network, text="Sprachkurs") == ["Berufsbezogene Sprachkurse B1"]
    assert _titles(network, text="sprachk") == ["Berufsbezogene Sprachkurse B1"]
    assert _titles(network, text="nachhilfe") == ["Hausaufgabenhilfe"]


def test_search_finds_a_word_inside_german_compounds():
    network = NetworkFactory()
    OfferingFactory(network=network, title="Berufssprachkurs B1", german__summary="Für den Job")
    OfferingFactory(network=network, title="Elterncafé", german__summary="Mit Kinderbetreuung")
    OfferingFactory(
        network=network, title="Nachhilfe", german__description="Vor dem Berufssprachkurs"
    )
    OfferingFactory(network=network, title="Zahnpflege")
    # Both databases find a compound's part in the title or the summary, in the reader's
    # language and in German, with the other words of the query.
    for language in ("de", "en"):
        assert _titles(network, language, text="Sprachkurs")[0] == "Berufssprachkurs B1"
        assert _titles(network, language, text="betreuung") == ["Elterncafé"]
        assert _titles(network, language, text="sprachkurs job") == ["Berufssprachkurs B1"]
    if search.is_postgres():
        # Stems and prefixes everywhere; inside words only in the title and the summary, and
        # only for words of four letters or more, which the trigram indexes can narrow down.
        assert _titles(network, text="Sprachkurs") == ["Berufssprachkurs B1"]
        assert _titles(network, text="ege") == []
    else:
        # SQLite looks for every word anywhere in every text.
        assert _titles(network, text="Sprachkurs") == ["Berufssprachkurs B1", "Nachhilfe"]
        assert _titles(network, text="ege") == ["Zahnpflege"]


def test_search_ranks_a_stem_in_the_title_first():
    network = NetworkFactory()
    OfferingFactory(network=network, title="Offener Treff", german__summary="Auch Beratung")
    OfferingFactory(network=network, title="Beratung für Familien")
    OfferingFactory(network=network, title="Anderes")
    found = _titles(network, text="beratung")
    assert sorted(found) == ["Beratung für Familien", "Offener Treff"]
    if search.is_postgres():
        assert found == ["Beratung für Familien", "Offener Treff"]


def test_search_reads_the_readers_language_and_german(django_user_model):
    network = NetworkFactory()
    offering = OfferingFactory(network=network, title="Bewerbungstraining")
    actor = django_user_model.objects.create_user(email="t@example.org", password="x")
    offering_text_save(
        actor=actor, offering=offering, language="tr", text={"title": "Başvuru eğitimi"}
    )
    assert _titles(network, language="tr", text="başvuru") == ["Bewerbungstraining"]
    assert _titles(network, language="tr", text="Bewerbung") == ["Bewerbungstraining"]
    assert _titles(network, language="en", text="başvuru") == []


def test_search_input_with_query_syntax_is_taken_as_words():
    network = NetworkFactory()
    OfferingFactory(network=network, title="Deutschkurs")
    assert _titles(network, text="deutsch & | ! ( ) :* '") == ["Deutschkurs"]
    assert _titles(network, text="&&&") == ["Deutschkurs"]


def test_filters_combine():
    network = NetworkFactory()
    OfferingFactory(
        network=network,
        title="Kurs",
        kind=OfferingKind.LANGUAGE_COURSE,
        entry_level="B1",
        is_free=True,
        childcare=True,
    )
    OfferingFactory(network=network, title="Beratung", kind=OfferingKind.COUNSELLING)
    OfferingFactory(network=network, title="Entwurf", status=OfferingStatus.DRAFT)
    assert _titles(network, kinds=["language_course"]) == ["Kurs"]
    assert _titles(network, levels=["B1"], childcare=True) == ["Kurs"]
    assert sorted(_titles(network)) == ["Beratung", "Kurs"]


def test_distance_from_a_postal_code():
    network = NetworkFactory()
    PostalCodeFactory(code="30159", latitude=Decimal("52.3745"), longitude=Decimal("9.7386"))
    OfferingFactory(network=network, title="Mitte")
    OfferingFactory(
        network=network,
        title="Marburg",
        latitude=Decimal("50.8021"),
        longitude=Decimal("8.7667"),
    )
    place = locate("30159")
    assert place is not None
    assert _titles(network, near=place, radius_km=5) == ["Mitte"]
    assert _titles(network, near=place, radius_km=200) == ["Mitte", "Marburg"]
    assert locate("Hauptstraße 1, 30159 Hannover") == place
    assert locate("99999") is None


def test_publication_window_and_network_hide_offerings():
    network, other = NetworkFactory(), NetworkFactory()
    OfferingFactory(network=other, title="Anderswo")
    OfferingFactory(
        network=network,
        title="Vorbei",
        publish_until=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC),
    )
    assert _titles(network) == []


def test_display_text_falls_back_to_german():
    network = NetworkFactory()
    offering = OfferingFactory(network=network, title="Beratung")
    shown = display_text(offering, "ar")
    assert shown.is_fallback and shown.title == "Beratung"


def test_districts_are_those_of_the_networks_visible_offerings():
    network, other = NetworkFactory(), NetworkFactory()
    for district in ("Linden", "Mitte", "Linden", "Ahlem", ""):
        OfferingFactory(network=network, district=district)
    OfferingFactory(network=network, district="Entwurfsstadt", status=OfferingStatus.DRAFT)
    OfferingFactory(
        network=network,
        district="Vorbei",
        publish_until=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC),
    )
    OfferingFactory(network=other, district="Anderswo")
    assert public_districts(network) == ["Ahlem", "Linden", "Mitte"]
    assert public_districts(NetworkFactory()) == []
    assert has_public_district(network, "Linden")
    assert not has_public_district(network, "Anderswo")
    assert not has_public_district(network, "Entwurfsstadt")
    assert not has_public_district(network, "")


def test_stop_words_do_not_keep_a_search_from_matching():
    network = NetworkFactory()
    OfferingFactory(network=network, title="Qualifizierung: Büro und Verwaltung")
    OfferingFactory(network=network, title="Fachsprachkurs Büro")
    OfferingFactory(network=network, title="Anderes")
    assert _titles(network, text="Büro und Verwaltung") == ["Qualifizierung: Büro und Verwaltung"]
    compound_and_stop_word = _titles(network, text="sprachkurs und büro")
    if search.is_postgres():
        # Beside a compound's part found inside the title, a stop word is left out as well.
        assert compound_and_stop_word == ["Fachsprachkurs Büro"]
    else:
        # SQLite has no stop words: "und" is in none of that offering's texts.
        assert compound_and_stop_word == []
