"""Verbund's URLs and one trivial view: the floor every finder page is measured against."""

from django.http import HttpResponse
from django.urls import path

from verbund.urls import urlpatterns as verbund_patterns


def floor(request):
    """What the framework costs on its own: every middleware of Verbund, no query, no template."""
    return HttpResponse(b"ok\n", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor, name="bench_floor"), *verbund_patterns]
