"""Reads of projects and funding, shaped for the pages, the exports and the sections that
projects contribute to the registry's pages.

Every read is scoped by the network it is asked for. Lists return querysets with what their rows
show joined, prefetched or summed in SQL, so a page costs the same number of queries for ten rows
as for a thousand.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, F, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum

from verbund.network.models import ContactPerson, Network, Organisation
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    FundingSource,
    Indicator,
    Project,
    SubProject,
    SubProjectPartner,
    source_order,
)

CENT = Decimal("0.01")


def euros(value) -> Decimal | None:
    """An amount summed by the database, to the cent: SQLite sums decimals as floating point."""
    return None if value is None else Decimal(value).quantize(CENT)


# Newest first; a project without a start date (only a year known, or still planned) last.
PROJECT_ORDER = (F("starts_on").desc(nulls_last=True), "title", "pk")


# --- choices of the forms -----------------------------------------------------------------------


def programme_choices(network: Network) -> QuerySet[FundingProgramme]:
    return FundingProgramme.objects.filter(network=network).order_by("name", "pk")


def organisation_choices(network: Network) -> QuerySet[Organisation]:
    """Organisations that belong or belonged to ``network``: a project of 2012 keeps partners
    that have left since."""
    return Organisation.objects.in_network(network).order_by("name", "pk")


def contact_choices(network: Network) -> QuerySet[ContactPerson]:
    return (
        ContactPerson.objects.filter(organisation__in=Organisation.objects.in_network(network))
        .select_related("organisation")
        .order_by("last_name", "first_name", "pk")
    )


# --- the project list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectFilter:
    query: str = ""
    status: str = ""
    programme: int | None = None


def project_list(network: Network, filters: ProjectFilter | None = None) -> QuerySet[Project]:
    """The network's projects matching ``filters``, with programme and lead organisation joined
    and ``funding_total`` summed in SQL."""
    filters = filters or ProjectFilter()
    projects = Project.objects.filter(network=network)
    if filters.status:
        projects = projects.filter(status=filters.status)
    if filters.programme:
        projects = projects.filter(programme_id=filters.programme)
    if filters.query:
        projects = projects.matching(filters.query)
    return (
        projects.select_related("programme", "lead_organisation")
        .with_funding_total()
        .order_by(*PROJECT_ORDER)
    )


def project_export_rows(network: Network, filters: ProjectFilter | None = None):
    """``project_list`` with the funding of each source summed (``funding_<source>``)."""
    return project_list(network, filters).with_funding_by_source()


# --- one project ---------------------------------------------------------------------------------


def _sub_projects(partners: QuerySet[SubProjectPartner]) -> Prefetch:
    return Prefetch(
        "sub_projects",
        queryset=SubProject.objects.select_related("lead_partner").prefetch_related(
            Prefetch("partners", queryset=partners.select_related("organisation")),
            "target_groups",
            "fields_of_action",
        ),
    )


def project_detail(network: Network) -> QuerySet[Project]:
    """The network's projects with everything their back-office page shows; fetch one with
    ``get_object_or_404(project_detail(network), pk=…)``."""
    return (
        Project.objects.filter(network=network)
        .select_related("programme", "lead_organisation")
        .with_funding_total()
        .prefetch_related(
            _sub_projects(SubProjectPartner.objects.all()),
            Prefetch(
                "contacts",
                queryset=ContactPerson.objects.select_related("organisation").order_by(
                    "last_name", "first_name", "pk"
                ),
            ),
            Prefetch("funding", queryset=Funding.objects.order_by(source_order(), "pk")),
            Prefetch(
                "indicators",
                queryset=Indicator.objects.with_achievement_rate().order_by(
                    "kind", F("period_start").asc(nulls_first=True), "pk"
                ),
            ),
        )
    )


@dataclass
class SourceRow:
    source: str
    label: str
    amount: Decimal
    share: float | None
    entries: list = field(default_factory=list)


@dataclass
class FundingSummary:
    total: Decimal
    rows: list[SourceRow]


def funding_summary(project: Project, *, with_entries: bool = True) -> FundingSummary:
    """The project's funding summed by source with each source's share, and the overall total,
    all summed in SQL. With ``with_entries`` each row carries its entries from the prefetched
    ``project.funding``."""
    labels = dict(FundingSource.choices)
    rows = [
        SourceRow(
            source=row["source"],
            label=labels.get(row["source"], row["source"]),
            amount=euros(row["amount"]),
            share=row["share"],
        )
        for row in Funding.objects.filter(project=project).by_source()
    ]
    if with_entries:
        by_source = {row.source: row for row in rows}
        for entry in project.funding.all():
            by_source[entry.source].entries.append(entry)
    if hasattr(project, "funding_total"):
        total = project.funding_total  # summed in SQL by the query that read the project
    else:
        total = Funding.objects.filter(project=project).aggregate(total=Sum("amount"))["total"]
    return FundingSummary(total=euros(total) or Decimal("0.00"), rows=rows)


# --- programmes and figures of the network --------------------------------------------------------


def programme_list(network: Network) -> QuerySet[FundingProgramme]:
    """The network's programmes with ``project_count`` and the ``funding_total`` of their
    projects, both in SQL."""
    funding = (
        Funding.objects.filter(project__programme=OuterRef("pk"))
        .order_by()
        .values("project__programme")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    return (
        FundingProgramme.objects.filter(network=network)
        .annotate(project_count=Count("projects"), funding_total=Subquery(funding))
        .order_by("name", "pk")
    )


def network_indicators(network: Network) -> QuerySet[Indicator]:
    """The figures of the network as a whole (no project), oldest period first."""
    return (
        Indicator.objects.filter(network=network)
        .network_level()
        .with_achievement_rate()
        .order_by(F("period_start").asc(nulls_first=True), "period_end", "kind", "pk")
    )


# --- sections on the registry's pages ------------------------------------------------------------

SECTION_LIMIT = 50


def overview_projects(network: Network) -> list[Project]:
    """The newest projects of the network for its overview, at most SECTION_LIMIT + 1 (the
    extra one tells the page that there are more)."""
    return list(project_list(network)[: SECTION_LIMIT + 1])


def _involvement(projects: QuerySet[Project], organisation: Organisation) -> QuerySet[Project]:
    """``projects`` in which ``organisation`` takes part, each with ``organisation_sub_projects``:
    the sub-projects it leads or partners in, carrying ``organisation_partnerships``."""
    involved = SubProject.objects.filter(
        Q(lead_partner=organisation) | Q(partners__organisation=organisation)
    ).values("pk")
    return (
        projects.involving(organisation)
        .select_related("programme", "lead_organisation")
        .prefetch_related(
            Prefetch(
                "sub_projects",
                queryset=SubProject.objects.filter(pk__in=involved).prefetch_related(
                    Prefetch(
                        "partners",
                        queryset=SubProjectPartner.objects.filter(organisation=organisation),
                        to_attr="organisation_partnerships",
                    )
                ),
                to_attr="organisation_sub_projects",
            )
        )
        .order_by(*PROJECT_ORDER)
    )


def organisation_projects(network: Network, organisation: Organisation) -> list[Project]:
    """Projects of ``network`` that ``organisation`` leads or partners in (see
    ``_involvement``)."""
    return list(_involvement(Project.objects.filter(network=network), organisation))


def public_organisation_projects(network: Network, organisation: Organisation) -> list[Project]:
    return list(_involvement(Project.objects.filter(network=network).public(), organisation))


def search_projects(network: Network, query: str) -> list[Project]:
    """Projects of ``network`` whose title, acronym or description contain ``query``; at most
    SECTION_LIMIT + 1."""
    return list(project_list(network, ProjectFilter(query=query))[: SECTION_LIMIT + 1])


# --- public pages --------------------------------------------------------------------------------


def public_network(slug: str) -> QuerySet[Network]:
    return Network.objects.filter(slug=slug, is_public=True)


def public_project_list(network: Network) -> QuerySet[Project]:
    return (
        Project.objects.filter(network=network)
        .public()
        .select_related("programme", "lead_organisation")
        .with_funding_total()
        .order_by(*PROJECT_ORDER)
    )


def public_project_detail(network: Network) -> QuerySet[Project]:
    """The public projects of a public ``network`` with what their public page shows: only
    the contact persons who agreed to be shown."""
    return (
        Project.objects.filter(network=network)
        .public()
        .select_related("programme", "lead_organisation")
        .with_funding_total()
        .prefetch_related(
            _sub_projects(SubProjectPartner.objects.all()),
            Prefetch(
                "contacts",
                queryset=ContactPerson.objects.public()
                .select_related("organisation")
                .order_by("last_name", "first_name", "pk"),
            ),
        )
    )
