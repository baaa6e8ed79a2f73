"""Permission rules of the projects API routes (see verbund/network/tests/url_rules_api.py)."""

import datetime
from decimal import Decimal

from verbund.core.testing import COORDINATION, UrlRule, public
from verbund.network.tests.url_rules_api import (
    in_a,
    nested_resource_rules,
    staff_read,
    write,
)
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    Indicator,
    Project,
    ProjectStatus,
    SubProject,
    SubProjectPartner,
)


def make_programme(network, **fields) -> FundingProgramme:
    fields.setdefault("name", f"XENOS – Integration und Vielfalt ({network.slug})")
    return FundingProgramme.objects.create(network=network, **fields)


def make_project(network, **fields) -> Project:
    fields.setdefault("title", "Vielfalt – Inklusion – Perspektiven")
    fields.setdefault("acronym", "VIP")
    fields.setdefault("status", ProjectStatus.RUNNING)
    fields.setdefault("starts_on", datetime.date(2012, 1, 1))
    fields.setdefault("ends_on", datetime.date(2014, 12, 31))
    project = Project.objects.create(network=network, **fields)
    Funding.objects.create(project=project, source="eu", amount=Decimal("1000000.00"))
    return project


def funding_of(network, **project_fields) -> int:
    return make_project(network, **project_fields).funding.get().pk


def make_indicator(network, **fields) -> Indicator:
    fields.setdefault("kind", "participants")
    fields.setdefault("planned", Decimal("2500"))
    return Indicator.objects.create(network=network, **fields)


def make_sub_project(network, **project_fields) -> SubProject:
    return SubProject.objects.create(
        project=make_project(network, **project_fields), title="Berufsorientierung"
    )


def make_partner(world, network, organisation, **project_fields) -> SubProjectPartner:
    return SubProjectPartner.objects.create(
        sub_project=make_sub_project(network, **project_fields),
        organisation=organisation,
        role="cooperation_partner",
    )


RULES = [
    *nested_resource_rules(
        "programme",
        own=lambda w: make_programme(w.network).pk,
        foreign=lambda w: make_programme(w.other_network).pk,
        writers=COORDINATION,
        invalid_patch={"name": ""},
        deletable=True,
    ),
    *nested_resource_rules(
        "project",
        own=lambda w: make_project(w.network).pk,
        foreign=lambda w: make_project(w.other_network).pk,
        writers=COORDINATION,
        invalid_patch={"title": ""},
        deletable=True,
    ),
    UrlRule(
        "api:project-detail",
        staff_read(),
        kwargs=lambda w: in_a(w, pk=make_project(w.network, is_public=False).pk),
        label="not public",
    ),
    UrlRule(
        "api:project-detail",
        write(COORDINATION, hidden=True),
        kwargs=lambda w: in_a(w, pk=make_project(w.network, is_public=False).pk),
        method="patch",
        data=lambda w: {"title": ""},
        label="not public",
    ),
    UrlRule(
        "api:project-list",
        write(COORDINATION),
        kwargs=in_a,
        method="post",
        data=lambda w: {"title": "X", "programme": make_programme(w.other_network).pk},
        label="programme of another network",
    ),
    UrlRule(
        "api:project-list",
        public(),
        kwargs=in_a,
        query="?status=running&programme=1&search=VIP",
        label="filtered",
    ),
    *nested_resource_rules(
        "funding",
        own=lambda w: funding_of(w.network),
        foreign=lambda w: funding_of(w.other_network),
        writers=COORDINATION,
        invalid_patch={"amount": "-1.00"},
        deletable=True,
    ),
    UrlRule(
        "api:funding-detail",
        staff_read(),
        kwargs=lambda w: in_a(w, pk=funding_of(w.network, is_public=False)),
        label="of a project not public",
    ),
    *nested_resource_rules(
        "indicator",
        own=lambda w: make_indicator(w.network).pk,
        foreign=lambda w: make_indicator(w.other_network).pk,
        writers=COORDINATION,
        invalid_patch={"planned": "-5"},
        deletable=True,
    ),
    UrlRule(
        "api:indicator-detail",
        staff_read(),
        kwargs=lambda w: in_a(
            w, pk=make_indicator(w.network, project=make_project(w.network, is_public=False)).pk
        ),
        label="of a project not public",
    ),
    *nested_resource_rules(
        "sub-project",
        own=lambda w: make_sub_project(w.network).pk,
        foreign=lambda w: make_sub_project(w.other_network).pk,
        writers=COORDINATION,
        invalid_patch={"title": ""},
        deletable=True,
    ),
    UrlRule(
        "api:sub-project-detail",
        staff_read(),
        kwargs=lambda w: in_a(w, pk=make_sub_project(w.network, is_public=False).pk),
        label="of a project not public",
    ),
    *nested_resource_rules(
        "sub-project-partner",
        own=lambda w: make_partner(w, w.network, w.other_organisation).pk,
        foreign=lambda w: make_partner(w, w.other_network, w.foreign_organisation).pk,
        writers=COORDINATION,
        invalid_patch={"partner_role": "sponsor"},
        deletable=True,
        patchable=False,
    ),
    UrlRule(
        "api:sub-project-partner-detail",
        staff_read(),
        kwargs=lambda w: in_a(
            w, pk=make_partner(w, w.network, w.other_organisation, is_public=False).pk
        ),
        label="of a project not public",
    ),
]
