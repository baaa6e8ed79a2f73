"""The network's event figures page, the overview's section, and the admin's event pages."""

from django.urls import reverse

from verbund.events.tests.office_helpers import checked_in, office_url, past_event
from verbund.network.choices import OrganisationKind


def test_the_figures_page_shows_people_and_companies_reached(client, world):
    event = past_event(world, year=2024)
    checked_in(event, seats=3, organisation_name="ACME GmbH", organisation_kind="company")
    checked_in(event, organisation_name="acme gmbh", organisation_kind="company")
    client.force_login(world.viewer)
    response = client.get(office_url("event_figures", world.network))
    assert response.context["totals"]["people"] == 4
    assert response.context["totals"]["companies"] == 1
    companies = next(row for row in response.context["by_kind"] if row.kind == "company")
    assert (companies.people, companies.organisations) == (4, 1)
    assert [row["year"] for row in response.context["per_year"]] == [2024]
    page = response.content.decode()
    assert "companies reached" in page


def test_a_period_narrows_the_figures_and_a_reversed_one_is_refused(client, world):
    checked_in(past_event(world, year=2023), seats=2)
    checked_in(past_event(world, year=2024), seats=5)
    client.force_login(world.coordinator)
    url = office_url("event_figures", world.network)
    response = client.get(url, {"since": "2024-01-01"})
    assert response.context["totals"]["people"] == 5
    response = client.get(url, {"since": "2024-01-01", "until": "2023-01-01"})
    assert "before its start" in response.content.decode()
    assert response.context["totals"]["people"] == 7


def test_the_network_overview_shows_people_and_companies_reached(client, world):
    event = past_event(world)
    checked_in(event, organisation_name="ACME", organisation_kind=OrganisationKind.COMPANY)
    client.force_login(world.caseworker)
    page = client.get(office_url("network", world.network)).content.decode()
    assert "Reached at events: <strong>1</strong> people, <strong>1</strong> companies." in page


def test_the_admin_lists_events_and_registrations_read_only(client, world):
    event = past_event(world)
    registration = checked_in(event)
    client.force_login(world.superuser)
    assert client.get(reverse("admin:events_event_changelist")).status_code == 200
    assert client.get(reverse("admin:events_event_change", args=[event.pk])).status_code == 200
    response = client.get(reverse("admin:events_registration_change", args=[registration.pk]))
    assert response.status_code == 200
    assert "token_hash" not in response.content.decode()
    assert client.get(reverse("admin:events_registration_add")).status_code == 403


def test_the_networks_figures_count_companies_reached_from_who_came_to_events(client, world):
    event = past_event(world, year=2024)
    checked_in(event, seats=2, organisation_name="ACME GmbH", organisation_kind="company")
    checked_in(event, organisation_name="Bäckerei Kaya", organisation_kind="company")
    checked_in(event, organisation=world.other_organisation)
    client.force_login(world.coordinator)
    response = client.get(reverse("office:network_indicators", args=[world.network.slug]))
    (section,) = [s for s in response.context["sections"] if s.title == "Reached at events"]
    assert section.context["total"]["companies"] == 2
    assert section.context["total"]["people"] == 4
    assert [row["year"] for row in section.context["years"]] == [2024]
    assert "Companies reached" in response.content.decode()
