"""iCalendar feeds: one offering, or every offering a finder search finds, for a calendar app.

Only public offerings of public networks; anything else is a 404. Texts are in the language of
the address (``/ar/n/…/calendar.ics``), German where a translation is missing. An offering's
event is all-day from its start to its end date: its weekly times exist only as the provider's
free text (“Mondays and Wednesdays, 6 to 8 pm”), so they go into the description rather than
into invented times or a guessed repetition rule. An offering without a start date has no event.
"""

import datetime

from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event, vCalAddress

from verbund.network.selectors import public_networks
from verbund.offers.finder_forms import FinderForm
from verbund.offers.models import Offering
from verbund.offers.selectors import display_text, find_offerings, with_display

# A calendar of a broad search stays readable and cheap to serve: the current and coming
# offerings, the earliest first, at most this many (writing an event costs about a millisecond).
FEED_LIMIT = 200


class InvalidFinderQuery(Exception):
    def __init__(self, form):
        super().__init__("invalid finder query")
        self.form = form

    def response(self) -> HttpResponseBadRequest:
        lines = [_("The search could not be understood:")]
        for name, errors in self.form.errors.items():
            label = self.form.fields[name].label if name in self.form.fields else name
            lines += [f"- {label}: {error}" for error in errors]
        return HttpResponseBadRequest(
            "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
        )


def public_network(slug: str):
    return get_object_or_404(public_networks(), slug=slug)


def finder_results(request, network, language: str):
    """The public offerings of ``network`` that the finder's parameters in ``request`` find.

    Raises ``InvalidFinderQuery`` for parameters the finder page would mark as errors.
    """
    form = FinderForm(request.GET, network=network)
    if not form.is_valid():
        raise InvalidFinderQuery(form)
    return find_offerings(network, form.to_query(), language=language)


def detail_url(request, network, offering) -> str:
    # reverse() follows the active language, which is the language of the feed's address.
    return request.build_absolute_uri(
        reverse("public:offering_detail", kwargs={"network": network.slug, "offering": offering.pk})
    )


def offering_uid(offering, host: str) -> str:
    """The same for an offering in every language and every network it is shown in, so that a
    calendar subscribed to two feeds shows it once and updates it in place."""
    return f"offering-{offering.pk}@{host}"


def _location(offering) -> str:
    if offering.is_online and not (offering.street or offering.city):
        return _("Online")
    town = " ".join(part for part in (offering.postal_code, offering.city) if part)
    parts = [offering.venue, offering.street, town]
    if offering.is_online:
        parts.append(_("Online"))
    return ", ".join(part for part in parts if part)


def _description(offering, text, url: str) -> str:
    paragraphs = [text.summary, text.schedule_note, text.description]
    if text.is_fallback:
        paragraphs.insert(0, _("This offering is described in German only."))
    paragraphs += [_("Offered by %(provider)s.") % {"provider": offering.provider.name}, url]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def offering_event(offering, *, language: str, url: str, host: str) -> Event:
    text = display_text(offering, language)
    event = Event()
    event.add("uid", offering_uid(offering, host))
    event.add("dtstamp", offering.updated_at)
    event.add("last-modified", offering.updated_at)
    event.add("summary", text.title)
    event.add("dtstart", offering.starts_on)
    # All-day events end on the day after their last day (RFC 5545, DTEND is exclusive).
    event.add("dtend", (offering.ends_on or offering.starts_on) + datetime.timedelta(days=1))
    event.add("description", _description(offering, text, url))
    event.add("url", url)
    location = _location(offering)
    if location:
        event.add("location", location)
    if offering.has_location:
        event.add("geo", (float(offering.latitude), float(offering.longitude)))
    event.add("categories", [offering.get_kind_display()])
    if offering.registration_email:
        organizer = vCalAddress(f"mailto:{offering.registration_email}")
        organizer.params["cn"] = offering.provider.name
        event.add("organizer", organizer)
    event.add("transp", "TRANSPARENT")  # a course over months does not make anyone busy
    return event


def calendar_response(request, network, offerings, *, name: str) -> HttpResponse:
    language = translation.get_language()
    host = request.get_host().split(":")[0]
    calendar = Calendar()
    calendar.add("prodid", "-//Verbund//Offerings//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for offering in offerings:
        url = detail_url(request, network, offering)
        calendar.add_component(offering_event(offering, language=language, url=url, host=host))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    return response


@require_safe
def offering_ical(request, network, offering):
    """One offering as a calendar: its event, or no event while it has no start date."""
    network = public_network(network)
    language = translation.get_language()
    offering = get_object_or_404(
        with_display(Offering.objects.public().shown_in(network), language), pk=offering
    )
    offerings = [offering] if offering.starts_on else []
    return calendar_response(
        request, network, offerings, name=display_text(offering, language).title
    )


@require_safe
def offering_feed(request, network):
    """The calendar of a finder search: the same parameters as the finder page's address."""
    network = public_network(network)
    language = translation.get_language()
    try:
        offerings = finder_results(request, network, language)
    except InvalidFinderQuery as error:
        return error.response()
    today = timezone.localdate()
    offerings = (
        offerings.filter(starts_on__isnull=False)
        .exclude(ends_on__lt=today)
        .exclude(ends_on__isnull=True, starts_on__lt=today)
    )
    offerings = with_display(offerings.order_by("starts_on", "pk"), language)[:FEED_LIMIT]
    name = _("Offerings of %(network)s") % {"network": network.short_name or network.name}
    return calendar_response(request, network, offerings, name=name)
