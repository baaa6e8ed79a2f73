"""What the events app adds to public pages (see verbund/core/slots.py): the next events and a
link to the calendar on the network's page. A fixed number of queries."""

from django.utils import timezone, translation
from django.utils.translation import gettext

from verbund.core.slots import Section, contribute
from verbund.events.public_selectors import CalendarFilter, calendar_events, with_display
from verbund.events.public_views import calendar_lines

NETWORK_LIMIT = 3


@contribute("public_network")
def network_events(*, request, network):
    if not network.is_public:
        return None
    language = translation.get_language()
    moment = timezone.now()
    events = with_display(calendar_events(network, CalendarFilter(), moment=moment), language)
    lines = calendar_lines(events[:NETWORK_LIMIT], language, network, moment=moment)
    return Section(
        title=gettext("Events"),
        template="events/_public_section_network.html",
        context={"network": network, "lines": lines},
    )
