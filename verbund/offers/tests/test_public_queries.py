"""Finder pages cost the same number of queries for 3 results as for 30 (and a detail page the
same for 3 languages, groups and fields as for 30)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from verbund.network.tests.factories import FieldOfActionFactory, TargetGroupFactory
from verbund.offers.languages import SPOKEN_LANGUAGE_CODES
from verbund.offers.models import LanguageRole
from verbund.offers.tests.factories import (
    OfferingFactory,
    OfferingLanguageFactory,
    OfferingTextFactory,
)

pytestmark = pytest.mark.django_db


def queries_for(client, address, query=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address, query or {})
    assert response.status_code == 200
    return len(queries)


def fill(network, count, start=0):
    for number in range(start, start + count):
        offering = OfferingFactory(network=network, title=f"Sprachkurs {number}", childcare=True)
        OfferingTextFactory(offering=offering, language="ar", title=f"دورة {number}")
        OfferingLanguageFactory(offering=offering, language="ar")
        field = FieldOfActionFactory(network=network)
        offering.fields_of_action.add(field)


@pytest.mark.parametrize("name", ["offering_list", "offering_map"])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_finder_queries_do_not_grow_with_the_results(client, world, name, language):
    with translation.override(language):
        address = reverse(f"public:{name}", args=[world.network.slug])
    search = {"q": "sprachkurs", "childcare": "on"}
    fill(world.network, 3)
    few = queries_for(client, address, search)
    fill(world.network, 27, start=3)
    many = queries_for(client, address, search)
    assert few == many


def test_detail_queries_do_not_grow_with_languages_groups_and_fields(client, world):
    def enrich(offering, count, start=0):
        for code in SPOKEN_LANGUAGE_CODES[start : start + count]:
            OfferingLanguageFactory(offering=offering, language=code, role=LanguageRole.SUPPORT)
            offering.fields_of_action.add(FieldOfActionFactory(network=world.network))
            offering.target_groups.add(TargetGroupFactory(network=world.network))

    offering = OfferingFactory(network=world.network, contact=world.contact)
    with translation.override("ar"):
        detail = reverse("public:offering_detail", args=[world.network.slug, offering.pk])
        printed = reverse("public:offering_print", args=[world.network.slug, offering.pk])
    enrich(offering, 3)
    few = queries_for(client, detail), queries_for(client, printed)
    enrich(offering, 27, start=3)
    assert (queries_for(client, detail), queries_for(client, printed)) == few
    assert few[0] <= 6


def test_network_and_organisation_sections_do_not_grow_with_offerings(client, world):
    network_page = reverse("public:network", args=[world.network.slug])
    organisation_page = reverse(
        "public:organisation", args=[world.network.slug, world.organisation.pk]
    )
    for _ in range(3):
        OfferingFactory(network=world.network, provider=world.organisation)
    few = queries_for(client, network_page), queries_for(client, organisation_page)
    for _ in range(27):
        OfferingFactory(network=world.network, provider=world.organisation)
    assert (queries_for(client, network_page), queries_for(client, organisation_page)) == few
