"""What offerings contribute to the registry's back-office pages (see verbund/core/slots.py).

Each contribution checks the reader's permission itself: the network overview counts what the
reader may see of the catalogue (all of it for coordinators, their organisations' offerings for
organisation staff); an organisation's page lists its offerings only to those who see them.
"""

from django.utils.translation import gettext

from verbund.accounts.access import has_permission
from verbund.core.slots import Section, contribute
from verbund.offers import office_selectors
from verbund.offers.models import OfferingStatus

VIEW = "network.registry:view"


@contribute("office_network_overview")
def network_offerings(*, request, network):
    if not has_permission(request.user, VIEW, network=network):
        return None
    counts = office_selectors.status_counts(request.user, network)
    return Section(
        title=gettext("Offerings"),
        template="offers/_office_section_network.html",
        context={
            "network": network,
            "counts": [(status, label, counts[status]) for status, label in OfferingStatus.choices],
            "total": sum(counts.values()),
            "sees_all": office_selectors.own_organisations(request.user, network) is None,
            "can_add": bool(
                office_selectors.providers_for(request.user, network, office_selectors.CHANGE)
            ),
        },
    )


@contribute("office_organisation_detail")
def organisation_offerings(*, request, network, organisation):
    if not has_permission(
        request.user, VIEW, network=network
    ) or not office_selectors.sees_organisation(request.user, network, organisation):
        return None
    offerings = office_selectors.organisation_offerings(network, organisation)
    return Section(
        title=gettext("Offerings"),
        template="offers/_office_section_organisation.html",
        context={
            "network": network,
            "organisation": organisation,
            "offerings": offerings[: office_selectors.SECTION_LIMIT],
            "more": len(offerings) > office_selectors.SECTION_LIMIT,
        },
    )
