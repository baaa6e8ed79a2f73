from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "verbund.offers"
    verbose_name = _("Offerings")

    def ready(self):
        # Registers what offers add to the registry's pages.
        from verbund.offers import office_sections, public_sections  # noqa: F401
