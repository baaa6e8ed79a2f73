"""The finder's API: public offerings of a public network, the finder page's parameters, texts in
the language asked for with the German fallback flagged, bad input as 400, constant queries."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.db.models import prefetch_related_objects
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework.request import Request
from rest_framework.serializers import Serializer
from rest_framework.test import APIClient, APIRequestFactory

from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    NetworkFactory,
    TargetGroupFactory,
)
from verbund.offers.api import finder_queryset
from verbund.offers.models import LanguageRole, OfferingKind, OfferingStatus
from verbund.offers.selectors import FinderQuery, find_offerings, locate
from verbund.offers.serializers import PublicOfferingSerializer
from verbund.offers.tests.factories import (
    OfferingFactory,
    OfferingLanguageFactory,
    OfferingTextFactory,
    PostalCodeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return APIClient()


def url(world, pk=None, network=None):
    slug = (network or world.network).slug
    if pk is None:
        return reverse("api:offering-list", kwargs={"network": slug})
    return reverse("api:offering-detail", kwargs={"network": slug, "pk": pk})


def titles(response):
    return [row["text"]["title"] for row in response.json()["results"]]


def test_anonymous_reads_the_networks_visible_offerings_only(client, world):
    OfferingFactory(network=world.network, title="Sprachcafé")
    OfferingFactory(network=world.network, title="Entwurf", status=OfferingStatus.DRAFT)
    OfferingFactory(network=world.network, title="Archiv", status=OfferingStatus.ARCHIVED)
    OfferingFactory(
        network=world.network,
        title="Vorbei",
        publish_until=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC),
    )
    OfferingFactory(network=world.other_network, title="Anderswo")
    response = client.get(url(world))
    assert response.status_code == 200
    assert titles(response) == ["Sprachcafé"]
    assert response.json()["count"] == 1


def test_staff_get_the_same_public_answer(client, world):
    OfferingFactory(network=world.network, title="Sprachcafé")
    OfferingFactory(network=world.network, title="Entwurf", status=OfferingStatus.DRAFT)
    client.force_authenticate(world.coordinator)
    assert titles(client.get(url(world))) == ["Sprachcafé"]


def test_network_that_is_not_public_has_no_finder(client, world):
    hidden = NetworkFactory(is_public=False)
    offering = OfferingFactory(network=hidden)
    client.force_authenticate(world.superuser)
    assert client.get(url(world, network=hidden)).status_code == 404
    assert client.get(url(world, offering.pk, network=hidden)).status_code == 404


def test_detail_of_a_draft_or_of_another_network_is_not_found(client, world):
    draft = OfferingFactory(network=world.network, status=OfferingStatus.DRAFT)
    foreign = OfferingFactory(network=world.other_network)
    assert client.get(url(world, draft.pk)).status_code == 404
    assert client.get(url(world, foreign.pk)).status_code == 404


def test_the_finder_is_read_only(client, world):
    offering = OfferingFactory(network=world.network)
    client.force_authenticate(world.coordinator)
    assert client.post(url(world), {}, format="json").status_code == 405
    assert client.patch(url(world, offering.pk), {}, format="json").status_code == 405
    assert client.delete(url(world, offering.pk)).status_code == 405


def test_a_result_carries_the_public_fields(client, world):
    field = FieldOfActionFactory(network=world.network, name="Sprache")
    group = TargetGroupFactory(network=world.network, name="Frauen")
    contact = ContactPersonFactory(
        organisation=world.organisation,
        first_name="Ayla",
        last_name="Demir",
        is_public=True,
        email="demir@example.org",
    )
    offering = OfferingFactory(
        network=world.network,
        provider=world.organisation,
        kind=OfferingKind.LANGUAGE_COURSE,
        course_type="basic_b1_b2",
        entry_level="B1",
        target_level="B2",
        title="Berufssprachkurs B1–B2",
        starts_on=datetime.date(2026, 12, 1),
        ends_on=datetime.date(2027, 5, 31),
        schedule_form="part_time",
        hours_per_week=Decimal("12.5"),
        venue="VHS Hannover",
        street="Burgstraße 14",
        district="Mitte",
        is_free=False,
        fee=Decimal("25.50"),
        childcare=True,
        capacity=25,
        minimum_size=15,
        registration_url="https://example.org/anmeldung",
        contact=contact,
    )
    offering.fields_of_action.add(field)
    offering.target_groups.add(group)
    OfferingLanguageFactory(offering=offering, language="de", role=LanguageRole.INSTRUCTION)
    OfferingLanguageFactory(offering=offering, language="ar", role=LanguageRole.SUPPORT)
    OfferingLanguageFactory(offering=offering, language="tr", role=LanguageRole.SUPPORT)
    row = client.get(url(world, offering.pk)).json()
    assert row["url"] == (f"http://testserver/n/{world.network.slug}/offerings/{offering.pk}/")
    assert (row["kind"], row["course_type"], row["entry_level"], row["target_level"]) == (
        "language_course",
        "basic_b1_b2",
        "B1",
        "B2",
    )
    assert row["provider"] == {"id": world.organisation.pk, "name": "Organisation X", "website": ""}
    assert row["languages"] == {"instruction": ["de"], "support": ["ar", "tr"]}
    assert row["fields_of_action"] == [{"id": field.pk, "name": "Sprache"}]
    assert row["target_groups"] == [{"id": group.pk, "name": "Frauen"}]
    assert row["location"]["venue"] == "VHS Hannover"
    assert row["location"]["latitude"] == "52.374500"
    assert (row["is_free"], row["fee"], row["childcare"]) == (False, "25.50", True)
    assert row["registration"]["url"] == "https://example.org/anmeldung"
    assert row["contact"] == {
        "name": "Ayla Demir",
        "function": contact.function,
        "email": "demir@example.org",
        "phone": contact.phone,
    }
    assert row["distance_km"] is None
    # Internal figures stay in the catalogue.
    assert "capacity" not in row and "status" not in row and "minimum_size" not in row


def test_contact_not_public_is_left_out_and_unset_choices_are_null(client, world):
    offering = OfferingFactory(network=world.network, contact=world.contact)
    row = client.get(url(world, offering.pk)).json()
    assert row["contact"] is None
    assert row["course_type"] is None and row["schedule_form"] is None


def test_texts_in_the_language_asked_for_with_the_fallback_flagged(client, world):
    translated = OfferingFactory(network=world.network, title="Sprachcafé")
    OfferingTextFactory(offering=translated, language="ar", title="مقهى اللغة")
    german_only = OfferingFactory(network=world.network, title="Hausaufgabenhilfe")
    response = client.get(url(world), {"lang": "ar"})
    texts = {row["id"]: row["text"] for row in response.json()["results"]}
    assert texts[translated.pk]["title"] == "مقهى اللغة"
    assert texts[translated.pk]["language"] == "ar"
    assert texts[translated.pk]["is_fallback"] is False
    assert texts[german_only.pk]["title"] == "Hausaufgabenhilfe"
    assert texts[german_only.pk]["language"] == "de"
    assert texts[german_only.pk]["requested_language"] == "ar"
    assert texts[german_only.pk]["is_fallback"] is True
    rows = {row["id"]: row for row in response.json()["results"]}
    assert rows[translated.pk]["text_languages"] == ["ar", "de"]
    assert rows[translated.pk]["url"].startswith("http://testserver/ar/n/")


def test_outdated_translation_says_so(client, world):
    offering = OfferingFactory(network=world.network)
    offering.texts.filter(language="de").update(source_version=2)
    OfferingTextFactory(offering=offering, language="en", title="Old", source_version=1)
    text = client.get(url(world, offering.pk), {"lang": "en"}).json()["text"]
    assert (text["title"], text["state"], text["is_fallback"]) == ("Old", "outdated", False)


def test_german_is_the_default_language(client, world):
    offering = OfferingFactory(network=world.network, title="Sprachcafé")
    OfferingTextFactory(offering=offering, language="en", title="Language café")
    text = client.get(url(world, offering.pk)).json()["text"]
    assert (text["title"], text["language"], text["is_fallback"]) == ("Sprachcafé", "de", False)


def test_filters_are_the_finders(client, world):
    PostalCodeFactory(code="30159", latitude=Decimal("52.3745"), longitude=Decimal("9.7386"))
    field = FieldOfActionFactory(network=world.network)
    course = OfferingFactory(
        network=world.network,
        title="Deutschkurs am Abend",
        kind=OfferingKind.LANGUAGE_COURSE,
        entry_level="A2",
        childcare=True,
        schedule_form="evening",
    )
    course.fields_of_action.add(field)
    OfferingLanguageFactory(offering=course, language="uk")
    OfferingFactory(network=world.network, title="Beratung am Abend", childcare=True)
    OfferingFactory(
        network=world.network,
        title="Deutschkurs in Berlin",
        kind=OfferingKind.LANGUAGE_COURSE,
        latitude=Decimal("52.520000"),
        longitude=Decimal("13.405000"),
    )
    response = client.get(
        url(world),
        {
            "q": "deutschkurs",
            "kind": "language_course",
            "field": field.pk,
            "level": "A2",
            "language": "uk",
            "childcare": "on",
            "schedule": "evening",
            "near": "30159",
            "radius": "10",
        },
    )
    assert response.status_code == 200, response.content
    assert titles(response) == ["Deutschkurs am Abend"]
    assert response.json()["results"][0]["distance_km"] == 0.0


def test_several_kinds_at_once(client, world):
    OfferingFactory(network=world.network, title="A", kind=OfferingKind.COUNSELLING)
    OfferingFactory(network=world.network, title="B", kind=OfferingKind.SEMINAR)
    OfferingFactory(network=world.network, title="C", kind=OfferingKind.COACHING)
    response = client.get(url(world) + "?kind=counselling&kind=seminar")
    assert sorted(titles(response)) == ["A", "B"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("kind=no-such-kind", "kind"),
        ("age=abc", "age"),
        ("age=200", "age"),
        ("field=999999", "field"),
        ("radius=7", "radius"),
        ("near=nowhere", "near"),
        ("lang=xx", "lang"),
    ],
)
def test_invalid_parameters_are_a_400_naming_the_field(client, world, query, field):
    OfferingFactory(network=world.network)
    response = client.get(f"{url(world)}?{query}")
    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_a_field_of_another_network_is_an_invalid_filter(client, world):
    foreign = FieldOfActionFactory(network=world.other_network)
    response = client.get(url(world), {"field": foreign.pk})
    assert response.status_code == 400
    assert "field" in response.json()


def test_results_are_paginated_with_a_ceiling(client, world):
    for number in range(5):
        OfferingFactory(network=world.network, title=f"Kurs {number}")
    response = client.get(url(world), {"limit": 2, "offset": 2})
    body = response.json()
    assert body["count"] == 5 and len(body["results"]) == 2
    assert body["next"] and body["previous"]
    assert client.get(url(world), {"limit": 100000}).status_code == 200


def test_a_search_counts_its_results_at_every_offset(client, world):
    for number in range(5):
        OfferingFactory(network=world.network, title=f"Sprachkurs {number}")
    OfferingFactory(network=world.network, title="Anderes")
    body = client.get(url(world), {"q": "sprachkurs", "limit": 2, "offset": 4}).json()
    assert body["count"] == 5 and len(body["results"]) == 1
    assert body["previous"] and not body["next"]
    past = client.get(url(world), {"q": "sprachkurs", "offset": 10}).json()
    assert past["count"] == 5 and past["results"] == []
    none = client.get(url(world), {"q": "zahnarzt"}).json()
    assert none["count"] == 0 and none["results"] == []


def test_the_written_out_rows_equal_the_declared_fields(world):
    """``PublicOfferingSerializer.to_representation`` writes the row by hand for speed; it must
    say exactly what the declared fields (the schema) say."""
    PostalCodeFactory(code="30159")
    contact = ContactPersonFactory(organisation=world.organisation, is_public=True)
    full = OfferingFactory(
        network=world.network,
        provider=world.organisation,
        kind=OfferingKind.LANGUAGE_COURSE,
        course_type="basic_b1_b2",
        entry_level="B1",
        target_level="B2",
        age_min=18,
        ends_on=datetime.date(2027, 5, 31),
        schedule_form="part_time",
        hours_per_week=Decimal("12.5"),
        is_free=False,
        fee=Decimal("25.5"),
        contact=contact,
        registration_url="https://example.org/anmeldung",
    )
    full.fields_of_action.add(FieldOfActionFactory(network=world.network))
    full.target_groups.add(TargetGroupFactory(network=world.network))
    OfferingLanguageFactory(offering=full, language="ar", role=LanguageRole.SUPPORT)
    OfferingTextFactory(offering=full, language="ar", title="دورة", machine_translated=True)
    OfferingFactory(
        network=world.network, starts_on=None, latitude=None, longitude=None, contact=world.contact
    )
    request = Request(APIRequestFactory().get("/"))
    for language in ("de", "ar", "en"):
        query = FinderQuery(near=locate("30159"), radius_km=50) if language == "ar" else None
        offerings = find_offerings(world.network, query or FinderQuery(), language=language)
        serializer = PublicOfferingSerializer(
            context={"network": world.network, "language": language, "request": request}
        )
        rows = list(finder_queryset(offerings, language))
        # The declared fields read the relations; the written-out rows the prefetched lists.
        prefetch_related_objects(rows, "fields_of_action", "target_groups")
        assert len(rows) == 2 - (language == "ar")
        for offering in rows:
            written = serializer.to_representation(offering)
            declared = Serializer.to_representation(serializer, offering)
            assert list(written.items()) == list(declared.items())


def fill(network, count, start=0):
    for number in range(start, start + count):
        offering = OfferingFactory(network=network, title=f"Sprachkurs {number}", childcare=True)
        OfferingTextFactory(offering=offering, language="ar", title=f"دورة {number}")
        OfferingLanguageFactory(offering=offering, language="ar")
        offering.fields_of_action.add(FieldOfActionFactory(network=network))
        offering.target_groups.add(TargetGroupFactory(network=network))
        offering.contact = ContactPersonFactory(organisation=offering.provider, is_public=True)
        offering.save(update_fields=["contact"])


def count_queries(client, address, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address, params)
    assert response.status_code == 200
    return len(queries), len(response.json()["results"])


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_list_queries_do_not_grow_with_the_results(client, world, lang):
    params = {"q": "sprachkurs", "childcare": "on", "lang": lang}
    fill(world.network, 3)
    few, shown = count_queries(client, url(world), params)
    assert shown == 3
    fill(world.network, 27, start=3)
    many, shown = count_queries(client, url(world), params)
    assert shown == 30
    assert few == many
