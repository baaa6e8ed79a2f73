"""Walk every URL pattern for every persona (see verbund/core/testing.py)."""

import copy
import importlib
import pkgutil

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

import verbund
from verbund.core.testing import PERSONAS

# URLs that are not ours to rule: authentication flows of allauth (login must be reachable
# by everyone), the language switch, the Django admin (tested apart: superusers only).
UNRULED_NAMESPACES = {"admin"}
UNRULED_PREFIXES = ("account_", "mfa_", "set_language")


def _collect_rules():
    rules = []
    for module in pkgutil.walk_packages(verbund.__path__, "verbund."):
        if module.name.rsplit(".", 1)[-1].startswith("url_rules") and ".tests." in module.name:
            rules.extend(importlib.import_module(module.name).RULES)
    return rules


RULES = _collect_rules()


def _named_patterns(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = entry.namespace or ""
            full = f"{namespace}:{inner}" if namespace and inner else (inner or namespace)
            yield from _named_patterns(entry, full)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}:{entry.name}" if namespace else entry.name


def test_every_url_pattern_has_a_permission_rule():
    ruled = {rule.name for rule in RULES}
    missing = sorted(
        name
        for name in set(_named_patterns())
        if name.split(":")[0] not in UNRULED_NAMESPACES
        and not name.startswith(UNRULED_PREFIXES)
        and name not in ruled
    )
    assert not missing, f"URL patterns without a permission rule: {missing}"


@pytest.fixture
def world(module_world, db):
    """The personas are built once for this module (never committed, see
    verbund/core/testdata.py); each test gets its own copy of the objects."""
    return copy.deepcopy(module_world)


@pytest.fixture(scope="module")
def sessions(module_world, django_db_blocker):
    """Each persona logged in once for the module (``force_login``, in the module's transaction):
    its session key, which each of its requests presents."""
    keys = {}
    with django_db_blocker.unblock():
        for persona in PERSONAS:
            user = module_world.user(persona)
            if user is not None:
                client = Client()
                client.force_login(user)
                keys[persona] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return keys


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_url_answers_every_persona_as_ruled(rule, world, sessions):
    """Every persona asks in turn, each in the same world with the rule's objects: what one
    persona's request writes (its session too) is rolled back before the next one asks. The
    failure names every persona that got another answer than the rule's."""
    url = reverse(rule.name, kwargs=rule.kwargs(world)) + rule.query
    wrong = []
    first_error = None
    for persona in PERSONAS:
        expected = rule.expect[persona]
        try:
            status = _status_for(sessions.get(persona), rule, url, world)
        except Exception as error:
            first_error = first_error or error
            wrong.append(f"{persona}: raised {error!r}, expected {expected}")
            continue
        if status != expected:
            wrong.append(f"{persona}: {status}, expected {expected}")
    if wrong:
        raise AssertionError(f"{rule.id} as " + "; as ".join(wrong)) from first_error


def _status_for(session_key, rule, url, world):
    """The status of the rule's request made with the persona's session (None: anonymous), in a
    savepoint rolled back after."""
    client = Client(HTTP_ACCEPT_LANGUAGE="en")  # as the ``english`` fixture sets up ``client``
    if session_key is not None:
        client.cookies[settings.SESSION_COOKIE_NAME] = session_key
    with transaction.atomic():
        if rule.method == "get":
            response = client.get(url)
        else:
            response = (
                getattr(client, rule.method)(url, rule.data(world), content_type="application/json")
                if rule.name.startswith("api:")
                else getattr(client, rule.method)(url, rule.data(world))
            )
        transaction.set_rollback(True)
    return response.status_code


def test_admin_is_for_superusers_only(world, client):
    client.force_login(world.coordinator)
    assert client.get(reverse("admin:index")).status_code == 302
    client.force_login(world.superuser)
    assert client.get(reverse("admin:index")).status_code == 200
