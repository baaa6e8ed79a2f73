"""sitemap.xml: public network pages, finders and offerings in every language with hreflang
alternates; split into pages; a fixed number of queries whatever the number of offerings."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from verbund.network.tests.factories import NetworkFactory
from verbund.offers import sitemaps
from verbund.offers.models import OfferingStatus, OfferingText
from verbund.offers.tests.factories import OfferingFactory, OfferingTextFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
LANGUAGES = ["de", "en", "tr", "ar", "uk", "ru", "fa", "de-simple"]


def parse(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)  # noqa: S314 - our own sitemap


def section(client, name, page=None):
    address = reverse("sitemap_section", kwargs={"section": name})
    return parse(client.get(address, {"p": page} if page else {}))


def entries(root) -> dict[str, dict]:
    """location → {"lastmod": …, "alternates": {hreflang: location}}"""
    found = {}
    for url in root.findall("s:url", NS):
        lastmod = url.find("s:lastmod", NS)
        found[url.find("s:loc", NS).text] = {
            "lastmod": lastmod.text if lastmod is not None else None,
            "alternates": {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
            },
        }
    return found


def test_index_lists_the_sections_at_the_root(client, world):
    OfferingFactory(network=world.network)
    root = parse(client.get("/sitemap.xml"))
    locations = [loc.text for loc in root.findall("s:sitemap/s:loc", NS)]
    assert locations == [
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-offerings.xml",
    ]


def test_pages_are_the_public_networks_and_their_finders_in_every_language(client, world):
    hidden = NetworkFactory(slug="verborgen", is_public=False)
    found = entries(section(client, "pages"))
    slug = world.network.slug
    assert f"http://testserver/n/{slug}/" in found
    assert f"http://testserver/ar/n/{slug}/offerings/" in found
    assert f"http://testserver/de-simple/n/{world.other_network.slug}/" in found
    assert "http://testserver/" in found and "http://testserver/fa/" in found
    assert not any(hidden.slug in location for location in found)
    # 1 start page + 2 networks × 2 pages, each in 8 languages.
    assert len(found) == 5 * 8
    alternates = found[f"http://testserver/uk/n/{slug}/offerings/"]["alternates"]
    assert list(alternates) == [*LANGUAGES, "x-default"]
    assert alternates["de"] == alternates["x-default"] == f"http://testserver/n/{slug}/offerings/"
    assert alternates["tr"] == f"http://testserver/tr/n/{slug}/offerings/"


def test_offerings_are_the_public_ones_of_public_networks(client, world):
    shown = OfferingFactory(network=world.network)
    OfferingFactory(network=world.network, status=OfferingStatus.DRAFT)
    OfferingFactory(
        network=world.network,
        publish_until=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC),
    )
    of_hidden = OfferingFactory(network=NetworkFactory(is_public=False))
    found = entries(section(client, "offerings"))
    german = f"http://testserver/n/{world.network.slug}/offerings/{shown.pk}/"
    assert len(found) == 8
    assert german in found
    assert found[german]["alternates"]["ar"] == (
        f"http://testserver/ar/n/{world.network.slug}/offerings/{shown.pk}/"
    )
    assert found[german]["alternates"]["x-default"] == german
    assert not any(f"/offerings/{of_hidden.pk}/" in location for location in found)


def test_an_offering_in_two_networks_is_listed_under_both(client, world):
    offering = OfferingFactory(network=world.network)
    offering.networks.add(world.other_network)
    found = entries(section(client, "offerings"))
    assert f"http://testserver/n/{world.network.slug}/offerings/{offering.pk}/" in found
    assert f"http://testserver/n/{world.other_network.slug}/offerings/{offering.pk}/" in found


def test_a_later_translation_counts_as_a_change(client, world):
    offering = OfferingFactory(network=world.network)
    later = datetime.datetime(2030, 5, 6, 12, 0, tzinfo=datetime.UTC)
    OfferingTextFactory(offering=offering, language="en")
    OfferingText.objects.filter(language="en").update(updated_at=later)
    found = entries(section(client, "offerings"))
    german = f"http://testserver/n/{world.network.slug}/offerings/{offering.pk}/"
    assert found[german]["lastmod"].startswith("2030-05-06")


def test_x_default_is_right_for_a_network_called_de(client, world):
    network = NetworkFactory(slug="de")
    offering = OfferingFactory(network=network)
    found = entries(section(client, "offerings"))
    alternates = found[f"http://testserver/en/n/de/offerings/{offering.pk}/"]["alternates"]
    assert alternates["x-default"] == f"http://testserver/n/de/offerings/{offering.pk}/"


def test_sections_are_split_into_pages(client, world, monkeypatch):
    monkeypatch.setattr(sitemaps.OfferingsSitemap, "limit", 8 * 2)
    offerings = [OfferingFactory(network=world.network) for _ in range(3)]
    root = parse(client.get("/sitemap.xml"))
    locations = [loc.text for loc in root.findall("s:sitemap/s:loc", NS)]
    assert "http://testserver/sitemap-offerings.xml?p=2" in locations
    first = entries(section(client, "offerings"))
    second = entries(section(client, "offerings", page=2))
    assert (len(first), len(second)) == (16, 8)
    assert all(f"/offerings/{offerings[2].pk}/" in location for location in second)
    address = reverse("sitemap_section", kwargs={"section": "offerings"})
    assert client.get(address, {"p": 3}).status_code == 404


def test_queries_do_not_grow_with_the_offerings(client, world):
    def count(name):
        address = reverse("sitemap_section", kwargs={"section": name})
        with CaptureQueriesContext(connection) as queries:
            response = client.get(address)
        return len(queries), len(entries(parse(response)))

    for _ in range(3):
        OfferingTextFactory(offering=OfferingFactory(network=world.network), language="ar")
    few = count("offerings"), count("pages")
    with CaptureQueriesContext(connection) as index_queries:
        client.get("/sitemap.xml")
    for _ in range(27):
        OfferingTextFactory(offering=OfferingFactory(network=world.network), language="ar")
    assert (count("offerings"), count("pages")) == ((few[0][0], 30 * 8), few[1])
    with CaptureQueriesContext(connection) as more_index_queries:
        client.get("/sitemap.xml")
    assert len(more_index_queries) == len(index_queries)
