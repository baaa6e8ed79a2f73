"""Sections the offers app adds to public pages (see verbund/core/slots.py): a search box into
the finder on the network's page, an organisation's offerings on its page. Each costs a fixed
number of queries."""

from django.utils import translation
from django.utils.translation import gettext

from verbund.core.slots import Section, contribute
from verbund.offers.models import Offering
from verbund.offers.public_views import results_of
from verbund.offers.selectors import with_display

ORGANISATION_LIMIT = 10


@contribute("public_network")
def network_finder(*, request, network):
    if not network.is_public:
        return None
    count = Offering.objects.public().shown_in(network).count()
    if not count:
        return None
    return Section(
        title=gettext("Offerings"),
        template="offers/_public_section_network.html",
        context={"network": network, "count": count},
    )


@contribute("public_organisation")
def organisation_offerings(*, request, network, organisation):
    if not network.is_public:
        return None
    language = translation.get_language()
    offerings = with_display(
        Offering.objects.public().shown_in(network).of_provider(organisation), language
    )
    results = results_of(offerings[: ORGANISATION_LIMIT + 1], language)
    if not results:
        return None
    return Section(
        title=gettext("Offerings"),
        template="offers/_public_section_organisation.html",
        context={
            "network": network,
            "results": results[:ORGANISATION_LIMIT],
            "more": len(results) > ORGANISATION_LIMIT,
        },
    )
