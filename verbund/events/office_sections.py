"""What events contribute to the registry's back-office pages (see verbund/core/slots.py).

Each contribution checks the reader's permission itself: the network overview counts the events
the reader sees and the people and companies reached; an organisation's page lists the events it
(co-)organises that the reader sees.
"""

from django.utils.translation import gettext

from verbund.core.slots import Section, contribute
from verbund.events import permissions, selectors


@contribute("office_network_overview")
def network_events(*, request, network):
    if not permissions.may_see_figures(request.user, network):
        return None
    figures = selectors.people_reached(network)
    return Section(
        title=gettext("Events"),
        template="events/_office_section_network.html",
        context={
            "network": network,
            "counts": selectors.event_counts(request.user, network),
            "figures": figures,
            "can_add": permissions.may_add(request.user, network),
        },
    )


@contribute("office_organisation_detail")
def organisation_events(*, request, network, organisation):
    if not permissions.may_see_figures(request.user, network):
        return None
    events = selectors.organisation_events(request.user, network, organisation)
    return Section(
        title=gettext("Events"),
        template="events/_office_section_organisation.html",
        context={
            "network": network,
            "organisation": organisation,
            "events": events[: selectors.SECTION_LIMIT],
            "more": len(events) > selectors.SECTION_LIMIT,
        },
    )


@contribute("office_network_figures")
def network_figures(*, request, network):
    """People and companies reached, counted from who checked in at the network's events."""
    if not permissions.may_see_figures(request.user, network):
        return None
    return Section(
        title=gettext("Reached at events"),
        template="events/_office_section_figures.html",
        context={
            "network": network,
            "years": selectors.attendance_per_year(network),
            "total": selectors.people_reached(network),
        },
    )
