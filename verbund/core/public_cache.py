"""A cache for public pages that are the same for every anonymous visitor.

The finder's pages and its API are read far more often than offerings change. A response is
kept under a key made of the content's version (a counter the services raise in the same
transaction as a change, read with one indexed query per request), the language and the full
address; a change is visible on the next request in every server process, and
``VERBUND_PUBLIC_CACHE_SECONDS`` bounds how long anything else shown on the page (an
organisation's name, a publication window that opens) may lag. Logged-in users always get a
fresh page: their header differs, and staff check their own edits.

Only complete 200 answers that set no cookie are kept; the key is a hash, so no search words
end up in the cache's key space.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation

KEPT_HEADERS = ("Content-Type", "Content-Language", "Content-Disposition", "Vary")


def _key(request, version) -> str:
    raw = f"{version}|{translation.get_language()}|{request.get_full_path()}"
    return "verbund:public:" + hashlib.sha256(raw.encode()).hexdigest()


def _cacheable(request) -> bool:
    return (
        settings.VERBUND_PUBLIC_CACHE_SECONDS > 0
        and request.method == "GET"
        and not request.user.is_authenticated
    )


def cached_response(request, render, *, version):
    """``render()``'s response for ``request``, from the cache when ``version`` still holds."""
    if not _cacheable(request):
        return render()
    key = _key(request, version)
    kept = cache.get(key)
    if kept is not None:
        headers, content = kept
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        return response
    response = render()
    if callable(getattr(response, "render", None)) and not getattr(response, "is_rendered", True):
        response = response.render()
    if response.status_code == 200 and not response.streaming and not response.cookies:
        headers = [(name, response[name]) for name in KEPT_HEADERS if response.has_header(name)]
        cache.set(key, (headers, response.content), settings.VERBUND_PUBLIC_CACHE_SECONDS)
    return response


def cache_public_page(version_of):
    """Decorate a view; ``version_of(request, **kwargs)`` gives the content's version."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not _cacheable(request):
                return view(request, *args, **kwargs)
            return cached_response(
                request,
                lambda: view(request, *args, **kwargs),
                version=version_of(request, **kwargs),
            )

        return wrapped

    return decorator
