"""Back-office pages of the offerings: the list, an offering's page, writing, copying, publishing,
archiving and deleting it, its texts per language, machine translation and the export.

Views stay thin. The offering named in the address is fetched through what the user sees of the
network (``office_selectors.office_offerings``): another network's offering, or one of an
organisation the user does not belong to, is a 404 for them; a missing permission on an offering
they see is a 403. Valid input goes to ``services``; a refusal shows on the form.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView

from verbund.accounts.access import get_network_for_user
from verbund.accounts.mixins import NetworkPermissionMixin
from verbund.core import views as core_views
from verbund.core.exports import FORMATS, export_response
from verbund.core.forms import ConfirmForm
from verbund.core.languages import language_name
from verbund.core.text_views import (
    ContentTexts,
    FieldsAndTextFormMixin,
    TextApproveMixin,
    TextDeleteMixin,
    TextEditMixin,
    TextsMixin,
    detached,
    state_badges,
)
from verbund.core.views import ObjectsInContextMixin, paginate
from verbund.offers import forms, machine_translation, office_selectors, selectors, services
from verbund.offers.exports import offering_table
from verbund.offers.languages import SOURCE_LANGUAGE, content_languages, translation_languages
from verbund.offers.models import Offering, OfferingText
from verbund.offers.office_selectors import CHANGE, IMPORT, PUBLISH

VIEW = "network.registry:view"
EXPORT = "network.registry:export"

OFFERING_TEXTS = ContentTexts(
    model=OfferingText,
    described="offering",
    save=services.offering_text_save,
    approve=services.offering_text_approve,
    delete=services.offering_text_delete,
    by_language=office_selectors.texts_by_language,
    changes_since=office_selectors.source_changes_since,
)


def machine_translation_on() -> bool:
    return bool(settings.VERBUND_MACHINE_TRANSLATION)


class Page(ObjectsInContextMixin, TemplateView):
    pass


# --- fetching through the network -----------------------------------------------------------------


class OfferingsOfficeMixin(NetworkPermissionMixin):
    """``/office/<network>/offerings/…`` pages.

    ``permission`` is a network permission; ``offering_permission`` an organisation permission
    checked on the provider of the offering in the address. The offering and the language in
    the address are resolved before any permission: what the user cannot see is a 404.
    """

    permission = VIEW
    offering_permission: str | None = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.network = get_network_for_user(request.user, kwargs["network"])
        self.offering = None
        if "offering" in kwargs:
            self.offering = get_object_or_404(
                office_selectors.office_offerings(request.user, self.network).select_related(
                    "provider"
                ),
                pk=kwargs["offering"],
            )
        self.language = kwargs.get("language")
        if self.language is not None and self.language not in content_languages():
            raise Http404
        self.check_access()
        return super(NetworkPermissionMixin, self).dispatch(request, *args, **kwargs)

    def check_access(self) -> None:
        if self.permission and not self.can(self.permission):
            raise PermissionDenied
        if (
            self.offering_permission
            and self.offering is not None
            and not self.can(self.offering_permission, self.offering.provider)
        ):
            raise PermissionDenied

    def url(self, name, **kwargs) -> str:
        return reverse(f"office:{name}", kwargs={"network": self.network.slug, **kwargs})

    def offering_url(self, anchor: str = "") -> str:
        url = self.url("offering_detail", offering=self.offering.pk)
        return f"{url}#{anchor}" if anchor else url

    def crumbs(self) -> list[tuple[str, str]]:
        """(label, address) from the back office down to this page; the last has no address."""
        trail = [
            (gettext("Back office"), reverse("office:home")),
            (self.network.short_name or self.network.name, self.url("network")),
            (gettext("Offerings"), self.url("offering_list")),
        ]
        if self.offering is not None:
            trail.append((self.offering.title, self.offering_url()))
        return trail

    def get_context_data(self, **kwargs):
        kwargs.setdefault("offering", self.offering)
        crumbs = self.crumbs()
        kwargs.setdefault("crumbs", crumbs[:-1])
        kwargs.setdefault("current_crumb", crumbs[-1][0])
        return super().get_context_data(**kwargs)


class ProvidersMixin:
    """Pages for acting on behalf of an organisation without an offering in the address (add,
    import): open to those holding ``provider_permission`` for at least one member organisation;
    everyone else of the network gets a 403."""

    provider_permission = CHANGE

    def check_access(self) -> None:
        super().check_access()
        self.providers = office_selectors.providers_for(
            self.request.user, self.network, self.provider_permission
        )
        if not self.providers:
            raise PermissionDenied


class ServiceFormView(OfferingsOfficeMixin, core_views.ServiceFormView):
    """A form whose valid data goes to a service; subclasses name their template."""

    heading = ""

    def get_success_message(self) -> str:
        return gettext("Saved.")

    def get_heading(self) -> str:
        return self.heading

    def crumbs(self):
        return [*super().crumbs(), (self.get_heading(), "")]

    def get_submit_label(self) -> str:
        return gettext("Save")

    def get_cancel_url(self) -> str:
        return self.offering_url() if self.offering else self.url("offering_list")

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

    template_name = "offers/office_confirm.html"
    form_class = ConfirmForm
    question = ""
    danger = False

    def get_question(self) -> str:
        return self.question

    def get_context_data(self, **kwargs):
        return super().get_context_data(question=self.get_question(), danger=self.danger, **kwargs)

    def get_success_url(self):
        return self.offering_url()


# --- the list and the export ----------------------------------------------------------------------


def list_filter_form(request, network):
    return forms.OfferingFilterForm(
        request.GET or None,
        providers=office_selectors.filter_providers(request.user, network),
    )


class OfferingListView(OfferingsOfficeMixin, Page):
    template_name = "offers/office_offering_list.html"

    def crumbs(self):
        trail = super().crumbs()
        return [*trail[:-1], (trail[-1][0], "")]

    def get_context_data(self, **kwargs):
        user = self.request.user
        filter_form = list_filter_form(self.request, self.network)
        offerings = office_selectors.offering_list(user, self.network, filter_form.filters())
        page, filter_query = paginate(self.request, offerings)
        rows = [
            (offering, state_badges(states))
            for offering, states in selectors.translation_overview(page.object_list)
        ]
        return super().get_context_data(
            filter_form=filter_form,
            page=page,
            rows=rows,
            filter_query=filter_query,
            languages=[(code, language_name(code)) for code in translation_languages()],
            can_add=bool(office_selectors.providers_for(user, self.network, CHANGE)),
            can_import=bool(office_selectors.providers_for(user, self.network, IMPORT)),
            can_export=self.can(EXPORT),
            sees_all=office_selectors.own_organisations(user, self.network) is None,
            **kwargs,
        )


class OfferingExportView(OfferingsOfficeMixin, View):
    """The list (with the filters of its page) as CSV or XLSX; each download is logged."""

    permission = EXPORT
    http_method_names = ["get", "head"]

    def get(self, request, *args, fmt, **kwargs):
        if fmt not in FORMATS:
            raise Http404
        filter_form = list_filter_form(request, self.network)
        offerings = office_selectors.offering_list(
            request.user, self.network, filter_form.filters()
        )
        headers, rows = offering_table(offerings, language=SOURCE_LANGUAGE, include_internal=True)
        services.offering_export_logged(
            actor=request.user, network=self.network, fmt=fmt, count=len(rows)
        )
        title = gettext("Offerings of %(network)s") % {
            "network": self.network.short_name or self.network.name
        }
        return export_response(title=title, headers=headers, rows=rows, fmt=fmt)


# --- an offering ----------------------------------------------------------------------------------


class OfferingDetailView(TextsMixin, OfferingsOfficeMixin, Page):
    content = OFFERING_TEXTS
    template_name = "offers/office_offering_detail.html"

    def get_context_data(self, **kwargs):
        offering = (
            Offering.objects.select_related("provider", "contact", "project", "programme")
            .prefetch_related(
                "networks",
                "fields_of_action",
                "target_groups",
                "languages",
                Prefetch(
                    "texts",
                    queryset=OfferingText.objects.defer("search_document").select_related(
                        "approved_by", "updated_by"
                    ),
                ),
            )
            .get(pk=self.offering.pk)
        )
        texts = {text.language: text for text in offering.texts.all()}
        provider = offering.provider
        return super().get_context_data(
            offering=offering,
            source=texts.get(SOURCE_LANGUAGE),
            text_rows=self.text_rows(texts),
            languages_instruction=[
                lang for lang in offering.languages.all() if lang.role == "instruction"
            ],
            languages_support=[lang for lang in offering.languages.all() if lang.role == "support"],
            can_change=self.can(CHANGE, provider),
            can_publish=self.can(PUBLISH, provider),
            is_visible=offering.is_visible(),
            machine_translation_on=machine_translation_on(),
            **kwargs,
        )


class OfferingFormView(FieldsAndTextFormMixin, OfferingsOfficeMixin, TemplateView):
    """The offering's fields and its German text on one page, saved together or not at all."""

    template_name = "offers/office_offering_form.html"

    def get_success_url(self):
        shown_here = office_selectors.office_offerings(self.request.user, self.network)
        if not shown_here.filter(pk=self.result.pk).exists():
            # Taken out of this network: its page lives under the networks it is in.
            return self.url("offering_list")
        return self.url("offering_detail", offering=self.result.pk)

    def crumbs(self):
        return [*super().crumbs(), (self.get_heading(), "")]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            heading=self.get_heading(),
            cancel_url=self.offering_url() if self.offering else self.url("offering_list"),
            **kwargs,
        )


class OfferingAddView(ProvidersMixin, OfferingFormView):
    def get_heading(self):
        return gettext("Add offering")

    def get_forms(self):
        data = self.request.POST if self.request.method == "POST" else None
        form = forms.OfferingForm(
            data,
            instance=Offering(),
            providers=self.providers,
            initial={"networks": [self.network]},
        )
        text_form = forms.OfferingTextForm(
            data,
            instance=OfferingText(language=SOURCE_LANGUAGE),
            language=SOURCE_LANGUAGE,
            prefix="text",
        )
        return form, text_form

    def perform(self, form, text_form):
        return services.offering_create(
            actor=self.request.user,
            provider=form.cleaned_data["provider"],
            data=form.offering_data(),
            text=text_form.text_data(),
            languages=form.languages(),
        )

    def get_success_message(self):
        return gettext("The offering “%(title)s” was saved as a draft.") % {
            "title": self.result.title
        }


class OfferingEditView(OfferingFormView):
    offering_permission = CHANGE

    def get_heading(self):
        return gettext("Edit offering")

    def get_forms(self):
        data = self.request.POST if self.request.method == "POST" else None
        source = self.offering.texts.filter(language=SOURCE_LANGUAGE).first()
        form = forms.OfferingForm(data, instance=detached(self.offering), providers=[])
        text_form = forms.OfferingTextForm(
            data,
            instance=detached(source) if source else OfferingText(language=SOURCE_LANGUAGE),
            language=SOURCE_LANGUAGE,
            offer_minor_edit=source is not None,
            prefix="text",
        )
        return form, text_form

    def perform(self, form, text_form):
        # Two services, one outcome: the German text refused leaves the fields unchanged too.
        with transaction.atomic():
            offering = services.offering_update(
                actor=self.request.user,
                offering=self.offering,
                data=form.offering_data(),
                languages=form.languages(),
            )
            services.offering_text_save(
                actor=self.request.user,
                offering=offering,
                language=SOURCE_LANGUAGE,
                text=text_form.text_data(),
                minor_edit=text_form.cleaned_data.get("minor_edit", False),
            )
        offering.refresh_from_db(fields=["title"])
        return offering

    def get_success_message(self):
        return gettext("The offering “%(title)s” was saved.") % {"title": self.result.title}


class OfferingCopyView(ConfirmView):
    offering_permission = CHANGE

    def get_heading(self):
        return gettext("Copy offering")

    def get_question(self):
        return gettext(
            "Make a copy of “%(title)s” with all its fields and texts? The copy is a draft you "
            "can change, for example for the next course."
        ) % {"title": self.offering.title}

    def get_submit_label(self):
        return gettext("Make a copy")

    def perform(self, form):
        return services.offering_copy(actor=self.request.user, offering=self.offering)

    def get_success_message(self):
        return gettext("The copy was saved as a draft. Check its dates before publishing it.")

    def get_success_url(self):
        return self.url("offering_edit", offering=self.result.pk)


class OfferingPublishView(ConfirmView):
    offering_permission = PUBLISH

    def get_heading(self):
        return gettext("Publish offering")

    def get_question(self):
        return gettext(
            "Publish “%(title)s”? It is then shown in the finder of the networks it is "
            "shown in, within its publication window."
        ) % {"title": self.offering.title}

    def get_submit_label(self):
        return gettext("Publish")

    def perform(self, form):
        return services.offering_publish(actor=self.request.user, offering=self.offering)

    def get_success_message(self):
        return gettext("The offering is published.")


class OfferingUnpublishView(ConfirmView):
    offering_permission = PUBLISH

    def get_heading(self):
        return gettext("Take back offering")

    def get_question(self):
        return gettext(
            "Take “%(title)s” off the public pages? It becomes a draft again and can be "
            "published later."
        ) % {"title": self.offering.title}

    def get_submit_label(self):
        return gettext("Take back to draft")

    def perform(self, form):
        return services.offering_unpublish(actor=self.request.user, offering=self.offering)

    def get_success_message(self):
        return gettext("The offering is a draft again and no longer public.")


class OfferingArchiveView(ConfirmView):
    offering_permission = PUBLISH

    def get_heading(self):
        return gettext("Archive offering")

    def get_question(self):
        return gettext(
            "Archive “%(title)s”? It is no longer shown publicly but kept, with its texts, "
            "for the record."
        ) % {"title": self.offering.title}

    def get_submit_label(self):
        return gettext("Archive")

    def perform(self, form):
        return services.offering_archive(actor=self.request.user, offering=self.offering)

    def get_success_message(self):
        return gettext("The offering is archived.")


class OfferingDeleteView(ConfirmView):
    offering_permission = CHANGE
    danger = True

    def get_heading(self):
        return gettext("Delete offering")

    def get_question(self):
        return gettext(
            "Delete the draft “%(title)s” with all its texts? This cannot be undone."
        ) % {"title": self.offering.title}

    def get_submit_label(self):
        return gettext("Delete the draft")

    def perform(self, form):
        services.offering_delete(actor=self.request.user, offering=self.offering)

    def get_success_message(self):
        return gettext("The draft “%(title)s” was deleted.") % {"title": self.offering.title}

    def get_success_url(self):
        return self.url("offering_list")


# --- texts per language ---------------------------------------------------------------------------


class OfferingTextsMixin:
    content = OFFERING_TEXTS
    offering_permission = CHANGE

    def texts_url(self) -> str:
        return self.offering_url("texts")


class OfferingTextEditView(OfferingTextsMixin, TextEditMixin, ServiceFormView):
    template_name = "offers/office_offering_text.html"
    form_class = forms.OfferingTextForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            can_machine_translate=machine_translation_on()
            and not self.is_source
            and self.texts.get(SOURCE_LANGUAGE),
            **kwargs,
        )


class OfferingTextApproveView(OfferingTextsMixin, TextApproveMixin, ConfirmView):
    pass


class OfferingTextDeleteView(OfferingTextsMixin, TextDeleteMixin, ConfirmView):
    pass


class MachineTranslateView(ConfirmView):
    """Fill missing and outdated translations by machine (one language, or all it can do).

    Exists only where the operators configured a translation service; the texts it writes are
    marked as machine-made until a person approves them.
    """

    offering_permission = CHANGE
    form_class = forms.MachineTranslateForm

    def check_access(self) -> None:
        super().check_access()
        if not machine_translation_on():
            raise Http404

    def get_initial(self):
        language = self.request.GET.get("language", "")
        return {"language": language if language in translation_languages() else ""}

    def get_heading(self):
        return gettext("Translate by machine")

    def get_question(self):
        return gettext(
            "Let the translation service translate the German text of “%(title)s”? Only "
            "missing and outdated translations are filled; translations that are up to date "
            "stay as they are. What the machine writes is marked until a person approves it."
        ) % {"title": self.offering.title}

    def get_submit_label(self):
        return gettext("Translate by machine")

    def perform(self, form):
        language = form.cleaned_data["language"]
        return machine_translation.machine_translate(
            actor=self.request.user,
            offering=self.offering,
            languages=[language] if language else None,
        )

    def get_success_message(self):
        if not self.result:
            return gettext("Nothing to translate: every translation is up to date.")
        return gettext("Translated by machine into: %(languages)s. Check and approve them.") % {
            "languages": ", ".join(language_name(code) for code in self.result)
        }

    def get_success_url(self):
        return self.offering_url("texts")
