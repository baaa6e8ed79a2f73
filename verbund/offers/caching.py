"""Which version of a network's catalogue a cached public page shows (see core.public_cache)."""

from verbund.core.public_cache import cache_public_page
from verbund.offers.models import CatalogueVersion


def catalogue_version(request, *, network: str, **kwargs) -> int:
    found = CatalogueVersion.objects.filter(network__slug=network).values_list("version", flat=True)
    return next(iter(found), 0)


cache_finder_page = cache_public_page(catalogue_version)
