"""Every reader can browse the API (HTML), ask OPTIONS and HEAD without a server error."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from verbund.projects.tests.url_rules_api import funding_of, make_indicator, make_project

RESOURCES = [
    "organisation",
    "membership",
    "contact",
    "field-of-action",
    "target-group",
    "programme",
    "project",
    "funding",
    "indicator",
    "sub-project",
    "sub-project-partner",
]


@pytest.mark.parametrize("persona", ["anonymous", "coordinator", "org_admin", "outsider"])
def test_browsable_api_options_and_head_answer_every_reader(world, persona):
    project = make_project(world.network)
    funding_of(world.network)
    make_indicator(world.network, project=project)
    client = APIClient()
    if world.user(persona) is not None:
        client.force_login(world.user(persona))
    in_a = {"network": world.network.slug}
    urls = [
        reverse("api:network-list"),
        reverse("api:network-detail", kwargs=in_a),
        reverse("api:project-detail", kwargs={**in_a, "pk": project.pk}),
        reverse("api:organisation-detail", kwargs={**in_a, "pk": world.organisation.pk}),
        *(reverse(f"api:{resource}-list", kwargs=in_a) for resource in RESOURCES),
    ]
    for url in urls:
        for response in (
            client.options(url),
            client.get(url, HTTP_ACCEPT="text/html"),
            client.head(url),
        ):
            assert response.status_code == 200, (url, response.status_code)


def test_options_tell_a_coordinator_which_fields_a_write_takes(world):
    client = APIClient()
    client.force_login(world.coordinator)
    url = reverse("api:project-list", kwargs={"network": world.network.slug})
    actions = client.options(url).json()["actions"]
    assert {"title", "programme", "starts_on"} <= set(actions["POST"])


def test_options_offer_no_write_to_the_public(world):
    url = reverse("api:project-list", kwargs={"network": world.network.slug})
    assert "actions" not in APIClient().options(url).json()
