from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

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


@register.simple_tag(takes_context=True)
def language_links(context):
    """This page in every language: (code, name in that language, address, is current).

    Public pages carry their language in the address, so the language menu is a list of links:
    no form, no cookie, and the page stays the same for every visitor (which lets it be cached).
    """
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    query = request.META.get("QUERY_STRING", "") if request is not None else ""
    current = translation.get_language()

    def address(code):
        # The match Django resolved for this request, reversed per language; translate_url()
        # would resolve the address again for every language.
        if match is None or not match.url_name:
            return request.get_full_path() if request is not None else "/"
        with translation.override(code):
            path = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        return f"{path}?{query}" if query else path

    return [
        (code, translation.get_language_info(code)["name_local"], address(code), code == current)
        for code, _name in settings.LANGUAGES
    ]
