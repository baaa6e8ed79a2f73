"""Every public page meets WCAG 2.1 AA (axe-core) in German and in Arabic, right to left; the
back-office login too. Keyboard users skip to the content first; the language menu leads to
the same page in the chosen language."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from verbund.network.models import LegalForm, MembershipRole
from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    MembershipFactory,
    OrganisationFactory,
)
from verbund.projects.models import FundingSource, PartnerRole
from verbund.projects.tests.factories import (
    FundingFactory,
    FundingProgrammeFactory,
    ProjectFactory,
    SubProjectFactory,
    SubProjectPartnerFactory,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def public_data(world):
    """Network Alpha filled so that every part of its public pages shows: a coordination office,
    a synthetic member, fields of action, a public project with programme, sub-projects,
    partners, funding and a public contact person."""
    network = world.network
    organisation = world.organisation
    organisation.legal_form = LegalForm.REGISTERED_ASSOCIATION
    organisation.street = "Lavesstraße 1"
    organisation.phone = "0511 123456"
    organisation.email = "info@example.org"
    organisation.website = "https://example.org/"
    organisation.description = "Beratung und Bildung für Zugewanderte."
    organisation.save()
    network.coordination_office = organisation
    network.description = "Ein Netzwerk für Arbeit und Bildung."
    network.website = "https://example.org/netzwerk"
    network.email = "netzwerk@example.org"
    network.save()
    synthetic = OrganisationFactory(name="Beispielverein", is_synthetic=True)
    MembershipFactory(
        network=network, organisation=synthetic, role=MembershipRole.COOPERATION_PARTNER
    )
    FieldOfActionFactory(network=network, name="Übergang Schule – Beruf")
    contact = ContactPersonFactory(organisation=organisation, is_public=True, phone="0511 654321")
    programme = FundingProgrammeFactory(network=network, website="https://example.org/xenos")
    project = ProjectFactory(
        network=network,
        programme=programme,
        lead_organisation=organisation,
        starts_on=datetime.date(2012, 5, 2),
        ends_on=datetime.date(2014, 12, 31),
    )
    project.contacts.set([contact])
    sub_project = SubProjectFactory(
        project=project, lead_partner=organisation, description="Trainings für Fachkräfte."
    )
    SubProjectPartnerFactory(
        sub_project=sub_project,
        organisation=world.other_organisation,
        role=PartnerRole.COOPERATION_PARTNER,
    )
    FundingFactory(project=project, source=FundingSource.EU, amount=Decimal("500000.00"))
    FundingFactory(project=project, source=FundingSource.FEDERAL, amount=Decimal("900000.00"))
    with translation.override("de"):  # German addresses carry no prefix
        return {
            "home": reverse("public:home"),
            "network": reverse("public:network", args=[network.slug]),
            "organisation": reverse("public:organisation", args=[network.slug, organisation.pk]),
            "project_list": reverse("public:project_list", args=[network.slug]),
            "project": reverse("public:project", args=[network.slug, project.pk]),
        }


PUBLIC_PAGES = ["home", "network", "organisation", "project_list", "project"]
RTL_BOOTSTRAP_LOADED = """[...document.styleSheets].some(
    (sheet) => sheet.href && sheet.href.includes("bootstrap.rtl") && sheet.cssRules.length > 0
)"""


def in_language(path, language):
    """``path`` (German, unprefixed) under the prefix of ``language``."""
    return f"/{language}{path}"


def open_page(page, path):
    response = page.goto(path)
    assert response.status == 200, f"{path} answered {response.status}"
    return response


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_in_german_meets_wcag_21_aa(page, axe, public_data, name):
    open_page(page, public_data[name])
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("html").get_attribute("dir") == "ltr"
    axe(page)


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_in_arabic_is_right_to_left_and_meets_wcag_21_aa(page, axe, public_data, name):
    open_page(page, in_language(public_data[name], "ar"))
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    # The right-to-left build of Bootstrap is the one loaded.
    assert page.evaluate(RTL_BOOTSTRAP_LOADED)
    axe(page)


def test_back_office_login_meets_wcag_21_aa(page, axe):
    open_page(page, reverse("account_login"))
    assert page.locator("html").get_attribute("lang") == "de"
    axe(page)


def test_first_tab_reaches_visible_skip_link_which_moves_focus_to_main(page, public_data):
    open_page(page, public_data["network"])
    page.keyboard.press("Tab")
    skip_link = page.locator("a[href='#main']")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    # The next Tab continues inside the content, not at the top of the page again.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_language_menu_leads_to_the_same_page_in_arabic(page, live_server, public_data):
    open_page(page, public_data["organisation"])
    with translation.override("de"):
        label = translation.gettext("Language")
    # A disclosure of links: opened by keyboard, the Arabic link followed by keyboard too.
    page.locator("summary", has_text=label).focus()
    page.keyboard.press("Enter")
    arabic = page.get_by_role("link", name="العربيّة", exact=True)
    expect(arabic).to_be_visible()
    arabic.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == live_server.url + in_language(public_data["organisation"], "ar")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
