"""Shared pieces of the REST API: the exception handler and the docs page."""

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import ProtectedError
from django.http import HttpResponse
from django.template import engines
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from rest_framework import serializers
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler

from verbund.core.errors import DomainError


def exception_handler(exc, context):
    # Model and service validation errors are the client's mistake (400 with field errors),
    # never a 500.
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            detail = {
                api_settings.NON_FIELD_ERRORS_KEY if name == NON_FIELD_ERRORS else name: messages
                for name, messages in exc.message_dict.items()
            }
        else:
            detail = {api_settings.NON_FIELD_ERRORS_KEY: exc.messages}
        exc = serializers.ValidationError(detail)
    elif isinstance(exc, DomainError):
        exc = serializers.ValidationError({api_settings.NON_FIELD_ERRORS_KEY: [str(exc)]})
    elif isinstance(exc, ProtectedError):
        exc = serializers.ValidationError(
            {
                api_settings.NON_FIELD_ERRORS_KEY: [
                    _("Other records still refer to this one, so it cannot be deleted.")
                ]
            }
        )
    return drf_exception_handler(exc, context)


# The page lives here as a string rather than as drf-spectacular's template, because that one
# loads web fonts from Google: a visitor's address must not leak to a third party. Redoc itself
# comes from drf-spectacular-sidecar (PyPI) and is served by the app; no inline script.
_DOCS_PAGE = """{% load static %}<!DOCTYPE html>
<html lang="{{ LANGUAGE_CODE|default:'de' }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>body { margin: 0; padding: 0; }</style>
</head>
<body>
<redoc spec-url="{{ schema_url }}"></redoc>
<script src="{% static 'drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js' %}"></script>
</body>
</html>
"""


@require_safe
def api_docs(request):
    """The API reference (Redoc), rendered from the OpenAPI schema at /api/schema/."""
    template = engines["django"].from_string(_DOCS_PAGE)
    html = template.render(
        {"title": _("Verbund API"), "schema_url": reverse("api:schema")}, request=request
    )
    return HttpResponse(html)
