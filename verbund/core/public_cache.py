"""A cache for public pages that are the same for every anonymous visitor.

The finder's pages and its API are read far more often than offerings change. A page is kept
with the version of the content it shows; the version is a counter the services raise in the
same transaction as a change (in the database, the truth) and that the cache holds a copy of for
a few seconds. A cache hit is one round trip to the cache and no query: the page's entry and
the version are fetched together. When a change commits, the services drop the cached version
(``forget_version``), so with a shared cache (Redis, ``CACHE_URL``) a change shows on the next
request in every server process; with each process's own memory, within
``VERSION_SECONDS``. ``VERBUND_PUBLIC_CACHE_SECONDS`` bounds how long anything else shown on the
page (an organisation's name, a publication window that opens) may lag.

Logged-in users always get a fresh page: their header differs, and staff check their own edits.
Only complete 200 answers that set no cookie are kept; keys are hashes, so no search words end up
in the cache's key space.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation

KEPT_HEADERS = ("Content-Type", "Content-Language", "Content-Disposition", "Vary")
VERSION_SECONDS = 5


def _version_key(scope: str) -> str:
    return "verbund:version:" + hashlib.sha256(scope.encode()).hexdigest()


def _page_key(scope: str, request) -> str:
    raw = f"{scope}|{translation.get_language()}|{request.get_full_path()}"
    return "verbund:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _cacheable(request) -> bool:
    return (
        settings.VERBUND_PUBLIC_CACHE_SECONDS > 0
        and request.method == "GET"
        and not request.user.is_authenticated
    )


def forget_version(scope: str) -> None:
    """The content of ``scope`` changed: read its version from the database again."""
    cache.delete(_version_key(scope))


def cached_response(request, render, *, scope: str, version_of):
    """``render()``'s response, or the cached one if it shows the current version of ``scope``.

    ``version_of()`` reads the version from the database when the cache has no copy.
    """
    version_key, page_key = _version_key(scope), _page_key(scope, request)
    found = cache.get_many([version_key, page_key])
    version = found.get(version_key)
    if version is None:
        version = version_of()
        cache.set(version_key, version, VERSION_SECONDS)
    kept = found.get(page_key)
    if kept is not None and kept[0] == version:
        _version, headers, content = kept
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        return response
    response = render()
    if callable(getattr(response, "render", None)) and not getattr(response, "is_rendered", True):
        response = response.render()
    if response.status_code == 200 and not response.streaming and not response.cookies:
        headers = [(name, response[name]) for name in KEPT_HEADERS if response.has_header(name)]
        cache.set(
            page_key, (version, headers, response.content), settings.VERBUND_PUBLIC_CACHE_SECONDS
        )
    return response


def cache_public_page(*, scope_of, version_of):
    """Decorate a view whose page depends on one piece of content.

    ``scope_of(**kwargs)`` names that content from the URL's arguments (e.g. a network's
    catalogue), ``version_of(**kwargs)`` reads its version from the database.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not _cacheable(request):
                return view(request, *args, **kwargs)
            return cached_response(
                request,
                lambda: view(request, *args, **kwargs),
                scope=scope_of(**kwargs),
                version_of=lambda: version_of(**kwargs),
            )

        return wrapped

    return decorator
