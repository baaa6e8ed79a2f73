"""Back-office pages of an event's people and papers: its registrations (list, export,
registering someone who called, cancelling), check-in on a phone, invitations of the network's
contact persons, minutes and other documents.

Built on the events' office plumbing (``office_views``): the event in the address, and any
registration or document under it, is fetched through what the user sees before any permission
is decided. Names and addresses of registrants never appear in an address or a log.
"""

import mimetypes

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext
from django.views import View

from verbund.core.errors import DomainError
from verbund.core.exports import FORMATS
from verbund.events import exports, forms, permissions, selectors, services
from verbund.events.choices import RegistrationStatus
from verbund.events.models import EventDocument, Registration
from verbund.events.office_views import ConfirmView, EventsOfficeMixin, Page, ServiceFormView
from verbund.events.permissions import PUBLISH, REGISTRATIONS_CHANGE, REGISTRATIONS_VIEW

# --- registrations --------------------------------------------------------------------------------


class RegistrationsMixin:
    event_permission = REGISTRATIONS_VIEW

    def section_crumbs(self):
        return [(gettext("Registrations"), self.url("registration_list", event=self.event.pk))]


class RegistrationListView(RegistrationsMixin, EventsOfficeMixin, Page):
    template_name = "events/office_registration_list.html"

    def crumbs(self):
        trail = super().crumbs()
        return [*trail[:-1], (trail[-1][0], "")]

    def get_context_data(self, **kwargs):
        filter_form = forms.RegistrationFilterForm(self.request.GET or None)
        status = filter_form.status_value()
        rows = selectors.registration_rows(self.event, status)
        return super().get_context_data(
            filter_form=filter_form,
            status=status,
            rows=rows,
            failed=sum(1 for _row, email in rows if email is not None and email.status == "failed"),
            summary=selectors.registration_summary(self.event),
            can_change=self.can_event(REGISTRATIONS_CHANGE),
            can_see_outbox=self.can("outbox.email:view"),
            is_over=self.event.ends_at <= timezone.now(),
            **kwargs,
        )


class RegistrationExportView(RegistrationsMixin, EventsOfficeMixin, View):
    """The registration list as CSV or XLSX; each download is logged."""

    http_method_names = ["get", "head"]

    def get(self, request, *args, fmt, **kwargs):
        if fmt not in FORMATS:
            raise Http404
        response, count = exports.registration_export(event=self.event, fmt=fmt)
        services.registration_export_logged(
            actor=request.user, event=self.event, fmt=fmt, count=count
        )
        return response


class RegistrationAddView(RegistrationsMixin, ServiceFormView):
    """Register someone who called or wrote: seats and the waiting list as for everyone; the
    person gets the same confirmation e-mail with their personal link."""

    event_permission = REGISTRATIONS_CHANGE
    form_class = forms.StaffRegistrationForm

    def get_heading(self):
        return gettext("Register someone")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "event": self.event}

    def get_submit_label(self):
        return gettext("Register")

    def get_cancel_url(self):
        return self.url("registration_list", event=self.event.pk)

    def perform(self, form):
        return services.registration_create(
            event=self.event,
            data=form.registration_data(),
            language=form.cleaned_data["language"],
            consent=form.cleaned_data["consent"],
            actor=self.request.user,
        ).registration

    def get_success_message(self):
        if self.result.status == RegistrationStatus.CONFIRMED:
            return gettext("The registration is confirmed; the person gets an e-mail.")
        return gettext("The event is full: the person is on the waiting list and gets an e-mail.")

    def get_success_url(self):
        return self.url("registration_list", event=self.event.pk)


class RegistrationCancelView(RegistrationsMixin, ConfirmView):
    event_permission = REGISTRATIONS_CHANGE
    danger = True

    def fetch_objects(self, **kwargs):
        if self.event is not None:
            self.registration = get_object_or_404(
                Registration.objects.filter(event=self.event, anonymised_at=None),
                pk=kwargs["registration"],
            )

    def get_heading(self):
        return gettext("Cancel a registration")

    def get_question(self):
        return gettext(
            "Cancel the registration of %(name)s (%(seats)s seats)? The person is told by "
            "e-mail; freed seats go to the waiting list at once."
        ) % {"name": self.registration.name, "seats": self.registration.seats}

    def get_submit_label(self):
        return gettext("Cancel the registration")

    def get_cancel_url(self):
        return self.url("registration_list", event=self.event.pk)

    def perform(self, form):
        return services.registration_cancel(registration=self.registration, actor=self.request.user)

    def get_success_message(self):
        promoted = len(self.result)
        if promoted:
            return ngettext(
                "The registration is cancelled; %(count)d person moved up from the waiting list.",
                "The registration is cancelled; %(count)d people moved up from the waiting list.",
                promoted,
            ) % {"count": promoted}
        return gettext("The registration is cancelled.")

    def get_success_url(self):
        return self.url("registration_list", event=self.event.pk)


# --- check-in -------------------------------------------------------------------------------------


class CheckInView(RegistrationsMixin, EventsOfficeMixin, Page):
    """The door list on a phone: confirmed people by name, a search, a button each."""

    template_name = "events/office_check_in.html"

    def crumbs(self):
        return [*super().crumbs(), (gettext("Check-in"), "")]

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").strip()[:100]
        return super().get_context_data(
            query=query,
            rows=selectors.check_in_rows(self.event, query),
            counts=selectors.check_in_counts(self.event),
            can_check_in=self.can_event(REGISTRATIONS_CHANGE),
            **kwargs,
        )

    def get_template_names(self):
        if self.request.headers.get("HX-Request") and self.request.GET.get("partial"):
            return ["events/_office_check_in_list.html"]
        return [self.template_name]


class CheckInToggleView(EventsOfficeMixin, View):
    """POST ``present=1`` or ``0``. With htmx the answer is the row (and the counter, swapped
    out of band); without, the check-in page again at that row."""

    event_permission = REGISTRATIONS_CHANGE
    http_method_names = ["post"]

    def fetch_objects(self, **kwargs):
        if self.event is not None:
            self.registration = get_object_or_404(
                Registration.objects.filter(event=self.event), pk=kwargs["registration"]
            )

    def post(self, request, *args, **kwargs):
        present = request.POST.get("present")
        error = ""
        if present not in ("0", "1"):
            error = gettext("Tap the button again; the request was incomplete.")
        else:
            try:
                self.registration = services.registration_check_in(
                    actor=request.user, registration=self.registration, present=present == "1"
                )
            except DomainError as refusal:
                error = str(refusal)
        if request.headers.get("HX-Request"):
            response = TemplateResponse(
                request,
                "events/_office_check_in_row.html",
                {
                    "network": self.network,
                    "event": self.event,
                    "row": self.registration,
                    "query": request.POST.get("q", ""),
                    "can_check_in": True,
                    "counts": selectors.check_in_counts(self.event),
                    "error": error,
                    "oob": True,
                },
            )
            # htmx swaps only successful answers: a refusal comes as the row with its reason.
            return response
        if error:
            messages.error(request, error)
        url = self.url("event_check_in", event=self.event.pk)
        query = request.POST.get("q", "").strip()[:100]
        if query:
            url += "?" + urlencode({"q": query})
        return HttpResponseRedirect(f"{url}#registration-{self.registration.pk}")


# --- invitations ----------------------------------------------------------------------------------


class InvitationView(ConfirmView):
    """Invite the contact persons of the network's current members: the page says how many
    will get one; sending again reaches only those not invited yet."""

    template_name = "events/office_invitations.html"
    form_class = forms.InvitationForm

    def check_access(self):
        super().check_access()
        if not permissions.may_invite(self.request.user, self.network):
            raise PermissionDenied

    def get_heading(self):
        return gettext("Invite the network's contact persons")

    def get_submit_label(self):
        return gettext("Send the invitations")

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=selectors.invitation_preview(self.event), **kwargs)

    def perform(self, form):
        return services.invitations_send(
            actor=self.request.user, event=self.event, language=form.cleaned_data["language"]
        )

    def get_success_message(self):
        counts = self.result
        return gettext(
            "Invitations sent: %(sent)s. Invited before: %(already)s. Without an e-mail "
            "address: %(without)s."
        ) % {
            "sent": counts.sent,
            "already": counts.already_invited,
            "without": counts.without_email,
        }


# --- minutes and other documents ------------------------------------------------------------------


class DocumentMixin:
    def fetch_objects(self, **kwargs):
        if self.event is not None and "document" in kwargs:
            self.document = get_object_or_404(
                EventDocument.objects.filter(event=self.event), pk=kwargs["document"]
            )

    def get_success_url(self):
        return self.event_url("documents")


class DocumentAddView(DocumentMixin, ServiceFormView):
    event_permission = PUBLISH
    form_class = forms.DocumentForm

    def get_heading(self):
        return gettext("Add minutes or a document")

    def get_submit_label(self):
        return gettext("Upload")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": EventDocument(event=self.event)}

    def perform(self, form):
        return services.event_document_add(
            actor=self.request.user, event=self.event, data=form.document_data()
        )

    def get_success_message(self):
        return gettext("The document “%(title)s” was added.") % {"title": self.result.title}


class DocumentDownloadView(DocumentMixin, EventsOfficeMixin, View):
    """The file, to the staff who see the event; it has no other address."""

    http_method_names = ["get", "head"]

    def get(self, request, *args, **kwargs):
        document = self.document
        extension = "." + document.file.name.rsplit(".", 1)[-1] if "." in document.file.name else ""
        try:
            handle = document.file.open("rb")
        except FileNotFoundError:
            raise Http404 from None
        content_type = mimetypes.types_map.get(extension, "application/octet-stream")
        if extension == ".odt":
            content_type = "application/vnd.oasis.opendocument.text"
        return FileResponse(
            handle,
            as_attachment=True,
            filename=f"{slugify(document.title) or 'document'}{extension}",
            content_type=content_type,
        )


class DocumentDeleteView(DocumentMixin, ConfirmView):
    event_permission = PUBLISH
    danger = True

    def get_heading(self):
        return gettext("Delete document")

    def get_question(self):
        return gettext("Delete “%(title)s”? The file is removed; this cannot be undone.") % {
            "title": self.document.title
        }

    def get_submit_label(self):
        return gettext("Delete the document")

    def perform(self, form):
        services.event_document_delete(actor=self.request.user, document=self.document)

    def get_success_message(self):
        return gettext("The document “%(title)s” was deleted.") % {"title": self.document.title}
