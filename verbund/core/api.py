"""Shared pieces of the REST API."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers
from rest_framework.views import exception_handler as drf_exception_handler

from verbund.core.errors import DomainError


def exception_handler(exc, context):
    # Model and service validation errors are the client's mistake (400 with field errors),
    # never a 500.
    if isinstance(exc, DjangoValidationError):
        detail = (
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
        exc = serializers.ValidationError(detail)
    elif isinstance(exc, DomainError):
        exc = serializers.ValidationError({"non_field_errors": [str(exc)]})
    return drf_exception_handler(exc, context)
