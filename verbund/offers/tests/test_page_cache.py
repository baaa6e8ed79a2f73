"""The page cache of the public finder: a repeated anonymous request costs no query, any change
to the network's offerings shows on the next request, logged-in users always get a fresh page."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from verbund.core.public_cache import _version_key
from verbund.offers.caching import catalogue_scope
from verbund.offers.services import offering_publish, offering_text_save, offering_unpublish
from verbund.offers.tests.factories import OfferingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.VERBUND_PUBLIC_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


def _url(name, network, *args, language="en"):
    with translation.override(language):
        return reverse(name, args=[network.slug, *args])


def _get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


@pytest.mark.parametrize(
    ("name", "with_offering"),
    [
        ("public:offering_list", False),
        ("public:offering_map", False),
        ("public:offering_detail", True),
        ("public:offering_print", True),
        ("public:offering_ical", True),
        ("public:offering_feed", False),
        ("api:offering-list", False),
        ("api:offering-detail", True),
    ],
)
def test_a_repeated_anonymous_request_costs_no_query(
    client, world, page_cache, name, with_offering
):
    offering = OfferingFactory(network=world.network, title="Sprachcafé")
    url = _url(name, world.network, *([offering.pk] if with_offering else []))
    first, first_queries = _get(client, url)
    again, again_queries = _get(client, url)
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    assert first_queries > 1 and again_queries == 0


def test_a_change_shows_on_the_next_request(
    client, world, page_cache, django_capture_on_commit_callbacks
):
    offering = OfferingFactory(network=world.network, title="Sprachcafé")
    url = _url("public:offering_detail", world.network, offering.pk, language="de")
    assert "Sprachcafé" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        offering_text_save(
            actor=world.coordinator, offering=offering, language="de", text={"title": "Erzählcafé"}
        )
    page = client.get(url).content.decode()
    assert "Erzählcafé" in page and "Sprachcafé" not in page
    with django_capture_on_commit_callbacks(execute=True):
        offering_unpublish(actor=world.coordinator, offering=offering)
    assert client.get(url).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        offering_publish(actor=world.coordinator, offering=offering)
    assert client.get(url).status_code == 200


def test_without_the_commit_signal_a_change_shows_once_the_cached_version_expires(
    client, world, page_cache, monkeypatch
):
    """Each server process with its own memory learns of another's change within seconds."""
    offering = OfferingFactory(network=world.network, title="Sprachcafé")
    url = _url("public:offering_detail", world.network, offering.pk, language="de")
    client.get(url)
    # The change commits in another process: here only the database knows.
    offering_text_save(
        actor=world.coordinator, offering=offering, language="de", text={"title": "Erzählcafé"}
    )
    assert "Sprachcafé" in client.get(url).content.decode()
    # The copy of the version expires (after VERSION_SECONDS), so the database is asked again.
    cache.delete(_version_key(catalogue_scope(network=world.network.slug)))
    assert "Erzählcafé" in client.get(url).content.decode()


def test_languages_and_queries_are_kept_apart(client, world, page_cache):
    OfferingFactory(network=world.network, title="Sprachcafé")
    OfferingFactory(network=world.network, title="Bewerbungstraining")
    german = _url("public:offering_list", world.network, language="de")
    arabic = _url("public:offering_list", world.network, language="ar")
    assert 'lang="de"' in client.get(german).content.decode()
    assert 'lang="ar"' in client.get(arabic).content.decode()
    assert "Bewerbungstraining" not in client.get(german + "?q=Sprachcaf").content.decode()
    assert "Bewerbungstraining" in client.get(german).content.decode()


def test_logged_in_users_always_get_a_fresh_page(client, world, page_cache):
    offering = OfferingFactory(network=world.network, title="Sprachcafé")
    url = _url("public:offering_detail", world.network, offering.pk)
    client.get(url)
    client.force_login(world.caseworker)
    response, queries = _get(client, url)
    assert queries > 1
    assert reverse("office:home") in response.content.decode()


def test_public_finder_pages_set_no_cookie_and_carry_no_form_token(client, world, page_cache):
    offering = OfferingFactory(network=world.network)
    for url in (
        _url("public:offering_list", world.network),
        _url("public:offering_detail", world.network, offering.pk),
    ):
        response = client.get(url)
        assert not response.cookies
        assert "csrfmiddlewaretoken" not in response.content.decode()
