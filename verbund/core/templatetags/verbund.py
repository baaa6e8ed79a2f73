from django import template
from django.template.loader import render_to_string

from verbund.core import forms

register = template.Library()


@register.simple_tag(takes_context=True)
def render_section(context, section):
    """Render a slot ``Section`` (see verbund/core/slots.py) with the page's request."""
    return render_to_string(section.template, section.context, request=context.get("request"))


@register.filter
def styled(bound_field):
    """A form field with our Bootstrap classes, also where the form is not ours (allauth's)."""
    return forms.styled(bound_field)
