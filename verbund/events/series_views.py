"""Back-office pages of a network's series of meetings (list, writing, planning the next
meeting with the next host) and of the attendance figures counted from check-ins.

Built on the events' office plumbing (``office_views``).
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext

from verbund.core.text_views import detached
from verbund.events import forms, permissions, selectors, services
from verbund.events.models import EventSeries
from verbund.events.office_views import ConfirmView, EventsOfficeMixin, Page, ServiceFormView
from verbund.events.permissions import CHANGE

# --- series ---------------------------------------------------------------------------------------


class SeriesMixin:
    """Pages of one series (``<series>`` in the address), fetched through the network."""

    def fetch_objects(self, **kwargs):
        self.series = None
        if "series" in kwargs:
            self.series = get_object_or_404(
                EventSeries.objects.filter(network=self.network), pk=kwargs["series"]
            )

    def section_crumbs(self):
        return [(gettext("Series"), self.url("series_list"))]

    def get_success_url(self):
        return self.url("series_list")

    def get_cancel_url(self):
        return self.url("series_list")


class SeriesListView(SeriesMixin, EventsOfficeMixin, Page):
    template_name = "events/office_series_list.html"

    def crumbs(self):
        trail = super().crumbs()
        return [*trail[:-1], (trail[-1][0], "")]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            series_list=selectors.series_list(self.network),
            can_manage=permissions.may_manage_series(self.request.user, self.network),
            **kwargs,
        )


class SeriesManageMixin(SeriesMixin):
    template_name = "events/office_series_form.html"
    form_class = forms.SeriesForm

    def check_access(self):
        super().check_access()
        if not permissions.may_manage_series(self.request.user, self.network):
            raise PermissionDenied


class SeriesAddView(SeriesManageMixin, ServiceFormView):
    def get_heading(self):
        return gettext("Add series")

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "instance": EventSeries(network=self.network),
            "network": self.network,
        }

    def perform(self, form):
        return services.series_create(
            actor=self.request.user,
            network=self.network,
            data=form.series_data(),
            hosts=form.cleaned_data["hosts"],
        )

    def get_success_message(self):
        return gettext("The series “%(title)s” was saved.") % {"title": self.result.title}


class SeriesEditView(SeriesManageMixin, ServiceFormView):
    def get_heading(self):
        return gettext("Edit series")

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "instance": detached(self.series),
            "network": self.network,
            "hosts": selectors.series_hosts(self.series),
        }

    def perform(self, form):
        return services.series_update(
            actor=self.request.user,
            series=self.series,
            data=form.series_data(),
            hosts=form.cleaned_data["hosts"],
        )

    def get_success_message(self):
        return gettext("The series “%(title)s” was saved.") % {"title": self.result.title}


class SeriesPlanNextView(SeriesMixin, ConfirmView):
    """Copy the series' last meeting to a new draft with the next date and host. Open to the
    coordination and to whoever may write the last meeting."""

    form_class = forms.PlanNextForm
    template_name = "events/office_series_plan.html"

    def check_access(self):
        super().check_access()
        self.last = services.series_last_event(self.series) if self.series else None
        user = self.request.user
        if permissions.may_manage_series(user, self.network):
            return
        visible = self.last is not None and (
            permissions.office_events(user, self.network).filter(pk=self.last.pk).exists()
        )
        if not visible or not permissions.can(user, CHANGE, self.last):
            raise PermissionDenied

    def get_heading(self):
        return gettext("Plan the next meeting")

    def get_submit_label(self):
        return gettext("Make the draft")

    def get_initial(self):
        if self.last is None:
            return {}
        moment = services.next_date(self.last.starts_at, self.series.recurrence)
        return {"starts_at": moment} if moment else {}

    def get_context_data(self, **kwargs):
        host = services.next_host(self.series, self.last.host_id) if self.last is not None else None
        return super().get_context_data(series=self.series, last=self.last, host=host, **kwargs)

    def perform(self, form):
        return services.series_plan_next(
            actor=self.request.user,
            series=self.series,
            starts_at=form.cleaned_data["starts_at"],
        )

    def get_success_message(self):
        return gettext("The next meeting was saved as a draft. Check it, then publish it.")

    def get_success_url(self):
        return self.url("event_detail", event=self.result.pk)


# --- figures --------------------------------------------------------------------------------------


class FiguresView(EventsOfficeMixin, Page):
    """People and organisations reached at the network's events, counted from check-ins."""

    template_name = "events/office_figures.html"

    def check_access(self):
        super().check_access()
        if not permissions.may_see_figures(self.request.user, self.network):
            raise PermissionDenied

    def crumbs(self):
        return [*super().crumbs(), (gettext("Event figures"), "")]

    def get_context_data(self, **kwargs):
        form = forms.FiguresForm(self.request.GET or None)
        period = form.period()
        return super().get_context_data(
            form=form,
            totals=selectors.people_reached(self.network, **period),
            by_kind=selectors.attendance_by_kind(self.network, **period),
            by_event_kind=selectors.attendance_by_event_kind(self.network, **period),
            per_year=selectors.attendance_per_year(self.network, **period),
            **kwargs,
        )
