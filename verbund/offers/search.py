"""Full-text search over offering texts.

PostgreSQL: each text row keeps a ``tsvector`` built with its language's stemming (German for
German and easy German, Arabic, Turkish, Russian, English; plain words where PostgreSQL has no
dictionary), weighted title > summary > description; a query matches by stem and by word prefix
("Sprachk" finds "Sprachkurs"). Stems do not split German compounds, so a word of four letters
or more also matches inside the title or summary ("Sprachkurs" finds "Berufssprachkurs"), served
by trigram indexes. SQLite (the demo and the tests' default): every word of the query must occur
in the row's texts, case-insensitively, which covers prefixes, compounds and most inflections.
A query is searched in the reader's language and in German, the source every offering has.
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, CharField, F, FloatField, Q, TextField, Value, When
from django.db.models.functions import Coalesce

from verbund.offers.languages import SEARCH_CONFIGS, SOURCE_LANGUAGE, search_config

# Letters and digits of any script; everything else separates words. Keeps user input out of
# the tsquery syntax (no operators, no quotes).
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8
# Shorter words inside other words match almost everything ("kurs" is in every second title)
# and give a trigram index too little to narrow down.
MIN_SUBSTRING_LENGTH = 4
# The texts searched for substrings (each has a trigram index on PostgreSQL, migration 0005).
SUBSTRING_FIELDS = ("title", "summary")


def terms(query: str) -> list[str]:
    return [word for word in _WORD.findall(query.lower()) if word.strip("_")][:MAX_TERMS]


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def search_languages(language: str) -> list[str]:
    """The languages a reader's query is searched in: theirs and the German source."""
    return sorted({language, SOURCE_LANGUAGE})


def _config_expression():
    whens = [When(language=code, then=Value(config)) for code, config in SEARCH_CONFIGS.items()]
    return Case(*whens, default=Value("simple"), output_field=CharField())


def refresh_documents(texts) -> int:
    """Rebuild the search documents of ``texts`` (a queryset of OfferingText) in one UPDATE."""
    if not is_postgres():
        return 0
    config = _config_expression()

    def part(name, weight):
        text = Coalesce(F(name), Value(""), output_field=TextField())
        return SearchVector(text, weight=weight, config=config)

    return texts.update(
        search_document=part("title", "A")
        + part("summary", "B")
        + part("description", "C")
        + part("schedule_note", "D")
    )


def _tsquery(words: list[str], language: str) -> SearchQuery:
    # Prefix match on every word; the words are \w+ only, so the raw syntax cannot be injected.
    raw = " & ".join(f"{word}:*" for word in words)
    return SearchQuery(raw, search_type="raw", config=search_config(language))


def text_filter(query: str, language: str, *, prefix: str = "") -> Q | None:
    """A filter on OfferingText rows matching ``query``, or None for an empty query.

    ``prefix`` puts the fields behind a relation (``"texts__"`` from an offering).
    """
    words = terms(query)
    if not words:
        return None

    def field(name):
        return prefix + name

    if is_postgres():
        condition = Q()
        for code in search_languages(language):
            # Every word by its stem or prefix; or one word (long enough) inside the title or
            # summary and the others by stem: "Sprachkurs Abend" finds a "Berufssprachkurs"
            # held in the evening. The others stay one query, so that a stop word among them
            # ("und") is left out as in the plain search rather than matching nothing.
            matches = Q(**{field("search_document"): _tsquery(words, code)})
            for word in words:
                if len(word) < MIN_SUBSTRING_LENGTH:
                    continue
                inside = Q()
                for name in SUBSTRING_FIELDS:
                    inside |= Q(**{field(f"{name}__icontains"): word})
                others = [other for other in words if other != word]
                if others:
                    inside &= Q(**{field("search_document"): _tsquery(others, code)})
                matches |= inside
            condition |= Q(**{field("language"): code}) & matches
        return condition
    condition = Q(**{field("language__in"): search_languages(language)})
    for word in words:
        condition &= (
            Q(**{field("title__icontains"): word})
            | Q(**{field("summary__icontains"): word})
            | Q(**{field("description__icontains"): word})
            | Q(**{field("schedule_note__icontains"): word})
        )
    return condition


def rank_expression(query: str, language: str, *, prefix: str = ""):
    """Relevance of a matching text row (PostgreSQL only; None elsewhere).

    A row found only by a substring has no stem to weigh and ranks after the rows that have.
    """
    words = terms(query)
    if not words or not is_postgres():
        return None
    cases = [
        When(
            **{prefix + "language": code},
            then=SearchRank(F(prefix + "search_document"), _tsquery(words, code)),
        )
        for code in search_languages(language)
    ]
    return Case(*cases, default=Value(0.0), output_field=FloatField())
