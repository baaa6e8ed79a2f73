"""Offerings in the Django admin: reachable by superusers, nobody else."""

import pytest
from django.urls import reverse

from verbund.offers.tests.factories import PostalCodeFactory
from verbund.offers.tests.office_helpers import own_offering


@pytest.mark.parametrize("model", ["offering", "offeringtext", "postalcode"])
def test_superusers_open_list_add_and_change_pages(client, world, model):
    offering = own_offering(world)
    objects = {
        "offering": offering,
        "offeringtext": offering.texts.get(),
        "postalcode": PostalCodeFactory(),
    }
    client.force_login(world.superuser)
    assert client.get(reverse(f"admin:offers_{model}_changelist")).status_code == 200
    assert client.get(reverse(f"admin:offers_{model}_add")).status_code == 200
    change = reverse(f"admin:offers_{model}_change", args=[objects[model].pk])
    assert client.get(change).status_code == 200


def test_coordinators_do_not_reach_the_offerings_admin(client, world):
    client.force_login(world.coordinator)
    assert client.get(reverse("admin:offers_offering_changelist")).status_code == 302
