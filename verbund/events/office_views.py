"""Back-office pages of events: the list, an event's page, writing, publishing, cancelling and
deleting it, its texts per language; and the plumbing the events' other office pages share
(``registration_views``: registrations, check-in, invitations, documents; ``series_views``:
series of meetings and the attendance figures).

Views stay thin. The event named in the address is fetched through what the user sees of the
network (``permissions.office_events``): another network's event, or a draft of organisers the
user does not belong to, is a 404; a missing permission on an event they see is a 403
(``permissions.can``, decided on the event's organisers). Valid input goes to ``services``; a
refusal shows on the form and changes nothing.
"""

from abc import abstractmethod

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext
from django.views.generic import TemplateView

from verbund.accounts.access import get_network_for_user
from verbund.accounts.mixins import NetworkPermissionMixin
from verbund.core import views as core_views
from verbund.core.forms import ConfirmForm
from verbund.core.languages import SPOKEN_LANGUAGES
from verbund.core.text_views import (
    ContentTexts,
    FieldsAndTextFormMixin,
    TextApproveMixin,
    TextDeleteMixin,
    TextEditMixin,
    TextsMixin,
    detached,
)
from verbund.core.translations import SOURCE_LANGUAGE, content_languages
from verbund.core.views import ObjectsInContextMixin, paginate
from verbund.events import forms, permissions, selectors, services
from verbund.events.choices import Audience, EventStatus
from verbund.events.models import Event, EventText
from verbund.events.permissions import (
    CHANGE,
    PUBLISH,
    REGISTRATIONS_CHANGE,
    REGISTRATIONS_VIEW,
    STAFF_VIEW,
)

EVENT_TEXTS = ContentTexts(
    model=EventText,
    described="event",
    save=services.event_text_save,
    approve=services.event_text_approve,
    delete=services.event_text_delete,
    by_language=selectors.texts_by_language,
    changes_since=selectors.source_changes_since,
)


def public_url(event: Event) -> str:
    """The event's public page in German, with its access key where it is not listed."""
    kwargs = {"network": event.network.slug, "event": event.pk}
    with translation.override(SOURCE_LANGUAGE):
        if event.audience == Audience.PUBLIC:
            return reverse("public:event_detail", kwargs=kwargs)
        return reverse("public:event_detail_invited", kwargs={**kwargs, "key": event.access_key})


class Page(ObjectsInContextMixin, TemplateView):
    pass


# --- fetching through the network -----------------------------------------------------------------


class EventsOfficeMixin(NetworkPermissionMixin):
    """``/office/<network>/events/…`` pages.

    ``permission`` is a network permission; ``event_permission`` an organisation permission
    decided on the organisers of the event in the address. The event, the language and any
    object under the event are resolved before any permission: what the user cannot see is a
    404.
    """

    permission = STAFF_VIEW
    event_permission: str | None = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.network = get_network_for_user(request.user, kwargs["network"])
        self.event = None
        if "event" in kwargs:
            self.event = get_object_or_404(
                permissions.office_events(request.user, self.network), pk=kwargs["event"]
            )
        self.language = kwargs.get("language")
        if self.language is not None and self.language not in content_languages():
            raise Http404
        self.fetch_objects(**kwargs)
        self.check_access()
        return super(NetworkPermissionMixin, self).dispatch(request, *args, **kwargs)

    def fetch_objects(self, **kwargs) -> None:
        """Objects under the event in the address (a registration, a document)."""

    def check_access(self) -> None:
        if self.permission and not self.can(self.permission):
            raise PermissionDenied
        if (
            self.event_permission
            and self.event is not None
            and not permissions.can(self.request.user, self.event_permission, self.event)
        ):
            raise PermissionDenied

    def can_event(self, permission: str) -> bool:
        return permissions.can(self.request.user, permission, self.event)

    def url(self, name, **kwargs) -> str:
        return reverse(f"office:{name}", kwargs={"network": self.network.slug, **kwargs})

    def event_url(self, anchor: str = "") -> str:
        url = self.url("event_detail", event=self.event.pk)
        return f"{url}#{anchor}" if anchor else url

    def crumbs(self) -> list[tuple[str, str]]:
        """(label, address) from the back office down to this page; the last has no address."""
        trail = [
            (gettext("Back office"), reverse("office:home")),
            (self.network.short_name or self.network.name, self.url("network")),
            (gettext("Events"), self.url("event_list")),
        ]
        if self.event is not None:
            trail.append((self.event.title, self.event_url()))
        return trail + self.section_crumbs()

    def section_crumbs(self) -> list[tuple[str, str]]:
        """The part of the event's pages this page belongs to (its registrations…)."""
        return []

    def get_context_data(self, **kwargs):
        kwargs.setdefault("event", self.event)
        crumbs = self.crumbs()
        kwargs.setdefault("crumbs", crumbs[:-1])
        kwargs.setdefault("current_crumb", crumbs[-1][0])
        return super().get_context_data(**kwargs)


class LastCrumbMixin:
    """A page whose own name ends the breadcrumbs."""

    def crumbs(self):
        return [*super().crumbs(), (self.get_heading(), "")]


class ServiceFormView(LastCrumbMixin, EventsOfficeMixin, core_views.ServiceFormView):
    """A form whose valid data goes to a service; subclasses name their template."""

    heading = ""
    template_name = "events/office_form.html"

    def get_heading(self) -> str:
        return self.heading

    def get_submit_label(self) -> str:
        return gettext("Save")

    def get_cancel_url(self) -> str:
        return self.event_url() if self.event else self.url("event_list")

    def get_success_url(self):
        return self.event_url()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            heading=self.get_heading(),
            submit_label=self.get_submit_label(),
            cancel_url=self.get_cancel_url(),
            **kwargs,
        )


class ConfirmView(ServiceFormView):
    """GET asks for confirmation; only a POST from that page (with its hidden ``confirm``)
    acts. A bare POST re-renders the page with an error and changes nothing."""

    template_name = "events/office_confirm.html"
    form_class = ConfirmForm
    question = ""
    danger = False

    def get_question(self) -> str:
        return self.question

    def get_context_data(self, **kwargs):
        return super().get_context_data(question=self.get_question(), danger=self.danger, **kwargs)


# --- the list -------------------------------------------------------------------------------------


class EventListView(EventsOfficeMixin, Page):
    template_name = "events/office_event_list.html"

    def crumbs(self):
        trail = super().crumbs()
        return [*trail[:-1], (trail[-1][0], "")]

    def get_context_data(self, **kwargs):
        user = self.request.user
        filter_form = forms.EventFilterForm(self.request.GET or None, network=self.network)
        events = selectors.event_list(user, self.network, filter_form.filters())
        page, filter_query = paginate(self.request, events)
        return super().get_context_data(
            filter_form=filter_form,
            page=page,
            filter_query=filter_query,
            can_add=permissions.may_add(user, self.network),
            can_manage_series=permissions.may_manage_series(user, self.network),
            sees_all=permissions.own_organisations(user, self.network) is None,
            **kwargs,
        )


# --- adding and editing ---------------------------------------------------------------------------


class EventFormView(FieldsAndTextFormMixin, LastCrumbMixin, EventsOfficeMixin, TemplateView):
    """The event's fields and its German text on one page, saved together or not at all."""

    template_name = "events/office_event_form.html"

    @abstractmethod
    def get_heading(self) -> str: ...

    def get_success_url(self):
        return self.url("event_detail", event=self.result.pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            heading=self.get_heading(),
            cancel_url=self.event_url() if self.event else self.url("event_list"),
            **kwargs,
        )


class EventAddView(EventFormView):
    def check_access(self) -> None:
        super().check_access()
        self.allowed = permissions.organisations_for(self.request.user, CHANGE, self.network)
        if self.allowed is not None and not self.allowed:
            raise PermissionDenied

    def get_heading(self):
        return gettext("Add event")

    def get_forms(self):
        data = self.request.POST if self.request.method == "POST" else None
        form = forms.EventForm(
            data, instance=Event(network=self.network), network=self.network, allowed=self.allowed
        )
        text_form = forms.EventTextForm(
            data,
            instance=EventText(language=SOURCE_LANGUAGE),
            language=SOURCE_LANGUAGE,
            prefix="text",
        )
        return form, text_form

    def perform(self, form, text_form):
        return services.event_create(
            actor=self.request.user,
            network=self.network,
            data=form.event_data(),
            text=text_form.text_data(),
        )

    def get_success_message(self):
        return gettext("The event “%(title)s” was saved as a draft.") % {"title": self.result.title}


class EventEditView(EventFormView):
    event_permission = CHANGE

    def get_heading(self):
        return gettext("Edit event")

    def get_forms(self):
        data = self.request.POST if self.request.method == "POST" else None
        allowed = permissions.organisations_for(self.request.user, CHANGE, self.network)
        source = self.event.texts.filter(language=SOURCE_LANGUAGE).first()
        form = forms.EventForm(
            data, instance=detached(self.event), network=self.network, allowed=allowed
        )
        text_form = forms.EventTextForm(
            data,
            instance=detached(source) if source else EventText(language=SOURCE_LANGUAGE),
            language=SOURCE_LANGUAGE,
            offer_minor_edit=source is not None,
            prefix="text",
        )
        return form, text_form

    def perform(self, form, text_form):
        # Two services, one outcome: the German text refused leaves the fields unchanged too.
        with transaction.atomic():
            event = services.event_update(
                actor=self.request.user, event=self.event, data=form.event_data()
            )
            services.event_text_save(
                actor=self.request.user,
                event=event,
                language=SOURCE_LANGUAGE,
                text=text_form.text_data(),
                minor_edit=text_form.cleaned_data.get("minor_edit", False),
            )
        event.refresh_from_db(fields=["title"])
        return event

    def get_success_message(self):
        return gettext("The event “%(title)s” was saved.") % {"title": self.result.title}


# --- an event -------------------------------------------------------------------------------------


class EventDetailView(TextsMixin, EventsOfficeMixin, Page):
    content = EVENT_TEXTS
    template_name = "events/office_event_detail.html"

    def get_context_data(self, **kwargs):
        event = selectors.event_detail(self.event)
        event._organiser_ids = [organisation.pk for organisation in event.organisers.all()]
        texts = {text.language: text for text in event.texts.all()}
        user = self.request.user
        can_view_registrations = permissions.can(user, REGISTRATIONS_VIEW, event)
        may_invite = permissions.may_invite(user, self.network)
        return super().get_context_data(
            event=event,
            source=texts.get(SOURCE_LANGUAGE),
            text_rows=self.text_rows(texts),
            summary=selectors.registration_summary(event),
            free_seats=services.free_seats(event),
            documents=list(event.documents.all()),
            invitations=selectors.invitation_preview(event) if may_invite else None,
            interpretation=[
                label
                for code, label in SPOKEN_LANGUAGES
                if code in (event.interpretation_languages or [])
            ],
            public_url=public_url(event) if event.status != EventStatus.DRAFT else "",
            can_change=permissions.can(user, CHANGE, event),
            can_publish=permissions.can(user, PUBLISH, event),
            can_view_registrations=can_view_registrations,
            can_register=permissions.can(user, REGISTRATIONS_CHANGE, event),
            may_invite=may_invite,
            **kwargs,
        )


class EventPublishView(ConfirmView):
    event_permission = PUBLISH

    def get_heading(self):
        return gettext("Publish event")

    def get_question(self):
        if self.event.audience == Audience.PUBLIC:
            return gettext(
                "Publish “%(title)s”? It is then shown in the network's public calendar and "
                "people can register."
            ) % {"title": self.event.title}
        return gettext(
            "Publish “%(title)s”? It is not listed publicly; whoever has its link or an "
            "invitation can see it and register."
        ) % {"title": self.event.title}

    def get_submit_label(self):
        return gettext("Publish")

    def perform(self, form):
        return services.event_publish(actor=self.request.user, event=self.event)

    def get_success_message(self):
        return gettext("The event is published.")


class EventUnpublishView(ConfirmView):
    event_permission = PUBLISH

    def get_heading(self):
        return gettext("Take back event")

    def get_question(self):
        return gettext(
            "Take “%(title)s” back to draft? It disappears from the public pages. An event "
            "people registered for cannot be taken back: cancel it instead."
        ) % {"title": self.event.title}

    def get_submit_label(self):
        return gettext("Take back to draft")

    def perform(self, form):
        return services.event_unpublish(actor=self.request.user, event=self.event)

    def get_success_message(self):
        return gettext("The event is a draft again and no longer public.")


class EventCancelView(ConfirmView):
    event_permission = PUBLISH
    danger = True

    def get_heading(self):
        return gettext("Cancel event")

    def get_question(self):
        summary = selectors.registration_summary(self.event)
        told = summary["confirmed"] + summary["waiting"]
        return ngettext(
            "Call off “%(title)s”? It stays visible as cancelled, nobody can register any more, "
            "and %(count)d person registered or waiting is told by e-mail. This cannot be undone.",
            "Call off “%(title)s”? It stays visible as cancelled, nobody can register any more, "
            "and %(count)d people registered or waiting are told by e-mail. This cannot be "
            "undone.",
            told,
        ) % {"title": self.event.title, "count": told}

    def get_submit_label(self):
        return gettext("Cancel the event")

    def perform(self, form):
        return services.event_cancel(actor=self.request.user, event=self.event)

    def get_success_message(self):
        return gettext("The event is cancelled; the people registered are being told.")


class EventDeleteView(ConfirmView):
    event_permission = CHANGE
    danger = True

    def get_heading(self):
        return gettext("Delete event")

    def get_question(self):
        return gettext(
            "Delete the draft “%(title)s” with all its texts? This cannot be undone."
        ) % {"title": self.event.title}

    def get_submit_label(self):
        return gettext("Delete the draft")

    def perform(self, form):
        services.event_delete(actor=self.request.user, event=self.event)

    def get_success_message(self):
        return gettext("The draft “%(title)s” was deleted.") % {"title": self.event.title}

    def get_success_url(self):
        return self.url("event_list")


# --- texts per language ---------------------------------------------------------------------------


class EventTextsMixin:
    content = EVENT_TEXTS
    event_permission = CHANGE

    def texts_url(self) -> str:
        return self.event_url("texts")


class EventTextEditView(EventTextsMixin, TextEditMixin, ServiceFormView):
    template_name = "events/office_event_text.html"
    form_class = forms.EventTextForm


class EventTextApproveView(EventTextsMixin, TextApproveMixin, ConfirmView):
    pass


class EventTextDeleteView(EventTextsMixin, TextDeleteMixin, ConfirmView):
    pass
