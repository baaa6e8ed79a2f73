"""The public finder's addresses, inside the ``public`` namespace (German unprefixed, other
languages under their prefix). Only ids and the network's short address appear in them.
Anonymous visitors get them from the page cache while the catalogue is unchanged."""

from django.urls import path

from verbund.offers import public_views as views
from verbund.offers.caching import cache_finder_page

_offerings = "n/<slug:network>/offerings/"

patterns = [
    path(_offerings, cache_finder_page(views.OfferingListView.as_view()), name="offering_list"),
    path(
        f"{_offerings}map/", cache_finder_page(views.OfferingMapView.as_view()), name="offering_map"
    ),
    path(
        f"{_offerings}<int:offering>/",
        cache_finder_page(views.OfferingDetailView.as_view()),
        name="offering_detail",
    ),
    path(
        f"{_offerings}<int:offering>/print/",
        cache_finder_page(views.OfferingPrintView.as_view()),
        name="offering_print",
    ),
]
