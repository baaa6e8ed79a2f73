"""Permission rules of the outgoing e-mail page (see verbund/core/testing.py).

Only the coordination sees a network's outgoing mail (``outbox.email:view``): it names
recipients of every organisation's events. Retrying is a POST; a GET of it is not allowed (405)
for those who may retry. Mail of network B under network A's address is a 404 for everyone.
"""

from verbund.core.testing import COORDINATION, UrlRule, office
from verbund.outbox.models import EmailStatus, OutgoingEmail


def in_a(w, **kwargs):
    return {"network": w.network.slug, **kwargs}


def mail(network, status=EmailStatus.FAILED):
    return OutgoingEmail.objects.create(
        network=network,
        purpose="events.registration.confirmed",
        to="anna.schmidt@example.org",
        from_email="verbund@localhost",
        language="de",
        subject="Anmeldung",
        body_text="Hallo",
        status=status,
        attempts=8,
    )


def a_mail(w):
    return in_a(w, email=mail(w.network).pk)


def b_mail(w):
    return in_a(w, email=mail(w.other_network).pk)


def no_network_mail(w):
    return in_a(w, email=mail(None).pk)


RULES = [
    UrlRule("office:outbox_list", office(COORDINATION), kwargs=in_a),
    UrlRule(
        "office:outbox_list",
        office(COORDINATION),
        kwargs=in_a,
        query="?status=failed",
        label="filtered",
    ),
    UrlRule("office:outbox_list", office(COORDINATION, ok=405), kwargs=in_a, method="post"),
    UrlRule("office:outbox_retry", office(COORDINATION, ok=405), kwargs=a_mail),
    UrlRule("office:outbox_retry", office(COORDINATION, ok=302), kwargs=a_mail, method="post"),
    UrlRule(
        "office:outbox_retry",
        office(COORDINATION, foreign=True),
        kwargs=b_mail,
        method="post",
        label="of network B",
    ),
    UrlRule(
        "office:outbox_retry",
        office(COORDINATION, foreign=True),
        kwargs=no_network_mail,
        method="post",
        label="of no network",
    ),
]
