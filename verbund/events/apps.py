from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "verbund.events"
    verbose_name = _("Events")

    def ready(self):
        from verbund.events import checks  # noqa: F401
