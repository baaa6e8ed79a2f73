"""Forms of the projects' back office.

They validate input and shape it for the services; they never save. Every choice a form offers
is limited to the network's own programmes, organisations (current and former members), target
groups, fields of action and contact persons, so an id of another network is a form error
("select a valid choice") before any service runs.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from verbund.core.forms import DateInput, StyledFormMixin
from verbund.network.models import ContactPerson, FieldOfAction, Organisation, TargetGroup
from verbund.projects import selectors
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    Indicator,
    PartnerRole,
    Project,
    ProjectStatus,
    SubProject,
)
from verbund.projects.selectors import ProjectFilter

# --- funding programmes --------------------------------------------------------------------------


class ProgrammeForm(StyledFormMixin, forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = FundingProgramme
        fields = ["name", "short_name", "funders", "description", "website"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, network, **kwargs):
        self.network = network
        super().__init__(*args, **kwargs)

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        taken = FundingProgramme.objects.filter(network=self.network, name__iexact=name)
        if self.instance.pk:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(_("This network already has a programme with this name."))
        return name


# --- projects ------------------------------------------------------------------------------------


class ContactChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        label = obj.full_name
        if obj.function:
            label = f"{label}, {obj.function}"
        return f"{label} ({obj.organisation.name})"


class ProjectForm(StyledFormMixin, forms.ModelForm):
    contacts = ContactChoiceField(
        label=_("Contact persons"),
        queryset=ContactPerson.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_(
            "Contact persons of the network's organisations. Hold Ctrl (or Cmd) to choose "
            "several. Only those shown publicly appear on the public project page."
        ),
    )

    class Meta:
        model = Project
        fields = [
            "title",
            "acronym",
            "programme",
            "lead_organisation",
            "status",
            "starts_on",
            "ends_on",
            "description",
            "contacts",
            "is_public",
        ]
        widgets = {
            "starts_on": DateInput,
            "ends_on": DateInput,
            "description": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "programme": _("Programmes are managed under “Funding programmes”."),
            "lead_organisation": _("Chosen among the organisations of this network."),
            "is_public": _("Public projects of a public network are shown on its public pages."),
        }

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = selectors.programme_choices(network)
        self.fields["lead_organisation"].queryset = selectors.organisation_choices(network)
        self.fields["contacts"].queryset = selectors.contact_choices(network)


class ProjectFilterForm(StyledFormMixin, forms.Form):
    """Filters of the project list, read from the query string (titles, no personal data)."""

    q = forms.CharField(label=_("Title, acronym or description"), required=False, max_length=100)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("all")), *ProjectStatus.choices]
    )
    programme = forms.ModelChoiceField(
        label=_("Funding programme"),
        required=False,
        queryset=FundingProgramme.objects.none(),
        empty_label=_("all programmes"),
    )

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = selectors.programme_choices(network)

    def filters(self) -> ProjectFilter:
        """The filters asked for; none when the input is invalid (the form shows why)."""
        if not self.is_bound or not self.is_valid():
            return ProjectFilter()
        data = self.cleaned_data
        programme = data["programme"]
        return ProjectFilter(
            query=data["q"].strip(),
            status=data["status"],
            programme=programme.pk if programme else None,
        )


# --- sub-projects and their partners -------------------------------------------------------------


class SubProjectForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = SubProject
        fields = [
            "title",
            "lead_partner",
            "description",
            "activities",
            "target_groups",
            "fields_of_action",
            "position",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "activities": forms.Textarea(attrs={"rows": 4}),
            "target_groups": forms.CheckboxSelectMultiple,
            "fields_of_action": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "lead_partner": _("Chosen among the organisations of this network."),
            "activities": _("For example trainings, counselling, courses; one per line."),
            "position": _("Sub-projects are listed by position, then by title."),
        }

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead_partner"].queryset = selectors.organisation_choices(network)
        self.fields["target_groups"].queryset = TargetGroup.objects.filter(network=network)
        self.fields["fields_of_action"].queryset = FieldOfAction.objects.filter(network=network)


class PartnerForm(StyledFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        help_text=_("Chosen among the organisations of this network."),
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=PartnerRole.choices, initial=PartnerRole.PROJECT_PARTNER
    )

    def __init__(self, *args, network, sub_project, **kwargs):
        self.sub_project = sub_project
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = selectors.organisation_choices(network)

    def clean_organisation(self):
        organisation = self.cleaned_data["organisation"]
        if self.sub_project.lead_partner_id == organisation.pk:
            raise forms.ValidationError(_("This organisation already leads the sub-project."))
        if self.sub_project.partners.filter(organisation=organisation).exists():
            raise forms.ValidationError(_("This organisation is already a partner here."))
        return organisation


# --- funding and indicators ----------------------------------------------------------------------


class FundingForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Funding
        fields = ["source", "amount", "funder", "note"]
        help_texts = {
            "amount": _("In euros, for example 950000.00."),
            "funder": _("For example Federal Ministry of Labour and Social Affairs."),
        }


class IndicatorForm(StyledFormMixin, forms.ModelForm):
    """Planned and achieved figure of a project, or (``network_level``) a balance of the whole
    network over a period, which then needs that period."""

    class Meta:
        model = Indicator
        fields = [
            "kind",
            "label",
            "period_start",
            "period_end",
            "planned",
            "achieved",
            "is_approximate",
            "source",
        ]
        widgets = {"period_start": DateInput, "period_end": DateInput}
        help_texts = {
            "label": _("Optional, for example “participants in language courses”."),
            "source": _("Where the figure comes from, for example a report of 2010."),
        }

    def __init__(self, *args, network_level: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if network_level:
            for name in ("period_start", "period_end"):
                self.fields[name].required = True

    def clean(self):
        # The order of the period is checked by the model (Indicator.clean), once.
        cleaned_data = super().clean()
        if cleaned_data.get("planned") is None and cleaned_data.get("achieved") is None:
            raise forms.ValidationError(_("Give a planned or an achieved figure, or both."))
        return cleaned_data
