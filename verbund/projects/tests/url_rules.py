"""Permission rules of the projects pages (see verbund/core/testing.py).

Reading needs ``network.registry:view`` (the network's staff), every write
``projects.project:change`` (coordination), the export ``network.registry:export``. Each page is
ruled for GET and POST, and for an object of network B addressed under network A's address (404
for everyone, whatever their permission).
"""

from verbund.core.testing import COORDINATION, NETWORK_STAFF, UrlRule, office, public
from verbund.network.models import Network
from verbund.projects.models import IndicatorKind
from verbund.projects.tests.factories import (
    FundingFactory,
    FundingProgrammeFactory,
    IndicatorFactory,
    ProjectFactory,
    SubProjectFactory,
    SubProjectPartnerFactory,
)

EXPORT = COORDINATION | {"org_admin", "other_org_admin"}


def in_a(w, **kwargs):
    return {"network": w.network.slug, **kwargs}


def project(network: Network, **fields) -> int:
    return ProjectFactory(network=network, **fields).pk


def sub_project(network: Network) -> dict:
    sub = SubProjectFactory(project=ProjectFactory(network=network))
    return {"project": sub.project_id, "sub_project": sub.pk}


def partner(network: Network, organisation) -> dict:
    entry = SubProjectPartnerFactory(
        sub_project=SubProjectFactory(project=ProjectFactory(network=network)),
        organisation=organisation,
    )
    return {
        "project": entry.sub_project.project_id,
        "sub_project": entry.sub_project_id,
        "partner": entry.pk,
    }


def funding(network: Network) -> dict:
    entry = FundingFactory(project=ProjectFactory(network=network))
    return {"project": entry.project_id, "funding": entry.pk}


def indicator(network: Network) -> dict:
    entry = IndicatorFactory(project=ProjectFactory(network=network))
    return {"project": entry.project_id, "indicator": entry.pk}


def network_indicator(network: Network) -> int:
    return IndicatorFactory(
        project=None,
        network=network,
        kind=IndicatorKind.PARTICIPANTS,
        period_start="2005-01-01",
        period_end="2010-12-31",
    ).pk


def programme(network: Network) -> int:
    return FundingProgrammeFactory(network=network).pk


def page_rules(name, allowed, kwargs, *, get_ok=200, post_ok=200, label=""):
    """GET and POST (empty, so an allowed POST re-renders its form with errors) of one page."""
    return [
        UrlRule(name, office(allowed, ok=get_ok), kwargs=kwargs, label=label),
        UrlRule(name, office(allowed, ok=post_ok), kwargs=kwargs, method="post", label=label),
    ]


def foreign_rules(name, kwargs):
    """The page of an object of network B, addressed under network A: 404 for every method."""
    return [
        UrlRule(name, office(COORDINATION, foreign=True), kwargs=kwargs, label="foreign"),
        UrlRule(
            name,
            office(COORDINATION, foreign=True),
            kwargs=kwargs,
            method="post",
            data=lambda w: {"confirm": "1"},
            label="foreign",
        ),
    ]


def object_rules(name, allowed, own, foreign, **options):
    return [*page_rules(name, allowed, own, **options), *foreign_rules(name, foreign)]


# A sub-object of network B under a project of network A: the nested lookup must refuse it too.
def _foreign_sub_project(w):
    return in_a(
        w, project=project(w.network), sub_project=sub_project(w.other_network)["sub_project"]
    )


RULES = [
    # --- projects ---
    *page_rules("office:project_list", NETWORK_STAFF, in_a, post_ok=405),
    UrlRule(
        "office:project_list",
        office(NETWORK_STAFF),
        kwargs=in_a,
        query="?status=running&q=VIP&page=2",
        label="filtered",
    ),
    UrlRule(
        "office:project_list",
        office(NETWORK_STAFF),
        kwargs=in_a,
        query="?programme=999999&status=nonsense",
        label="invalid filters",
    ),
    *page_rules(
        "office:project_export", EXPORT, lambda w: in_a(w, fmt="csv"), post_ok=405, label="csv"
    ),
    UrlRule("office:project_export", office(EXPORT), kwargs=lambda w: in_a(w, fmt="xlsx")),
    UrlRule(
        "office:project_export",
        office(EXPORT, ok=404),
        kwargs=lambda w: in_a(w, fmt="pdf"),
        label="unknown format",
    ),
    *page_rules("office:project_add", COORDINATION, in_a),
    UrlRule(
        "office:project_add",
        office(COORDINATION, ok=302),
        kwargs=in_a,
        method="post",
        data=lambda w: {"title": "Neues Projekt", "status": "planned"},
        label="valid",
    ),
    *object_rules(
        "office:project_detail",
        NETWORK_STAFF,
        lambda w: in_a(w, project=project(w.network)),
        lambda w: in_a(w, project=project(w.other_network)),
        post_ok=405,
    ),
    UrlRule(
        "office:project_detail",
        office(NETWORK_STAFF),
        kwargs=lambda w: in_a(w, project=project(w.network, is_public=False)),
        label="not public",
    ),
    *object_rules(
        "office:project_edit",
        COORDINATION,
        lambda w: in_a(w, project=project(w.network)),
        lambda w: in_a(w, project=project(w.other_network)),
    ),
    *object_rules(
        "office:project_delete",
        COORDINATION,
        lambda w: in_a(w, project=project(w.network)),
        lambda w: in_a(w, project=project(w.other_network)),
    ),
    # --- sub-projects and partners ---
    *object_rules(
        "office:sub_project_add",
        COORDINATION,
        lambda w: in_a(w, project=project(w.network)),
        lambda w: in_a(w, project=project(w.other_network)),
    ),
    *object_rules(
        "office:sub_project_edit",
        COORDINATION,
        lambda w: in_a(w, **sub_project(w.network)),
        _foreign_sub_project,
    ),
    *foreign_rules("office:sub_project_edit", lambda w: in_a(w, **sub_project(w.other_network))),
    *object_rules(
        "office:sub_project_delete",
        COORDINATION,
        lambda w: in_a(w, **sub_project(w.network)),
        _foreign_sub_project,
    ),
    *object_rules(
        "office:sub_project_partner_add",
        COORDINATION,
        lambda w: in_a(w, **sub_project(w.network)),
        _foreign_sub_project,
    ),
    UrlRule(
        "office:sub_project_partner_add",
        office(COORDINATION),
        kwargs=lambda w: in_a(w, **sub_project(w.network)),
        method="post",
        data=lambda w: {"organisation": w.foreign_organisation.pk, "role": "project_partner"},
        label="organisation of another network",
    ),
    *object_rules(
        "office:sub_project_partner_remove",
        COORDINATION,
        lambda w: in_a(w, **partner(w.network, w.organisation)),
        lambda w: in_a(w, **partner(w.other_network, w.foreign_organisation)),
    ),
    # --- funding ---
    *object_rules(
        "office:funding_add",
        COORDINATION,
        lambda w: in_a(w, project=project(w.network)),
        lambda w: in_a(w, project=project(w.other_network)),
    ),
    UrlRule(
        "office:funding_add",
        office(COORDINATION),
        kwargs=lambda w: in_a(w, project=project(w.network)),
        method="post",
        data=lambda w: {"source": "eu", "amount": "-1"},
        label="negative amount",
    ),
    *object_rules(
        "office:funding_edit",
        COORDINATION,
        lambda w: in_a(w, **funding(w.network)),
        lambda w: in_a(w, project=project(w.network), funding=funding(w.other_network)["funding"]),
    ),
    *object_rules(
        "office:funding_delete",
        COORDINATION,
        lambda w: in_a(w, **funding(w.network)),
        lambda w: in_a(w, **funding(w.other_network)),
    ),
    # --- indicators of a project ---
    *object_rules(
        "office:indicator_add",
        COORDINATION,
        lambda w: in_a(w, project=project(w.network)),
        lambda w: in_a(w, project=project(w.other_network)),
    ),
    *object_rules(
        "office:indicator_edit",
        COORDINATION,
        lambda w: in_a(w, **indicator(w.network)),
        lambda w: in_a(
            w, project=project(w.network), indicator=indicator(w.other_network)["indicator"]
        ),
    ),
    *object_rules(
        "office:indicator_delete",
        COORDINATION,
        lambda w: in_a(w, **indicator(w.network)),
        lambda w: in_a(w, **indicator(w.other_network)),
    ),
    # A figure of the network as a whole is not one of a project's indicators.
    UrlRule(
        "office:indicator_edit",
        office(COORDINATION, foreign=True),
        kwargs=lambda w: in_a(
            w, project=project(w.network), indicator=network_indicator(w.network)
        ),
        label="network figure under a project",
    ),
    # --- figures of the network ---
    *page_rules("office:network_indicators", NETWORK_STAFF, in_a, post_ok=405),
    *page_rules("office:network_indicator_add", COORDINATION, in_a),
    *object_rules(
        "office:network_indicator_edit",
        COORDINATION,
        lambda w: in_a(w, indicator=network_indicator(w.network)),
        lambda w: in_a(w, indicator=network_indicator(w.other_network)),
    ),
    UrlRule(
        "office:network_indicator_edit",
        office(COORDINATION, foreign=True),
        kwargs=lambda w: in_a(w, indicator=indicator(w.network)["indicator"]),
        label="project indicator as network figure",
    ),
    *object_rules(
        "office:network_indicator_delete",
        COORDINATION,
        lambda w: in_a(w, indicator=network_indicator(w.network)),
        lambda w: in_a(w, indicator=network_indicator(w.other_network)),
    ),
    # --- funding programmes ---
    *page_rules("office:programme_list", NETWORK_STAFF, in_a, post_ok=405),
    *page_rules("office:programme_add", COORDINATION, in_a),
    *object_rules(
        "office:programme_edit",
        COORDINATION,
        lambda w: in_a(w, programme=programme(w.network)),
        lambda w: in_a(w, programme=programme(w.other_network)),
    ),
    *object_rules(
        "office:programme_delete",
        COORDINATION,
        lambda w: in_a(w, programme=programme(w.network)),
        lambda w: in_a(w, programme=programme(w.other_network)),
    ),
    # --- public pages ---
    UrlRule("public:project_list", public(), kwargs=in_a),
    UrlRule("public:project_list", public(405), kwargs=in_a, method="post"),
    UrlRule(
        "public:project_list",
        public(404),
        kwargs=lambda w: {"network": _private_network(w).slug},
        label="network not public",
    ),
    UrlRule("public:project", public(), kwargs=lambda w: in_a(w, project=project(w.network))),
    UrlRule(
        "public:project",
        public(405),
        kwargs=lambda w: in_a(w, project=project(w.network)),
        method="post",
    ),
    UrlRule(
        "public:project",
        public(404),
        kwargs=lambda w: in_a(w, project=project(w.network, is_public=False)),
        label="project not public",
    ),
    UrlRule(
        "public:project",
        public(404),
        kwargs=lambda w: in_a(w, project=project(w.other_network)),
        label="foreign",
    ),
    UrlRule(
        "public:project",
        public(404),
        kwargs=lambda w: {
            "network": _private_network(w).slug,
            "project": project(_private_network(w)),
        },
        label="network not public",
    ),
]


def _private_network(w) -> Network:
    w.network.is_public = False
    w.network.save(update_fields=["is_public"])
    return w.network
