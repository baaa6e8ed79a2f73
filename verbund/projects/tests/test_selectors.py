"""Reads of projects: sums, shares and rates come from SQL and stay right whatever is joined."""

import datetime
from decimal import Decimal

import pytest

from verbund.network.tests.factories import MembershipFactory, OrganisationFactory
from verbund.projects import selectors
from verbund.projects.models import Funding, Indicator, Project
from verbund.projects.selectors import ProjectFilter
from verbund.projects.tests.factories import (
    FundingFactory,
    FundingProgrammeFactory,
    IndicatorFactory,
    ProjectFactory,
    SubProjectPartnerFactory,
)

pytestmark = pytest.mark.django_db


def test_funding_total_is_not_multiplied_by_joined_sub_projects(world, vip):
    # Two sub-projects and three funding rows: a join-based sum would count each amount twice.
    rows = Project.objects.filter(pk=vip.project.pk).involving(world.organisation)
    assert rows.with_funding_total().get().funding_total == Decimal("1900000.00")


def test_a_project_without_funding_has_no_total(world):
    project = ProjectFactory(network=world.network)
    assert Project.objects.with_funding_total().get(pk=project.pk).funding_total is None


def test_funding_by_source_sums_each_source_with_its_share_eu_first(world, vip):
    rows = list(Funding.objects.filter(project=vip.project).by_source())
    assert [row["source"] for row in rows] == ["eu", "federal"]
    assert [row["amount"] for row in rows] == [Decimal("1000000.00"), Decimal("900000.00")]
    assert [round(row["share"], 2) for row in rows] == [52.63, 47.37]


def test_funding_shares_are_none_when_everything_is_zero(world):
    project = ProjectFactory(network=world.network)
    FundingFactory(project=project, source="own", amount=Decimal("0"))
    (row,) = Funding.objects.filter(project=project).by_source()
    assert row["amount"] == Decimal("0") and row["share"] is None


def test_funding_summary_groups_the_entries_under_their_source(world, vip):
    project = selectors.project_detail(world.network).get(pk=vip.project.pk)
    summary = selectors.funding_summary(project)
    assert summary.total == Decimal("1900000.00")
    assert [len(row.entries) for row in summary.rows] == [2, 1]
    assert summary.rows[0].label == "EU (ESF)"


def test_funding_by_source_per_project_in_the_export(world, vip):
    row = selectors.project_export_rows(world.network).get(pk=vip.project.pk)
    assert row.funding_eu == Decimal("1000000.00")
    assert row.funding_federal == Decimal("900000.00")
    assert row.funding_state is None


def test_achievement_rate_is_achieved_over_planned_in_percent(world, vip):
    rates = dict(
        Indicator.objects.filter(project=vip.project)
        .with_achievement_rate()
        .values_list("kind", "achievement_percent")
    )
    assert rates == {"participants": 75.0, "companies_reached": None}


def test_achievement_rate_is_none_without_a_planned_figure(world, vip):
    figure = IndicatorFactory(project=vip.project, planned=Decimal("0"), achieved=Decimal("3"))
    assert Indicator.objects.with_achievement_rate().get(pk=figure.pk).achievement_percent is None


def test_project_list_filters_by_status_programme_and_text(world, vip):
    other = ProjectFactory(network=world.network, title="Deutsch 360 Grad", status="planned")
    ProjectFactory(network=world.other_network, title="Deutsch 360 Grad")

    def titles(**filters):
        return [p.title for p in selectors.project_list(world.network, ProjectFilter(**filters))]

    assert titles(status="planned") == [other.title]
    assert titles(programme=vip.programme.pk) == [vip.project.title]
    assert titles(query="360") == [other.title]
    assert titles(query="album-vip") == [vip.project.title]
    assert set(titles(query="Berufsorientierung")) == {vip.project.title, other.title}


def test_project_list_shows_newest_first_and_undated_last(world):
    undated = ProjectFactory(network=world.network, starts_on=None, ends_on=None)
    old = ProjectFactory(network=world.network, starts_on=datetime.date(2005, 1, 1))
    new = ProjectFactory(network=world.network, starts_on=datetime.date(2012, 1, 1))
    assert list(selectors.project_list(world.network)) == [new, old, undated]


def test_organisation_projects_name_each_way_an_organisation_takes_part(world, vip):
    (project,) = selectors.organisation_projects(world.network, world.other_organisation)
    assert project == vip.project
    subs = {sub.title: sub for sub in project.organisation_sub_projects}
    assert set(subs) == {vip.opening.title, vip.orientation.title}
    assert subs[vip.orientation.title].lead_partner_id == world.other_organisation.pk
    assert [p.role for p in subs[vip.opening.title].organisation_partnerships] == [
        "cooperation_partner"
    ]


def test_organisation_projects_stay_within_the_network(world, vip):
    foreign = ProjectFactory(network=world.other_network, lead_organisation=world.organisation)
    projects = selectors.organisation_projects(world.network, world.organisation)
    assert foreign not in projects
    assert projects == [vip.project]


def test_a_partner_only_organisation_finds_its_project(world):
    member = OrganisationFactory()
    MembershipFactory(network=world.network, organisation=member)
    partnership = SubProjectPartnerFactory(
        sub_project__project__network=world.network, organisation=member
    )
    assert selectors.organisation_projects(world.network, member) == [
        partnership.sub_project.project
    ]


def test_public_reads_leave_out_private_projects_and_contacts(world, vip):
    hidden = ProjectFactory(network=world.network, is_public=False)
    assert hidden not in selectors.public_project_list(world.network)
    project = selectors.public_project_detail(world.network).get(pk=vip.project.pk)
    assert list(project.contacts.all()) == [vip.public_contact]
    assert not selectors.public_project_detail(world.network).filter(pk=hidden.pk).exists()


def test_programme_list_counts_projects_and_sums_their_funding(world, vip):
    FundingProgrammeFactory(network=world.network, name="IQ")
    rows = {p.name: p for p in selectors.programme_list(world.network)}
    assert rows[vip.programme.name].project_count == 1
    assert rows[vip.programme.name].funding_total == Decimal("1900000.00")
    assert rows["IQ"].project_count == 0 and rows["IQ"].funding_total is None


def test_network_indicators_are_the_figures_without_project(world, vip):
    balance = IndicatorFactory(
        project=None,
        network=world.network,
        period_start=datetime.date(2005, 1, 1),
        period_end=datetime.date(2010, 12, 31),
    )
    assert list(selectors.network_indicators(world.network)) == [balance]


def test_funding_summary_of_a_project_read_without_its_total_sums_in_sql(world, vip):
    project = Project.objects.get(pk=vip.project.pk)
    assert selectors.funding_summary(project, with_entries=False).total == Decimal("1900000.00")


def test_funding_summary_of_a_project_without_funding_is_zero(world):
    project = selectors.project_detail(world.network).get(
        pk=ProjectFactory(network=world.network).pk
    )
    summary = selectors.funding_summary(project)
    assert summary.total == Decimal("0.00") and summary.rows == []
