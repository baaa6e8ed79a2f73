"""The back office's page of a network's outgoing e-mail: what waits, what failed and why, what
was sent lately, and a button to try a mail again now.

Mail is fetched through the network in the address: another network's mail is a 404. Addresses
are shown masked; the texts are not shown at all.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from verbund.accounts.access import get_network_for_user
from verbund.accounts.mixins import NetworkPermissionMixin
from verbund.core.errors import DomainError
from verbund.core.forms import style_widget
from verbund.core.views import ObjectsInContextMixin, paginate
from verbund.outbox import selectors, services
from verbund.outbox.models import EmailStatus, OutgoingEmail

VIEW = "outbox.email:view"


class StatusFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Waiting, failed and sent lately")), *EmailStatus.choices],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            style_widget(field.widget)

    def chosen_status(self) -> str:
        return self.cleaned_data["status"] if self.is_valid() else ""


class OutboxMixin(NetworkPermissionMixin):
    permission = VIEW

    def list_url(self) -> str:
        return reverse("office:outbox_list", kwargs={"network": self.network.slug})


class OutboxListView(OutboxMixin, ObjectsInContextMixin, TemplateView):
    template_name = "outbox/office_email_list.html"

    def get_context_data(self, **kwargs):
        filter_form = StatusFilterForm(self.request.GET or None)
        status = filter_form.chosen_status()
        page, filter_query = paginate(self.request, selectors.network_emails(self.network, status))
        return super().get_context_data(
            filter_form=filter_form,
            status=status,
            page=page,
            filter_query=filter_query,
            counts=selectors.network_email_counts(self.network),
            recent_days=selectors.RECENT_DAYS,
            **kwargs,
        )


class OutboxRetryView(OutboxMixin, View):
    """POST only: the mail is due now, and is tried at once."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        # The mail first: another network's mail is a 404 whatever one's role, as its list is.
        if request.user.is_authenticated:
            network = get_network_for_user(request.user, kwargs["network"])
            self.email = get_object_or_404(OutgoingEmail, network=network, pk=kwargs["email"])
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        email = self.email
        try:
            email = services.email_retry(actor=request.user, email=email)
        except DomainError as error:
            messages.error(request, str(error))
            return redirect(self.list_url())
        tried = email.attempts
        email.refresh_from_db(fields=["status", "attempts", "last_error"])
        if email.status == EmailStatus.SENT:
            messages.success(request, gettext("The e-mail was sent."))
        elif email.attempts > tried:
            if email.status == EmailStatus.FAILED:
                text = gettext("The e-mail could not be sent (%(error)s) and has been given up.")
            else:
                text = gettext("The e-mail could not be sent (%(error)s); it will be tried again.")
            messages.error(request, text % {"error": email.last_error})
        else:
            messages.info(request, gettext("The e-mail is queued and goes out with the next run."))
        return redirect(f"{self.list_url()}#email-{email.pk}")
