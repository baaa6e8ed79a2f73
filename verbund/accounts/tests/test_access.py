import pytest
from django.test import RequestFactory

from verbund.accounts.access import access_for, get_network_for_user, has_permission
from verbund.network.models import Membership


def test_coordinator_may_edit_every_member_organisation_of_their_network(world):
    for org in (world.organisation, world.other_organisation):
        assert has_permission(
            world.coordinator,
            "network.organisation:change",
            network=world.network,
            organisation=org,
        )


def test_organisation_admin_edits_own_organisation_only(world):
    perm = "network.organisation:change"
    assert has_permission(
        world.org_admin, perm, network=world.network, organisation=world.organisation
    )
    assert not has_permission(
        world.org_admin, perm, network=world.network, organisation=world.other_organisation
    )


def test_caseworker_sees_registry_but_edits_nothing(world):
    assert has_permission(world.caseworker, "network.registry:view", network=world.network)
    assert not has_permission(
        world.caseworker,
        "network.contact:change",
        network=world.network,
        organisation=world.organisation,
    )


def test_outsider_has_no_permission_in_another_network(world):
    assert not has_permission(world.outsider, "network.registry:view", network=world.network)
    with pytest.raises(Exception) as excinfo:
        get_network_for_user(world.outsider, world.network.slug)
    assert excinfo.typename == "Http404"


def test_staff_of_a_former_member_lose_access_to_the_network(world):
    Membership.objects.filter(organisation=world.organisation).update(ended_on="2021-01-01")
    assert not has_permission(world.viewer, "network.registry:view", network=world.network)


def test_unknown_permission_name_is_a_programming_error(world):
    with pytest.raises(KeyError):
        has_permission(world.coordinator, "network.typo:view", network=world.network)


def test_organisation_permission_without_organisation_is_refused(world):
    with pytest.raises(ValueError):
        has_permission(world.coordinator, "network.contact:change", network=world.network)


def test_roles_are_read_once_per_user(world, django_assert_num_queries):
    access_for(world.coordinator)
    with django_assert_num_queries(0):
        for _ in range(10):
            has_permission(world.coordinator, "network.registry:view", network=world.network)


def test_anonymous_user_has_no_permissions(world):
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    assert not has_permission(request.user, "network.registry:view", network=world.network)
