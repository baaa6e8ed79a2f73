"""Projects in the Django admin: every model reachable by superusers, nobody else."""

import pytest
from django.urls import reverse

MODELS = ["fundingprogramme", "project", "subproject", "funding", "indicator"]


@pytest.mark.parametrize("model", MODELS)
def test_superuser_opens_list_add_and_change_pages_of_every_projects_model(
    client, world, vip, model
):
    objects = {
        "fundingprogramme": vip.programme,
        "project": vip.project,
        "subproject": vip.opening,
        "funding": vip.eu,
        "indicator": vip.participants,
    }
    client.force_login(world.superuser)
    assert client.get(reverse(f"admin:projects_{model}_changelist")).status_code == 200
    assert client.get(reverse(f"admin:projects_{model}_add")).status_code == 200
    change = reverse(f"admin:projects_{model}_change", args=[objects[model].pk])
    assert client.get(change).status_code == 200


def test_coordinators_do_not_reach_the_projects_admin(client, world):
    client.force_login(world.coordinator)
    assert client.get(reverse("admin:projects_project_changelist")).status_code == 302
