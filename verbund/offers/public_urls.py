"""The public finder's addresses, inside the ``public`` namespace (German unprefixed, other
languages under their prefix). Only ids and the network's short address appear in them."""

from django.urls import path

from verbund.offers import public_views as views

_offerings = "n/<slug:network>/offerings/"

patterns = [
    path(_offerings, views.OfferingListView.as_view(), name="offering_list"),
    path(f"{_offerings}map/", views.OfferingMapView.as_view(), name="offering_map"),
    path(
        f"{_offerings}<int:offering>/",
        views.OfferingDetailView.as_view(),
        name="offering_detail",
    ),
    path(
        f"{_offerings}<int:offering>/print/",
        views.OfferingPrintView.as_view(),
        name="offering_print",
    ),
]
