"""What offerings add to the registry's back-office pages, per reader."""

import pytest
from django.urls import reverse

from verbund.offers.models import OfferingStatus
from verbund.offers.office_selectors import SECTION_LIMIT
from verbund.offers.tests.office_helpers import (
    draft,
    foreign_offering,
    office_url,
    other_offering,
    own_offering,
)


def network_page(client, world):
    return client.get(office_url("network", world.network))


def organisation_page(client, world, organisation):
    return client.get(
        reverse(
            "office:organisation_detail",
            kwargs={"network": world.network.slug, "organisation": organisation.pk},
        )
    )


def offerings_section(response):
    sections = [s for s in response.context["sections"] if s.title == "Offerings"]
    return sections[0] if sections else None


@pytest.fixture
def catalogue(world):
    own_offering(world)
    own_offering(world)
    draft(world)
    other_offering(world, status=OfferingStatus.ARCHIVED)
    foreign_offering(world)


def test_coordinators_see_the_networks_counts_per_status(client, world, catalogue):
    client.force_login(world.coordinator)
    response = network_page(client, world)
    section = offerings_section(response)
    assert [(status, count) for status, _label, count in section.context["counts"]] == [
        ("draft", 1),
        ("published", 2),
        ("archived", 1),
    ]
    assert "All offerings of the network" in response.text
    assert office_url("offering_list", world.network) in response.text


def test_organisation_staff_count_their_organisations_offerings(client, world, catalogue):
    client.force_login(world.viewer)
    response = network_page(client, world)
    section = offerings_section(response)
    assert section.context["total"] == 3
    assert "Your organisations' offerings" in response.text
    assert office_url("offering_add", world.network) not in response.text


def test_an_organisations_page_lists_its_offerings_to_those_who_see_them(client, world):
    offering = own_offering(world, title="Sprachcafé")
    client.force_login(world.caseworker)
    response = organisation_page(client, world, world.organisation)
    assert "Sprachcafé" in response.text
    assert office_url("offering_detail", world.network, offering=offering.pk) in response.text
    # Y's page shows X's staff nothing of Y's offerings.
    other_offering(world, title="Y-Kurs")
    response = organisation_page(client, world, world.other_organisation)
    assert offerings_section(response) is None
    assert "Y-Kurs" not in response.text


def test_coordinators_see_every_organisations_offerings_with_a_link_to_more(client, world):
    for number in range(SECTION_LIMIT + 1):
        other_offering(world, title=f"Kurs {number}")
    client.force_login(world.coordinator)
    response = organisation_page(client, world, world.other_organisation)
    section = offerings_section(response)
    assert len(section.context["offerings"]) == SECTION_LIMIT
    assert section.context["more"]
    assert f"?provider={world.other_organisation.pk}" in response.text
