"""What projects contribute to the registry's pages (see ``verbund/core/slots.py``).

Each contribution reads with one selector of a constant number of queries and renders a
template of its own; it checks the reader's permission itself rather than trusting the page it
is shown on.
"""

from django.utils.translation import gettext

from verbund.accounts.access import has_permission
from verbund.core.slots import Section, contribute
from verbund.projects import selectors

VIEW = "network.registry:view"
CHANGE = "projects.project:change"


def _limited(rows: list) -> tuple[list, bool]:
    return rows[: selectors.SECTION_LIMIT], len(rows) > selectors.SECTION_LIMIT


@contribute("office_network_overview")
def network_projects(*, request, network):
    if not has_permission(request.user, VIEW, network=network):
        return None
    projects, more = _limited(selectors.overview_projects(network))
    return Section(
        title=gettext("Projects"),
        template="projects/_section_network.html",
        context={
            "network": network,
            "projects": projects,
            "more": more,
            "can_change": has_permission(request.user, CHANGE, network=network),
        },
    )


@contribute("office_organisation_detail")
def organisation_projects(*, request, network, organisation):
    if not has_permission(request.user, VIEW, network=network):
        return None
    return Section(
        title=gettext("Projects"),
        template="projects/_section_organisation.html",
        context={
            "network": network,
            "organisation": organisation,
            "projects": selectors.organisation_projects(network, organisation),
            "public": False,
        },
    )


@contribute("public_network")
def public_network_projects(*, request, network):
    if not network.is_public:
        return None
    projects, more = _limited(
        list(selectors.public_project_list(network)[: selectors.SECTION_LIMIT + 1])
    )
    return Section(
        title=gettext("Projects"),
        template="projects/_section_public_network.html",
        context={"network": network, "projects": projects, "more": more},
    )


@contribute("public_organisation")
def public_organisation_projects(*, request, network, organisation):
    if not network.is_public:
        return None
    projects = selectors.public_organisation_projects(network, organisation)
    if not projects:
        return None
    return Section(
        title=gettext("Projects"),
        template="projects/_section_organisation.html",
        context={
            "network": network,
            "organisation": organisation,
            "projects": projects,
            "public": True,
        },
    )


@contribute("office_search")
def search_projects(*, request, network, query):
    if not query or not has_permission(request.user, VIEW, network=network):
        return None
    projects, more = _limited(selectors.search_projects(network, query))
    return Section(
        title=gettext("Projects"),
        template="projects/_section_search.html",
        context={"network": network, "projects": projects, "more": more, "query": query},
    )
