"""Permission rules of the public event pages (see verbund/core/testing.py).

Everybody gets the same answer, logged in or not, whatever their role: public events of a
public network; members' and invited events only under their access key; a 404 for a draft,
another network's event, a network that is not public, a wrong key and an unknown personal
token. An empty registration POST re-renders the form with its errors (200) and writes nothing.
"""

from verbund.core.testing import UrlRule, public
from verbund.events.choices import Audience, EventStatus
from verbund.events.services import _token_hash
from verbund.events.tests.factories import EventFactory, RegistrationFactory
from verbund.network.tests.factories import NetworkFactory

TOKEN = "a-personal-token-of-the-rules"


def in_a(w, **kwargs):
    return {"network": w.network.slug, **kwargs}


def event(network, **fields):
    return EventFactory(network=network, **fields)


def public_event(w) -> dict:
    return in_a(w, event=event(w.network).pk)


def with_an_event(w) -> dict:
    event(w.network)
    return in_a(w)


def hidden_network(w) -> dict:
    return {"network": NetworkFactory(is_public=False).slug}


def event_of_hidden_network(w) -> dict:
    network = NetworkFactory(is_public=False)
    return {"network": network.slug, "event": event(network).pk}


def draft(w) -> dict:
    return in_a(w, event=event(w.network, status=EventStatus.DRAFT).pk)


def foreign(w) -> dict:
    return in_a(w, event=event(w.other_network).pk)


def invited_without_key(w) -> dict:
    return in_a(w, event=event(w.network, audience=Audience.INVITED).pk)


def invited_with_key(w) -> dict:
    invited = event(w.network, audience=Audience.INVITED)
    return in_a(w, event=invited.pk, key=invited.access_key)


def invited_with_wrong_key(w) -> dict:
    invited = event(w.network, audience=Audience.INVITED)
    return in_a(w, event=invited.pk, key="wrong")


def registration(w) -> dict:
    found = RegistrationFactory(event=event(w.network), token_hash=_token_hash(TOKEN))
    return in_a(w, event=found.event_id, token=TOKEN)


def registration_bad_token(w) -> dict:
    RegistrationFactory(event=event(w.network), token_hash=_token_hash(TOKEN))
    return in_a(w, event=event(w.network).pk, token="not-the-token")


def not_found_rules(name, **extra):
    def kwargs(builder):
        return lambda w: {**builder(w), **extra}

    return [
        UrlRule(name, public(404), kwargs=kwargs(draft), label="draft"),
        UrlRule(name, public(404), kwargs=kwargs(foreign), label="foreign"),
        UrlRule(name, public(404), kwargs=kwargs(event_of_hidden_network), label="hidden network"),
        UrlRule(name, public(404), kwargs=kwargs(invited_without_key), label="invited, no key"),
    ]


RULES = [
    # The calendar and its feed.
    UrlRule("public:event_list", public(), kwargs=with_an_event),
    UrlRule("public:event_list", public(), kwargs=in_a, query="?past=1&kind=x&page=9", label="bad"),
    UrlRule("public:event_list", public(405), kwargs=in_a, method="post"),
    UrlRule("public:event_list", public(404), kwargs=hidden_network, label="hidden network"),
    UrlRule("public:event_feed", public(), kwargs=with_an_event),
    UrlRule("public:event_feed", public(405), kwargs=in_a, method="post"),
    UrlRule("public:event_feed", public(404), kwargs=hidden_network, label="hidden network"),
    # An event's page, its calendar and its registration.
    UrlRule("public:event_detail", public(), kwargs=public_event),
    UrlRule("public:event_detail", public(405), kwargs=public_event, method="post"),
    *not_found_rules("public:event_detail"),
    UrlRule("public:event_detail_invited", public(), kwargs=invited_with_key),
    UrlRule(
        "public:event_detail_invited", public(404), kwargs=invited_with_wrong_key, label="wrong key"
    ),
    UrlRule("public:event_ical", public(), kwargs=public_event),
    UrlRule("public:event_ical", public(405), kwargs=public_event, method="post"),
    *not_found_rules("public:event_ical"),
    UrlRule("public:event_register", public(), kwargs=public_event, method="post"),
    UrlRule("public:event_register", public(302), kwargs=public_event, label="GET leads back"),
    *(
        UrlRule(
            name="public:event_register",
            expect=public(404),
            kwargs=builder,
            method="post",
            label=label,
        )
        for builder, label in (
            (draft, "draft"),
            (foreign, "foreign"),
            (invited_without_key, "invited, no key"),
        )
    ),
    # The personal page.
    UrlRule("public:registration_manage", public(), kwargs=registration),
    UrlRule(
        "public:registration_manage",
        public(),
        kwargs=registration,
        method="post",
        label="asks first",
    ),
    UrlRule(
        "public:registration_manage", public(404), kwargs=registration_bad_token, label="bad token"
    ),
]
