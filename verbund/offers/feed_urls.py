"""Machine-readable addresses of the offers app.

``patterns`` sit in the ``public`` namespace under the language prefix, beside the finder's pages
(the calendar's and the export's texts follow the address's language); ``root_patterns`` sit at
the site's root in no language, where robots look for them.
"""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path
from django.views.decorators.http import require_safe

from verbund.offers import exports, feeds, sitemaps
from verbund.offers.caching import cache_finder_page

_offerings = "n/<slug:network>/offerings/"

patterns = [
    path(f"{_offerings}calendar.ics", cache_finder_page(feeds.offering_feed), name="offering_feed"),
    path(
        f"{_offerings}<int:offering>/calendar.ics",
        cache_finder_page(feeds.offering_ical),
        name="offering_ical",
    ),
    path(f"{_offerings}export.<str:fmt>", exports.offering_export, name="offering_export"),
]

root_patterns = [
    path(
        "sitemap.xml",
        require_safe(sitemap_views.index),
        {"sitemaps": sitemaps.SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemaps.section, name="sitemap_section"),
]
