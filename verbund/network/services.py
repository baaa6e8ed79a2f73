"""Actions on the registry. Each is one transaction, validates the whole model before writing,
and leaves a log entry naming the changed fields (never their values: contacts are people).

Bad input raises ``ValidationError`` (field errors, for forms and the API) or ``DomainError`` (an
action the registry does not allow, with a message for the user); either way nothing is written.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext

from verbund.audit.services import log_action
from verbund.core.errors import DomainError
from verbund.core.services import apply_changes, locked
from verbund.network import selectors
from verbund.network.models import (
    ContactPerson,
    Membership,
    Network,
    Organisation,
)

# --- the network -------------------------------------------------------------------------------


@transaction.atomic
def network_update(*, actor, network: Network, data: dict) -> Network:
    """Change the network's own fields; a replaced or removed statute file is deleted once the
    change is committed."""
    network = locked(network)
    previous_statute = network.statute.name
    changed, _ = apply_changes(network, data)
    network.full_clean()
    network.save()
    if "statute" in changed and previous_statute and previous_statute != network.statute.name:
        storage = network.statute.storage
        transaction.on_commit(lambda: storage.delete(previous_statute))
    log_action(
        actor=actor,
        action="network.network.changed",
        obj=network,
        network=network,
        data={"fields": sorted(changed)},
    )
    return network


# --- fields of action and target groups ---------------------------------------------------------


@transaction.atomic
def vocabulary_entry_create(*, actor, network: Network, model, data: dict):
    entry = model(network=network)
    apply_changes(entry, data)
    entry.full_clean()
    entry.save()
    log_action(
        actor=actor,
        action=f"{entry._meta.label_lower}.created",
        obj=entry,
        network=network,
        data={"fields": sorted(data)},
    )
    return entry


@transaction.atomic
def vocabulary_entry_update(*, actor, network: Network, entry, data: dict):
    if entry.network_id != network.pk:
        raise DomainError(gettext("This entry belongs to another network."))
    entry = locked(entry)
    changed, _ = apply_changes(entry, data)
    entry.full_clean()
    entry.save()
    log_action(
        actor=actor,
        action=f"{entry._meta.label_lower}.changed",
        obj=entry,
        network=network,
        data={"fields": sorted(changed)},
    )
    return entry


@transaction.atomic
def vocabulary_entry_delete(*, actor, network: Network, entry) -> None:
    """Delete an unused entry. An entry in use is refused: deleting it would silently strip the
    classification of the sub-projects (and later offerings) that carry it."""
    if entry.network_id != network.pk:
        raise DomainError(gettext("This entry belongs to another network."))
    entry = type(entry).objects.select_for_update().get(pk=entry.pk)
    uses = selectors.usages(entry)
    if uses:
        described = ", ".join(f"{count} {label}" for label, count in uses)
        raise DomainError(
            gettext(
                "“%(name)s” is still used (%(uses)s) and cannot be deleted. Remove it there "
                "first, or rename it instead."
            )
            % {"name": entry.name, "uses": described}
        )
    log_action(
        actor=actor,
        action=f"{entry._meta.label_lower}.deleted",
        obj=entry,
        network=network,
        data={},
    )
    entry.delete()


# --- organisations and memberships --------------------------------------------------------------


def _check_no_overlap(membership: Membership) -> None:
    """An organisation's membership periods in one network do not overlap: history reads as
    one sequence of roles."""
    others = Membership.objects.filter(
        network_id=membership.network_id, organisation_id=membership.organisation_id
    ).exclude(pk=membership.pk)
    for other in others:
        starts_before_other_ends = (
            membership.started_on is None
            or other.ended_on is None
            or membership.started_on <= other.ended_on
        )
        other_starts_before_end = (
            other.started_on is None
            or membership.ended_on is None
            or other.started_on <= membership.ended_on
        )
        if starts_before_other_ends and other_starts_before_end:
            raise ValidationError(
                gettext(
                    "This period overlaps another membership of the organisation in this "
                    "network (%(period)s). End that membership first, or choose other dates."
                )
                % {"period": _period(other)}
            )


def _period(membership: Membership) -> str:
    start = membership.started_on.strftime("%d.%m.%Y") if membership.started_on else "…"
    end = membership.ended_on.strftime("%d.%m.%Y") if membership.ended_on else "…"
    return f"{start} – {end}"


def _lock_organisation(organisation_id: int) -> None:
    # Two coordinators adding periods at once must not both pass the overlap check.
    Organisation.objects.select_for_update().filter(pk=organisation_id).first()


@transaction.atomic
def membership_create(
    *,
    actor,
    network: Network,
    organisation: Organisation,
    role: str,
    started_on: datetime.date | None = None,
    ended_on: datetime.date | None = None,
    note: str = "",
) -> Membership:
    _lock_organisation(organisation.pk)
    membership = Membership(
        network=network,
        organisation=organisation,
        role=role,
        started_on=started_on,
        ended_on=ended_on,
        note=note,
    )
    membership.full_clean()
    _check_no_overlap(membership)
    membership.save()
    log_action(
        actor=actor,
        action="network.membership.created",
        obj=membership,
        network=network,
        data={"organisation": organisation.pk, "role": role},
    )
    return membership


@transaction.atomic
def membership_update(*, actor, network: Network, membership: Membership, data: dict):
    if membership.network_id != network.pk:
        raise DomainError(gettext("This membership belongs to another network."))
    _lock_organisation(membership.organisation_id)
    membership = locked(membership)
    changed, _ = apply_changes(membership, data)
    membership.full_clean()
    _check_no_overlap(membership)
    membership.save()
    log_action(
        actor=actor,
        action="network.membership.changed",
        obj=membership,
        network=network,
        data={"fields": sorted(changed)},
    )
    return membership


@transaction.atomic
def organisation_create(
    *,
    actor,
    network: Network,
    data: dict,
    role: str,
    started_on: datetime.date | None = None,
) -> Organisation:
    """A new organisation and its membership in ``network``, together or not at all."""
    organisation = Organisation()
    apply_changes(organisation, data)
    organisation.full_clean()
    organisation.save()
    log_action(
        actor=actor,
        action="network.organisation.created",
        obj=organisation,
        network=network,
        data={"fields": sorted(data)},
    )
    membership_create(
        actor=actor,
        network=network,
        organisation=organisation,
        role=role,
        started_on=started_on,
    )
    return organisation


@transaction.atomic
def organisation_update(*, actor, network: Network, organisation: Organisation, data: dict):
    organisation = locked(organisation)
    changed, _ = apply_changes(organisation, data)
    organisation.full_clean()
    organisation.save()
    log_action(
        actor=actor,
        action="network.organisation.changed",
        obj=organisation,
        network=network,
        data={"fields": sorted(changed)},
    )
    return organisation


# --- contact persons ----------------------------------------------------------------------------


@transaction.atomic
def contact_create(*, actor, network: Network, organisation: Organisation, data: dict):
    contact = ContactPerson(organisation=organisation)
    apply_changes(contact, data)
    contact.full_clean()
    contact.save()
    log_action(
        actor=actor,
        action="network.contactperson.created",
        obj=contact,
        network=network,
        data={"organisation": organisation.pk, "fields": sorted(data)},
    )
    return contact


@transaction.atomic
def contact_update(*, actor, network: Network, contact: ContactPerson, data: dict):
    contact = locked(contact)
    changed, _ = apply_changes(contact, data)
    contact.full_clean()
    contact.save()
    log_action(
        actor=actor,
        action="network.contactperson.changed",
        obj=contact,
        network=network,
        data={"organisation": contact.organisation_id, "fields": sorted(changed)},
    )
    return contact


@transaction.atomic
def contact_delete(*, actor, network: Network, contact: ContactPerson) -> None:
    log_action(
        actor=actor,
        action="network.contactperson.deleted",
        obj=contact,
        network=network,
        data={"organisation": contact.organisation_id},
    )
    contact.delete()


# --- exports ------------------------------------------------------------------------------------


def export_logged(*, actor, network: Network, what: str, count: int, fmt: str) -> None:
    """Record that a list left the system: who, which list, how many rows (never which)."""
    log_action(
        actor=actor,
        action=f"network.{what}.exported",
        obj=network,
        network=network,
        data={"count": count, "format": fmt},
    )
