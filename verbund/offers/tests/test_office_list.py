"""The back-office list: who sees which offerings, filters, translation states, export, queries."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from verbund.accounts.access import forget_access
from verbund.audit.models import LogEntry
from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    MembershipFactory,
    OrganisationFactory,
)
from verbund.offers.models import OfferingKind, OfferingStatus
from verbund.offers.tests.factories import OfferingFactory
from verbund.offers.tests.office_helpers import (
    draft,
    foreign_offering,
    office_url,
    other_offering,
    own_offering,
    translate,
)


def listed(client, world, **query):
    response = client.get(office_url("offering_list", world.network), query)
    assert response.status_code == 200
    return [offering.title for offering, _badges in response.context["rows"]]


@pytest.fixture
def catalogue(world):
    return {
        "x_published": own_offering(world, title="X veröffentlicht"),
        "x_draft": draft(world, title="X Entwurf"),
        "x_archived": own_offering(world, title="X archiviert", status=OfferingStatus.ARCHIVED),
        "y_draft": other_offering(world, title="Y Entwurf", status=OfferingStatus.DRAFT),
        "b": foreign_offering(world, title="B Angebot"),
    }


def test_coordinators_see_every_offering_of_the_network_drafts_too(client, world, catalogue):
    client.force_login(world.coordinator)
    assert sorted(listed(client, world)) == [
        "X Entwurf",
        "X archiviert",
        "X veröffentlicht",
        "Y Entwurf",
    ]


@pytest.mark.parametrize("persona", ["org_admin", "caseworker", "multiplier", "viewer"])
def test_organisation_staff_see_their_organisations_offerings_in_every_status(
    client, world, catalogue, persona
):
    client.force_login(world.user(persona))
    assert sorted(listed(client, world)) == ["X Entwurf", "X archiviert", "X veröffentlicht"]


def test_another_organisations_admin_sees_only_theirs(client, world, catalogue):
    client.force_login(world.other_org_admin)
    assert listed(client, world) == ["Y Entwurf"]


def test_filters_by_status_kind_provider_and_text(client, world, catalogue):
    counselling = own_offering(world, title="Migrationsberatung", kind=OfferingKind.COUNSELLING)
    course = own_offering(
        world, title="Deutschkurs A2", kind=OfferingKind.LANGUAGE_COURSE, external_id="DK-2"
    )
    client.force_login(world.coordinator)
    assert listed(client, world, status="draft") == ["Y Entwurf", "X Entwurf"]
    assert listed(client, world, kind="language_course") == [course.title]
    assert listed(client, world, provider=world.other_organisation.pk) == ["Y Entwurf"]
    assert listed(client, world, q="beratung") == [counselling.title]
    assert listed(client, world, q="dk-2") == [course.title]
    assert listed(client, world, q="beratung", status="draft") == []


def test_an_invalid_filter_is_shown_and_everything_listed(client, world, catalogue):
    client.force_login(world.org_admin)
    # Y's id is no choice for X's staff.
    response = client.get(
        office_url("offering_list", world.network), {"provider": world.other_organisation.pk}
    )
    assert "provider" in response.context["filter_form"].errors
    assert "The filter could not be applied" in response.text
    assert len(response.context["rows"]) == 3


def test_each_row_shows_the_state_of_every_translation_with_text_for_screen_readers(client, world):
    offering = own_offering(world, title="Sprachcafé")
    translate(offering, "en")
    translate(offering, "tr")
    source = offering.texts.get(language="de")
    source.source_version = 2  # a major edit after the two translations above
    source.save()
    translate(offering, "uk")
    translate(offering, "ar", machine_translated=True)
    client.force_login(world.caseworker)

    response = client.get(office_url("offering_list", world.network))

    ((_offering, badges),) = response.context["rows"]
    assert {badge["code"]: badge["state"] for badge in badges} == {
        "en": "outdated",
        "tr": "outdated",
        "ar": "machine",
        "uk": "up_to_date",
        "ru": "missing",
        "fa": "missing",
        "de-simple": "missing",
    }
    assert '<span class="visually-hidden">Arabic: machine-translated, not yet checked</span>' in (
        response.text
    )
    assert '<span class="visually-hidden">Russian: missing</span>' in response.text


def test_the_list_is_paginated_and_pages_keep_the_filters(client, world):
    for number in range(55):
        own_offering(world, title=f"Kurs {number:02}", status=OfferingStatus.DRAFT)
    client.force_login(world.coordinator)
    first = client.get(office_url("offering_list", world.network), {"status": "draft"})
    assert len(first.context["rows"]) == 50
    assert "?status=draft&amp;page=2" in first.text
    second = client.get(office_url("offering_list", world.network), {"status": "draft", "page": 2})
    assert len(second.context["rows"]) == 5


def test_add_import_and_export_links_follow_the_permissions(client, world):
    client.force_login(world.viewer)
    page = client.get(office_url("offering_list", world.network)).text
    assert office_url("offering_add", world.network) not in page
    assert office_url("offering_import_upload", world.network) not in page
    assert "export.csv" not in page
    client.force_login(world.caseworker)
    page = client.get(office_url("offering_list", world.network)).text
    assert office_url("offering_add", world.network) in page
    assert office_url("offering_import_upload", world.network) not in page
    client.force_login(world.org_admin)
    page = client.get(office_url("offering_list", world.network)).text
    assert office_url("offering_import_upload", world.network) in page
    assert "export.csv" in page


def add_offerings(world, count):
    """``count`` offerings of new providers with links, languages and translations."""
    for _ in range(count):
        provider = OrganisationFactory()
        MembershipFactory(network=world.network, organisation=provider)
        offering = OfferingFactory(
            provider=provider,
            network=world.network,
            contact=ContactPersonFactory(organisation=provider),
        )
        offering.fields_of_action.add(FieldOfActionFactory(network=world.network))
        translate(offering, "en")
        translate(offering, "ar", machine_translated=True)


def count_queries(client, address) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("persona", ["coordinator", "caseworker"])
def test_the_list_costs_the_same_queries_for_3_rows_as_for_30(client, world, persona):
    client.force_login(world.user(persona))
    address = office_url("offering_list", world.network)
    add_offerings(world, 3)
    for _ in range(3):
        own_offering(world)
    forget_access(world.user(persona))
    few = count_queries(client, address)
    add_offerings(world, 27)
    for _ in range(27):
        own_offering(world)
    forget_access(world.user(persona))
    many = count_queries(client, address)
    assert few == many


def test_the_export_holds_the_filtered_list_with_internal_columns_and_is_logged(client, world):
    own_offering(world, title="Sprachcafé", external_id="SC-1")
    draft(world, title="Entwurf")
    other_offering(world, title="Y Angebot")
    client.force_login(world.org_admin)

    response = client.get(
        office_url("offering_export", world.network, fmt="csv"), {"status": "published"}
    )

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header, *data = rows
    assert "Status" in header and "External key" in header
    assert [row[header.index("Title")] for row in data] == ["Sprachcafé"]
    entry = LogEntry.objects.order_by("-pk").first()
    assert (entry.action, entry.data) == ("offers.offering.exported", {"count": 1, "format": "csv"})


def test_the_xlsx_export_is_a_workbook(client, world):
    own_offering(world)
    client.force_login(world.coordinator)
    response = client.get(office_url("offering_export", world.network, fmt="xlsx"))
    assert response.status_code == 200
    assert response.content.startswith(b"PK")
