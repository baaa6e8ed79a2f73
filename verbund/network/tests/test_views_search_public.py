"""The registry search and the public pages."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from verbund.core import slots
from verbund.network.models import Membership, MembershipRole
from verbund.network.selectors import SEARCH_LIMIT
from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    current_member,
)

SEARCH_URL = "/office/alpha/search/"


def search(client, query):
    return client.post(SEARCH_URL, {"q": query})


# --- search --------------------------------------------------------------------------------------


def test_search_url_is_the_named_one():
    assert reverse("office:search", kwargs={"network": "alpha"}) == SEARCH_URL


def test_search_finds_organisations_and_contacts_grouped_ignoring_case(world, client):
    kargah = current_member(world.network, name="Kargah e.V.", city="Hannover")
    ContactPersonFactory(organisation=kargah, last_name="Karimi", function="Beratung")
    ContactPersonFactory(organisation=world.organisation, last_name="Muster", function="Kasse")
    client.force_login(world.caseworker)
    response = search(client, "KAR")
    results = response.context["results"]
    assert [o.name for o in results.organisations] == ["Kargah e.V."]
    assert [c.last_name for c in results.contacts] == ["Karimi"]
    content = response.content.decode()
    assert content.index("Organisations") < content.index("Contact persons")


def test_search_finds_contacts_by_function_and_email(world, client):
    ContactPersonFactory(
        organisation=world.organisation, function="Finanzkoordination", email="zhu@via.example"
    )
    client.force_login(world.viewer)
    assert len(search(client, "finanzkoord").context["results"].contacts) == 1
    assert len(search(client, "via.example").context["results"].contacts) == 1


def test_search_includes_former_members_and_marks_them(world, client):
    former = current_member(world.network, name="Tolstoi-Gesellschaft")
    Membership.objects.filter(organisation=former).update(ended_on=datetime.date(2021, 1, 1))
    client.force_login(world.viewer)
    response = search(client, "tolstoi")
    assert [o.name for o in response.context["results"].organisations] == ["Tolstoi-Gesellschaft"]
    assert "former member" in response.content.decode()


def test_search_never_finds_another_networks_registry(world, client):
    client.force_login(world.coordinator)
    results = search(client, "Organisation").context["results"]
    assert world.foreign_organisation not in results.organisations
    assert world.foreign_contact not in results.contacts
    assert not search(client, world.foreign_contact.last_name).context["results"].contacts


@pytest.mark.parametrize("query", ["", " ", "a"])
def test_too_short_query_gets_a_clear_error(world, client, query):
    client.force_login(world.viewer)
    response = search(client, query)
    assert response.status_code == 200
    assert "at least two characters" in str(response.context["form"].errors["q"])
    assert "results" not in response.context


def test_search_results_are_capped_and_say_so(world, client):
    for number in range(SEARCH_LIMIT + 3):
        current_member(world.network, name=f"Sprachschule {number:03d}")
    client.force_login(world.viewer)
    response = search(client, "sprachschule")
    assert len(response.context["results"].organisations) == SEARCH_LIMIT
    assert "More organisations match" in response.content.decode()


def test_search_shows_sections_of_other_apps(world, client, monkeypatch):
    monkeypatch.setattr(slots, "_contributions", slots.defaultdict(list))
    received = {}

    def contribution(request, network, query):
        received["query"] = query
        return slots.Section("Projekte", "network/_required_note.html", {})

    slots.contribute("office_search")(contribution)
    client.force_login(world.viewer)
    assert "Projekte" in search(client, " ALBuM ").content.decode()
    assert received["query"] == "ALBuM"


def test_search_query_is_not_put_into_the_address(world, client):
    client.force_login(world.viewer)
    page = client.get(SEARCH_URL).content.decode()
    assert 'method="post"' in page


# --- public network page -------------------------------------------------------------------------


def public_url(network="alpha"):
    return reverse("public:network", kwargs={"network": network})


def test_public_network_page_groups_current_members_by_role(world, client):
    coordination = current_member(world.network, name="Koordinierungsstelle ALBuM")
    Membership.objects.filter(organisation=coordination).update(role=MembershipRole.COORDINATION)
    former = current_member(world.network, name="Ehemals e.V.")
    Membership.objects.filter(organisation=former).update(ended_on=datetime.date(2021, 6, 30))
    response = client.get(public_url())
    groups = response.context["members_by_role"]
    assert list(groups) == ["coordination", "member"]
    assert [m.organisation.name for m in groups["member"]] == ["Organisation X", "Organisation Y"]
    content = response.content.decode()
    assert "Ehemals e.V." not in content
    organisation_link = reverse(
        "public:organisation", kwargs={"network": "alpha", "organisation": world.organisation.pk}
    )
    assert organisation_link in content


def test_public_network_page_shows_fields_of_action_and_synthetic_badge(world, client):
    FieldOfActionFactory(network=world.network, name="Politische Bildung und Beteiligung")
    current_member(world.network, name="Erfunden gGmbH", is_synthetic=True)
    content = client.get(public_url()).content.decode()
    assert "Politische Bildung und Beteiligung" in content
    assert content.count("synthetic demo data") == 1


def test_public_network_page_shows_no_internal_data(world, client):
    Membership.objects.filter(organisation=world.organisation).update(note="intern: Beitrag offen")
    content = client.get(public_url()).content.decode()
    assert "Beitrag offen" not in content
    assert world.contact.last_name not in content
    assert "/office/" not in content.split("<main", 1)[1]


def test_public_network_page_renders_slot_sections(world, client, monkeypatch):
    monkeypatch.setattr(slots, "_contributions", slots.defaultdict(list))
    slots.contribute("public_network")(
        lambda request, network: slots.Section(
            "Öffentliche Projekte", "network/_required_note.html"
        )
    )
    assert "Öffentliche Projekte" in client.get(public_url()).content.decode()


def test_non_public_network_has_no_public_page(world, client):
    NetworkFactory(slug="intern", is_public=False)
    assert client.get(public_url("intern")).status_code == 404


# --- public organisation page --------------------------------------------------------------------


def public_organisation_url(organisation, network="alpha"):
    return reverse(
        "public:organisation", kwargs={"network": network, "organisation": organisation.pk}
    )


def test_public_organisation_page_shows_public_fields_and_public_contacts_only(world, client):
    organisation = world.organisation
    organisation.street, organisation.email = "Holzmarkt 4-6", "info@x.example"
    organisation.save()
    ContactPersonFactory(
        organisation=organisation, last_name="Öffentlich", function="Projektleitung", is_public=True
    )
    hidden = ContactPersonFactory(organisation=organisation, last_name="Intern", is_public=False)
    Membership.objects.filter(organisation=organisation).update(note="intern: Beitrag offen")
    content = client.get(public_organisation_url(organisation)).content.decode()
    assert "Holzmarkt 4-6" in content and "info@x.example" in content
    assert "Öffentlich" in content and "Projektleitung" in content
    assert hidden.last_name not in content and hidden.email not in content
    assert world.contact.last_name not in content
    assert "Beitrag offen" not in content


def test_public_organisation_page_lists_its_memberships_in_this_network(world, client):
    MembershipFactory(
        network=world.network,
        organisation=world.organisation,
        role=MembershipRole.COOPERATION_PARTNER,
        started_on=datetime.date(2005, 1, 1),
        ended_on=datetime.date(2010, 12, 31),
    )
    MembershipFactory(
        network=NetworkFactory(name="Netzwerk Gamma"), organisation=world.organisation
    )
    response = client.get(public_organisation_url(world.organisation))
    content = response.content.decode()
    assert content.index("Member since 2020") < content.index("Cooperation partner from")
    assert "from 2005 to 2010" in content
    assert "Netzwerk Gamma" not in content


def test_public_organisation_page_is_404_outside_the_network(world, client):
    assert client.get(public_organisation_url(world.foreign_organisation)).status_code == 404
    assert client.get(public_organisation_url(OrganisationFactory())).status_code == 404


def test_public_organisation_page_is_404_for_a_former_member(world, client):
    Membership.objects.filter(organisation=world.organisation).update(
        ended_on=datetime.date(2021, 1, 1)
    )
    assert client.get(public_organisation_url(world.organisation)).status_code == 404


def test_public_organisation_page_is_404_in_a_non_public_network(world, client):
    hidden = NetworkFactory(slug="intern", is_public=False)
    MembershipFactory(network=hidden, organisation=world.organisation)
    url = public_organisation_url(world.organisation, network="intern")
    assert client.get(url).status_code == 404


def test_german_descriptions_are_marked_german_on_pages_in_other_languages(world, client):
    world.network.description = "Ein Netzwerk für Arbeit und Bildung."
    world.network.save()
    url = reverse("public:network", args=[world.network.slug])  # English, from the fixture
    assert '<p lang="de">Ein Netzwerk' in client.get(url).content.decode()
    with translation.override("ar"):
        url = reverse("public:network", args=[world.network.slug])
    assert '<p lang="de" dir="ltr">Ein Netzwerk' in client.get(url).content.decode()
    with translation.override("de"):
        url = reverse("public:network", args=[world.network.slug])
    assert "<p>Ein Netzwerk" in client.get(url).content.decode()
