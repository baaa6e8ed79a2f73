"""The public finder: a network's offerings as a list, on a map, one by one and for print.

No login. Only ``Offering.objects.public().shown_in(network)`` is visible: a network that is not
public, another network's offering and an unpublished one are a 404 alike. Texts are in the
language of the address, German where a translation is missing (the templates say so and mark
the German text with ``lang="de"``). Every page costs the same number of queries whatever the
number of results.
"""

from dataclasses import dataclass
from functools import cached_property
from urllib.parse import quote

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from verbund.core.views import ObjectsInContextMixin
from verbund.network.models import Membership
from verbund.network.selectors import public_networks
from verbund.offers.finder_forms import FinderForm
from verbund.offers.models import LanguageRole, Offering
from verbund.offers.selectors import (
    DEFAULT_RADIUS_KM,
    DisplayText,
    FinderQuery,
    ResultPaginator,
    counts_with_rows,
    display_text,
    find_offerings,
    with_display,
)
from verbund.offers.structured_data import offering_json_ld

LIST_PAGE_SIZE = 20
# The map's list beside it names every marker, so a map page holds more than a list page but
# stays short enough to read through.
MAP_PAGE_SIZE = 100
# Filters that narrow the results; the search words ("q") and the distance alone do not.
FILTER_FIELDS = (
    "kind",
    "field",
    "group",
    "age",
    "language",
    "level",
    "schedule",
    "district",
    "near",
    "free",
    "childcare",
    "online",
)


@dataclass(frozen=True)
class Result:
    offering: Offering
    text: DisplayText
    # The finder list's lines, worked out by ``finder_results`` so that its template writes
    # them as they are (a template tag per result line and field cost more than the query).
    url: str = ""
    lang_attributes: str = ""
    kind: str = ""
    provider: str = ""
    starts: str = ""
    place: str = ""
    distance: str = ""


def results_of(offerings, language: str) -> list[Result]:
    return [Result(offering, display_text(offering, language)) for offering in offerings]


# reverse() with this stand-in gives the address pattern of a detail page once per list.
_OFFERING_MARK = 987654321


def finder_results(offerings, language: str, network, near) -> list[Result]:
    """The results of a finder page with the text of each line (see ``Result``)."""
    pattern = reverse("public:offering_detail", args=[network.slug, _OFFERING_MARK])
    # Text shown in German on a page in another language says so (as _public_fallback_lang).
    fallback = ' lang="de" dir="ltr"' if translation.get_language_bidi() else ' lang="de"'
    fallback = mark_safe(fallback)
    results = []
    for offering in offerings:
        text = display_text(offering, language)
        distance = getattr(offering, "distance", None) if near else None
        results.append(
            Result(
                offering,
                text,
                url=pattern.replace(str(_OFFERING_MARK), str(offering.pk)),
                lang_attributes=fallback if text.is_fallback else "",
                kind=capfirst(offering.get_kind_display()),
                provider=offering.provider.display_name,
                starts=_("Starts %(date)s") % {"date": date_format(offering.starts_on)}
                if offering.starts_on
                else "",
                place=" – ".join(part for part in (offering.city, offering.district) if part)
                if offering.city
                else "",
                distance=_("%(distance)s km away") % {"distance": floatformat(distance, 1)}
                if distance is not None
                else "",
            )
        )
    return results


class PublicNetworkPage(ObjectsInContextMixin, TemplateView):
    """A public page of one network; a network that is not public is a 404."""

    @cached_property
    def network(self):
        return get_object_or_404(public_networks(), slug=self.kwargs["network"])

    @cached_property
    def language(self) -> str:
        return translation.get_language()

    def get_context_data(self, **kwargs):
        return super().get_context_data(network=self.network, **kwargs)


class FinderPage(PublicNetworkPage):
    """Search box and filters from the address; invalid values are shown as errors on the form
    and filter nothing, so the page lists what an empty search lists."""

    page_size = LIST_PAGE_SIZE

    def get_context_data(self, **kwargs):
        data = self.request.GET.copy()
        # The distance list shows the distance searched with before a visitor picks one.
        data.setdefault("radius", str(DEFAULT_RADIUS_KM))
        form = FinderForm(data, network=self.network)
        searched = form.is_valid()
        query = form.to_query() if searched else FinderQuery()
        offerings = with_display(
            find_offerings(self.network, query, language=self.language),
            self.language,
            spoken=False,  # the list and the map do not show them
        )
        paginator = ResultPaginator(
            offerings, self.page_size, count_with_rows=counts_with_rows(query)
        )
        page = paginator.get_page(self.request.GET.get("page"))
        filter_query = self.request.GET.copy()
        filter_query.pop("page", None)
        filter_query = filter_query.urlencode()
        results = finder_results(page.object_list, self.language, self.network, query.near)
        active_filters = [
            name for name in FILTER_FIELDS if searched and form.cleaned_data.get(name)
        ]
        search_field, filter_fields = form.drawn_fields()
        return super().get_context_data(
            form=form,
            finder_fields=[search_field, *filter_fields],
            query=query,
            page=page,
            results=results,
            filter_query=filter_query,
            active_filters=len(active_filters),
            filters_open=bool(active_filters or form.errors),
            near=query.near,
            any_fallback=any(result.text.is_fallback for result in results),
            **kwargs,
        )


class OfferingListView(FinderPage):
    template_name = "offers/public_offering_list.html"


class OfferingMapView(FinderPage):
    template_name = "offers/public_offering_map.html"
    page_size = MAP_PAGE_SIZE

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        markers = [
            {
                "id": result.offering.pk,
                "lat": float(result.offering.latitude),
                "lon": float(result.offering.longitude),
                "title": result.text.title,
                "url": result.url,
                "place": place_line(result.offering),
            }
            for result in context["results"]
            if result.offering.has_location
        ]
        context.update(
            markers=markers,
            unmapped=len(context["results"]) - len(markers),
            tile_url=settings.VERBUND_MAP_TILE_URL,
            tile_attribution=settings.VERBUND_MAP_ATTRIBUTION,
        )
        return context


def place_line(offering: Offering) -> str:
    """Where an offering takes place, in one line for a map's popup."""
    parts = [offering.venue, " ".join(p for p in (offering.postal_code, offering.city) if p)]
    return ", ".join(part for part in parts if part)


def public_offering(network, pk: int, language: str) -> Offering:
    """One visible offering of ``network`` with everything its page shows, in six queries."""
    current_members = Membership.objects.filter(network=network).current()
    offerings = (
        with_display(Offering.objects.public().shown_in(network), language)
        .select_related("contact")
        .prefetch_related("fields_of_action", "target_groups")
        # The organisation's public page exists only while it is a member of this network.
        .annotate(
            provider_is_member=Exists(
                current_members.filter(organisation_id=OuterRef("provider_id"))
            )
        )
    )
    offering = offerings.filter(pk=pk).first()
    if offering is None:
        raise Http404
    return offering


class OfferingPage(PublicNetworkPage):
    def get_context_data(self, **kwargs):
        offering = public_offering(self.network, self.kwargs["offering"], self.language)
        languages = sorted(offering.language_list, key=lambda entry: entry.get_language_display())
        # The address in the reader's language, so that the person it is given to reads on.
        share_url = self.request.build_absolute_uri(
            reverse("public:offering_detail", args=[self.network.slug, offering.pk])
        )
        return super().get_context_data(
            offering=offering,
            text=display_text(offering, self.language),
            instruction_languages=[
                entry for entry in languages if entry.role == LanguageRole.INSTRUCTION
            ],
            support_languages=[entry for entry in languages if entry.role == LanguageRole.SUPPORT],
            contact=offering.contact if offering.contact and offering.contact.is_public else None,
            share_url=share_url,
            **kwargs,
        )


class OfferingDetailView(OfferingPage):
    template_name = "offers/public_offering_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        text, share_url = context["text"], context["share_url"]
        context.update(
            share_mailto=f"mailto:?subject={quote(text.title)}&body={quote(share_url)}",
            json_ld=offering_json_ld(context["offering"], text, url=share_url),
        )
        return context


class OfferingPrintView(OfferingPage):
    template_name = "offers/public_offering_print.html"
