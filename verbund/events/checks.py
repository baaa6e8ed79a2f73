"""Deployment checks of the events app."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def site_url_is_set(app_configs, **kwargs):
    # Confirmation e-mails carry each registrant's personal link; without the site's address
    # they would carry a link to nowhere.
    if not settings.VERBUND_SITE_URL.startswith(("https://", "http://")):
        return [
            Error(
                "VERBUND_SITE_URL must be the address people reach Verbund at, "
                "e.g. https://verbund.example.org.",
                id="verbund.E101",
            )
        ]
    return []
