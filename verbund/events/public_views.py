"""Public event pages: a network's calendar, an event with its registration form, and the
registrant's personal page (see or cancel) behind the token from the confirmation e-mail.

No login. The calendar lists ``Event.objects.listed_publicly()`` of a public network; an event
open to the public has its page under its id, a members' or invited event only under its
access key; drafts, another network's events and a network that is not public are a 404 alike.
Texts are in the language of the address, German where a translation is missing (the page says
so and marks the German text with ``lang="de"``). Every page costs the same number of queries
whatever the number of events, organisers or registrations.

Registration calls ``services.registration_create``, which decides seats under the event's lock
and refuses closed windows, cancelled events and a second registration of one address; its
refusals appear on the form and nothing is written. Attempts that reach the service are counted
per visitor address (django-ratelimit, ``VERBUND_REGISTRATION_RATE``); beyond the rate a POST is
answered 429 and writes nothing. The personal page carries its token in the address, so it is
never cached, sends no referrer and is kept out of search engines.
"""

from dataclasses import dataclass
from functools import cached_property
from itertools import groupby

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.formats import date_format, number_format
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView
from django_ratelimit.core import is_ratelimited

from verbund.core.errors import DomainError
from verbund.core.views import ObjectsInContextMixin, add_service_errors
from verbund.events import services
from verbund.events.choices import Audience, EventStatus, RegistrationStatus
from verbund.events.models import Event
from verbund.events.public_forms import (
    CalendarFilterForm,
    CancelForm,
    RegistrationForm,
    spoken_language_name,
)
from verbund.events.public_selectors import (
    RegistrationState,
    calendar_events,
    display_text,
    event_for_registration,
    member_organisations,
    public_event,
    registrable_event,
    registration_state,
    seats_free,
    waiting_position,
    with_display,
)
from verbund.events.structured_data import event_json_ld
from verbund.network.selectors import public_networks

CALENDAR_PAGE_SIZE = 50
RATE_GROUP = "events.register"

# What the registration service may answer a visitor, so that the public catalogues carry it
# in every language (services.py is translated for the back office only).
SERVICE_MESSAGES = (
    gettext_noop("At most %(count)s seats can be booked in one registration."),
    gettext_noop("Choose an organisation of the network, or name yours."),
    gettext_noop("Choose one of the languages of these pages."),
    gettext_noop("This event has been cancelled; registration is no longer possible."),
    gettext_noop("This event is not open for registration."),
    gettext_noop("This event needs no registration: just come."),
    gettext_noop("This event is over."),
    gettext_noop("Registration opens on %(date)s."),
    gettext_noop("Registration for this event has closed."),
    gettext_noop("Please agree to the processing of your data for this event."),
    gettext_noop("This e-mail address is already registered for this event."),
    gettext_noop("This event is over; its registrations stay as they were."),
)


# --- lines of text shared by the pages ------------------------------------------------------


def when_line(event: Event) -> str:
    """``15 May 2026, 14:00–17:00``; across days both dates and times."""
    starts, ends = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
    start_time, end_time = date_format(starts, "TIME_FORMAT"), date_format(ends, "TIME_FORMAT")
    if starts.date() == ends.date():
        return _("%(date)s, %(start)s–%(end)s") % {
            "date": date_format(starts, "DATE_FORMAT"),
            "start": start_time,
            "end": end_time,
        }
    return _("%(start_date)s, %(start)s – %(end_date)s, %(end)s") % {
        "start_date": date_format(starts, "DATE_FORMAT"),
        "start": start_time,
        "end_date": date_format(ends, "DATE_FORMAT"),
        "end": end_time,
    }


def place_line(event: Event) -> str:
    """Where, in one line: the venue and town, or online."""
    town = " ".join(part for part in (event.postal_code, event.city) if part) if event.city else ""
    place = ", ".join(part for part in (event.venue, town) if part)
    if event.is_online:
        return _("Online and at %(place)s") % {"place": place} if place else _("Online")
    return place


def cost_line(event: Event) -> str:
    if event.is_free:
        return _("Free of charge")
    if event.fee is not None:
        return _("%(amount)s €") % {"amount": number_format(event.fee, 2)}
    return _("There is a fee. Ask the organisers.")


def seats_line(event: Event, state: str) -> str:
    """``12 of 40 seats free``, ``Fully booked – waiting list open``, ``No registration
    needed``; empty where seats say nothing (no limit, cancelled)."""
    if state == RegistrationState.CANCELLED:
        return ""
    if not event.registration_required:
        return _("No registration needed")
    free = seats_free(event)
    if free is None:
        return _("No limit on seats")
    if state == RegistrationState.WAITING_LIST:
        return _("Fully booked – waiting list open")
    if free == 0:
        return _("Fully booked")
    return ngettext(
        "%(free)s of %(capacity)s seat free",
        "%(free)s of %(capacity)s seats free",
        event.capacity,
    ) % {"free": free, "capacity": event.capacity}


def state_message(event: Event, state: str) -> str:
    """What the registration part of the event's page says, besides the form."""
    if state == RegistrationState.CANCELLED:
        return _("This event has been cancelled. Registration is no longer possible.")
    if state == RegistrationState.OVER:
        return _("This event is over.")
    if state == RegistrationState.NOT_NEEDED:
        return _("No registration needed: just come.")
    if state == RegistrationState.NOT_YET:
        opens = timezone.localtime(event.registration_opens_at)
        return _("Registration opens on %(date)s at %(time)s.") % {
            "date": date_format(opens, "DATE_FORMAT"),
            "time": date_format(opens, "TIME_FORMAT"),
        }
    if state == RegistrationState.CLOSED:
        return _("Registration has closed.")
    if state == RegistrationState.WAITING_LIST:
        return _(
            "All seats are taken. If you register now, you are put on the waiting list. "
            "When a seat becomes free, it goes to the next person on the list, and we tell "
            "you by e-mail."
        )
    deadline = timezone.localtime(event.registration_deadline)
    return _("Registration is open until %(date)s at %(time)s.") % {
        "date": date_format(deadline, "DATE_FORMAT"),
        "time": date_format(deadline, "TIME_FORMAT"),
    }


def fallback_attributes(text) -> str:
    """``lang="de"`` for German shown on a page in another language (as in the templates)."""
    if not text.is_fallback:
        return ""
    return mark_safe(' lang="de" dir="ltr"' if translation.get_language_bidi() else ' lang="de"')


# --- pages ----------------------------------------------------------------------------------


class PublicEventsPage(ObjectsInContextMixin, TemplateView):
    """A public page of one network's events; a network that is not public is a 404."""

    @cached_property
    def network(self):
        return get_object_or_404(public_networks(), slug=self.kwargs["network"])

    @cached_property
    def language(self) -> str:
        return translation.get_language()

    def get_context_data(self, **kwargs):
        return super().get_context_data(network=self.network, **kwargs)


@dataclass(frozen=True)
class CalendarLine:
    """One event of the calendar with its text worked out (no template logic per line)."""

    event: Event
    text: object
    url: str
    lang_attributes: str
    month: str
    when: str
    starts_iso: str
    kind: str
    place: str
    cost: str
    seats: str
    is_cancelled: bool
    is_full: bool


# reverse() with this stand-in gives the address pattern of an event's page once per list.
_EVENT_MARK = 987654321


def calendar_lines(events, language: str, network, *, moment) -> list[CalendarLine]:
    pattern = reverse("public:event_detail", args=[network.slug, _EVENT_MARK])
    lines = []
    for event in events:
        text = display_text(event, language)
        state = registration_state(event, moment)
        starts = timezone.localtime(event.starts_at)
        lines.append(
            CalendarLine(
                event=event,
                text=text,
                url=pattern.replace(str(_EVENT_MARK), str(event.pk)),
                lang_attributes=fallback_attributes(text),
                month=capfirst(date_format(starts, "YEAR_MONTH_FORMAT")),
                when=when_line(event),
                starts_iso=starts.isoformat(),
                kind=capfirst(event.get_kind_display()),
                place=place_line(event),
                cost=cost_line(event),
                seats=seats_line(event, state),
                is_cancelled=state == RegistrationState.CANCELLED,
                is_full=state == RegistrationState.WAITING_LIST,
            )
        )
    return lines


class EventListView(PublicEventsPage):
    """The calendar: coming events grouped by month, or with ``?past=1`` those that are over."""

    template_name = "events/public_event_list.html"

    def get_context_data(self, **kwargs):
        past = self.request.GET.get("past") == "1"
        form = CalendarFilterForm(self.request.GET)
        moment = timezone.now()
        events = with_display(
            calendar_events(self.network, form.to_filter(past=past), moment=moment), self.language
        )
        page = Paginator(events, CALENDAR_PAGE_SIZE).get_page(self.request.GET.get("page"))
        lines = calendar_lines(page.object_list, self.language, self.network, moment=moment)
        query = self.request.GET.copy()
        query.pop("page", None)
        filters_set = form.is_valid() and any(form.cleaned_data.values())
        return super().get_context_data(
            form=form,
            past=past,
            page=page,
            months=[(month, list(group)) for month, group in groupby(lines, lambda x: x.month)],
            filter_query=query.urlencode(),
            filters_set=filters_set,
            any_fallback=any(line.text.is_fallback for line in lines),
            **kwargs,
        )


class EventPage(PublicEventsPage):
    """An event's page; members' and invited events only with their access key."""

    template_name = "events/public_event_detail.html"

    def access_key(self) -> str | None:
        return self.kwargs.get("key")

    @cached_property
    def event(self) -> Event:
        return public_event(
            self.network, self.kwargs["event"], self.language, key=self.access_key()
        )

    def event_url(self) -> str:
        event = self.event
        if event.audience == Audience.PUBLIC:
            return reverse("public:event_detail", args=[self.network.slug, event.pk])
        return reverse(
            "public:event_detail_invited", args=[self.network.slug, event.pk, event.access_key]
        )

    def registration_form(self, data=None) -> RegistrationForm:
        return RegistrationForm(
            data, event=self.event, organisations=member_organisations(self.network)
        )

    def get_context_data(self, form=None, **kwargs):
        event = self.event
        text = display_text(event, self.language)
        state = registration_state(event)
        url = self.request.build_absolute_uri(self.event_url())
        ical = reverse("public:event_ical", args=[self.network.slug, event.pk])
        if event.audience != Audience.PUBLIC:
            ical += f"?key={event.access_key}"
        may_register = state in (RegistrationState.OPEN, RegistrationState.WAITING_LIST)
        if form is None and may_register:
            form = self.registration_form()
        return super().get_context_data(
            event=event,
            text=text,
            state=state,
            state_message=state_message(event, state),
            may_register=may_register,
            form=form,
            facts=event_facts(event),
            ical_url=ical,
            share_url=url,
            noindex=event.audience != Audience.PUBLIC,
            json_ld=event_json_ld(event, text, url=url, free_seats=seats_free(event), state=state),
            **kwargs,
        )


class EventDetailView(EventPage):
    pass


def event_facts(event: Event) -> dict:
    """What the facts list shows that needs more than a field."""
    contact = event.contact if event.contact_id and event.contact.is_public else None
    state = registration_state(event)
    return {
        "when": when_line(event),
        "starts_iso": timezone.localtime(event.starts_at).isoformat(),
        "kind": capfirst(event.get_kind_display()),
        "audience": capfirst(event.get_audience_display()),
        "cost": cost_line(event),
        "seats": seats_line(event, state),
        "organisers": getattr(event, "organiser_list", None) or list(event.organisers.all()),
        "interpreting": [
            spoken_language_name(code) for code in (event.interpretation_languages or [])
        ],
        "contact": contact,
    }


class EventRegisterView(EventPage):
    """The registration form's POST. A GET (a reload, a language switch) leads to the event."""

    http_method_names = ["get", "post"]

    def access_key(self) -> str | None:
        # The form of a members' or invited event carries its key: the address has none.
        return self.request.POST.get("key") or None

    def get(self, request, *args, **kwargs):
        # Without the form's key only an event open to the public is found (else a 404).
        return redirect(self.event_url())

    def limited(self, *, increment: bool) -> bool:
        return is_ratelimited(
            self.request,
            group=RATE_GROUP,
            key="ip",
            rate=settings.VERBUND_REGISTRATION_RATE,
            method="POST",
            increment=increment,
        )

    def post(self, request, *args, **kwargs):
        # Only the event's row: the page's texts and counts are read only if it is drawn again.
        event = registrable_event(self.network, self.kwargs["event"], key=self.access_key())
        form = RegistrationForm(
            request.POST, event=event, organisations=member_organisations(self.network)
        )
        if self.limited(increment=False) or (form.is_valid() and self.limited(increment=True)):
            form.add_error(
                None,
                _(
                    "Too many registrations were sent from your connection. Nothing was "
                    "saved. Please try again in an hour."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            result = services.registration_create(
                event=event,
                data=form.registration_data(),
                language=self.language,
                consent=form.cleaned_data["consent"],
            )
        except (ValidationError, DomainError) as error:
            add_service_errors(form, error)
            return self.render_to_response(self.get_context_data(form=form))
        response = redirect(
            "public:registration_manage",
            network=self.network.slug,
            event=event.pk,
            token=result.token,
        )
        return private(response)


def private(response):
    """A response whose address holds a personal token: kept by nobody, sent on to nobody."""
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@method_decorator(csrf_exempt, name="dispatch")
class RegistrationManageView(ObjectsInContextMixin, TemplateView):
    """The registrant's page: their status (confirmed, or their place on the waiting list), the
    event, and cancelling in two steps. The token proves who it is; an unknown one is a 404.

    No CSRF check: a page sent with ``Referrer-Policy: no-referrer`` makes browsers send its
    forms with ``Origin: null``, which Django's check refuses. The secret token in the address
    is what a forged request would need, and whoever has it may cancel anyway.
    """

    template_name = "events/public_registration_manage.html"
    http_method_names = ["get", "post"]

    @cached_property
    def language(self) -> str:
        return translation.get_language()

    @cached_property
    def event(self) -> Event:
        return event_for_registration(self.kwargs["network"], self.kwargs["event"], self.language)

    @cached_property
    def registration(self):
        registration = services.registration_by_token(event=self.event, token=self.kwargs["token"])
        if registration is None:
            raise Http404
        return registration

    def dispatch(self, request, *args, **kwargs):
        return private(super().dispatch(request, *args, **kwargs))

    def get_context_data(self, **kwargs):
        event, registration = self.event, self.registration
        text = display_text(event, self.language)
        if event.audience == Audience.PUBLIC:
            event_url = reverse("public:event_detail", args=[event.network.slug, event.pk])
        else:
            event_url = reverse(
                "public:event_detail_invited",
                args=[event.network.slug, event.pk, event.access_key],
            )
        may_cancel = (
            registration.status != RegistrationStatus.CANCELLED
            and event.status != EventStatus.CANCELLED
            and timezone.now() < event.ends_at
        )
        return super().get_context_data(
            network=event.network,
            event=event,
            text=text,
            registration=registration,
            position=waiting_position(registration),
            interpreting=spoken_language_name(registration.interpreting)
            if registration.interpreting
            else "",
            event_url=event_url if event.network.is_public else "",
            facts=event_facts(event),
            may_cancel=may_cancel,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        registration = self.registration
        if not CancelForm(request.POST).confirmed():
            return self.render_to_response(self.get_context_data(confirming=True))
        try:
            services.registration_cancel(registration=registration)
        except DomainError as error:
            return self.render_to_response(self.get_context_data(error=str(error)))
        return redirect(request.path)
