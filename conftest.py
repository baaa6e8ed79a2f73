"""Shared test personas: one user per role in network A, and outsiders from network B.

Tests name who acts (``world.coordinator``, ``world.caseworker``, ``world.outsider``) rather than
building users ad hoc, so the permission tests and the view tests speak the same language.
"""

from dataclasses import dataclass

import pytest
from django.utils import translation

from verbund.accounts.tests.factories import (
    NetworkRoleFactory,
    OrganisationRoleFactory,
    UserFactory,
)
from verbund.core.testdata import settings_for_tests, shared_data
from verbund.network.models import MembershipRole
from verbund.network.tests.factories import (
    ContactPersonFactory,
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
)
from verbund.outbox.testing import smtp_server  # noqa: F401


@dataclass
class World:
    network: object  # network A
    other_network: object  # network B
    organisation: object  # X, member of A: the personas' own organisation
    other_organisation: object  # Y, another member of A
    foreign_organisation: object  # Z, member of B only
    contact: object  # a contact person of X
    foreign_contact: object  # a contact person of Z
    superuser: object
    coordinator: object
    org_admin: object
    caseworker: object
    multiplier: object
    viewer: object
    other_org_admin: object  # admin of Y
    outsider: object  # coordinator of network B, and admin of Z

    def user(self, persona):
        return None if persona == "anonymous" else getattr(self, persona)


@pytest.fixture
def world(db):
    return build_world()


@pytest.fixture(scope="module")
def module_world(django_db_setup, django_db_blocker):
    """The world built once for a whole test module, rolled back after its last test (see
    verbund/core/testdata.py). A module whose tests all read the same world overrides ``world``
    with a copy of this one for each test."""
    with shared_data(django_db_blocker, build_world) as world:
        yield world


def build_world():
    """Network A with organisations X and Y and one user per persona, network B with Z."""
    network = NetworkFactory(slug="alpha", name="Netzwerk Alpha", short_name="Alpha")
    other_network = NetworkFactory(slug="beta", name="Netzwerk Beta", short_name="Beta")
    organisation = OrganisationFactory(name="Organisation X")
    other_organisation = OrganisationFactory(name="Organisation Y")
    foreign_organisation = OrganisationFactory(name="Organisation Z")
    MembershipFactory(network=network, organisation=organisation, role=MembershipRole.MEMBER)
    MembershipFactory(network=network, organisation=other_organisation)
    MembershipFactory(network=other_network, organisation=foreign_organisation)

    def org_user(org, role):
        return OrganisationRoleFactory(organisation=org, role=role).user

    outsider = NetworkRoleFactory(network=other_network).user
    OrganisationRoleFactory(user=outsider, organisation=foreign_organisation, role="admin")
    return World(
        network=network,
        other_network=other_network,
        organisation=organisation,
        other_organisation=other_organisation,
        foreign_organisation=foreign_organisation,
        contact=ContactPersonFactory(organisation=organisation),
        foreign_contact=ContactPersonFactory(organisation=foreign_organisation),
        superuser=UserFactory(is_superuser=True, is_staff=True),
        coordinator=NetworkRoleFactory(network=network).user,
        org_admin=org_user(organisation, "admin"),
        caseworker=org_user(organisation, "caseworker"),
        multiplier=org_user(organisation, "multiplier"),
        viewer=org_user(organisation, "viewer"),
        other_org_admin=org_user(other_organisation, "admin"),
        outsider=outsider,
    )


@pytest.fixture(autouse=True)
def _test_settings(settings):
    # A fast password hasher, plain HTTP, no page cache: see verbund/core/testdata.py.
    for name, value in settings_for_tests().items():
        setattr(settings, name, value)


@pytest.fixture(autouse=True)
def english(client):
    """Tests read messages in English, the source language, whatever the German catalogue holds;
    a test of the German interface switches explicitly."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgres`` (row locks, full-text search) prove what only PostgreSQL does;
    on SQLite they are deselected, not skipped: CI runs the suite on both databases."""
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        return
    kept = [item for item in items if item.get_closest_marker("postgres") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept
