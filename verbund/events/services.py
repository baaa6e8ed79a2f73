"""Actions on events, their texts, registrations, invitations and minutes.

Each is one transaction and leaves a log entry naming ids and fields, never names or addresses.
Seats are decided with the event's row locked (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite
takes its write lock at the start of the transaction): registrations of one event are served one
after the other, so the seats counted are the seats taken and the capacity is never exceeded.
E-mails are queued in the same transaction and leave after it commits (``verbund.outbox``).

Bad input raises ``ValidationError`` (field errors) or ``DomainError`` (not allowed now); either
way nothing is written.
"""

import calendar
import datetime
import hashlib
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Q, Sum
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from verbund.audit.services import log_action
from verbund.core.errors import DomainError
from verbund.core.languages import SPOKEN_LANGUAGE_CODES
from verbund.core.services import apply_changes, locked, set_many_to_many
from verbund.core.translations import (
    SOURCE_LANGUAGE,
    approve_text,
    content_languages,
    delete_text,
    save_text,
)
from verbund.events.choices import Audience, EventStatus, Recurrence, RegistrationStatus
from verbund.events.models import (
    ACTIVE_STATUSES,
    Event,
    EventDocument,
    EventSeries,
    EventText,
    Invitation,
    Registration,
    SeriesHost,
)
from verbund.network.models import ContactPerson, Membership
from verbund.outbox.services import email_queue, emails_forget

EVENT_FIELDS = frozenset(
    {
        "organisers",
        "series",
        "host",
        "kind",
        "audience",
        "starts_at",
        "ends_at",
        "is_online",
        "online_url",
        "venue",
        "street",
        "postal_code",
        "city",
        "district",
        "latitude",
        "longitude",
        "capacity",
        "registration_required",
        "registration_opens_at",
        "registration_closes_at",
        "seats_per_registration",
        "is_free",
        "fee",
        "contact",
        "contact_email",
        "wheelchair_accessible",
        "interpretation_languages",
    }
)
TEXT_FIELDS = frozenset(EventText.TRANSLATED_FIELDS)
REGISTRATION_FIELDS = frozenset(
    {
        "name",
        "email",
        "seats",
        "organisation",
        "organisation_name",
        "organisation_kind",
        "interpreting",
        "accessibility_needs",
    }
)


# --- events -------------------------------------------------------------------------------------


def _member_ids(network) -> set[int]:
    return set(
        Membership.objects.current()
        .filter(network=network)
        .values_list("organisation_id", flat=True)
    )


def _check_links(event: Event, many: dict) -> None:
    """Organisers, host, series and contact must belong to the event's network."""
    errors = {}
    members = None
    organisers = many.get("organisers")
    if organisers is not None:
        members = _member_ids(event.network)
        if not organisers:
            errors["organisers"] = _("Choose at least one organising organisation.")
        elif any(o.pk not in members for o in organisers):
            errors["organisers"] = _("Choose organisers among the network's members.")
    if event.host_id:
        members = members if members is not None else _member_ids(event.network)
        if event.host_id not in members:
            errors["host"] = _("Choose a host among the network's members.")
    if event.series_id and event.series.network_id != event.network_id:
        errors["series"] = _("Choose a series of this network.")
    if (
        event.contact_id
        and not ContactPerson.objects.filter(
            pk=event.contact_id,
            organisation__memberships__network=event.network,
        ).exists()
    ):
        errors["contact"] = _("Choose a contact person of a member organisation.")
    languages = event.interpretation_languages or []
    if not isinstance(languages, list) or any(
        code not in SPOKEN_LANGUAGE_CODES for code in languages
    ):
        errors["interpretation_languages"] = _("Choose languages from the list.")
    if errors:
        raise ValidationError(errors)


def _validate_text(text: EventText) -> None:
    text.full_clean(exclude=["event", "approved_by", "updated_by"])


def _record(*, actor, action: str, event: Event, data: dict | None = None, obj=None) -> None:
    log_action(actor=actor, action=action, obj=obj or event, network=event.network, data=data)


@transaction.atomic
def event_create(*, actor, network, data: dict, text: dict) -> Event:
    """A new event as a draft, with its German text."""
    event = Event(network=network, created_by=actor if actor.is_authenticated else None)
    _changed, many = apply_changes(event, data, allowed=EVENT_FIELDS)
    source = EventText(language=SOURCE_LANGUAGE, updated_by=event.created_by)
    apply_changes(source, text, allowed=TEXT_FIELDS)
    event.title = source.title
    event.full_clean(exclude=["organisers"])
    _validate_text(source)
    _check_links(event, {"organisers": many.get("organisers", []), **many})
    event.save()
    set_many_to_many(event, many)
    source.event = event
    source.save()
    _record(actor=actor, action="events.event.created", event=event)
    return event


@transaction.atomic
def event_update(*, actor, event: Event, data: dict) -> Event:
    """Change an event. More seats promote people from the waiting list at once; fewer seats
    than are taken are refused (nobody confirmed loses a seat by an edit)."""
    current = locked(event)
    if current.status == EventStatus.CANCELLED:
        raise DomainError(_("A cancelled event cannot be changed."))
    changed, many = apply_changes(current, data, allowed=EVENT_FIELDS)
    current.full_clean(exclude=["organisers"])
    _check_links(current, many)
    taken = _seats_taken(current)
    if current.capacity is not None and current.capacity < taken:
        raise ValidationError(
            {
                "capacity": _(
                    "%(taken)s seats are confirmed; the event needs at least as many seats."
                )
                % {"taken": taken}
            }
        )
    current.save()
    changed += set_many_to_many(current, many)
    promoted = _promote_waiting(current) if "capacity" in changed else []
    if changed:
        _record(
            actor=actor,
            action="events.event.changed",
            event=current,
            data={"fields": sorted(changed), "promoted": len(promoted)},
        )
    return current


@transaction.atomic
def event_text_save(
    *,
    actor,
    event: Event,
    language: str,
    text: dict,
    minor_edit: bool = False,
    machine_translated: bool = False,
) -> EventText:
    """Write the event's text in ``language`` (rules: ``core.translations.save_text``)."""
    event = locked(event)
    row, changed = save_text(
        actor=actor,
        rows=EventText.objects.filter(event=event),
        new_row=lambda code: EventText(event=event, language=code),
        language=language,
        text=text,
        validate=_validate_text,
        minor_edit=minor_edit,
        machine_translated=machine_translated,
    )
    if changed is None:
        return row
    if language == SOURCE_LANGUAGE:
        event.title = row.title
        event.save(update_fields=["title", "updated_at"])
    _record(
        actor=actor,
        action="events.text.saved",
        event=event,
        data={
            "language": language,
            "fields": sorted(changed),
            "minor_edit": row.minor_edit,
            "machine_translated": machine_translated,
        },
    )
    return row


@transaction.atomic
def event_text_approve(*, actor, event: Event, language: str) -> EventText:
    row = approve_text(actor=actor, rows=EventText.objects.filter(event=event), language=language)
    _record(actor=actor, action="events.text.approved", event=event, data={"language": language})
    return row


@transaction.atomic
def event_text_delete(*, actor, event: Event, language: str) -> None:
    if delete_text(rows=EventText.objects.filter(event=event), language=language):
        _record(actor=actor, action="events.text.deleted", event=event, data={"language": language})


@transaction.atomic
def event_publish(*, actor, event: Event) -> Event:
    current = locked(event)
    if current.status == EventStatus.PUBLISHED:
        return current
    if current.status == EventStatus.CANCELLED:
        raise DomainError(_("A cancelled event cannot be published again; create a new one."))
    if not current.texts.filter(language=SOURCE_LANGUAGE).exists():
        raise DomainError(_("An event needs its German text before it can be published."))
    if not current.organisers.exists():
        raise DomainError(_("Choose an organiser before publishing."))
    current.status = EventStatus.PUBLISHED
    current.save(update_fields=["status", "updated_at"])
    _record(actor=actor, action="events.event.published", event=current)
    return current


@transaction.atomic
def event_unpublish(*, actor, event: Event) -> Event:
    """Back to draft. An event people registered for is cancelled instead, so they are told."""
    current = locked(event)
    if current.status != EventStatus.PUBLISHED:
        return current
    if current.registrations.active().exists():
        raise DomainError(
            _("People have registered; cancel the event instead so that they are told.")
        )
    current.status = EventStatus.DRAFT
    current.save(update_fields=["status", "updated_at"])
    _record(actor=actor, action="events.event.unpublished", event=current)
    return current


@transaction.atomic
def event_cancel(*, actor, event: Event) -> Event:
    """Call the event off: it stays visible as cancelled, everyone registered or waiting is told
    by e-mail, and no one can register any more."""
    current = locked(event)
    if current.status == EventStatus.CANCELLED:
        return current
    current.status = EventStatus.CANCELLED
    current.cancelled_at = timezone.now()
    current.save(update_fields=["status", "cancelled_at", "updated_at"])
    told = 0
    for registration in current.registrations.active():
        _mail(registration, "event_cancelled", event=current)
        told += 1
    _record(actor=actor, action="events.event.cancelled", event=current, data={"told": told})
    return current


@transaction.atomic
def event_delete(*, actor, event: Event) -> None:
    """Only drafts nobody registered for go; anything published is cancelled instead."""
    current = locked(event)
    if current.status != EventStatus.DRAFT or current.registrations.exists():
        raise DomainError(_("Only drafts without registrations can be deleted."))
    _record(actor=actor, action="events.event.deleted", event=current)
    current.delete()


# --- registrations ------------------------------------------------------------------------------


@dataclass
class RegistrationResult:
    registration: Registration
    # The personal link's secret, known only now: it goes into the e-mail and the next page.
    token: str


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def email_key(address: str) -> str:
    return address.strip().lower()


def _seats_taken(event: Event) -> int:
    return event.registrations.confirmed().aggregate(seats=Sum("seats", default=0))["seats"] or 0


def free_seats(event: Event) -> int | None:
    """Seats still free, ``None`` when the event has no limit."""
    if event.capacity is None:
        return None
    return max(event.capacity - _seats_taken(event), 0)


def site_url(path: str) -> str:
    return settings.VERBUND_SITE_URL.rstrip("/") + path


def manage_url(registration: Registration, token: str) -> str:
    """The registrant's personal page (see or cancel), in their language."""
    with translation.override(registration.language):
        path = reverse(
            "public:registration_manage",
            kwargs={
                "network": registration.event.network.slug,
                "event": registration.event_id,
                "token": token,
            },
        )
    return site_url(path)


def event_url(event: Event, language: str) -> str:
    with translation.override(language):
        if event.audience == Audience.PUBLIC:
            path = reverse(
                "public:event_detail", kwargs={"network": event.network.slug, "event": event.pk}
            )
        else:
            path = reverse(
                "public:event_detail_invited",
                kwargs={"network": event.network.slug, "event": event.pk, "key": event.access_key},
            )
    return site_url(path)


def _mail(registration: Registration, template: str, *, event: Event, token: str = "") -> None:
    """Tell the registrant, in their language; the mail leaves after the commit."""
    email_queue(
        to=registration.email,
        template=f"events/email/{template}",
        context={
            "event": event,
            "registration": registration,
            "event_url": event_url(event, registration.language),
            "manage_url": manage_url(registration, token) if token else "",
        },
        language=registration.language,
        network=event.network,
        about=registration,
        purpose=f"events.registration.{template}",
        reply_to=event.contact_email,
    )


def _check_registration_seats(event: Event, registration: Registration) -> None:
    if registration.seats > event.seats_per_registration:
        raise ValidationError(
            {
                "seats": _("At most %(count)s seats can be booked in one registration.")
                % {"count": event.seats_per_registration}
            }
        )


def _check_registration(event: Event, registration: Registration) -> None:
    _check_registration_seats(event, registration)
    errors = {}
    if registration.organisation_id and registration.organisation_id not in _member_ids(
        event.network
    ):
        errors["organisation"] = _("Choose an organisation of the network, or name yours.")
    if registration.language not in content_languages():
        errors["language"] = _("Choose one of the languages of these pages.")
    if errors:
        raise ValidationError(errors)


def _refuse_if_closed(event: Event, *, by_staff: bool) -> None:
    if event.status == EventStatus.CANCELLED:
        raise DomainError(_("This event has been cancelled; registration is no longer possible."))
    if event.status != EventStatus.PUBLISHED:
        raise DomainError(_("This event is not open for registration."))
    if not event.registration_required:
        raise DomainError(_("This event needs no registration: just come."))
    now = timezone.now()
    if by_staff:
        # Staff may still add someone who turns up or calls late, but not after the event.
        if now >= event.ends_at:
            raise DomainError(_("This event is over."))
        return
    if event.registration_opens_at and now < event.registration_opens_at:
        raise DomainError(
            _("Registration opens on %(date)s.")
            % {"date": timezone.localtime(event.registration_opens_at).strftime("%d.%m.%Y %H:%M")}
        )
    if now >= event.registration_deadline:
        raise DomainError(_("Registration for this event has closed."))


def registration_create(
    *, event: Event, data: dict, language: str, consent: bool, actor=None
) -> RegistrationResult:
    """Register a person (or a family or group, ``seats``) for ``event``.

    Confirmed while seats are free, else on the waiting list; the same e-mail address twice is
    refused with a message saying so. Staff (``actor``) may register people by phone.
    """
    if not consent:
        raise ValidationError(
            {"consent": _("Please agree to the processing of your data for this event.")}
        )
    try:
        with transaction.atomic():
            return _register(event=event, data=data, language=language, actor=actor)
    except IntegrityError as error:
        # Two registrations of one address raced past the check; the index kept one.
        if "unique_active_registration" in str(error):
            raise DomainError(
                _("This e-mail address is already registered for this event.")
            ) from None
        raise


def _already_registered() -> str:
    return _("This e-mail address is already registered for this event.")


def _register(*, event, data, language, actor) -> RegistrationResult:
    by_staff = actor is not None and getattr(actor, "is_authenticated", False)
    # Everything that does not depend on the seats is checked before the event's row is
    # locked: registrations of one event wait for each other only as long as they must.
    registration = Registration(event=event, language=language, consent_at=timezone.now())
    apply_changes(registration, data, allowed=REGISTRATION_FIELDS)
    registration.email_key = email_key(registration.email or "")
    if registration.organisation_id:
        registration.organisation_kind = registration.organisation.kind
        registration.organisation_name = ""
    token = secrets.token_urlsafe(24)
    registration.token_hash = _token_hash(token)
    registration.status = RegistrationStatus.WAITING  # decided below, once the data is valid
    # The unique index's check is the duplicate test below, which says so in plain words.
    registration.full_clean(
        exclude=["event", "entered_by", "checked_in_by", "token_hash"],
        validate_constraints=False,
    )
    _check_registration(event, registration)
    current = locked(event)
    registration.event = current
    _refuse_if_closed(current, by_staff=by_staff)
    _check_registration_seats(current, registration)
    # One look at the event's registrations, under the lock: the address's, the seats taken
    # and whether anyone waits.
    queue = current.registrations.aggregate(
        same_address=Count(
            "pk", filter=Q(status__in=ACTIVE_STATUSES, email_key=registration.email_key)
        ),
        taken=Sum("seats", filter=Q(status=RegistrationStatus.CONFIRMED), default=0),
        waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITING)),
    )
    if queue["same_address"]:
        raise DomainError(_already_registered())
    fits = current.capacity is None or (
        # Nobody jumps the queue: while people wait, a newcomer waits behind them.
        queue["taken"] + registration.seats <= current.capacity and not queue["waiting"]
    )
    registration.status = RegistrationStatus.CONFIRMED if fits else RegistrationStatus.WAITING
    if fits:
        registration.confirmed_at = registration.consent_at
    registration.entered_by = actor if by_staff else None
    registration.save()
    _mail(
        registration,
        "registration_confirmed" if fits else "registration_waiting",
        event=current,
        token=token,
    )
    _record(
        actor=actor,
        action="events.registration.created",
        event=current,
        obj=registration,
        data={"status": registration.status, "seats": registration.seats},
    )
    return RegistrationResult(registration, token)


def registration_by_token(*, event: Event, token: str) -> Registration | None:
    return (
        Registration.objects.filter(event=event, token_hash=_token_hash(token), anonymised_at=None)
        .select_related("event", "event__network")
        .first()
    )


def _promote_waiting(event: Event) -> list[Registration]:
    """Offer freed seats to the waiting list in order, inside the caller's locked transaction.

    A group that does not fit the seats left keeps its place at the head; smaller entries
    behind it may take the seats meanwhile, so no seat stays empty while someone could use it.
    """
    if event.capacity is None:
        waiting = list(event.registrations.waiting())
    else:
        free = event.capacity - _seats_taken(event)
        waiting = []
        for registration in event.registrations.waiting():
            if free <= 0:
                break
            if registration.seats <= free:
                waiting.append(registration)
                free -= registration.seats
    now = timezone.now()
    for registration in waiting:
        registration.status = RegistrationStatus.CONFIRMED
        registration.confirmed_at = registration.promoted_at = now
        registration.save(update_fields=["status", "confirmed_at", "promoted_at"])
        _mail(registration, "registration_promoted", event=event)
    return waiting


@transaction.atomic
def registration_cancel(*, registration: Registration, actor=None) -> list[Registration]:
    """Cancel a registration (by its holder's link or by staff); the freed seats go to the
    waiting list at once. Returns the registrations promoted."""
    event = locked(registration.event)
    current = locked(registration)
    if current.status == RegistrationStatus.CANCELLED:
        return []
    if timezone.now() >= event.ends_at:
        raise DomainError(_("This event is over; its registrations stay as they were."))
    was_confirmed = current.status == RegistrationStatus.CONFIRMED
    current.status = RegistrationStatus.CANCELLED
    current.cancelled_at = timezone.now()
    current.save(update_fields=["status", "cancelled_at"])
    _mail(current, "registration_cancelled", event=event)
    promoted = _promote_waiting(event) if was_confirmed else []
    _record(
        actor=actor,
        action="events.registration.cancelled",
        event=event,
        obj=current,
        data={"by": "staff" if actor else "registrant", "promoted": len(promoted)},
    )
    return promoted


@transaction.atomic
def registration_check_in(*, actor, registration: Registration, present: bool = True):
    """Mark a confirmed person as there (or take it back, for a wrong tap)."""
    current = locked(registration)
    if current.status != RegistrationStatus.CONFIRMED:
        raise DomainError(_("Only confirmed registrations can be checked in."))
    if present == (current.checked_in_at is not None):
        return current
    current.checked_in_at = timezone.now() if present else None
    current.checked_in_by = actor if present else None
    current.save(update_fields=["checked_in_at", "checked_in_by"])
    _record(
        actor=actor,
        action="events.registration.checked_in" if present else "events.registration.unchecked",
        event=current.event,
        obj=current,
    )
    return current


ANONYMISED_NAME = "—"


@transaction.atomic
def registrations_anonymise(*, actor=None, ended_before) -> int:
    """Blank the personal data of registrations of events that ended before ``ended_before``.

    Status, seats, attendance and the organisation (or its kind) stay, so the figures — people
    and companies reached — stay true. Their e-mails in the outbox are forgotten too.
    """
    registrations = list(
        Registration.objects.select_for_update()
        .filter(event__ends_at__lt=ended_before, anonymised_at=None)
        .select_related("event")
    )
    now = timezone.now()
    for registration in registrations:
        emails_forget(about=registration)
        registration.name = ANONYMISED_NAME
        registration.email = ""
        registration.email_key = f"anonymised-{registration.pk}"
        registration.interpreting = ""
        registration.accessibility_needs = ""
        # Named organisations stay: a company's name is not a person's data and counts it.
        registration.token_hash = _token_hash(secrets.token_urlsafe(24))
        registration.anonymised_at = now
    Registration.objects.bulk_update(
        registrations,
        [
            "name",
            "email",
            "email_key",
            "interpreting",
            "accessibility_needs",
            "token_hash",
            "anonymised_at",
        ],
        batch_size=500,
    )
    for event_id in sorted({r.event_id for r in registrations}):
        event = next(r.event for r in registrations if r.event_id == event_id)
        _record(
            actor=actor,
            action="events.registrations.anonymised",
            event=event,
            data={"count": sum(1 for r in registrations if r.event_id == event_id)},
        )
    return len(registrations)


def registration_export_logged(*, actor, event: Event, fmt: str, count: int) -> None:
    """Record that a registration list left the system: who, how many rows (never which)."""
    _record(
        actor=actor,
        action="events.registrations.exported",
        event=event,
        data={"count": count, "format": fmt},
    )


# --- invitations --------------------------------------------------------------------------------


@dataclass
class InvitationCounts:
    sent: int
    already_invited: int
    without_email: int


@transaction.atomic
def invitations_send(*, actor, event: Event, language: str = SOURCE_LANGUAGE) -> InvitationCounts:
    """Invite every contact person of the network's current members: one e-mail each; whoever
    was invited before is skipped, so sending again reaches only those added since."""
    current = locked(event)
    if current.status != EventStatus.PUBLISHED:
        raise DomainError(_("Publish the event before inviting people to it."))
    if timezone.now() >= current.ends_at:
        raise DomainError(_("This event is over."))
    contacts = list(
        ContactPerson.objects.filter(organisation_id__in=_member_ids(current.network))
        .select_related("organisation")
        .order_by("organisation__name", "pk")
    )
    invited = set(current.invitations.values_list("contact_id", flat=True))
    counts = InvitationCounts(0, 0, 0)
    url = event_url(current, language)
    for contact in contacts:
        if contact.pk in invited:
            counts.already_invited += 1
            continue
        if not contact.email:
            counts.without_email += 1
            continue
        invitation = Invitation.objects.create(
            event=current, contact=contact, organisation=contact.organisation, sent_by=actor
        )
        email_queue(
            to=contact.email,
            template="events/email/invitation",
            context={"event": current, "contact": contact, "event_url": url},
            language=language,
            network=current.network,
            about=invitation,
            purpose="events.invitation",
            reply_to=current.contact_email,
        )
        counts.sent += 1
    _record(
        actor=actor,
        action="events.invitations.sent",
        event=current,
        data={
            "sent": counts.sent,
            "already_invited": counts.already_invited,
            "without_email": counts.without_email,
        },
    )
    return counts


# --- minutes and other documents ----------------------------------------------------------------


@transaction.atomic
def event_document_add(*, actor, event: Event, data: dict) -> EventDocument:
    document = EventDocument(event=event, uploaded_by=actor)
    apply_changes(document, data, allowed={"kind", "title", "file"})
    document.full_clean(exclude=["event", "uploaded_by"])
    document.save()
    _record(
        actor=actor,
        action="events.document.added",
        event=event,
        data={"document": document.pk, "kind": document.kind},
    )
    return document


@transaction.atomic
def event_document_delete(*, actor, document: EventDocument) -> None:
    event = document.event
    _record(
        actor=actor, action="events.document.deleted", event=event, data={"document": document.pk}
    )
    document.file.delete(save=False)
    document.delete()


# --- series of meetings -------------------------------------------------------------------------

SERIES_FIELDS = frozenset({"title", "kind", "recurrence", "description"})


def _check_hosts(network, hosts) -> None:
    members = _member_ids(network)
    if any(host.pk not in members for host in hosts):
        raise ValidationError({"hosts": _("Choose hosts among the network's members.")})
    if len({host.pk for host in hosts}) != len(hosts):
        raise ValidationError({"hosts": _("Name each host only once.")})


def _set_hosts(series: EventSeries, hosts) -> bool:
    """The rotation in the given order; returns whether it changed."""
    wanted = [host.pk for host in hosts]
    if list(series.hosts.values_list("organisation_id", flat=True)) == wanted:
        return False
    series.hosts.all().delete()
    SeriesHost.objects.bulk_create(
        SeriesHost(series=series, organisation_id=org_id, position=position)
        for position, org_id in enumerate(wanted)
    )
    return True


@transaction.atomic
def series_create(*, actor, network, data: dict, hosts=()) -> EventSeries:
    """A series of recurring meetings with its rotation of hosts (in the order given)."""
    series = EventSeries(network=network)
    apply_changes(series, data, allowed=SERIES_FIELDS)
    series.full_clean(exclude=["network"])
    hosts = list(hosts)
    _check_hosts(network, hosts)
    series.save()
    _set_hosts(series, hosts)
    log_action(
        actor=actor,
        action="events.series.created",
        obj=series,
        network=network,
        data={"hosts": len(hosts)},
    )
    return series


@transaction.atomic
def series_update(*, actor, series: EventSeries, data: dict, hosts=None) -> EventSeries:
    current = locked(series)
    changed, _many = apply_changes(current, data, allowed=SERIES_FIELDS)
    current.full_clean(exclude=["network"])
    if hosts is not None:
        hosts = list(hosts)
        _check_hosts(current.network, hosts)
    current.save()
    if hosts is not None and _set_hosts(current, hosts):
        changed.append("hosts")
    if changed:
        log_action(
            actor=actor,
            action="events.series.changed",
            obj=current,
            network=current.network,
            data={"fields": sorted(changed)},
        )
    return current


def _add_months(moment: datetime.datetime, months: int) -> datetime.datetime:
    """The same day ``months`` later, or the month's last day where it is shorter."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def next_date(moment: datetime.datetime, recurrence: str) -> datetime.datetime | None:
    """The next meeting's start after ``moment`` by the series' rhythm, at the same local time
    of day (18:00 stays 18:00 across the change to summer time); None when it is irregular."""
    local = timezone.localtime(moment)
    wall = local.replace(tzinfo=None)
    if recurrence == Recurrence.WEEKLY:
        wall += datetime.timedelta(weeks=1)
    elif recurrence == Recurrence.MONTHLY:
        wall = _add_months(wall, 1)
    elif recurrence == Recurrence.QUARTERLY:
        wall = _add_months(wall, 3)
    else:
        return None
    return timezone.make_aware(wall, local.tzinfo)


def next_host(series: EventSeries, last_host_id: int | None):
    """The organisation after ``last_host_id`` in the rotation (the first after the last, or
    when the last host is not in it); None for a series without hosts."""
    rotation = [host.organisation for host in series.hosts.select_related("organisation")]
    if not rotation:
        return None
    ids = [organisation.pk for organisation in rotation]
    if last_host_id in ids:
        return rotation[(ids.index(last_host_id) + 1) % len(rotation)]
    return rotation[0]


def series_last_event(series: EventSeries) -> Event | None:
    return series.events.order_by("-starts_at", "-pk").first()


@transaction.atomic
def series_plan_next(*, actor, series: EventSeries, starts_at=None) -> Event:
    """The next meeting of ``series`` as a draft: a copy of its last meeting (fields, organisers
    and texts in every language) at the next date by the series' rhythm (or ``starts_at``),
    with the next host of the rotation and that host's address. Registrations, invitations and
    minutes stay with the meeting they belong to."""
    series = locked(series)
    last = series_last_event(series)
    if last is None:
        raise DomainError(_("The series has no meeting yet; add its first meeting as an event."))
    if starts_at is None:
        starts_at = next_date(last.starts_at, series.recurrence)
        if starts_at is None:
            raise DomainError(
                _("This series meets irregularly: give the date of the next meeting.")
            )
    shift = starts_at - last.starts_at
    data = {name: getattr(last, name) for name in EVENT_FIELDS if name != "organisers"}
    data["interpretation_languages"] = list(last.interpretation_languages or [])
    data["organisers"] = list(last.organisers.all())
    data["series"] = series
    data["starts_at"] = starts_at
    data["ends_at"] = last.ends_at + shift
    for name in ("registration_opens_at", "registration_closes_at"):
        if data[name] is not None:
            data[name] += shift
    host = next_host(series, last.host_id)
    if host is not None and host.pk != last.host_id:
        data["host"] = host
        if host.street or host.city:
            # The meeting moves to the new host's premises.
            data.update(
                venue=host.name,
                street=host.street,
                postal_code=host.postal_code,
                city=host.city,
                district="",
                latitude=host.latitude,
                longitude=host.longitude,
            )
    texts = list(last.texts.all())
    source = next((text for text in texts if text.language == SOURCE_LANGUAGE), None)
    if source is None:
        raise DomainError(_("The last meeting has no German text to copy."))
    event = event_create(
        actor=actor,
        network=series.network,
        data=data,
        text={name: getattr(source, name) for name in EventText.TRANSLATED_FIELDS},
    )
    # Translations come along in their state: what was up to date still fits the copied text.
    event.texts.filter(language=SOURCE_LANGUAGE).update(
        version=source.version, source_version=source.source_version
    )
    EventText.objects.bulk_create(
        EventText(
            event=event,
            language=text.language,
            version=text.version,
            source_version=text.source_version,
            machine_translated=text.machine_translated,
            approved_by_id=text.approved_by_id,
            updated_by=actor if getattr(actor, "is_authenticated", False) else None,
            **{name: getattr(text, name) for name in EventText.TRANSLATED_FIELDS},
        )
        for text in texts
        if text.language != SOURCE_LANGUAGE
    )
    _record(
        actor=actor,
        action="events.series.planned",
        event=event,
        data={"series": series.pk, "copied_from": last.pk},
    )
    return event
