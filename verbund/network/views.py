"""Pages of the registry: the back office of a network and its public pages.

Views stay thin: they fetch through the network (another network's object is a 404), hand valid
input to ``services`` and render what ``selectors`` read. Sections of other apps (projects…)
come through the slots of ``verbund.core.slots``; this app does not import them.
"""

from functools import cached_property

from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext
from django.views import View
from django.views.generic import FormView, ListView, TemplateView

from verbund.accounts.access import get_network_for_user, networks_for
from verbund.accounts.mixins import NetworkPermissionMixin, OrganisationPermissionMixin
from verbund.core import slots
from verbund.core.exports import FORMATS, export_response
from verbund.core.forms import ConfirmForm
from verbund.core.views import ObjectsInContextMixin, ServiceFormView, paginate
from verbund.network import forms, selectors, services
from verbund.network.models import ContactPerson, Membership


class FetchFirstMixin:
    """Objects named in the address are fetched through the network before any permission is
    checked: another network's object is a 404 for everybody, whatever their role here (as in
    the API). ``fetch_objects`` raises Http404."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.network = get_network_for_user(request.user, kwargs["network"])
            self.fetch_objects()
        return super().dispatch(request, *args, **kwargs)

    def fetch_objects(self):
        raise NotImplementedError


# --- start pages --------------------------------------------------------------------------------


class PublicHomeView(ListView):
    template_name = "network/public_home.html"
    context_object_name = "networks"

    def get_queryset(self):
        return selectors.public_networks()


class OfficeHomeView(TemplateView):
    template_name = "network/office_home.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(networks=networks_for(self.request.user), **kwargs)


# --- the network ---------------------------------------------------------------------------------


class NetworkOverviewView(ObjectsInContextMixin, NetworkPermissionMixin, TemplateView):
    template_name = "network/office_network.html"

    def get_context_data(self, **kwargs):
        # The permission mixin puts self.network into the context: make it the prefetched one.
        self.network = network = selectors.network_overview(self.network)
        return super().get_context_data(
            members_by_role=selectors.members_by_role(network),
            counts=selectors.network_counts(network),
            sections=slots.collect(
                "office_network_overview", request=self.request, network=network
            ),
            can_change=self.can("network.network:change"),
            can_add=self.can("network.organisation:add"),
            can_import=self.can("network.registry:import"),
            **kwargs,
        )


class NetworkEditView(NetworkPermissionMixin, ServiceFormView):
    permission = "network.network:change"
    template_name = "network/network_form.html"
    form_class = forms.NetworkForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.network}

    def perform(self, form):
        return services.network_update(
            actor=self.request.user, network=self.network, data=form.cleaned_data
        )

    def get_success_message(self):
        return gettext("The network was saved.")

    def get_success_url(self):
        # The short address may have changed.
        return reverse("office:network", kwargs={"network": self.result.slug})

    def form_invalid(self, form):
        # The form's validation changed the instance in place; the page shows the stored one.
        self.network.refresh_from_db()
        return super().form_invalid(form)


class NetworkStatuteView(NetworkPermissionMixin, View):
    """The statute, streamed to the network's staff only; it has no public address."""

    http_method_names = ["get", "head"]

    def get(self, request, *args, **kwargs):
        statute = self.network.statute
        if not statute:
            raise Http404
        try:
            handle = statute.open("rb")
        except FileNotFoundError:
            raise Http404 from None
        return FileResponse(
            handle,
            as_attachment=True,
            filename=f"{self.network.slug}-statute.pdf",
            content_type="application/pdf",
        )


# --- fields of action and target groups ---------------------------------------------------------


class VocabularyMixin(FetchFirstMixin, NetworkPermissionMixin):
    permission = "network.network:change"

    def fetch_objects(self):
        self.model  # noqa: B018 - an unknown list is a 404 for everybody
        if "entry" in self.kwargs:
            self.entry  # noqa: B018

    @cached_property
    def model(self):
        try:
            return selectors.VOCABULARIES[self.kwargs["kind"]]
        except KeyError:
            raise Http404 from None

    @cached_property
    def entry(self):
        return get_object_or_404(self.model, network=self.network, pk=self.kwargs["entry"])

    def list_url(self):
        return reverse(
            "office:vocabulary_list",
            kwargs={"network": self.network.slug, "kind": self.kwargs["kind"]},
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            kind=self.kwargs["kind"],
            list_title=self.model._meta.verbose_name_plural,
            entry_label=self.model._meta.verbose_name,
            list_url=self.list_url(),
            **kwargs,
        )


class VocabularyListView(ObjectsInContextMixin, VocabularyMixin, TemplateView):
    template_name = "network/vocabulary_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            entries=selectors.vocabulary_entries(self.network, self.model), **kwargs
        )


class VocabularyAddView(VocabularyMixin, ServiceFormView):
    template_name = "network/vocabulary_form.html"

    def get_form_class(self):
        return forms.vocabulary_form_class(self.model)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "network": self.network}

    def perform(self, form):
        return services.vocabulary_entry_create(
            actor=self.request.user, network=self.network, model=self.model, data=form.cleaned_data
        )

    def get_success_message(self):
        return gettext("“%(name)s” was added.") % {"name": self.result.name}

    def get_success_url(self):
        return self.list_url()


class VocabularyEditView(VocabularyAddView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.entry}

    def perform(self, form):
        return services.vocabulary_entry_update(
            actor=self.request.user, network=self.network, entry=self.entry, data=form.cleaned_data
        )

    def get_success_message(self):
        return gettext("“%(name)s” was saved.") % {"name": self.result.name}

    def form_invalid(self, form):
        self.entry.refresh_from_db()
        return super().form_invalid(form)

    def get_context_data(self, **kwargs):
        return super().get_context_data(entry=self.entry, **kwargs)


class VocabularyDeleteView(VocabularyMixin, ServiceFormView):
    template_name = "network/vocabulary_confirm_delete.html"
    form_class = ConfirmForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            entry=self.entry, usages=selectors.usages(self.entry), **kwargs
        )

    def perform(self, form):
        self.deleted_name = self.entry.name
        services.vocabulary_entry_delete(
            actor=self.request.user, network=self.network, entry=self.entry
        )

    def get_success_message(self):
        return gettext("“%(name)s” was deleted.") % {"name": self.deleted_name}

    def get_success_url(self):
        return self.list_url()


# --- organisations -------------------------------------------------------------------------------


class OrganisationListView(ObjectsInContextMixin, NetworkPermissionMixin, TemplateView):
    template_name = "network/organisation_list.html"

    def get_context_data(self, **kwargs):
        filter_form = forms.OrganisationFilterForm(self.request.GET or None)
        organisations = selectors.organisation_list(self.network, filter_form.filters())
        page, filter_query = paginate(self.request, organisations)
        selectors.with_current_membership(page.object_list)
        return super().get_context_data(
            filter_form=filter_form,
            page=page,
            organisations=page.object_list,
            filter_query=filter_query,
            can_add=self.can("network.organisation:add"),
            can_add_membership=self.can("network.membership:change"),
            can_export=self.can("network.registry:export"),
            **kwargs,
        )


class OrganisationDetailView(ObjectsInContextMixin, OrganisationPermissionMixin, TemplateView):
    template_name = "network/organisation_detail.html"

    def get_context_data(self, **kwargs):
        organisation = selectors.organisation_detail(self.network, self.organisation)
        selectors.with_current_membership([organisation])
        # The permission mixin puts self.organisation into the context: the prefetched one.
        self.organisation = organisation
        return super().get_context_data(
            sections=slots.collect(
                "office_organisation_detail",
                request=self.request,
                network=self.network,
                organisation=organisation,
            ),
            can_change=self.can("network.organisation:change", organisation),
            can_change_contacts=self.can("network.contact:change", organisation),
            can_change_memberships=self.can("network.membership:change"),
            **kwargs,
        )


class OrganisationAddView(NetworkPermissionMixin, ServiceFormView):
    permission = "network.organisation:add"
    template_name = "network/organisation_form.html"
    form_class = forms.OrganisationAddForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "network": self.network}

    def perform(self, form):
        return services.organisation_create(
            actor=self.request.user,
            network=self.network,
            data=form.organisation_data(),
            role=form.cleaned_data["role"],
            started_on=form.cleaned_data["started_on"],
        )

    def get_success_message(self):
        return gettext("“%(name)s” was added to the network.") % {"name": self.result.name}

    def get_success_url(self):
        return reverse(
            "office:organisation_detail",
            kwargs={"network": self.network.slug, "organisation": self.result.pk},
        )


class OrganisationEditView(OrganisationPermissionMixin, ServiceFormView):
    organisation_permission = "network.organisation:change"
    template_name = "network/organisation_form.html"
    form_class = forms.OrganisationForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.organisation}

    def perform(self, form):
        return services.organisation_update(
            actor=self.request.user,
            network=self.network,
            organisation=self.organisation,
            data=form.cleaned_data,
        )

    def form_invalid(self, form):
        self.organisation.refresh_from_db()
        return super().form_invalid(form)

    def get_success_message(self):
        return gettext("“%(name)s” was saved.") % {"name": self.result.name}

    def get_success_url(self):
        return organisation_url(self.network, self.organisation.pk)


def organisation_url(network, organisation_id) -> str:
    return reverse(
        "office:organisation_detail",
        kwargs={"network": network.slug, "organisation": organisation_id},
    )


# --- memberships --------------------------------------------------------------------------------


class MembershipAddView(NetworkPermissionMixin, ServiceFormView):
    permission = "network.membership:change"
    template_name = "network/membership_form.html"
    form_class = forms.MembershipAddForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "network": self.network}

    def get_initial(self):
        # The organisation page links here with its id, to add a new membership period.
        organisation = self.request.GET.get("organisation", "")
        return {"organisation": organisation} if organisation.isdigit() else {}

    def perform(self, form):
        data = form.cleaned_data
        return services.membership_create(
            actor=self.request.user,
            network=self.network,
            organisation=data["organisation"],
            role=data["role"],
            started_on=data["started_on"],
            ended_on=data["ended_on"],
            note=data["note"],
        )

    def get_success_message(self):
        return gettext("The membership of “%(name)s” was saved.") % {
            "name": self.result.organisation.name
        }

    def get_success_url(self):
        return organisation_url(self.network, self.result.organisation_id)


class MembershipEditView(FetchFirstMixin, NetworkPermissionMixin, ServiceFormView):
    permission = "network.membership:change"
    template_name = "network/membership_form.html"
    form_class = forms.MembershipForm

    def fetch_objects(self):
        self.membership  # noqa: B018

    @cached_property
    def membership(self):
        return get_object_or_404(
            Membership.objects.select_related("organisation"),
            network=self.network,
            pk=self.kwargs["membership"],
        )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.membership}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            membership=self.membership, organisation=self.membership.organisation, **kwargs
        )

    def perform(self, form):
        return services.membership_update(
            actor=self.request.user,
            network=self.network,
            membership=self.membership,
            data=form.cleaned_data,
        )

    def form_invalid(self, form):
        self.membership.refresh_from_db()
        return super().form_invalid(form)

    def get_success_message(self):
        return gettext("The membership of “%(name)s” was saved.") % {
            "name": self.membership.organisation.name
        }

    def get_success_url(self):
        return organisation_url(self.network, self.membership.organisation_id)


# --- contact persons ----------------------------------------------------------------------------


class ContactListView(ObjectsInContextMixin, NetworkPermissionMixin, TemplateView):
    template_name = "network/contact_list.html"

    def get_context_data(self, **kwargs):
        filter_form = forms.ContactFilterForm(self.request.GET or None, network=self.network)
        contacts = selectors.contact_list(self.network, filter_form.filters())
        page, filter_query = paginate(self.request, contacts)
        return super().get_context_data(
            filter_form=filter_form,
            page=page,
            contacts=page.object_list,
            filter_query=filter_query,
            can_export=self.can("network.registry:export"),
            **kwargs,
        )


class ContactMixin(FetchFirstMixin, OrganisationPermissionMixin):
    organisation_permission = "network.contact:change"

    def fetch_objects(self):
        if "contact" in self.kwargs:
            self.contact  # noqa: B018

    @cached_property
    def contact(self):
        return get_object_or_404(
            ContactPerson.objects.filter(
                organisation__memberships__network=self.network
            ).distinct(),
            organisation_id=self.kwargs["organisation"],
            pk=self.kwargs["contact"],
        )

    def get_success_url(self):
        return organisation_url(self.network, self.organisation.pk) + "#contacts"


class ContactAddView(ContactMixin, ServiceFormView):
    template_name = "network/contact_form.html"
    form_class = forms.ContactForm

    def perform(self, form):
        return services.contact_create(
            actor=self.request.user,
            network=self.network,
            organisation=self.organisation,
            data=form.cleaned_data,
        )

    def get_success_message(self):
        return gettext("The contact person “%(name)s” was added.") % {"name": self.result.full_name}


class ContactEditView(ContactMixin, ServiceFormView):
    template_name = "network/contact_form.html"
    form_class = forms.ContactForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.contact}

    def get_context_data(self, **kwargs):
        return super().get_context_data(contact=self.contact, **kwargs)

    def perform(self, form):
        return services.contact_update(
            actor=self.request.user,
            network=self.network,
            contact=self.contact,
            data=form.cleaned_data,
        )

    def form_invalid(self, form):
        self.contact.refresh_from_db()
        return super().form_invalid(form)

    def get_success_message(self):
        return gettext("The contact person “%(name)s” was saved.") % {"name": self.result.full_name}


class ContactDeleteView(ContactMixin, ServiceFormView):
    """GET asks for confirmation; only a POST from that page deletes."""

    template_name = "network/contact_confirm_delete.html"
    form_class = ConfirmForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(contact=self.contact, **kwargs)

    def perform(self, form):
        self.deleted_name = self.contact.full_name
        services.contact_delete(actor=self.request.user, network=self.network, contact=self.contact)

    def get_success_message(self):
        return gettext("The contact person “%(name)s” was deleted.") % {"name": self.deleted_name}


# --- exports ------------------------------------------------------------------------------------


class ExportView(NetworkPermissionMixin, View):
    """A list as CSV or XLSX, with the filters of its page; each download is logged."""

    permission = "network.registry:export"
    http_method_names = ["get", "head"]
    what = ""

    def get(self, request, *args, fmt, **kwargs):
        if fmt not in FORMATS:
            raise Http404
        title, headers, rows = self.table()
        rows = list(rows)
        services.export_logged(
            actor=request.user, network=self.network, what=self.what, count=len(rows), fmt=fmt
        )
        return export_response(title=title, headers=headers, rows=rows, fmt=fmt)

    def table(self):
        raise NotImplementedError


def _yes_no(value: bool) -> str:
    return gettext("yes") if value else gettext("no")


class OrganisationExportView(ExportView):
    what = "organisations"

    def table(self):
        filter_form = forms.OrganisationFilterForm(self.request.GET or None)
        organisations = selectors.with_current_membership(
            list(selectors.organisation_list(self.network, filter_form.filters()))
        )
        headers = [
            gettext("Name"),
            gettext("Short name"),
            gettext("Kind"),
            gettext("Legal form"),
            gettext("Street and number"),
            gettext("Postal code"),
            gettext("City"),
            gettext("Website"),
            gettext("E-mail"),
            gettext("Phone"),
            gettext("Current role"),
            gettext("Member since"),
            gettext("Member until"),
            gettext("Contact persons"),
            gettext("Synthetic demo data"),
        ]
        rows = []
        for organisation in organisations:
            membership = organisation.current_membership or next(
                iter(organisation.network_memberships), None
            )
            rows.append(
                [
                    organisation.name,
                    organisation.short_name,
                    organisation.get_kind_display(),
                    organisation.get_legal_form_display() if organisation.legal_form else "",
                    organisation.street,
                    organisation.postal_code,
                    organisation.city,
                    organisation.website,
                    organisation.email,
                    organisation.phone,
                    organisation.current_membership.get_role_display()
                    if organisation.current_membership
                    else "",
                    membership.started_on if membership else None,
                    membership.ended_on if membership else None,
                    organisation.contact_count,
                    _yes_no(organisation.is_synthetic),
                ]
            )
        title = gettext("Organisations of %(network)s") % {"network": self.network.short_name}
        return title, headers, rows


class ContactExportView(ExportView):
    what = "contacts"

    def table(self):
        filter_form = forms.ContactFilterForm(self.request.GET or None, network=self.network)
        contacts = selectors.contact_list(self.network, filter_form.filters())
        headers = [
            gettext("Organisation"),
            gettext("Salutation"),
            gettext("First name"),
            gettext("Last name"),
            gettext("Function"),
            gettext("E-mail"),
            gettext("Phone"),
            gettext("Shown publicly"),
        ]
        rows = (
            [
                contact.organisation.name,
                contact.salutation,
                contact.first_name,
                contact.last_name,
                contact.function,
                contact.email,
                contact.phone,
                _yes_no(contact.is_public),
            ]
            for contact in contacts
        )
        title = gettext("Contacts of %(network)s") % {"network": self.network.short_name}
        return title, headers, rows


# --- search --------------------------------------------------------------------------------------


class SearchView(NetworkPermissionMixin, FormView):
    """Search across the registry. The query travels in a POST body, not the address: it is
    often a person's name, which must not end up in browser histories and server logs."""

    template_name = "network/search.html"
    form_class = forms.SearchForm

    def form_valid(self, form):
        query = form.cleaned_data["q"]
        results = selectors.search_registry(self.network, query)
        sections = slots.collect(
            "office_search", request=self.request, network=self.network, query=query
        )
        return self.render_to_response(
            self.get_context_data(form=form, query=query, results=results, sections=sections)
        )


# --- public pages -------------------------------------------------------------------------------


class PublicNetworkMixin:
    @cached_property
    def network(self):
        return get_object_or_404(selectors.public_networks(), slug=self.kwargs["network"])


class PublicNetworkView(ObjectsInContextMixin, PublicNetworkMixin, TemplateView):
    template_name = "network/public_network.html"

    def get_context_data(self, **kwargs):
        network = self.network
        return super().get_context_data(
            network=network,
            members_by_role=selectors.members_by_role(network),
            fields_of_action=network.fields_of_action.all(),
            sections=slots.collect("public_network", request=self.request, network=network),
            **kwargs,
        )


class PublicOrganisationView(ObjectsInContextMixin, PublicNetworkMixin, TemplateView):
    template_name = "network/public_organisation.html"

    def get_context_data(self, **kwargs):
        organisation = selectors.public_organisation(self.network, self.kwargs["organisation"])
        if organisation is None:
            raise Http404
        return super().get_context_data(
            network=self.network,
            organisation=organisation,
            sections=slots.collect(
                "public_organisation",
                request=self.request,
                network=self.network,
                organisation=organisation,
            ),
            **kwargs,
        )
