from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "verbund.events"
    verbose_name = _("Events")

    def ready(self):
        # Deploy checks, and what events add to the registry's public and office pages.
        from verbund.events import checks, office_sections, public_sections  # noqa: F401
