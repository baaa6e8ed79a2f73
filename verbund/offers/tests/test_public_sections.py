"""What the finder adds to the network's and the organisations' public pages."""

import pytest
from django.urls import reverse
from django.utils import translation

from verbund.network.tests.factories import NetworkFactory
from verbund.offers.models import OfferingStatus
from verbund.offers.public_sections import ORGANISATION_LIMIT
from verbund.offers.tests.factories import OfferingFactory, OfferingTextFactory

pytestmark = pytest.mark.django_db


def network_page(client, network, language="en"):
    with translation.override(language):
        return client.get(reverse("public:network", args=[network.slug])).content.decode()


def organisation_page(client, network, organisation, language="en"):
    with translation.override(language):
        address = reverse("public:organisation", args=[network.slug, organisation.pk])
    return client.get(address).content.decode()


def test_network_page_leads_into_the_finder_with_a_search_box_and_the_count(client, world):
    OfferingFactory(network=world.network)
    OfferingFactory(network=world.network)
    OfferingFactory(network=world.network, status=OfferingStatus.DRAFT)
    OfferingFactory(network=world.other_network)
    page = network_page(client, world.network)
    finder = reverse("public:offering_list", args=[world.network.slug])
    assert "2 offerings: courses, counselling and more." in page
    assert f'<form method="get" action="{finder}" role="search"' in page
    assert '<label for="network-offering-search"' in page
    assert 'name="q" id="network-offering-search"' in page
    assert reverse("public:offering_map", args=[world.network.slug]) in page


def test_network_without_offerings_shows_no_finder_section(client, world):
    page = network_page(client, world.network)
    assert "network-offering-search" not in page


def test_organisation_page_lists_its_offerings_in_this_network(client, world):
    own = OfferingFactory(network=world.network, provider=world.organisation, title="Beratung")
    OfferingTextFactory(offering=own, language="en", title="Counselling")
    OfferingFactory(
        network=world.network,
        provider=world.organisation,
        title="Entwurf",
        status=OfferingStatus.DRAFT,
    )
    OfferingFactory(network=world.network, provider=world.other_organisation, title="Fremd")
    elsewhere = NetworkFactory()
    OfferingFactory(network=elsewhere, provider=world.organisation, title="Woanders")
    page = organisation_page(client, world.network, world.organisation)
    assert "Counselling" in page
    assert reverse("public:offering_detail", args=[world.network.slug, own.pk]) in page
    for hidden in ("Entwurf", "Fremd", "Woanders"):
        assert hidden not in page


def test_organisation_page_shows_a_short_list_with_a_way_on(client, world):
    for number in range(ORGANISATION_LIMIT + 1):
        OfferingFactory(network=world.network, provider=world.organisation, title=f"K{number:02}")
    page = organisation_page(client, world.network, world.organisation)
    assert f"K{ORGANISATION_LIMIT - 1:02}" in page
    assert f"K{ORGANISATION_LIMIT:02}" not in page
    assert "All offerings" in page


def test_organisation_without_offerings_has_no_offerings_section(client, world):
    page = organisation_page(client, world.network, world.organisation)
    assert '<h2 class="h4">Offerings</h2>' not in page


def test_untranslated_title_on_an_arabic_organisation_page_is_marked_german(client, world):
    OfferingFactory(network=world.network, provider=world.organisation, title="Beratung")
    page = organisation_page(client, world.network, world.organisation, language="ar")
    assert 'lang="de" dir="ltr">Beratung</a>' in page
