from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "verbund.projects"
    verbose_name = _("Projects and funding")

    def ready(self):
        # Registers the sections that projects add to the registry's pages.
        from verbund.projects import sections  # noqa: F401
