"""sitemap.xml: the public network pages, their finders and every public offering's page, each
in all public languages with ``hreflang`` alternates, so search engines show a person the page
in their language.

A city network has thousands of offerings, a federal programme tens of thousands, each listed
in eight languages with nine alternate links. Django's sitemap framework decides what is listed
(``i18n``, ``alternates``, pages of ``limit`` addresses); what it does by default would not keep
up at that size, so here:

- a page reads only its own offerings from the database (a count, the page's rows and their
  texts' latest change: three queries), never all of them, and never a query per item;
- each language's address is built from one ``reverse()`` per request instead of one per link,
  without switching the active language for every link;
- the page is written as XML by a few lines of Python instead of the framework's template,
  which takes seconds for a page of 2,000 addresses with 18,000 alternates;
- a page holds ``PAGE_SIZE`` addresses, a few megabytes (the protocol allows 50 MB).
"""

from abc import ABCMeta, abstractmethod
from collections.abc import Sequence
from functools import cached_property
from html import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sites.requests import RequestSite
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from verbund.network.selectors import public_networks
from verbund.offers.models import Offering, OfferingText

PAGE_SIZE = 2000
# reverse() with these stand-ins yields the address pattern of each language once.
_MARKS = {"network": "__network__", "offering": 987654321}


class _I18nSitemap(Sitemap, metaclass=ABCMeta):
    i18n = True
    alternates = True
    limit = PAGE_SIZE

    def __init__(self):
        self._patterns = {}

    def address(self, name: str, language: str, **kwargs) -> str:
        """The path of URL ``name`` in ``language``; one reverse() per name and language."""
        key = (name, language)
        if key not in self._patterns:
            with translation.override(language):
                path = reverse(name, kwargs={arg: _MARKS[arg] for arg in kwargs})
            for arg in kwargs:
                path = path.replace(str(_MARKS[arg]), "{" + arg + "}")
            self._patterns[key] = path
        return self._patterns[key].format(**kwargs)

    @abstractmethod
    def location_in(self, item, language: str) -> str:
        """The path of ``item``'s page in ``language``."""

    def location(self, item):
        return self.location_in(item, translation.get_language())

    def _location(self, item, force_lang_code=None):
        # The framework activates each link's language around location(); for 18,000 links a
        # page that switching costs more than everything else, and address() needs none.
        item, language = item
        return self.location_in(item, force_lang_code or language)

    def _urls(self, page, protocol, domain):
        # x-default: the German page, the one for a reader whose language we do not have.
        # (Django's own x_default derives it by replacing "/de/" in the address, which would
        # also hit a network whose short address is "de".)
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            german = next(
                (alt for alt in url["alternates"] if alt["lang_code"] == settings.LANGUAGE_CODE),
                None,
            )
            if german is not None:
                url["alternates"].append({"location": german["location"], "lang_code": "x-default"})
        return urls


class NetworkPagesSitemap(_I18nSitemap):
    """The public start page, and each public network's page and finder."""

    changefreq = "daily"

    def items(self):
        items = [("public:home", "")]
        for slug in public_networks().order_by("slug").values_list("slug", flat=True):
            items += [("public:network", slug), ("public:offering_list", slug)]
        return items

    def location_in(self, item, language):
        name, slug = item
        if not slug:
            return self.address(name, language)
        return self.address(name, language, network=slug)


class _PagedPairs(Sequence):
    """The (item, language) pairs of ``sitemap``, read from the database a page at a time."""

    def __init__(self, sitemap, languages: list[str]):
        self.sitemap = sitemap
        self.languages = languages

    @cached_property
    def _items(self) -> int:
        return self.sitemap.count_items()

    def __len__(self):
        return self._items * len(self.languages)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(len(self))
        if stop <= start:
            return []
        per_item = len(self.languages)
        first, last = start // per_item, (stop - 1) // per_item + 1
        pairs = [
            (item, language)
            for item in self.sitemap.item_slice(first, last)
            for language in self.languages
        ]
        offset = start - first * per_item
        return pairs[offset : offset + stop - start]


class OfferingsSitemap(_I18nSitemap):
    """Each public offering's page, once per public network that shows it. An item is
    ``(offering id, network slug, last change)``."""

    changefreq = "weekly"

    def _shown(self):
        return Offering.networks.through.objects.filter(
            network__is_public=True,
            offering__in=Offering.objects.public().values("pk"),
        ).order_by("network__slug", "offering_id")

    def count_items(self) -> int:
        return self._shown().count()

    def item_slice(self, first: int, last: int) -> list[tuple]:
        rows = list(
            self._shown()[first:last].values_list(
                "offering_id", "network__slug", "offering__updated_at"
            )
        )
        # A translation saved later changes the page too: the newest text counts.
        texts = dict(
            OfferingText.objects.filter(offering_id__in={row[0] for row in rows})
            .values("offering_id")
            .annotate(latest=Max("updated_at"))
            .values_list("offering_id", "latest")
            .order_by()
        )
        return [
            (offering_id, slug, max(updated, texts.get(offering_id) or updated))
            for offering_id, slug, updated in rows
        ]

    def items(self):
        return self.item_slice(0, None)

    def _items(self):
        return _PagedPairs(self, self._languages())

    def get_latest_lastmod(self):
        shown = Offering.objects.filter(pk__in=self._shown().values("offering_id"))
        latest = shown.aggregate(offerings=Max("updated_at"), texts=Max("texts__updated_at"))
        moments = [moment for moment in latest.values() if moment is not None]
        return max(moments) if moments else None

    def location_in(self, item, language):
        offering_id, slug, _updated = item
        return self.address("public:offering_detail", language, network=slug, offering=offering_id)

    def lastmod(self, item):
        return item[2]


SITEMAPS = {"pages": NetworkPagesSitemap, "offerings": OfferingsSitemap}


def urlset_xml(urls) -> str:
    """What Django's ``sitemap.xml`` template writes, written directly."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for url in urls:
        lines.append(f"<url><loc>{escape(url['location'])}</loc>")
        if url["lastmod"]:
            lines.append(f"<lastmod>{url['lastmod']:%Y-%m-%d}</lastmod>")
        if url["changefreq"]:
            lines.append(f"<changefreq>{escape(url['changefreq'])}</changefreq>")
        if url["priority"]:
            lines.append(f"<priority>{escape(url['priority'])}</priority>")
        lines.extend(
            f'<xhtml:link rel="alternate" hreflang="{escape(alternate["lang_code"])}" '
            f'href="{escape(alternate["location"])}"/>'
            for alternate in url["alternates"]
        )
        lines.append("</url>")
    lines.append("</urlset>\n")
    return "\n".join(lines)


@require_safe
def section(request, section):
    """One page (``?p=``) of one section of the sitemap, like Django's sitemap view."""
    if section not in SITEMAPS:
        raise Http404
    sitemap = SITEMAPS[section]()
    try:
        urls = sitemap.get_urls(
            page=request.GET.get("p", 1), site=RequestSite(request), protocol=request.scheme
        )
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404 from error
    response = HttpResponse(urlset_xml(urls), content_type="application/xml")
    latest = getattr(sitemap, "latest_lastmod", None)
    if latest is not None:
        response["Last-Modified"] = http_date(latest.timestamp())
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response
