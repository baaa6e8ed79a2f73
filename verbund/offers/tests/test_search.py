"""The finder's query: full-text search in the reader's language and German, and the filters."""

import datetime
from decimal import Decimal

import pytest

from verbund.network.tests.factories import NetworkFactory
from verbund.offers.models import OfferingKind, OfferingStatus
from verbund.offers.selectors import FinderQuery, display_text, find_offerings, locate
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
