"""Which version of a network's catalogue a cached public page shows (see core.public_cache)."""

from verbund.core.public_cache import cache_public_page, forget_version
from verbund.offers.models import CatalogueVersion


def catalogue_scope(*, network: str, **kwargs) -> str:
    return f"offers.catalogue:{network}"


def catalogue_version(*, network: str, **kwargs) -> int:
    found = CatalogueVersion.objects.filter(network__slug=network).values_list("version", flat=True)
    return next(iter(found), 0)


def forget_catalogue_versions(network_slugs) -> None:
    for slug in network_slugs:
        forget_version(catalogue_scope(network=slug))


cache_finder_page = cache_public_page(scope_of=catalogue_scope, version_of=catalogue_version)
