"""Reads of the catalogue: the public finder's query, texts in the reader's language, the
translation overview for staff. Every list costs a fixed number of queries, whatever its length.
"""

import datetime
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import (
    Count,
    Exists,
    F,
    FilteredRelation,
    FloatField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    RowRange,
    Value,
    Window,
)
from django.db.models.expressions import OrderBy, RawSQL
from django.db.models.functions import ACos, Cast, Cos, Greatest, Least, Radians, Sin

from verbund.offers import search
from verbund.offers.languages import SOURCE_LANGUAGE, translation_languages
from verbund.offers.models import (
    Offering,
    OfferingLanguage,
    OfferingText,
    PostalCode,
    TranslationState,
)

EARTH_RADIUS_KM = 6371.0
DEFAULT_RADIUS_KM = 10
_POSTAL_CODE = re.compile(r"\b(\d{5})\b")


@dataclass(frozen=True)
class Place:
    """A point the finder measures distance from."""

    label: str
    latitude: float
    longitude: float


@dataclass
class FinderQuery:
    """What a person asked the finder for; every part optional."""

    text: str = ""
    kinds: list[str] = field(default_factory=list)
    fields_of_action: list[int] = field(default_factory=list)
    target_groups: list[int] = field(default_factory=list)
    age: int | None = None
    language: str = ""
    levels: list[str] = field(default_factory=list)
    schedules: list[str] = field(default_factory=list)
    district: str = ""
    near: Place | None = None
    radius_km: float = DEFAULT_RADIUS_KM
    free_only: bool = False
    childcare: bool = False
    online: bool = False
    starting_after: datetime.date | None = None


def locate(query: str) -> Place | None:
    """A postal code, or an address containing one, as a point; None if unknown.

    Addresses without a postal code need a geocoding service, which Verbund does not call
    unless one is configured (``geocoding.configured_geocoder``).
    """
    from verbund.offers.geocoding import configured_geocoder

    query = (query or "").strip()
    if not query:
        return None
    match = _POSTAL_CODE.search(query)
    if match:
        postal = PostalCode.objects.filter(code=match.group(1)).order_by("place").first()
        if postal is not None:
            return Place(str(postal), float(postal.latitude), float(postal.longitude))
    geocoder = configured_geocoder()
    if geocoder is not None:
        return geocoder.locate(query)
    return None


def distance_km(latitude: float, longitude: float):
    """SQL for the great-circle distance of an offering from a point (spherical law of cosines)."""
    lat = Radians(Cast(F("latitude"), FloatField()))
    lon = Radians(Cast(F("longitude"), FloatField()))
    here_lat = math.radians(latitude)
    here_lon = math.radians(longitude)
    cosine = Value(math.sin(here_lat)) * Sin(lat) + Value(math.cos(here_lat)) * Cos(lat) * Cos(
        lon - Value(here_lon)
    )
    # Rounding can push the cosine a hair beyond ±1 for the same point; ACos would fail.
    return Value(EARTH_RADIUS_KM) * ACos(Least(Greatest(cosine, Value(-1.0)), Value(1.0)))


def _bounding_box(place: Place, radius_km: float) -> Q:
    """A cheap pre-filter the coordinates index can serve before the exact distance."""
    dlat = radius_km / 111.0
    dlon = radius_km / (111.0 * max(math.cos(math.radians(place.latitude)), 0.01))
    return Q(
        latitude__gte=Decimal(str(round(place.latitude - dlat, 6))),
        latitude__lte=Decimal(str(round(place.latitude + dlat, 6))),
        longitude__gte=Decimal(str(round(place.longitude - dlon, 6))),
        longitude__lte=Decimal(str(round(place.longitude + dlon, 6))),
    )


def find_offerings(network, query: FinderQuery, *, language: str) -> QuerySet:
    """The public offerings of ``network`` that match ``query``, best first."""
    offerings = Offering.objects.public().shown_in(network)
    if query.kinds:
        offerings = offerings.filter(kind__in=query.kinds)
    if query.fields_of_action:
        offerings = offerings.filter(
            Exists(
                Offering.fields_of_action.through.objects.filter(
                    offering_id=OuterRef("pk"), fieldofaction_id__in=query.fields_of_action
                )
            )
        )
    if query.target_groups:
        offerings = offerings.filter(
            Exists(
                Offering.target_groups.through.objects.filter(
                    offering_id=OuterRef("pk"), targetgroup_id__in=query.target_groups
                )
            )
        )
    if query.age is not None:
        offerings = offerings.filter(
            Q(age_min__isnull=True) | Q(age_min__lte=query.age),
            Q(age_max__isnull=True) | Q(age_max__gte=query.age),
        )
    if query.language:
        offerings = offerings.filter(
            Exists(
                OfferingLanguage.objects.filter(offering_id=OuterRef("pk"), language=query.language)
            )
        )
    if query.levels:
        offerings = offerings.filter(entry_level__in=query.levels)
    if query.schedules:
        offerings = offerings.filter(schedule_form__in=query.schedules)
    if query.district:
        # The form accepts only a district of the list (exactly as written there), so the
        # district index serves the filter.
        offerings = offerings.filter(district=query.district)
    if query.free_only:
        offerings = offerings.filter(is_free=True)
    if query.childcare:
        offerings = offerings.filter(childcare=True)
    if query.online:
        offerings = offerings.filter(is_online=True)
    if query.starting_after:
        offerings = offerings.filter(
            Q(starts_on__isnull=True) | Q(starts_on__gte=query.starting_after)
        )
    ordering = ["starts_on", "title", "pk"]
    if query.near is not None:
        offerings = offerings.filter(_bounding_box(query.near, query.radius_km))
        offerings = offerings.annotate(
            distance=distance_km(query.near.latitude, query.near.longitude)
        ).filter(distance__lte=query.radius_km)
        ordering = ["distance", *ordering]
    if search.terms(query.text):
        offerings = _matching_texts(offerings, query.text, language)
        if "relevance" in offerings.query.annotations:
            ordering = ["-relevance", *ordering]
    return offerings.order_by(*ordering)


def _matching_texts(offerings: QuerySet, text: str, language: str) -> QuerySet:
    """``offerings`` that have a text matching ``text``, on PostgreSQL with their relevance.

    PostgreSQL joins the matching text rows once and ranks them in the same pass (instead of an
    EXISTS per offering and a second look-up of the same row for its rank); an offering found
    in the reader's language and in German keeps the better rank.
    """
    if not search.is_postgres():
        texts = OfferingText.objects.filter(search.text_filter(text, language))
        return offerings.filter(Exists(texts.filter(offering_id=OuterRef("pk"))))
    condition = search.text_filter(text, language, prefix="texts__")
    offerings = offerings.annotate(
        matched_text=FilteredRelation("texts", condition=condition)
    ).filter(matched_text__isnull=False)
    rank = search.rank_expression(text, language, prefix="matched_text__")
    if len(search.search_languages(language)) == 1:
        # German readers: at most one text row per offering (one per language), no grouping.
        return offerings.annotate(relevance=rank)
    return offerings.annotate(relevance=Max(rank))


def counts_with_rows(query: FinderQuery) -> bool:
    """Whether the database must look at every result anyway to order them (by relevance or
    distance): then the page's own rows can carry the number of results (``ResultPaginator``),
    one query instead of a second pass over the same matches for the count."""
    return bool(search.terms(query.text)) or query.near is not None


def rows_with_count(offerings: QuerySet, bottom: int, top: int) -> tuple[list, int | None]:
    """Rows ``bottom:top`` of ``offerings`` and the number of all its rows, in two short queries.

    For results the database orders in full anyway (``counts_with_rows``): the first query
    reads only the keys of the slice, each with a count over every row (a window ordered as the
    results, so that the rank is computed once, below the window, and the rows it holds stay
    narrow); the second reads the slice's offerings with everything they show. The count is
    None when the slice is empty (past the end).
    """
    ordering = [
        OrderBy(F(name.removeprefix("-")), descending=name.startswith("-"))
        for name in offerings.query.order_by or offerings.model._meta.ordering
    ]
    total = Window(Count("pk"), order_by=ordering, frame=RowRange(None, None))
    keys = list(
        offerings.annotate(result_total=total).values_list("pk", "result_total")[bottom:top]
    )
    if not keys:
        return [], None
    found = {offering.pk: offering for offering in offerings.filter(pk__in=[k for k, _ in keys])}
    return [found[pk] for pk, _total in keys], keys[0][1]


class ResultPaginator(Paginator):
    """Django's paginator, reading the count with the page's rows where that is cheaper.

    With ``count_with_rows`` the page is read first (``rows_with_count``); only a page past the
    end costs the separate COUNT, and then falls back to the last page as ``get_page`` does.
    """

    def __init__(self, *args, count_with_rows: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_with_rows = count_with_rows

    def get_page(self, number):
        if not self.count_with_rows:
            return super().get_page(number)
        try:
            number = int(number)
        except (TypeError, ValueError):
            number = 1
        if number < 1:
            return super().get_page(number)
        bottom = (number - 1) * self.per_page
        rows, count = rows_with_count(self.object_list, bottom, bottom + self.per_page)
        if count is None and number > 1:
            return super().get_page(number)
        self.__dict__["count"] = count or 0
        return self._get_page(rows, number, self)


def with_display(offerings: QuerySet, language: str, *, spoken: bool = True) -> QuerySet:
    """Fetch what a result list shows: provider, texts in ``language`` and German, and (unless
    ``spoken`` is false, for lists that do not show them) the languages spoken.

    Use ``display_text(offering, language)`` on the results.
    """
    languages = {language, SOURCE_LANGUAGE}
    texts = OfferingText.objects.filter(language__in=languages).defer("search_document")
    lookups = [Prefetch("texts", queryset=texts, to_attr="display_texts")]
    if spoken:
        lookups.append(Prefetch("languages", to_attr="language_list"))
    return offerings.select_related("provider").prefetch_related(*lookups)


@dataclass(frozen=True)
class DisplayText:
    text: OfferingText | None
    source: OfferingText | None
    language: str
    # The reader's language is missing, so German is shown instead.
    is_fallback: bool
    state: str

    def __getattr__(self, name):
        if name in OfferingText.TRANSLATED_FIELDS:
            shown = self.text or self.source
            return getattr(shown, name) if shown is not None else ""
        raise AttributeError(name)


def display_text(offering: Offering, language: str) -> DisplayText:
    texts = getattr(offering, "display_texts", None)
    if texts is None:
        texts = list(offering.texts.filter(language__in={language, SOURCE_LANGUAGE}))
    by_language = {t.language: t for t in texts}
    source = by_language.get(SOURCE_LANGUAGE)
    own = by_language.get(language)
    if own is None:
        state = TranslationState.UP_TO_DATE if language == SOURCE_LANGUAGE else "missing"
        return DisplayText(source, source, language, language != SOURCE_LANGUAGE, state)
    return DisplayText(own, source, language, False, own.state_against(source))


def translation_overview(offerings: QuerySet) -> list[tuple[Offering, list[tuple[str, str]]]]:
    """Per offering and translation language: missing, outdated, machine-made or up to date.

    Two queries whatever the number of offerings.
    """
    offerings = list(offerings)
    rows = OfferingText.objects.filter(offering__in=offerings).only(
        "offering_id", "language", "source_version", "machine_translated"
    )
    texts: dict[int, dict[str, OfferingText]] = {}
    for row in rows:
        texts.setdefault(row.offering_id, {})[row.language] = row
    overview = []
    for offering in offerings:
        mine = texts.get(offering.pk, {})
        source = mine.get(SOURCE_LANGUAGE)
        states = []
        for language in translation_languages():
            row = mine.get(language)
            states.append(
                (language, TranslationState.MISSING if row is None else row.state_against(source))
            )
        overview.append((offering, states))
    return overview


def public_districts(network) -> list[str]:
    """The districts of the offerings the finder shows in ``network``, sorted.

    Walks from one district to the next (a recursive query, each step one look-up in the
    published offerings' district index) instead of reading every offering for a DISTINCT: a
    city has dozens of districts and may have tens of thousands of offerings.
    """
    visible = Offering.objects.public().shown_in(network).exclude(district="")
    first = visible.order_by("district").values("district")[:1]
    after = (
        visible.filter(district__gt=RawSQL("districts.name", ()))
        .order_by("district")
        .values("district")[:1]
    )
    first_sql, first_params = first.query.sql_with_params()
    after_sql, after_params = after.query.sql_with_params()
    # Both parts are the ORM's SQL with their values as parameters; nothing comes from input.
    sql = (
        f"WITH RECURSIVE districts(name) AS (SELECT ({first_sql}) UNION ALL "  # noqa: S608
        f"SELECT ({after_sql}) FROM districts WHERE districts.name IS NOT NULL) "
        "SELECT name FROM districts WHERE name IS NOT NULL"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, (*first_params, *after_params))
        return [name for (name,) in cursor.fetchall()]


def has_public_district(network, district: str) -> bool:
    return (
        Offering.objects.public()
        .shown_in(network)
        .exclude(district="")
        .filter(district=district)
        .exists()
    )
