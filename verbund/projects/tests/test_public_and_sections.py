"""Public project pages, and the sections projects add to the registry's pages."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from verbund.core import slots
from verbund.core.templatetags.verbund import render_section
from verbund.network.tests.factories import MembershipFactory, OrganisationFactory
from verbund.projects import sections
from verbund.projects.tests.factories import ProjectFactory, SubProjectPartnerFactory


def public_url(name, world, **kwargs):
    return reverse(f"public:{name}", kwargs={"network": world.network.slug, **kwargs})


def office_url(name, world, **kwargs):
    return reverse(f"office:{name}", kwargs={"network": world.network.slug, **kwargs})


# --- public pages --------------------------------------------------------------------------------


def test_public_project_list_shows_only_public_projects_of_the_network(client, world, vip):
    ProjectFactory(network=world.network, title="Intern geplant", is_public=False)
    ProjectFactory(network=world.other_network, title="Anderes Netzwerk")
    page = client.get(public_url("project_list", world)).content.decode()
    assert vip.project.title in page
    assert "Intern geplant" not in page and "Anderes Netzwerk" not in page
    assert public_url("project", world, project=vip.project.pk) in page


def test_public_project_page_shows_programme_period_lead_partners_and_funding(client, world, vip):
    response = client.get(public_url("project", world, project=vip.project.pk))
    page = response.content.decode()
    assert vip.programme.name in page
    assert "05/02/2012 – 12/31/2014" in page
    assert world.organisation.name in page
    assert vip.opening.title in page and "cooperation partner" in page
    assert "EU (ESF)" in page and "1,000,000.00 €" in page and "1,900,000.00 €" in page
    # Single funding entries and their notes are internal.
    assert "2. Tranche" not in page


def test_public_project_page_names_only_public_contact_persons(client, world, vip):
    page = client.get(public_url("project", world, project=vip.project.pk)).content.decode()
    assert vip.public_contact.full_name in page
    assert vip.private_contact.full_name not in page
    assert vip.private_contact.email not in page


def test_public_project_page_has_one_h1_and_labelled_tables(client, world, vip):
    page = client.get(public_url("project", world, project=vip.project.pk)).content.decode()
    assert page.count("<h1") == 1
    assert '<th scope="col"' in page and "<caption" in page


@pytest.mark.parametrize("hidden", ["project", "network"])
def test_non_public_projects_and_networks_are_not_found(client, world, vip, hidden):
    target = vip.project if hidden == "project" else world.network
    target.is_public = False
    target.save()
    assert client.get(public_url("project", world, project=vip.project.pk)).status_code == 404
    expected = 404 if hidden == "network" else 200
    assert client.get(public_url("project_list", world)).status_code == expected


def test_a_project_is_not_found_under_another_networks_address(client, world):
    foreign = ProjectFactory(network=world.other_network)
    assert client.get(public_url("project", world, project=foreign.pk)).status_code == 404


# --- sections on the registry's pages ------------------------------------------------------------


def request_of(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def rendered(section) -> str:
    return render_section({"request": None}, section)


def titles_of(sections) -> list[str]:
    return [section.template for section in sections]


def test_network_overview_lists_projects_with_programme_period_status_and_total(client, world, vip):
    client.force_login(world.viewer)
    page = client.get(office_url("network", world)).content.decode()
    assert office_url("project_detail", world, project=vip.project.pk) in page
    assert "XENOS" in page and "Running" in page and "1,900,000.00 €" in page


def test_network_overview_section_is_not_given_to_outsiders(world, vip):
    sections = slots.collect(
        "office_network_overview", request=request_of(world.outsider), network=world.network
    )
    assert "projects/_section_network.html" not in titles_of(sections)


def test_organisation_page_names_the_projects_it_leads_or_partners_in(client, world, vip):
    client.force_login(world.viewer)
    address = reverse(
        "office:organisation_detail",
        kwargs={"network": world.network.slug, "organisation": world.other_organisation.pk},
    )
    page = client.get(address).content.decode()
    assert vip.project.title in page
    assert f"lead partner of the sub-project “{vip.orientation.title}”" in page
    assert f"cooperation partner in the sub-project “{vip.opening.title}”" in page
    assert "lead organisation of the project" not in page


def test_organisation_section_says_when_it_takes_part_in_nothing(world, vip):
    newcomer = OrganisationFactory()
    MembershipFactory(network=world.network, organisation=newcomer)
    (section,) = [
        s
        for s in slots.collect(
            "office_organisation_detail",
            request=request_of(world.coordinator),
            network=world.network,
            organisation=newcomer,
        )
        if s.template == "projects/_section_organisation.html"
    ]
    assert "Takes part in no project of this network." in rendered(section)


def test_public_network_page_lists_its_public_projects(client, world, vip):
    ProjectFactory(network=world.network, title="Noch intern", is_public=False)
    page = client.get(reverse("public:network", kwargs={"network": world.network.slug}))
    content = page.content.decode()
    assert public_url("project", world, project=vip.project.pk) in content
    assert "Noch intern" not in content


def test_public_organisation_page_lists_public_projects_it_takes_part_in(client, world, vip):
    hidden = ProjectFactory(network=world.network, title="Vertraulich", is_public=False)
    SubProjectPartnerFactory(sub_project__project=hidden, organisation=world.organisation)
    address = reverse(
        "public:organisation",
        kwargs={"network": world.network.slug, "organisation": world.organisation.pk},
    )
    content = client.get(address).content.decode()
    assert public_url("project", world, project=vip.project.pk) in content
    assert "lead organisation of the project" in content
    assert "Vertraulich" not in content


def test_public_sections_stay_empty_for_a_network_that_is_not_public(world, vip):
    world.network.is_public = False
    request = request_of(None)
    assert sections.public_network_projects(request=request, network=world.network) is None
    assert (
        sections.public_organisation_projects(
            request=request, network=world.network, organisation=world.organisation
        )
        is None
    )


def test_registry_search_finds_projects_by_title_acronym_and_description(client, world, vip):
    ProjectFactory(network=world.other_network, title="ALBuM-VIP in Beta")
    client.force_login(world.caseworker)
    for query in ("Inklusion", "album-vip", "Berufsorientierung"):
        page = client.post(office_url("search", world), {"q": query}).content.decode()
        assert office_url("project_detail", world, project=vip.project.pk) in page, query
        assert "ALBuM-VIP in Beta" not in page


def test_search_section_reports_when_no_project_matches(world, vip):
    (section,) = [
        s
        for s in slots.collect(
            "office_search",
            request=request_of(world.viewer),
            network=world.network,
            query="Raumfahrt",
        )
        if s.template == "projects/_section_search.html"
    ]
    assert "No projects match." in rendered(section)
