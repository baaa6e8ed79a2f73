"""Forms of the registry's back office.

They validate input and shape it for the services; they never save. Widgets carry Bootstrap's
classes, and a field with errors is marked invalid for assistive technology as well as by colour.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from verbund.core.forms import DateInput, StyledFormMixin, formfield
from verbund.network import selectors
from verbund.network.models import (
    ContactPerson,
    Membership,
    MembershipRole,
    Network,
    Organisation,
    OrganisationKind,
)
from verbund.network.selectors import ContactFilter, MemberStatus, OrganisationFilter


def _check_period(cleaned_data, start="started_on", end="ended_on"):
    started_on, ended_on = cleaned_data.get(start), cleaned_data.get(end)
    if started_on and ended_on and ended_on < started_on:
        raise forms.ValidationError({end: _("A membership cannot end before it starts.")})


# --- the network ---------------------------------------------------------------------------------


class StatuteInput(forms.ClearableFileInput):
    template_name = "network/widgets/statute_input.html"
    clear_checkbox_label = _("Remove the statute")
    initial_text = _("Current statute")
    input_text = _("Replace with")


class NetworkForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Network
        formfield_callback = formfield
        fields = [
            "name",
            "short_name",
            "slug",
            "region",
            "founded_year",
            "coordination_office",
            "description",
            "website",
            "email",
            "statute",
            "is_public",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "statute": StatuteInput(attrs={"accept": ".pdf,application/pdf"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coordination_office"].queryset = selectors.coordination_office_choices(
            self.instance
        )
        self.fields["coordination_office"].help_text = _(
            "Chosen among the organisations of this network."
        )


# --- fields of action and target groups ---------------------------------------------------------


class VocabularyEntryForm(StyledFormMixin, forms.ModelForm):
    """Name, description and position of a field of action or target group (model set per use)."""

    def __init__(self, *args, network, **kwargs):
        self.network = network
        super().__init__(*args, **kwargs)
        self.fields["position"].help_text = _("Entries are listed by position, then by name.")

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        model = self._meta.model
        taken = model.objects.filter(network=self.network, name__iexact=name)
        if self.instance.pk:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(_("This list already has an entry with this name."))
        return name


def vocabulary_form_class(model):
    return forms.modelform_factory(
        model,
        form=VocabularyEntryForm,
        fields=["name", "description", "position"],
        widgets={"description": forms.Textarea(attrs={"rows": 3})},
    )


# --- organisations ------------------------------------------------------------------------------

ORGANISATION_FIELDS = [
    "name",
    "short_name",
    "kind",
    "legal_form",
    "street",
    "postal_code",
    "city",
    "latitude",
    "longitude",
    "website",
    "email",
    "phone",
    "description",
]


class OrganisationForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Organisation
        formfield_callback = formfield
        fields = ORGANISATION_FIELDS
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}


class OrganisationAddForm(OrganisationForm):
    """A new organisation with its membership in this network.

    An organisation that already exists under the same name is named back to the user, who
    confirms that this is another one; a duplicate would split the registry's history.
    """

    role = forms.ChoiceField(label=_("Role in the network"), choices=MembershipRole.choices)
    started_on = forms.DateField(label=_("Member since"), required=False, widget=DateInput)
    confirm_duplicate = forms.BooleanField(
        label=_("Yes, this is a different organisation with the same name"),
        required=False,
    )

    def __init__(self, *args, network, **kwargs):
        self.network = network
        self.duplicates = []
        super().__init__(*args, **kwargs)
        self.fields["role"].initial = MembershipRole.MEMBER

    def clean(self):
        cleaned_data = super().clean()
        name = cleaned_data.get("name")
        if name:
            self.duplicates = selectors.organisations_named(self.network, name)
            if self.duplicates and not cleaned_data.get("confirm_duplicate"):
                raise forms.ValidationError(
                    _(
                        "An organisation with this name already exists. Open it, or add it "
                        "to this network, instead of creating it twice; or confirm below "
                        "that yours is a different one."
                    ),
                    code="duplicate",
                )
        return cleaned_data

    def organisation_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in ORGANISATION_FIELDS}


# --- memberships --------------------------------------------------------------------------------


class MembershipAddForm(StyledFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        help_text=_(
            "Organisations of this network (also former members) and the members of public "
            "networks. A new organisation is added under “Add organisation”."
        ),
    )
    role = forms.ChoiceField(label=_("Role"), choices=MembershipRole.choices)
    started_on = forms.DateField(label=_("From"), required=False, widget=DateInput)
    ended_on = forms.DateField(label=_("Until"), required=False, widget=DateInput)
    note = forms.CharField(label=_("Note (internal)"), max_length=300, required=False)

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = selectors.addable_organisations(network)
        self.fields["role"].initial = MembershipRole.MEMBER

    def clean(self):
        cleaned_data = super().clean()
        _check_period(cleaned_data)
        return cleaned_data


class MembershipForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["role", "started_on", "ended_on", "note"]
        widgets = {"started_on": DateInput, "ended_on": DateInput}
        labels = {"note": _("Note (internal)")}
        help_texts = {
            "ended_on": _("Set an end date to end the membership; its history is kept."),
        }

    def clean(self):
        cleaned_data = super().clean()
        _check_period(cleaned_data)
        return cleaned_data


# --- contact persons ----------------------------------------------------------------------------


class ContactForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = ContactPerson
        fields = [
            "salutation",
            "first_name",
            "last_name",
            "function",
            "email",
            "phone",
            "is_public",
        ]


# --- lists and search ----------------------------------------------------------------------------


class OrganisationFilterForm(StyledFormMixin, forms.Form):
    """Filters of the organisation list, read from the query string. Organisation names and
    cities only: no personal data goes into a URL."""

    q = forms.CharField(label=_("Name, short name or city"), required=False, max_length=100)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("all kinds")), *OrganisationKind.choices]
    )
    role = forms.ChoiceField(
        label=_("Role"), required=False, choices=[("", _("all roles")), *MembershipRole.choices]
    )
    status = forms.ChoiceField(
        label=_("Membership"),
        required=False,
        choices=[
            (MemberStatus.CURRENT, _("current members")),
            (MemberStatus.FORMER, _("former members")),
            (MemberStatus.ALL, _("current and former")),
        ],
    )

    def filters(self) -> OrganisationFilter:
        if not self.is_valid():
            return OrganisationFilter()
        data = self.cleaned_data
        return OrganisationFilter(
            query=data["q"].strip(),
            kind=data["kind"],
            role=data["role"],
            status=data["status"] or MemberStatus.CURRENT,
        )


class ContactFilterForm(StyledFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        required=False,
        queryset=Organisation.objects.none(),
        empty_label=_("all organisations"),
    )
    kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        required=False,
        choices=[("", _("all kinds")), *OrganisationKind.choices],
    )
    public_only = forms.BooleanField(label=_("Only contacts shown publicly"), required=False)

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = selectors.current_member_choices(network)

    def filters(self) -> ContactFilter:
        if not self.is_valid():
            return ContactFilter()
        data = self.cleaned_data
        organisation = data["organisation"]
        return ContactFilter(
            organisation=organisation.pk if organisation else None,
            kind=data["kind"],
            public_only=data["public_only"],
        )


class SearchForm(StyledFormMixin, forms.Form):
    q = forms.CharField(
        label=_("Search the registry"),
        max_length=100,
        help_text=_("Names of organisations and contact persons, cities, functions, e-mail."),
        error_messages={"required": _("Enter at least two characters to search for.")},
    )

    def clean_q(self):
        query = self.cleaned_data["q"].strip()
        if len(query) < 2:
            raise forms.ValidationError(_("Enter at least two characters to search for."))
        return query
