"""Back-office pages of a project's parts: sub-projects, partners, funding, indicators; and the
network's figures and funding programmes."""

from decimal import Decimal

import pytest
from django.urls import reverse

from verbund.network.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    TargetGroupFactory,
)
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    Indicator,
    SubProject,
    SubProjectPartner,
)
from verbund.projects.tests.factories import (
    FundingProgrammeFactory,
    IndicatorFactory,
    ProjectFactory,
)
from verbund.projects.tests.helpers import snapshot


def url(name, world, **kwargs):
    return reverse(f"office:{name}", kwargs={"network": world.network.slug, **kwargs})


@pytest.fixture
def coordinator(client, world):
    client.force_login(world.coordinator)
    return client


def refused_post(client, address, data) -> dict:
    """POST ``data``; expect the form back with errors and nothing changed; return the errors."""
    before = snapshot()
    response = client.post(address, data)
    assert response.status_code == 200
    assert snapshot() == before
    return response.context["form"].errors


# --- sub-projects --------------------------------------------------------------------------------


def test_coordinator_adds_a_sub_project_with_the_networks_lists(coordinator, world, vip):
    form = coordinator.get(url("sub_project_add", world, project=vip.project.pk)).context["form"]
    assert form.initial["position"] == 3
    assert list(form.fields["target_groups"].queryset) == [vip.target_group]
    response = coordinator.post(
        url("sub_project_add", world, project=vip.project.pk),
        {
            "title": "Stadtteilorientiertes Übergangsmanagement",
            "lead_partner": world.organisation.pk,
            "target_groups": [vip.target_group.pk],
            "fields_of_action": [vip.field_of_action.pk],
            "activities": "Lernförderung\nPC-Schulungen",
            "position": 3,
        },
    )
    assert response["Location"].endswith("#sub-projects")
    sub = SubProject.objects.get(title__startswith="Stadtteil")
    assert sub.project == vip.project
    assert list(sub.fields_of_action.all()) == [vip.field_of_action]


def test_sub_project_with_another_networks_target_group_is_refused(coordinator, world, vip):
    foreign_group = TargetGroupFactory(network=world.other_network)
    errors = refused_post(
        coordinator,
        url("sub_project_add", world, project=vip.project.pk),
        {"title": "Fremd", "position": 1, "target_groups": [foreign_group.pk]},
    )
    assert "target_groups" in errors


def test_a_list_of_checkboxes_is_a_fieldset_described_by_its_error(coordinator, world, vip):
    response = coordinator.post(
        url("sub_project_add", world, project=vip.project.pk),
        {"title": "X", "position": 1, "target_groups": ["999999"]},
    )
    page = response.content.decode()
    assert '<fieldset class="mb-3" aria-describedby="id_target_groups_error">' in page
    assert '<legend class="form-label fs-6">Target groups</legend>' in page


def test_sub_project_with_another_networks_lead_partner_is_refused(coordinator, world, vip):
    errors = refused_post(
        coordinator,
        url("sub_project_edit", world, project=vip.project.pk, sub_project=vip.opening.pk),
        {"title": "X", "position": 1, "lead_partner": world.foreign_organisation.pk},
    )
    assert "lead_partner" in errors


def test_making_a_cooperating_partner_lead_partner_is_explained(coordinator, world, vip):
    errors = refused_post(
        coordinator,
        url("sub_project_edit", world, project=vip.project.pk, sub_project=vip.opening.pk),
        {"title": vip.opening.title, "position": 1, "lead_partner": world.other_organisation.pk},
    )
    assert "remove it there" in str(errors["lead_partner"])


def test_coordinator_edits_a_sub_project(coordinator, world, vip):
    response = coordinator.post(
        url("sub_project_edit", world, project=vip.project.pk, sub_project=vip.opening.pk),
        {"title": "Interkulturelle Öffnung", "position": 1, "lead_partner": world.organisation.pk},
    )
    assert response.status_code == 302
    vip.opening.refresh_from_db()
    assert vip.opening.title == "Interkulturelle Öffnung"
    assert not vip.opening.target_groups.exists()


def test_a_sub_project_is_only_found_under_its_own_project(coordinator, world, vip):
    other_project = ProjectFactory(network=world.network)
    address = url("sub_project_edit", world, project=other_project.pk, sub_project=vip.opening.pk)
    assert coordinator.get(address).status_code == 404


def test_coordinator_deletes_a_sub_project_after_confirming(coordinator, world, vip):
    address = url("sub_project_delete", world, project=vip.project.pk, sub_project=vip.opening.pk)
    assert "with its list of partners" in coordinator.get(address).content.decode()
    coordinator.post(address, {"confirm": "1"})
    assert not SubProject.objects.filter(pk=vip.opening.pk).exists()


# --- partners ------------------------------------------------------------------------------------


def test_coordinator_adds_a_partner_with_its_role(coordinator, world, vip):
    member = OrganisationFactory(name="Kargah e.V.")
    MembershipFactory(network=world.network, organisation=member)
    response = coordinator.post(
        url("sub_project_partner_add", world, project=vip.project.pk, sub_project=vip.opening.pk),
        {"organisation": member.pk, "role": "strategic_partner"},
    )
    assert response["Location"].endswith(f"#sub-project-{vip.opening.pk}")
    assert vip.opening.partners.get(organisation=member).role == "strategic_partner"


def test_partner_choices_are_the_networks_organisations_also_former_ones(coordinator, world, vip):
    former = OrganisationFactory(name="Früher dabei")
    MembershipFactory(network=world.network, organisation=former, ended_on="2021-12-31")
    form = coordinator.get(
        url("sub_project_partner_add", world, project=vip.project.pk, sub_project=vip.opening.pk)
    ).context["form"]
    choices = set(form.fields["organisation"].queryset)
    assert former in choices and world.organisation in choices
    assert world.foreign_organisation not in choices


def test_posting_another_networks_organisation_as_partner_is_refused(coordinator, world, vip):
    errors = refused_post(
        coordinator,
        url("sub_project_partner_add", world, project=vip.project.pk, sub_project=vip.opening.pk),
        {"organisation": world.foreign_organisation.pk, "role": "project_partner"},
    )
    assert "Select a valid choice" in str(errors["organisation"])


def test_adding_the_same_partner_twice_is_refused(coordinator, world, vip):
    errors = refused_post(
        coordinator,
        url("sub_project_partner_add", world, project=vip.project.pk, sub_project=vip.opening.pk),
        {"organisation": world.other_organisation.pk, "role": "project_partner"},
    )
    assert errors == {"organisation": ["This organisation is already a partner here."]}


def test_coordinator_removes_a_partner(coordinator, world, vip):
    partner = vip.opening.partners.get()
    address = url(
        "sub_project_partner_remove",
        world,
        project=vip.project.pk,
        sub_project=vip.opening.pk,
        partner=partner.pk,
    )
    assert world.other_organisation.name in coordinator.get(address).content.decode()
    coordinator.post(address, {"confirm": "1"})
    assert not SubProjectPartner.objects.filter(pk=partner.pk).exists()


def test_a_partner_is_only_found_under_its_own_sub_project(coordinator, world, vip):
    partner = vip.opening.partners.get()
    address = url(
        "sub_project_partner_remove",
        world,
        project=vip.project.pk,
        sub_project=vip.orientation.pk,
        partner=partner.pk,
    )
    assert coordinator.post(address, {"confirm": "1"}).status_code == 404
    assert SubProjectPartner.objects.filter(pk=partner.pk).exists()


# --- funding -------------------------------------------------------------------------------------


def test_coordinator_adds_funding_and_the_total_grows(coordinator, world, vip):
    response = coordinator.post(
        url("funding_add", world, project=vip.project.pk),
        {"source": "state", "amount": "25000.50", "funder": "Land Niedersachsen"},
    )
    assert response["Location"].endswith("#funding")
    detail = coordinator.get(url("project_detail", world, project=vip.project.pk))
    assert detail.context["funding"].total == Decimal("1925000.50")


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("-100", "greater than or equal to 0"),
        ("zehn", "Enter a number."),
        ("", "This field is required."),
        ("1.005", "no more than 2 decimal places"),
    ],
)
def test_bad_amounts_are_refused_with_a_clear_message(coordinator, world, vip, amount, message):
    errors = refused_post(
        coordinator,
        url("funding_add", world, project=vip.project.pk),
        {"source": "eu", "amount": amount},
    )
    assert message in str(errors["amount"])


def test_coordinator_edits_and_deletes_funding(coordinator, world, vip):
    edit = url("funding_edit", world, project=vip.project.pk, funding=vip.federal.pk)
    assert coordinator.get(edit).context["form"]["amount"].value() == Decimal("900000.00")
    coordinator.post(edit, {"source": "federal", "amount": "950000"})
    vip.federal.refresh_from_db()
    assert vip.federal.amount == Decimal("950000.00")
    coordinator.post(
        url("funding_delete", world, project=vip.project.pk, funding=vip.federal.pk),
        {"confirm": "1"},
    )
    assert not Funding.objects.filter(pk=vip.federal.pk).exists()


def test_funding_is_only_found_under_its_own_project(coordinator, world, vip):
    other = ProjectFactory(network=world.network)
    address = url("funding_edit", world, project=other.pk, funding=vip.eu.pk)
    assert coordinator.get(address).status_code == 404


# --- indicators ----------------------------------------------------------------------------------


def test_coordinator_adds_an_indicator_to_a_project(coordinator, world, vip):
    response = coordinator.post(
        url("indicator_add", world, project=vip.project.pk),
        {"kind": "events", "planned": "12", "achieved": "9"},
    )
    assert response["Location"].endswith("#indicators")
    figure = Indicator.objects.get(kind="events")
    assert (figure.project, figure.network) == (vip.project, world.network)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"kind": "events", "planned": "-1"}, "planned"),
        ({"kind": "events"}, "__all__"),
        ({"kind": "nonsense", "planned": "1"}, "kind"),
        (
            {
                "kind": "events",
                "planned": "1",
                "period_start": "2014-01-01",
                "period_end": "2013-01-01",
            },
            "period_end",
        ),
    ],
)
def test_bad_indicators_are_refused(coordinator, world, vip, data, field):
    errors = refused_post(coordinator, url("indicator_add", world, project=vip.project.pk), data)
    assert field in errors


def test_coordinator_edits_and_deletes_an_indicator(coordinator, world, vip):
    edit = url("indicator_edit", world, project=vip.project.pk, indicator=vip.companies.pk)
    coordinator.post(edit, {"kind": "companies_reached", "planned": "50", "achieved": "61"})
    vip.companies.refresh_from_db()
    assert vip.companies.achieved == Decimal("61")
    coordinator.post(
        url("indicator_delete", world, project=vip.project.pk, indicator=vip.companies.pk),
        {"confirm": "1"},
    )
    assert not Indicator.objects.filter(pk=vip.companies.pk).exists()


def test_network_figures_page_lists_the_balance_with_its_period(client, world, vip):
    IndicatorFactory(
        project=None,
        network=world.network,
        kind="participants",
        period_start="2005-01-01",
        period_end="2010-12-31",
        planned=None,
        achieved=Decimal("2500"),
        is_approximate=True,
    )
    client.force_login(world.multiplier)
    response = client.get(url("network_indicators", world))
    page = response.content.decode()
    assert "about 2,500" in page
    assert "01/01/2005 – 12/31/2010" in page
    # The project's own indicators are not the network's balance.
    assert len(response.context["indicators"]) == 1


def test_a_network_figure_needs_its_period(coordinator, world):
    errors = refused_post(
        coordinator,
        url("network_indicator_add", world),
        {"kind": "participants", "achieved": "2500"},
    )
    assert set(errors) == {"period_start", "period_end"}


def test_coordinator_adds_edits_and_deletes_a_network_figure(coordinator, world):
    response = coordinator.post(
        url("network_indicator_add", world),
        {
            "kind": "funds_acquired",
            "period_start": "2005-01-01",
            "period_end": "2010-12-31",
            "achieved": "3000000",
            "is_approximate": "on",
        },
    )
    assert response["Location"] == url("network_indicators", world)
    figure = Indicator.objects.get()
    assert figure.project is None and figure.is_approximate
    coordinator.post(
        url("network_indicator_edit", world, indicator=figure.pk),
        {
            "kind": "funds_acquired",
            "period_start": "2005-01-01",
            "period_end": "2010-12-31",
            "achieved": "3100000",
        },
    )
    figure.refresh_from_db()
    assert figure.achieved == Decimal("3100000") and not figure.is_approximate
    coordinator.post(url("network_indicator_delete", world, indicator=figure.pk), {"confirm": "1"})
    assert not Indicator.objects.exists()


# --- funding programmes --------------------------------------------------------------------------


def test_programme_list_shows_projects_and_funds_per_programme(client, world, vip):
    FundingProgrammeFactory(network=world.other_network, name="Fremdprogramm")
    client.force_login(world.caseworker)
    page = client.get(url("programme_list", world)).content.decode()
    assert vip.programme.name in page
    assert "1 project" in page and "1,900,000.00 €" in page
    assert "Fremdprogramm" not in page


def test_coordinator_adds_and_edits_a_programme(coordinator, world):
    response = coordinator.post(
        url("programme_add", world),
        {"name": "Integration durch Qualifizierung", "short_name": "IQ", "website": "www.iq.de"},
    )
    assert response["Location"] == url("programme_list", world)
    programme = FundingProgramme.objects.get(short_name="IQ")
    assert programme.website == "https://www.iq.de"
    coordinator.post(
        url("programme_edit", world, programme=programme.pk),
        {"name": "Integration durch Qualifizierung (IQ)", "short_name": "IQ"},
    )
    programme.refresh_from_db()
    assert programme.name.endswith("(IQ)")


def test_a_programme_name_is_taken_only_once_per_network(coordinator, world, vip):
    errors = refused_post(
        coordinator, url("programme_add", world), {"name": vip.programme.name.lower()}
    )
    assert errors == {"name": ["This network already has a programme with this name."]}


def test_a_programme_in_use_is_not_deleted(coordinator, world, vip):
    before = snapshot()
    response = coordinator.post(
        url("programme_delete", world, programme=vip.programme.pk), {"confirm": "1"}
    )
    assert response.status_code == 200
    assert "still funds 1 project(s)" in response.content.decode()
    assert snapshot() == before


def test_an_unused_programme_is_deleted(coordinator, world):
    programme = FundingProgrammeFactory(network=world.network)
    coordinator.post(url("programme_delete", world, programme=programme.pk), {"confirm": "1"})
    assert not FundingProgramme.objects.filter(pk=programme.pk).exists()
