from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "verbund.accounts"
    verbose_name = _("Accounts and roles")

    def ready(self):
        from allauth.account.signals import user_logged_in

        from verbund.accounts import views
        from verbund.core import slots

        user_logged_in.connect(views.language_on_login, dispatch_uid="verbund.language_on_login")
        slots.contribute("office_organisation_detail")(views.staff_section)
        slots.contribute("office_network_overview")(views.coordinators_section)
