"""Permission rules of the machine-readable addresses: calendars, the export, the sitemap.

Like the finder pages they answer everybody alike, with the public offerings of a public
network; anything else is a 404. They answer GET only. Unlike the finder page, which shows bad
filter values as errors on its form, a calendar or a file has no form: bad values are a 400.
"""

from verbund.core.testing import UrlRule, public
from verbund.offers.models import OfferingStatus
from verbund.offers.tests.url_rules_public import (
    hidden_network,
    in_a,
    offering,
    offering_of_hidden_network,
    with_an_offering,
)


def sitemap_with_an_offering(w) -> dict:
    offering(w.network)
    return {}


def offerings_section(w) -> dict:
    offering(w.network)
    return {"section": "offerings"}


def finder_query_rules(name, **extra):
    def kwargs(builder):
        return lambda w: {**builder(w), **extra}

    return [
        UrlRule(name, public(), kwargs=kwargs(with_an_offering)),
        UrlRule(
            name,
            public(),
            kwargs=kwargs(in_a),
            query="?q=kurs&kind=language_course&level=B1&free=on",
            label="filtered",
        ),
        UrlRule(name, public(400), kwargs=kwargs(in_a), query="?age=abc", label="bad filter"),
        UrlRule(name, public(405), kwargs=kwargs(in_a), method="post"),
        UrlRule(name, public(404), kwargs=kwargs(hidden_network), label="network not public"),
    ]


RULES = [
    *finder_query_rules("public:offering_feed"),
    *finder_query_rules("public:offering_export", fmt="csv"),
    UrlRule(
        "public:offering_export",
        public(),
        kwargs=lambda w: in_a(w, fmt="xlsx"),
        label="xlsx",
    ),
    UrlRule(
        "public:offering_export",
        public(404),
        kwargs=lambda w: in_a(w, fmt="pdf"),
        label="unknown format",
    ),
    UrlRule(
        "public:offering_ical", public(), kwargs=lambda w: in_a(w, offering=offering(w.network))
    ),
    UrlRule(
        "public:offering_ical",
        public(405),
        kwargs=lambda w: in_a(w, offering=offering(w.network)),
        method="post",
    ),
    UrlRule(
        "public:offering_ical",
        public(404),
        kwargs=lambda w: in_a(w, offering=offering(w.network, status=OfferingStatus.DRAFT)),
        label="draft",
    ),
    UrlRule(
        "public:offering_ical",
        public(404),
        kwargs=lambda w: in_a(w, offering=offering(w.other_network)),
        label="foreign",
    ),
    UrlRule(
        "public:offering_ical",
        public(404),
        kwargs=offering_of_hidden_network,
        label="network not public",
    ),
    UrlRule("sitemap", public(), kwargs=sitemap_with_an_offering),
    UrlRule("sitemap", public(405), method="post"),
    UrlRule("sitemap_section", public(), kwargs=lambda w: {"section": "pages"}),
    UrlRule(
        "sitemap_section",
        public(),
        kwargs=offerings_section,
    ),
    UrlRule(
        "sitemap_section",
        public(404),
        kwargs=lambda w: {"section": "offerings"},
        query="?p=99",
        label="page beyond the last",
    ),
    UrlRule(
        "sitemap_section",
        public(404),
        kwargs=lambda w: {"section": "nothing"},
        label="unknown section",
    ),
]
