"""Walk every URL pattern for every persona (see verbund/core/testing.py)."""

import importlib
import pkgutil

import pytest
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


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
@pytest.mark.parametrize("persona", PERSONAS)
def test_url_answers_persona_as_ruled(rule, persona, world, client):
    user = world.user(persona)
    if user is not None:
        client.force_login(user)
    url = reverse(rule.name, kwargs=rule.kwargs(world)) + rule.query
    if rule.method == "get":
        response = client.get(url)
    else:
        response = (
            getattr(client, rule.method)(url, rule.data(world), content_type="application/json")
            if rule.name.startswith("api:")
            else getattr(client, rule.method)(url, rule.data(world))
        )
    assert response.status_code == rule.expect[persona], (
        f"{rule.id} as {persona}: {response.status_code}, expected {rule.expect[persona]}"
    )


def test_admin_is_for_superusers_only(world, client):
    client.force_login(world.coordinator)
    assert client.get(reverse("admin:index")).status_code == 302
    client.force_login(world.superuser)
    assert client.get(reverse("admin:index")).status_code == 200
