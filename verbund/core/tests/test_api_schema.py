"""The OpenAPI 3 schema is valid and complete; the docs page is served without third parties."""

import re

import pytest
import yaml
from django.core.management import call_command
from django.urls import reverse
from drf_spectacular.validation import validate_schema
from rest_framework.test import APIClient


def test_schema_generates_without_warnings_or_errors_and_validates(tmp_path):
    target = tmp_path / "schema.yaml"
    # --fail-on-warn turns every warning (an untyped field, an unknown path parameter, two
    # choice sets under one name) into a failure; --validate checks the result against the
    # OpenAPI 3 specification. `manage.py check` runs the same generation.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    schema = yaml.safe_load(target.read_text())
    assert schema["openapi"].startswith("3.")
    for resource in (
        "organisations",
        "memberships",
        "contacts",
        "fields-of-action",
        "target-groups",
        "programmes",
        "projects",
        "funding",
        "indicators",
        "sub-projects",
        "sub-project-partners",
    ):
        assert f"/api/networks/{{network}}/{resource}/" in schema["paths"]
        assert f"/api/networks/{{network}}/{resource}/{{id}}/" in schema["paths"]


@pytest.mark.django_db
def test_served_schema_is_valid_openapi_and_documents_token_authentication():
    response = APIClient().get(reverse("api:schema"), HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)
    assert {"tokenAuth", "cookieAuth"} <= set(schema["components"]["securitySchemes"])
    assert "put" not in schema["paths"]["/api/networks/{network}/projects/{id}/"]


@pytest.mark.django_db
def test_docs_page_renders_with_locally_served_scripts_only(client):
    response = client.get(reverse("api:docs"))
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("api:schema") in html
    assert "/static/drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js" in html
    # No address of another host: no CDN, no web fonts.
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert "googleapis" not in html
    assert "<script>" not in html


@pytest.mark.django_db
def test_docs_script_is_shipped_with_the_app(client):
    from django.contrib.staticfiles import finders

    assert finders.find("drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js")
