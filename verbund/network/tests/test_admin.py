"""The registry in the Django admin: superusers only, every model reachable, the statute never
given a public address."""

import pytest
from django.urls import reverse

from verbund.network import services
from verbund.network.models import Membership
from verbund.network.tests.conftest import pdf_upload
from verbund.network.tests.factories import FieldOfActionFactory, TargetGroupFactory

MODELS = ["network", "organisation", "membership", "contactperson", "fieldofaction", "targetgroup"]


@pytest.mark.parametrize("model", MODELS)
def test_superuser_opens_list_add_and_change_pages_of_every_registry_model(world, client, model):
    FieldOfActionFactory(network=world.network)
    TargetGroupFactory(network=world.network)
    objects = {
        "network": world.network,
        "organisation": world.organisation,
        "membership": Membership.objects.first(),
        "contactperson": world.contact,
        "fieldofaction": world.network.fields_of_action.first(),
        "targetgroup": world.network.target_groups.first(),
    }
    client.force_login(world.superuser)
    assert client.get(reverse(f"admin:network_{model}_changelist")).status_code == 200
    assert client.get(reverse(f"admin:network_{model}_add")).status_code == 200
    change = reverse(f"admin:network_{model}_change", args=[objects[model].pk])
    assert client.get(change).status_code == 200


@pytest.mark.parametrize("persona", ["coordinator", "org_admin"])
def test_staff_without_superuser_cannot_open_the_registry_admin(world, client, persona):
    client.force_login(world.user(persona))
    response = client.get(reverse("admin:network_organisation_changelist"))
    assert response.status_code == 302


def test_admin_links_the_statute_to_the_permission_checked_view(world, client):
    services.network_update(
        actor=world.coordinator, network=world.network, data={"statute": pdf_upload()}
    )
    client.force_login(world.superuser)
    page = client.get(reverse("admin:network_network_change", args=[world.network.pk]))
    content = page.content.decode()
    assert 'href="/office/alpha/statute/"' in content
    assert 'name="statute"' not in content
