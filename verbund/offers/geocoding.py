"""Turning an address into coordinates, when the operators configured a service for it.

Off by default: the finder knows the postal codes loaded into ``PostalCode`` and nothing is sent
to a third party. ``VERBUND_GEOCODER`` names a class (dotted path) with a ``locate(text)`` method;
``NominatimGeocoder`` talks to a self-hosted or contracted Nominatim at ``VERBUND_GEOCODER_URL``.
"""

import json
import logging
import urllib.parse
import urllib.request
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


class Geocoder(Protocol):
    def locate(self, text: str): ...


class NominatimGeocoder:
    timeout_seconds = 5

    def __init__(self, url: str | None = None):
        self.url = (url or settings.VERBUND_GEOCODER_URL).rstrip("/")

    def locate(self, text: str):
        from verbund.offers.selectors import Place

        params = urllib.parse.urlencode({"q": text, "format": "json", "limit": 1})
        request = urllib.request.Request(  # noqa: S310 - the URL is the operators' setting
            f"{self.url}/search?{params}", headers={"User-Agent": "Verbund"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_seconds) as response:  # noqa: S310
                found = json.load(response)
        except (OSError, ValueError):
            # The address itself stays out of the log: it may be a person's home.
            logger.warning("Geocoding service did not answer")
            return None
        if not found:
            return None
        first = found[0]
        return Place(first.get("display_name", text), float(first["lat"]), float(first["lon"]))


def configured_geocoder() -> Geocoder | None:
    path = settings.VERBUND_GEOCODER
    return import_string(path)() if path else None
