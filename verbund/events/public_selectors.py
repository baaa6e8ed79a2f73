"""Reads of the public event pages: the calendar's events, one event with what its page shows,
texts in the reader's language (German where a translation is missing), seats and the state of
registration. Every read costs a fixed number of queries, whatever the number of events,
organisers or registrations.
"""

import datetime
import secrets
from dataclasses import dataclass

from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from verbund.core.translations import SOURCE_LANGUAGE
from verbund.events.choices import Audience, EventStatus, RegistrationStatus
from verbund.events.models import Event, EventText, Registration
from verbund.network.models import Membership, Organisation


@dataclass(frozen=True)
class DisplayText:
    """An event's texts as a page in ``language`` shows them."""

    text: EventText | None
    source: EventText | None
    language: str
    # The reader's language is missing, so German is shown instead.
    is_fallback: bool
    state: str

    def __getattr__(self, name):
        if name in EventText.TRANSLATED_FIELDS:
            shown = self.text or self.source
            return getattr(shown, name) if shown is not None else ""
        raise AttributeError(name)

    @property
    def shown_language(self) -> str:
        shown = self.text or self.source
        return shown.language if shown is not None else SOURCE_LANGUAGE


def with_display(events: QuerySet, language: str) -> QuerySet:
    """What a public page shows of each event: its texts in ``language`` and German, and the
    seats taken and waited for (``confirmed_seats``, ``waiting_seats``), counted in SQL."""
    texts = EventText.objects.filter(language__in={language, SOURCE_LANGUAGE})
    return events.with_seat_counts().prefetch_related(
        Prefetch("texts", queryset=texts, to_attr="display_texts")
    )


def display_text(event: Event, language: str) -> DisplayText:
    texts = getattr(event, "display_texts", None)
    if texts is None:
        texts = list(event.texts.filter(language__in={language, SOURCE_LANGUAGE}))
    by_language = {text.language: text for text in texts}
    source = by_language.get(SOURCE_LANGUAGE)
    own = by_language.get(language)
    if own is None:
        state = "up_to_date" if language == SOURCE_LANGUAGE else "missing"
        return DisplayText(source, source, language, language != SOURCE_LANGUAGE, state)
    return DisplayText(own, source, language, False, own.state_against(source))


# --- seats and registration -----------------------------------------------------------------


class RegistrationState:
    """Where registration for an event stands, for a visitor now."""

    NOT_NEEDED = "not_needed"
    OPEN = "open"
    WAITING_LIST = "waiting_list"  # open, but every seat is taken: newcomers wait
    NOT_YET = "not_yet"
    CLOSED = "closed"
    OVER = "over"
    CANCELLED = "cancelled"


def seats_free(event: Event) -> int | None:
    """Free seats from the annotated counts; ``None`` without a limit."""
    if event.capacity is None:
        return None
    return max(event.capacity - (event.confirmed_seats or 0), 0)


def is_full(event: Event) -> bool:
    """Nobody gets a seat at once: none is free, or people wait already (they come first)."""
    if event.capacity is None:
        return False
    return seats_free(event) == 0 or (event.waiting_seats or 0) > 0


def registration_state(event: Event, moment: datetime.datetime | None = None) -> str:
    moment = moment or timezone.now()
    if event.status == EventStatus.CANCELLED:
        return RegistrationState.CANCELLED
    if moment >= event.ends_at:
        return RegistrationState.OVER
    if not event.registration_required:
        return RegistrationState.NOT_NEEDED
    if event.registration_opens_at and moment < event.registration_opens_at:
        return RegistrationState.NOT_YET
    if moment >= event.registration_deadline:
        return RegistrationState.CLOSED
    return RegistrationState.WAITING_LIST if is_full(event) else RegistrationState.OPEN


# --- the calendar ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarFilter:
    kind: str = ""
    free_seats_only: bool = False
    past: bool = False


def calendar_events(network, filters: CalendarFilter, *, moment=None) -> QuerySet:
    """The events the public calendar of ``network`` lists: coming ones from the earliest,
    or (``past``) those that are over from the latest."""
    events = Event.objects.in_network(network).listed_publicly()
    if filters.past:
        events = events.past(moment).order_by("-starts_at", "-pk")
    else:
        events = events.upcoming(moment).order_by("starts_at", "pk")
    if filters.kind:
        events = events.filter(kind=filters.kind)
    if filters.free_seats_only:
        # A seat now: published, and unlimited or with a seat left while nobody waits. Events
        # that need no registration have room for whoever comes.
        events = events.filter(status=EventStatus.PUBLISHED).filter(
            Q(registration_required=False)
            | Q(capacity__isnull=True)
            | Q(
                pk__in=Event.objects.with_seat_counts()
                .filter(network=network, confirmed_seats__lt=F("capacity"), waiting_seats=0)
                .values("pk")
            )
        )
    return events


# --- one event ------------------------------------------------------------------------------


def public_event(network, pk: int, language: str, *, key: str | None = None) -> Event:
    """One event of ``network`` with everything its public page shows, or a 404.

    Events open to the public are found by their id; members' and invited ones only with
    their access key (``key``). Drafts and other networks' events are never found.
    """
    organisers = Organisation.objects.order_by("name", "pk")
    event = (
        with_display(Event.objects.in_network(network).reachable_publicly(), language)
        .select_related("network", "host", "contact", "contact__organisation")
        .prefetch_related(Prefetch("organisers", queryset=organisers, to_attr="organiser_list"))
        .filter(pk=pk)
        .first()
    )
    if event is None or not may_see(event, key):
        raise Http404
    return event


def registrable_event(network, pk: int, *, key: str | None = None) -> Event:
    """The event a registration is posted for, as ``public_event`` finds it, without what its
    page shows; a 404 where ``public_event`` gives one."""
    event = Event.objects.in_network(network).reachable_publicly().filter(pk=pk).first()
    if event is None or not may_see(event, key):
        raise Http404
    return event


def may_see(event: Event, key: str | None) -> bool:
    if key is not None:
        return secrets.compare_digest(key.encode(), event.access_key.encode())
    return event.audience == Audience.PUBLIC


def member_organisations(network) -> list[Organisation]:
    """The network's current members, for registrants to pick theirs from."""
    current = Membership.objects.current().filter(network=network).values("organisation_id")
    return list(Organisation.objects.filter(pk__in=current).order_by("name", "pk"))


def waiting_position(registration: Registration) -> int | None:
    """The registration's place on its event's waiting list (1 is next), ``None`` if it does
    not wait."""
    if registration.status != RegistrationStatus.WAITING:
        return None
    ahead = Registration.objects.filter(
        Q(created_at__lt=registration.created_at)
        | Q(created_at=registration.created_at, pk__lt=registration.pk),
        event_id=registration.event_id,
        status=RegistrationStatus.WAITING,
    ).aggregate(count=Count("pk"))["count"]
    return ahead + 1


def event_for_registration(network_slug: str, pk: int, language: str) -> Event:
    """The event a personal link names, with what the personal page shows. The link's token
    is the proof of access, so the event's audience does not matter here."""
    event = (
        with_display(Event.objects.filter(network__slug=network_slug), language)
        .select_related("network", "host", "contact", "contact__organisation")
        .filter(pk=pk)
        .first()
    )
    if event is None:
        raise Http404
    return event
