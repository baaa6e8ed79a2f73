"""Who may see and do what with events: the one place the back office and the API ask.

The network's staff (``network.registry:view``) see the network's published and cancelled events,
members' and invited ones included, and their minutes. Drafts are seen by the coordination
(``events.calendar:view``) and by the staff of the event's organisers. Acting on an event —
writing, publishing, registrations with their names and addresses, check-in — needs the
organisation permission for *one of its organisers*: an organisation's staff act on the events
their organisation (co-)organises; the coordinators on all events of their network.

An event outside what a user sees does not exist for them (404); one they see but may not act
on is a 403.
"""

from django.db.models import Q, QuerySet

from verbund.accounts.access import access_for, has_permission
from verbund.events.choices import EventStatus
from verbund.events.models import Event

CALENDAR = "events.calendar:view"
CHANGE = "events.event:change"
PUBLISH = "events.event:publish"
REGISTRATIONS_VIEW = "events.registration:view"
REGISTRATIONS_CHANGE = "events.registration:change"
INVITE = "events.invitation:send"
STAFF_VIEW = "network.registry:view"


def own_organisations(user, network) -> set[int] | None:
    """None when the user sees every event of the network; else their organisations' ids."""
    if has_permission(user, CALENDAR, network=network):
        return None
    return set(access_for(user).member_organisations.get(network.pk, ()))


def office_events(user, network) -> QuerySet:
    """The events of ``network`` that ``user`` sees in the back office."""
    events = Event.objects.filter(network=network)
    own = own_organisations(user, network)
    if own is None:
        return events
    if not has_permission(user, STAFF_VIEW, network=network):
        return events.none()
    return events.filter(
        Q(status__in=[EventStatus.PUBLISHED, EventStatus.CANCELLED])
        | Q(pk__in=Event.objects.filter(network=network, organisers__in=own).values("pk"))
    )


def organiser_ids(event: Event) -> list[int]:
    cached = getattr(event, "_organiser_ids", None)
    if cached is None:
        cached = list(event.organisers.values_list("pk", flat=True))
        event._organiser_ids = cached
    return cached


def can(user, permission: str, event: Event) -> bool:
    """May ``user`` do ``permission`` (an organisation permission) on ``event``?"""
    return any(
        has_permission(user, permission, network=event.network_id, organisation=org_id)
        for org_id in organiser_ids(event)
    )


def organisations_for(user, permission: str, network) -> set[int] | None:
    """Organisations of ``network`` for whom ``user`` may do ``permission`` (to choose organisers
    of a new event from); None means all the network's members."""
    if has_permission(user, CALENDAR, network=network):
        return None
    access = access_for(user)
    return {
        org_id
        for org_id in access.member_organisations.get(network.pk, ())
        if has_permission(user, permission, network=network, organisation=org_id)
    }


def may_invite(user, network) -> bool:
    return has_permission(user, INVITE, network=network)


def may_manage_series(user, network) -> bool:
    """Series of recurring meetings (working groups) are kept by the coordination."""
    return has_permission(user, CALENDAR, network=network)


def may_see_figures(user, network) -> bool:
    """The network's attendance figures count people and organisations, never names."""
    return has_permission(user, STAFF_VIEW, network=network)


def may_add(user, network) -> bool:
    """May ``user`` write a new event for some organiser of ``network``?"""
    allowed = organisations_for(user, CHANGE, network)
    return allowed is None or bool(allowed)
