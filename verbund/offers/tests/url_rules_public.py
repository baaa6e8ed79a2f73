"""Permission rules of the public finder (see verbund/core/testing.py).

Everybody gets the same answer, logged in or not, whatever their role: the network's visible
offerings; a 404 for a network that is not public, for another network's offering and for one
that is not published. The pages answer GET only; bad filter values still answer 200.
"""

from verbund.core.testing import UrlRule, public
from verbund.network.tests.factories import NetworkFactory
from verbund.offers.models import OfferingStatus
from verbund.offers.tests.factories import OfferingFactory


def in_a(w, **kwargs):
    return {"network": w.network.slug, **kwargs}


def offering(network, **fields) -> int:
    return OfferingFactory(network=network, **fields).pk


def with_an_offering(w) -> dict:
    offering(w.network)
    return in_a(w)


def hidden_network(w) -> dict:
    return {"network": NetworkFactory(is_public=False).slug}


def offering_of_hidden_network(w) -> dict:
    network = NetworkFactory(is_public=False)
    return {"network": network.slug, "offering": offering(network)}


def finder_rules(name):
    return [
        UrlRule(name, public(), kwargs=with_an_offering),
        UrlRule(name, public(405), kwargs=in_a, method="post"),
        UrlRule(name, public(), kwargs=in_a, query="?age=abc&kind=x&page=9", label="bad filter"),
        UrlRule(name, public(404), kwargs=hidden_network, label="network not public"),
    ]


def offering_rules(name):
    return [
        UrlRule(name, public(), kwargs=lambda w: in_a(w, offering=offering(w.network))),
        UrlRule(
            name,
            public(405),
            kwargs=lambda w: in_a(w, offering=offering(w.network)),
            method="post",
        ),
        UrlRule(
            name,
            public(404),
            kwargs=lambda w: in_a(w, offering=offering(w.network, status=OfferingStatus.DRAFT)),
            label="draft",
        ),
        UrlRule(
            name,
            public(404),
            kwargs=lambda w: in_a(w, offering=offering(w.other_network)),
            label="foreign",
        ),
        UrlRule(
            name,
            public(404),
            kwargs=offering_of_hidden_network,
            label="network not public",
        ),
    ]


RULES = [
    *finder_rules("public:offering_list"),
    *finder_rules("public:offering_map"),
    *offering_rules("public:offering_detail"),
    *offering_rules("public:offering_print"),
]
