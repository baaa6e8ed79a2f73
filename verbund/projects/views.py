"""Pages of projects and funding: the back office of a network and the public project pages.

Views stay thin: they fetch every object named in the address through the network (another
network's object is a 404, decided before a missing permission's 403), hand valid input to
``services`` and render what ``selectors`` read.
"""

import copy
from functools import cached_property

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView

from verbund.accounts.access import get_network_for_user
from verbund.accounts.mixins import NetworkPermissionMixin
from verbund.core import slots
from verbund.core import views as core_views
from verbund.core.exports import FORMATS, export_response
from verbund.core.forms import ConfirmForm
from verbund.core.views import ObjectsInContextMixin, paginate
from verbund.projects import forms, selectors, services
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    FundingSource,
    Indicator,
    Project,
    SubProject,
    SubProjectPartner,
)

VIEW = "network.registry:view"
CHANGE = "projects.project:change"
EXPORT = "network.registry:export"


class Page(ObjectsInContextMixin, TemplateView):
    """A page whose address arguments were resolved to objects (network, project…) before it
    renders: its template gets those objects, never the raw values of the address."""


def detached(instance):
    """A copy for a ModelForm, which sets the posted values on its instance while validating:
    the page around an invalid form keeps showing what is stored."""
    return copy.copy(instance)


# --- back office: fetching through the network ----------------------------------------------------


class ProjectsOfficeMixin(NetworkPermissionMixin):
    """``/office/<network>/…`` pages of projects.

    Objects named in the address (project, sub-project, partner, funding, indicator,
    programme) are fetched through the network before the permission is checked: another
    network's object is a 404 for everyone, never a 403 that confirms it exists.
    """

    permission = VIEW

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.network = get_network_for_user(request.user, kwargs["network"])
        self.load_objects(kwargs)
        if self.permission and not self.can(self.permission):
            raise PermissionDenied
        return super(NetworkPermissionMixin, self).dispatch(request, *args, **kwargs)

    def load_objects(self, kwargs) -> None:
        self.project = None
        if "project" in kwargs:
            self.project = get_object_or_404(
                Project.objects.select_related("programme", "lead_organisation"),
                network=self.network,
                pk=kwargs["project"],
            )
        if "sub_project" in kwargs:
            self.sub_project = get_object_or_404(
                SubProject.objects.select_related("lead_partner"),
                project=self.project,
                pk=kwargs["sub_project"],
            )
        if "partner" in kwargs:
            self.partner = get_object_or_404(
                SubProjectPartner.objects.select_related("organisation"),
                sub_project=self.sub_project,
                pk=kwargs["partner"],
            )
        if "funding" in kwargs:
            self.funding = get_object_or_404(Funding, project=self.project, pk=kwargs["funding"])
        if "indicator" in kwargs:
            self.indicator = get_object_or_404(
                Indicator,
                network=self.network,
                project=self.project,  # None: a figure of the network as a whole
                pk=kwargs["indicator"],
            )
        if "programme" in kwargs:
            self.programme = get_object_or_404(
                FundingProgramme, network=self.network, pk=kwargs["programme"]
            )

    # Addresses and breadcrumbs ----------------------------------------------------------------

    def url(self, name, **kwargs) -> str:
        return reverse(f"office:{name}", kwargs={"network": self.network.slug, **kwargs})

    def project_url(self, anchor: str = "") -> str:
        url = self.url("project_detail", project=self.project.pk)
        return f"{url}#{anchor}" if anchor else url

    def crumbs(self) -> list[tuple[str, str]]:
        """(label, address) from the back office down to this page; the last has no address."""
        trail = [
            (gettext("Back office"), reverse("office:home")),
            (self.network.short_name or self.network.name, self.url("network")),
            (gettext("Projects"), self.url("project_list")),
        ]
        if self.project is not None:
            trail.append((str(self.project), self.project_url()))
        return trail

    def get_context_data(self, **kwargs):
        kwargs.setdefault("project", self.project)
        kwargs.setdefault("can_change", self.can(CHANGE))
        crumbs = self.crumbs()
        kwargs.setdefault("crumbs", crumbs[:-1])
        kwargs.setdefault("current_crumb", crumbs[-1][0])
        return super().get_context_data(**kwargs)


class ServiceFormView(ProjectsOfficeMixin, core_views.ServiceFormView):
    """A form whose valid data goes to a service, which may still refuse it; writes need
    ``projects.project:change``."""

    permission = CHANGE
    template_name = "projects/form.html"
    heading = ""

    def get_success_message(self) -> str:
        return gettext("Saved.")

    def get_heading(self) -> str:
        return self.heading

    def crumbs(self):
        return [*super().crumbs(), (self.get_heading(), "")]

    def get_submit_label(self) -> str:
        return gettext("Save")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            heading=self.get_heading(),
            submit_label=self.get_submit_label(),
            cancel_url=self.get_cancel_url(),
            **kwargs,
        )

    def get_cancel_url(self) -> str:
        return self.get_success_url()


class ConfirmView(ServiceFormView):
    """GET asks for confirmation; only a POST from that page (with its hidden ``confirm``)
    acts. A bare POST re-renders the page with an error and changes nothing."""

    template_name = "projects/confirm.html"
    form_class = ConfirmForm
    question = ""

    def get_context_data(self, **kwargs):
        return super().get_context_data(question=self.get_question(), **kwargs)

    def get_question(self) -> str:
        return self.question

    def get_submit_label(self) -> str:
        return gettext("Delete")


# --- projects -------------------------------------------------------------------------------------


class ProjectListView(ProjectsOfficeMixin, Page):
    template_name = "projects/project_list.html"

    def get_context_data(self, **kwargs):
        filter_form = forms.ProjectFilterForm(self.request.GET or None, network=self.network)
        projects = selectors.project_list(self.network, filter_form.filters())
        page, filter_query = paginate(self.request, projects)
        return super().get_context_data(
            filter_form=filter_form,
            page=page,
            projects=page.object_list,
            filter_query=filter_query,
            can_export=self.can(EXPORT),
            **kwargs,
        )


class ProjectDetailView(ProjectsOfficeMixin, Page):
    template_name = "projects/project_detail.html"

    def get_context_data(self, **kwargs):
        project = get_object_or_404(selectors.project_detail(self.network), pk=self.project.pk)
        return super().get_context_data(
            project=project,
            funding=selectors.funding_summary(project),
            **kwargs,
        )


class ProjectExportView(ProjectsOfficeMixin, View):
    """The project list (with the filters of its page) as CSV or XLSX; each download is
    logged."""

    permission = EXPORT
    http_method_names = ["get", "head"]

    def get(self, request, *args, fmt, **kwargs):
        if fmt not in FORMATS:
            raise Http404
        filter_form = forms.ProjectFilterForm(request.GET or None, network=self.network)
        projects = list(selectors.project_export_rows(self.network, filter_form.filters()))
        services.project_export_logged(
            actor=request.user, network=self.network, fmt=fmt, count=len(projects)
        )
        headers = [
            gettext("Title"),
            gettext("Acronym"),
            gettext("Funding programme"),
            gettext("Lead organisation"),
            gettext("Start"),
            gettext("End"),
            gettext("Status"),
            gettext("Public"),
            *(
                gettext("Funding: %(source)s (EUR)") % {"source": label}
                for label in FundingSource.labels
            ),
            gettext("Funding total (EUR)"),
        ]
        rows = (
            [
                project.title,
                project.acronym,
                project.programme.name if project.programme else "",
                project.lead_organisation.name if project.lead_organisation else "",
                project.starts_on,
                project.ends_on,
                project.get_status_display(),
                gettext("yes") if project.is_public else gettext("no"),
                *(
                    selectors.euros(getattr(project, f"funding_{source}"))
                    for source in FundingSource.values
                ),
                selectors.euros(project.funding_total),
            ]
            for project in projects
        )
        title = gettext("Projects of %(network)s") % {
            "network": self.network.short_name or self.network.name
        }
        return export_response(title=title, headers=headers, rows=rows, fmt=fmt)


class ProjectAddView(ServiceFormView):
    form_class = forms.ProjectForm

    def get_heading(self):
        return gettext("Add project")

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "network": self.network,
            "instance": Project(network=self.network),
        }

    def perform(self, form):
        return services.project_create(
            actor=self.request.user, network=self.network, data=form.cleaned_data
        )

    def get_success_message(self):
        return gettext("The project “%(title)s” was added.") % {"title": self.result.title}

    def get_success_url(self):
        return self.url("project_detail", project=self.result.pk)

    def get_cancel_url(self):
        return self.url("project_list")


class ProjectEditView(ServiceFormView):
    form_class = forms.ProjectForm

    def get_heading(self):
        return gettext("Edit project")

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "network": self.network,
            "instance": detached(self.project),
        }

    def perform(self, form):
        return services.project_update(
            actor=self.request.user, project=self.project, data=form.cleaned_data
        )

    def get_success_message(self):
        return gettext("The project “%(title)s” was saved.") % {"title": self.result.title}

    def get_success_url(self):
        return self.project_url()


class ProjectDeleteView(ConfirmView):
    def get_heading(self):
        return gettext("Delete project")

    def get_question(self):
        return gettext(
            "Delete the project “%(title)s” with its sub-projects, funding and indicators? "
            "This cannot be undone."
        ) % {"title": self.project.title}

    def get_submit_label(self):
        return gettext("Delete the project")

    def perform(self, form):
        services.project_delete(actor=self.request.user, project=self.project)

    def get_success_message(self):
        return gettext("The project “%(title)s” was deleted.") % {"title": self.project.title}

    def get_success_url(self):
        return self.url("project_list")

    def get_cancel_url(self):
        return self.project_url()


# --- sub-projects and partners --------------------------------------------------------------------


class SubProjectAddView(ServiceFormView):
    form_class = forms.SubProjectForm

    def get_heading(self):
        return gettext("Add sub-project")

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "network": self.network,
            "instance": SubProject(project=self.project),
        }

    def get_initial(self):
        # A new sub-project goes to the end of the list.
        return {"position": self.project.sub_projects.count() + 1}

    def perform(self, form):
        return services.sub_project_create(
            actor=self.request.user, project=self.project, data=form.cleaned_data
        )

    def get_success_message(self):
        return gettext("The sub-project “%(title)s” was added.") % {"title": self.result.title}

    def get_success_url(self):
        return self.project_url("sub-projects")


class SubProjectEditView(SubProjectAddView):
    def get_heading(self):
        return gettext("Edit sub-project “%(title)s”") % {"title": self.sub_project.title}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": detached(self.sub_project)}

    def get_initial(self):
        return {}

    def perform(self, form):
        return services.sub_project_update(
            actor=self.request.user, sub_project=self.sub_project, data=form.cleaned_data
        )

    def get_success_message(self):
        return gettext("The sub-project “%(title)s” was saved.") % {"title": self.result.title}


class SubProjectDeleteView(ConfirmView):
    def get_heading(self):
        return gettext("Delete sub-project")

    def get_question(self):
        return gettext(
            "Delete the sub-project “%(title)s” with its list of partners? This cannot be undone."
        ) % {"title": self.sub_project.title}

    def perform(self, form):
        services.sub_project_delete(actor=self.request.user, sub_project=self.sub_project)

    def get_success_message(self):
        return gettext("The sub-project “%(title)s” was deleted.") % {
            "title": self.sub_project.title
        }

    def get_success_url(self):
        return self.project_url("sub-projects")


class PartnerAddView(ServiceFormView):
    form_class = forms.PartnerForm

    def get_heading(self):
        return gettext("Add a partner to “%(title)s”") % {"title": self.sub_project.title}

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "network": self.network,
            "sub_project": self.sub_project,
        }

    def perform(self, form):
        return services.sub_project_partner_add(
            actor=self.request.user,
            sub_project=self.sub_project,
            organisation=form.cleaned_data["organisation"],
            role=form.cleaned_data["role"],
        )

    def get_success_message(self):
        return gettext("“%(name)s” was added as a partner.") % {
            "name": self.result.organisation.name
        }

    def get_success_url(self):
        return self.project_url(f"sub-project-{self.sub_project.pk}")


class PartnerRemoveView(ConfirmView):
    def get_heading(self):
        return gettext("Remove partner")

    def get_question(self):
        return gettext("Remove “%(name)s” from the partners of “%(title)s”?") % {
            "name": self.partner.organisation.name,
            "title": self.sub_project.title,
        }

    def get_submit_label(self):
        return gettext("Remove the partner")

    def perform(self, form):
        services.sub_project_partner_remove(actor=self.request.user, partner=self.partner)

    def get_success_message(self):
        return gettext("“%(name)s” is no longer a partner of “%(title)s”.") % {
            "name": self.partner.organisation.name,
            "title": self.sub_project.title,
        }

    def get_success_url(self):
        return self.project_url(f"sub-project-{self.sub_project.pk}")


# --- funding --------------------------------------------------------------------------------------


class FundingAddView(ServiceFormView):
    form_class = forms.FundingForm

    def get_heading(self):
        return gettext("Add funding")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": Funding(project=self.project)}

    def perform(self, form):
        return services.funding_add(
            actor=self.request.user, project=self.project, data=form.cleaned_data
        )

    def get_success_message(self):
        return gettext("The funding was saved.")

    def get_success_url(self):
        return self.project_url("funding")


class FundingEditView(FundingAddView):
    def get_heading(self):
        return gettext("Edit funding")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": detached(self.funding)}

    def perform(self, form):
        return services.funding_update(
            actor=self.request.user, funding=self.funding, data=form.cleaned_data
        )


class FundingDeleteView(ConfirmView):
    def get_heading(self):
        return gettext("Delete funding")

    def get_question(self):
        return gettext("Delete the funding “%(funding)s”?") % {"funding": self.funding}

    def perform(self, form):
        services.funding_delete(actor=self.request.user, funding=self.funding)

    def get_success_message(self):
        return gettext("The funding was deleted.")

    def get_success_url(self):
        return self.project_url("funding")


# --- indicators of a project and of the network ---------------------------------------------------


class IndicatorMixin:
    """Indicators of the project in the address, or without one of the network as a whole."""

    def crumbs(self):
        trail = super().crumbs()
        if self.project is None:
            # Network figures hang below the network, not below its projects.
            trail[2:3] = [(gettext("Figures of the network"), self.url("network_indicators"))]
        return trail

    def get_success_url(self):
        if self.project is None:
            return self.url("network_indicators")
        return self.project_url("indicators")


class IndicatorAddView(IndicatorMixin, ServiceFormView):
    form_class = forms.IndicatorForm

    def get_heading(self):
        if self.project is None:
            return gettext("Add a figure of the network")
        return gettext("Add indicator")

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "network_level": self.project is None,
            "instance": Indicator(network=self.network, project=self.project),
        }

    def perform(self, form):
        return services.indicator_create(
            actor=self.request.user,
            network=self.network,
            project=self.project,
            data=form.cleaned_data,
        )

    def get_success_message(self):
        return gettext("The figure was saved.")


class IndicatorEditView(IndicatorAddView):
    def get_heading(self):
        return gettext("Edit “%(indicator)s”") % {"indicator": self.indicator}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": detached(self.indicator)}

    def perform(self, form):
        return services.indicator_update(
            actor=self.request.user, indicator=self.indicator, data=form.cleaned_data
        )


class IndicatorDeleteView(IndicatorMixin, ConfirmView):
    def get_heading(self):
        return gettext("Delete figure")

    def get_question(self):
        return gettext("Delete the figure “%(indicator)s”?") % {"indicator": self.indicator}

    def perform(self, form):
        services.indicator_delete(actor=self.request.user, indicator=self.indicator)

    def get_success_message(self):
        return gettext("The figure was deleted.")


class NetworkIndicatorListView(ProjectsOfficeMixin, Page):
    """The network's balance: figures of the network as a whole, per period."""

    template_name = "projects/network_indicators.html"

    def crumbs(self):
        trail = super().crumbs()
        return [*trail[:2], (gettext("Figures of the network"), "")]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            indicators=selectors.network_indicators(self.network),
            sections=slots.collect(
                "office_network_figures", request=self.request, network=self.network
            ),
            **kwargs,
        )


# --- funding programmes ---------------------------------------------------------------------------


class ProgrammeMixin:
    def crumbs(self):
        trail = super().crumbs()
        return [*trail[:3], (gettext("Funding programmes"), self.url("programme_list")), trail[-1]]

    def get_success_url(self):
        return self.url("programme_list")


class ProgrammeListView(ProjectsOfficeMixin, Page):
    template_name = "projects/programme_list.html"

    def crumbs(self):
        return [*super().crumbs(), (gettext("Funding programmes"), "")]

    def get_context_data(self, **kwargs):
        return super().get_context_data(programmes=selectors.programme_list(self.network), **kwargs)


class ProgrammeAddView(ProgrammeMixin, ServiceFormView):
    form_class = forms.ProgrammeForm

    def get_heading(self):
        return gettext("Add funding programme")

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "network": self.network,
            "instance": FundingProgramme(network=self.network),
        }

    def perform(self, form):
        return services.programme_create(
            actor=self.request.user, network=self.network, data=form.cleaned_data
        )

    def get_success_message(self):
        return gettext("The programme “%(name)s” was saved.") % {"name": self.result.name}


class ProgrammeEditView(ProgrammeAddView):
    def get_heading(self):
        return gettext("Edit “%(name)s”") % {"name": self.programme.name}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": detached(self.programme)}

    def perform(self, form):
        return services.programme_update(
            actor=self.request.user, programme=self.programme, data=form.cleaned_data
        )


class ProgrammeDeleteView(ProgrammeMixin, ConfirmView):
    def get_heading(self):
        return gettext("Delete funding programme")

    def get_question(self):
        return gettext("Delete the funding programme “%(name)s”?") % {"name": self.programme.name}

    def perform(self, form):
        services.programme_delete(actor=self.request.user, programme=self.programme)

    def get_success_message(self):
        return gettext("The programme “%(name)s” was deleted.") % {"name": self.programme.name}


# --- public pages ---------------------------------------------------------------------------------


class PublicProjectsMixin:
    @cached_property
    def network(self):
        return get_object_or_404(selectors.public_network(self.kwargs["network"]))


class PublicProjectListView(PublicProjectsMixin, Page):
    template_name = "projects/public_project_list.html"

    def get_context_data(self, **kwargs):
        page, _query = paginate(self.request, selectors.public_project_list(self.network))
        return super().get_context_data(
            network=self.network, page=page, projects=page.object_list, **kwargs
        )


class PublicProjectView(PublicProjectsMixin, Page):
    template_name = "projects/public_project.html"

    def get_context_data(self, **kwargs):
        project = get_object_or_404(
            selectors.public_project_detail(self.network), pk=self.kwargs["project"]
        )
        return super().get_context_data(
            network=self.network,
            project=project,
            funding=selectors.funding_summary(project, with_entries=False),
            **kwargs,
        )
