"""Reads of outgoing e-mail for other apps' pages and for the back office's list."""

from collections import defaultdict
from datetime import timedelta

from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone

from verbund.outbox.models import EmailStatus, OutgoingEmail, about_key

# Sent mail the back office's list shows unless asked for all sent mail.
RECENT_DAYS = 7
# Texts stay out of lists: they are long, personal, and no list shows them.
_LIST_DEFER = ("body_text", "body_html")


def email_states(about_objects) -> dict[tuple[str, str], OutgoingEmail]:
    """The latest mail about each object, in one query, keyed like ``models.about_key``
    (``("events.registration", "17")``); objects without mail are missing from the result.

    For lists: ``states.get(about_key(registration))`` then shows "sent", "queued (2 attempts)"
    or "failed" (``outbox/_email_state.html``). The texts are deferred; reading them costs a
    query per mail.
    """
    ids_by_type = defaultdict(set)
    for obj in about_objects:
        about_type, about_id = about_key(obj)
        ids_by_type[about_type].add(about_id)
    if not ids_by_type:
        return {}
    about = Q()
    for about_type, ids in ids_by_type.items():
        about |= Q(about_type=about_type, about_id__in=sorted(ids))
    latest = (
        OutgoingEmail.objects.filter(
            about_type=OuterRef("about_type"), about_id=OuterRef("about_id")
        )
        .order_by("-created_at", "-pk")
        .values("pk")[:1]
    )
    emails = OutgoingEmail.objects.filter(about, pk=Subquery(latest)).defer(*_LIST_DEFER)
    return {email.about_key: email for email in emails}


def network_emails(network, status: str = ""):
    """The back office's list of a network's mail: one status, or (``""``) what is waiting or
    failed plus what was sent in the last ``RECENT_DAYS`` days; newest first."""
    emails = OutgoingEmail.objects.filter(network=network).defer(*_LIST_DEFER)
    if status:
        return emails.filter(status=status)
    recent = timezone.now() - timedelta(days=RECENT_DAYS)
    return emails.filter(
        Q(status__in=[EmailStatus.QUEUED, EmailStatus.FAILED])
        | Q(status=EmailStatus.SENT, sent_at__gte=recent)
    )


def network_email_counts(network) -> dict[str, int]:
    """How many of the network's mails are in each status (all time), for the list's filter."""
    counts = dict.fromkeys(EmailStatus.values, 0)
    rows = (
        OutgoingEmail.objects.filter(network=network)
        .order_by()
        .values("status")
        .annotate(count=Count("pk"))
        .values_list("status", "count")
    )
    counts.update(rows)
    return counts
