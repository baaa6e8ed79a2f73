"""sitemap.xml: the public network pages, their finders and every public offering's page, each
in all public languages with ``hreflang`` alternates, so search engines show a person the page
in their language.

A city network has thousands of offerings, a federal programme tens of thousands, each listed
in eight languages with nine alternate links. So the items are plain value rows read in one or
two queries (never a query per item), each language's address is built from one ``reverse()``
per request instead of one per link, and the sections are split into pages of ``PAGE_SIZE``
addresses, which keeps each file a few megabytes (the protocol allows 50 MB).
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse
from django.utils import translation

from verbund.network.selectors import public_networks
from verbund.offers.models import Offering, OfferingText

PAGE_SIZE = 2000
# reverse() with these stand-ins yields the address pattern of each language once.
_NETWORK_MARK = "__network__"
_OFFERING_MARK = 987654321


class _I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    limit = PAGE_SIZE

    def __init__(self):
        self._patterns = {}

    def _pattern(self, name: str, kwargs: dict) -> str:
        language = translation.get_language()
        key = (name, language)
        if key not in self._patterns:
            path = reverse(name, kwargs=kwargs)
            self._patterns[key] = path.replace(_NETWORK_MARK, "{network}").replace(
                str(_OFFERING_MARK), "{offering}"
            )
        return self._patterns[key]

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

    def location(self, item):
        name, slug = item
        if not slug:
            return reverse(name)
        return self._pattern(name, {"network": _NETWORK_MARK}).format(network=slug)


class OfferingsSitemap(_I18nSitemap):
    """Each public offering's page, once per public network that shows it."""

    changefreq = "weekly"

    def items(self):
        shown = Offering.networks.through.objects.filter(
            network__is_public=True,
            offering__in=Offering.objects.public().values("pk"),
        )
        rows = shown.order_by("network__slug", "offering_id").values_list(
            "offering_id", "network__slug", "offering__updated_at"
        )
        # A translation saved later changes the page too: the newest text counts.
        texts = dict(
            OfferingText.objects.filter(offering_id__in=shown.values("offering_id"))
            .values("offering_id")
            .annotate(latest=Max("updated_at"))
            .values_list("offering_id", "latest")
            .order_by()
        )
        return [
            (offering_id, slug, max(updated, texts.get(offering_id) or updated))
            for offering_id, slug, updated in rows
        ]

    def location(self, item):
        offering_id, slug, _updated = item
        pattern = self._pattern(
            "public:offering_detail", {"network": _NETWORK_MARK, "offering": _OFFERING_MARK}
        )
        return pattern.format(network=slug, offering=offering_id)

    def lastmod(self, item):
        return item[2]


SITEMAPS = {"pages": NetworkPagesSitemap, "offerings": OfferingsSitemap}
