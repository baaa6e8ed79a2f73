"""Reads of the events' back office: the list with its filters, an event's registrations with the
state of their e-mail, the check-in list, who an invitation would reach, series, and the
attendance figures of a network.

Which events a user sees is decided in ``permissions.office_events``; every read of one event's
data here starts from an event the view already fetched through it.

Attendance is counted in SQL over the checked-in registrations of the network's events: people
are the seats of those registrations (a family checked in as one entry of three seats is three
people). Organisations are counted once each: an organisation picked from the network's members
by its id, one the registrant named by its name compared without case and outer spaces
("ACME GmbH" and "acme gmbh " are one). A member picked by one registrant and named by another
counts twice: names are not matched against the registry, since a named "Stadt" may or may not
be the member "Stadt Hannover".
"""

import datetime
from dataclasses import dataclass

from django.db.models import (
    Case,
    CharField,
    Count,
    IntegerField,
    Prefetch,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Concat, ExtractYear, Length, Lower, Trim
from django.db.models.lookups import GreaterThan
from django.utils import timezone

from verbund.audit.models import LogEntry
from verbund.core.translations import SOURCE_LANGUAGE
from verbund.events import permissions
from verbund.events.choices import EventKind, EventStatus, RegistrationStatus
from verbund.events.models import (
    Event,
    EventDocument,
    EventSeries,
    EventText,
    Registration,
    SeriesHost,
)
from verbund.network.choices import OrganisationKind
from verbund.network.models import ContactPerson, Membership, Organisation
from verbund.outbox.selectors import email_states

SECTION_LIMIT = 10
UPCOMING = "upcoming"
PAST = "past"


# --- the list -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventFilter:
    query: str = ""
    status: str = ""
    kind: str = ""
    when: str = ""
    series: int | None = None


def event_list(user, network, filters: EventFilter, *, moment=None) -> QuerySet:
    """The events ``user`` sees in ``network``, filtered, with ``confirmed_seats`` and
    ``waiting_seats``; upcoming ones soonest first, otherwise the latest first."""
    events = (
        permissions.office_events(user, network)
        .with_seat_counts()
        .select_related("series", "host")
        .prefetch_related(Prefetch("organisers", queryset=Organisation.objects.only("pk", "name")))
    )
    if filters.status:
        events = events.filter(status=filters.status)
    if filters.kind:
        events = events.filter(kind=filters.kind)
    if filters.series:
        events = events.filter(series_id=filters.series)
    if filters.query:
        events = events.filter(
            Q(title__icontains=filters.query)
            | Q(venue__icontains=filters.query)
            | Q(city__icontains=filters.query)
        )
    if filters.when == UPCOMING:
        return events.upcoming(moment).order_by("starts_at", "pk")
    if filters.when == PAST:
        events = events.past(moment)
    return events.order_by("-starts_at", "-pk")


def event_counts(user, network, *, moment=None) -> dict[str, int]:
    """How many events ``user`` sees per status, and how many of them are still to come."""
    moment = moment or timezone.now()
    events = permissions.office_events(user, network)
    totals = events.aggregate(
        total=Count("pk"),
        upcoming=Count("pk", filter=Q(ends_at__gte=moment, status=EventStatus.PUBLISHED)),
        **{status: Count("pk", filter=Q(status=status)) for status in EventStatus.values},
    )
    return totals


def organisation_events(user, network, organisation) -> list[Event]:
    """The latest events ``organisation`` (co-)organises that ``user`` sees (one more than the
    section shows, so it knows whether there are more)."""
    return list(
        permissions.office_events(user, network)
        .filter(organisers=organisation)
        .order_by("-starts_at", "-pk")[: SECTION_LIMIT + 1]
    )


# --- one event ----------------------------------------------------------------------------------


def event_detail(event: Event) -> Event:
    """The event with what its page shows, in a fixed number of queries."""
    return (
        Event.objects.select_related("network", "series", "host", "contact__organisation")
        .prefetch_related(
            "organisers",
            Prefetch(
                "texts",
                queryset=EventText.objects.select_related("approved_by", "updated_by"),
            ),
            Prefetch("documents", queryset=EventDocument.objects.select_related("uploaded_by")),
        )
        .get(pk=event.pk)
    )


def texts_by_language(event: Event) -> dict[str, EventText]:
    return {text.language: text for text in event.texts.all()}


def source_changes_since(event: Event, translation: EventText | None) -> list[str]:
    """The German fields changed by major edits after ``translation`` was last saved, read from
    the audit log (which names fields, never their values)."""
    if translation is None:
        return []
    entries = LogEntry.objects.filter(
        action="events.text.saved",
        object_type=Event._meta.label_lower,
        object_id=str(event.pk),
        created_at__gt=translation.updated_at,
        data__language=SOURCE_LANGUAGE,
        data__minor_edit=False,
    ).values_list("data", flat=True)
    fields = set()
    for data in entries:
        fields.update(data.get("fields", ()))
    return [name for name in EventText.TRANSLATED_FIELDS if name in fields]


def registration_summary(event: Event) -> dict[str, int]:
    """Entries and seats per status, and who came, in one query."""
    confirmed = Q(status=RegistrationStatus.CONFIRMED)
    waiting = Q(status=RegistrationStatus.WAITING)
    present = confirmed & Q(checked_in_at__isnull=False)
    return Registration.objects.filter(event=event).aggregate(
        confirmed=Count("pk", filter=confirmed),
        confirmed_seats=Sum("seats", filter=confirmed, default=0),
        waiting=Count("pk", filter=waiting),
        waiting_seats=Sum("seats", filter=waiting, default=0),
        cancelled=Count("pk", filter=Q(status=RegistrationStatus.CANCELLED)),
        checked_in=Count("pk", filter=present),
        checked_in_seats=Sum("seats", filter=present, default=0),
    )


_STATUS_ORDER = Case(
    When(status=RegistrationStatus.CONFIRMED, then=Value(0)),
    When(status=RegistrationStatus.WAITING, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def registrations(event: Event, status: str = "") -> QuerySet:
    """The event's registrations: confirmed first, then the waiting list in its order, then the
    cancelled ones."""
    rows = (
        Registration.objects.filter(event=event)
        .select_related("organisation")
        .annotate(status_order=_STATUS_ORDER)
        .order_by("status_order", "created_at", "pk")
    )
    if status:
        rows = rows.filter(status=status)
    return rows


def registration_rows(event: Event, status: str = "") -> list[tuple]:
    """(registration, its latest e-mail or None) for the registration list, in two queries."""
    rows = list(registrations(event, status))
    states = email_states(rows)
    return [(row, states.get(("events.registration", str(row.pk)))) for row in rows]


def check_in_rows(event: Event, query: str = "") -> list[Registration]:
    """Confirmed registrations by name, those matching ``query`` (part of the name)."""
    rows = Registration.objects.filter(
        event=event, status=RegistrationStatus.CONFIRMED
    ).select_related("organisation")
    if query:
        rows = rows.filter(name__icontains=query)
    return list(rows.order_by(Lower("name"), "pk"))


def check_in_counts(event: Event) -> dict[str, int]:
    """Confirmed seats and the seats of those checked in (people, not entries)."""
    confirmed = Q(status=RegistrationStatus.CONFIRMED)
    return Registration.objects.filter(event=event).aggregate(
        expected=Sum("seats", filter=confirmed, default=0),
        present=Sum("seats", filter=confirmed & Q(checked_in_at__isnull=False), default=0),
    )


@dataclass(frozen=True)
class InvitationPreview:
    will_get_one: int
    without_email: int
    already_invited: int
    invitations: int

    @property
    def contacts(self) -> int:
        return self.will_get_one + self.without_email + self.already_invited


def invitation_preview(event: Event) -> InvitationPreview:
    """Who ``services.invitations_send`` would reach now: contact persons of the network's
    current members, counted as the service decides (invited before, else without e-mail)."""
    members = Membership.objects.current().filter(network_id=event.network_id)
    invited = event.invitations.values("contact_id")
    already = Q(pk__in=invited)
    counts = ContactPerson.objects.filter(
        organisation_id__in=members.values("organisation_id")
    ).aggregate(
        already=Count("pk", filter=already),
        without=Count("pk", filter=~already & Q(email="")),
        will=Count("pk", filter=~already & ~Q(email="")),
    )
    return InvitationPreview(
        will_get_one=counts["will"],
        without_email=counts["without"],
        already_invited=counts["already"],
        invitations=event.invitations.count(),
    )


# --- series -------------------------------------------------------------------------------------


def series_list(network) -> list[EventSeries]:
    """The network's series with their rotation and how many meetings each had."""
    return list(
        EventSeries.objects.filter(network=network)
        .annotate(meetings=Count("events"))
        .prefetch_related(
            Prefetch(
                "hosts",
                queryset=SeriesHost.objects.select_related("organisation").order_by(
                    "position", "pk"
                ),
            )
        )
        .order_by("title", "pk")
    )


def series_hosts(series: EventSeries) -> list[Organisation]:
    return [host.organisation for host in series.hosts.select_related("organisation")]


# --- attendance figures -------------------------------------------------------------------------

# An organisation's identity in the counts: its id when picked, its name folded when named.
ORGANISATION_KEY = Case(
    When(
        organisation_id__isnull=False,
        then=Concat(Value("id:"), Cast("organisation_id", CharField())),
    ),
    When(
        GreaterThan(Length(Trim("organisation_name")), 0),
        then=Concat(Value("name:"), Lower(Trim("organisation_name"))),
    ),
    default=Value(None),
    output_field=CharField(),
)


def attended(network, *, since: datetime.date | None = None, until: datetime.date | None = None):
    """Checked-in registrations of ``network``'s events starting between ``since`` and
    ``until`` (both days included)."""
    rows = Registration.objects.filter(
        event__network=network,
        status=RegistrationStatus.CONFIRMED,
        checked_in_at__isnull=False,
    )
    if since is not None:
        rows = rows.filter(event__starts_at__date__gte=since)
    if until is not None:
        rows = rows.filter(event__starts_at__date__lte=until)
    return rows.order_by()


@dataclass(frozen=True)
class KindFigures:
    kind: str
    label: str
    people: int
    organisations: int


def attendance_by_kind(network, *, since=None, until=None) -> list[KindFigures]:
    """People and distinct organisations reached per kind of organisation, every kind listed
    (with zeros), and "not given" last where people came without naming a kind."""
    rows = {
        row["organisation_kind"]: row
        for row in attended(network, since=since, until=until)
        .values("organisation_kind")
        .annotate(people=Sum("seats"), organisations=Count(ORGANISATION_KEY, distinct=True))
    }
    figures = [
        KindFigures(
            kind,
            str(label),
            rows.get(kind, {}).get("people") or 0,
            rows.get(kind, {}).get("organisations") or 0,
        )
        for kind, label in OrganisationKind.choices
    ]
    if "" in rows:
        figures.append(KindFigures("", "", rows[""]["people"] or 0, rows[""]["organisations"] or 0))
    return figures


def companies_reached(network, *, since=None, until=None) -> int:
    """Distinct companies among those who came (see the module's note on counting)."""
    return (
        attended(network, since=since, until=until)
        .filter(organisation_kind=OrganisationKind.COMPANY)
        .aggregate(count=Count(ORGANISATION_KEY, distinct=True))["count"]
    )


def people_reached(network, *, since=None, until=None) -> dict[str, int]:
    """People who came, the events they came to and the distinct organisations they came from."""
    return attended(network, since=since, until=until).aggregate(
        people=Sum("seats", default=0),
        events=Count("event", distinct=True),
        organisations=Count(ORGANISATION_KEY, distinct=True),
        companies=Count(
            ORGANISATION_KEY, distinct=True, filter=Q(organisation_kind=OrganisationKind.COMPANY)
        ),
    )


def attendance_by_event_kind(network, *, since=None, until=None) -> list[dict]:
    rows = {
        row["event__kind"]: row
        for row in attended(network, since=since, until=until)
        .values("event__kind")
        .annotate(people=Sum("seats"), events=Count("event", distinct=True))
    }
    return [
        {
            "kind": kind,
            "label": label,
            "people": rows[kind]["people"],
            "events": rows[kind]["events"],
        }
        for kind, label in EventKind.choices
        if kind in rows
    ]


def attendance_per_year(network, *, since=None, until=None) -> list[dict]:
    """Per calendar year of the events (in the network's time zone), newest first."""
    return list(
        attended(network, since=since, until=until)
        .annotate(year=ExtractYear("event__starts_at"))
        .values("year")
        .annotate(
            people=Sum("seats"),
            events=Count("event", distinct=True),
            organisations=Count(ORGANISATION_KEY, distinct=True),
            companies=Count(
                ORGANISATION_KEY,
                distinct=True,
                filter=Q(organisation_kind=OrganisationKind.COMPANY),
            ),
        )
        .order_by("-year")
    )
