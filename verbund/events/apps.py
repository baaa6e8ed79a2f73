from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "verbund.events"
    verbose_name = _("Events")

    def ready(self):
        # Deploy checks, and what events add to the registry's public pages.
        from verbund.events import checks, public_sections  # noqa: F401
