"""Forms of the offerings' back office.

They validate input and shape it for the services; they never save. Every choice is limited to
what the offering may point to: networks its provider belongs to, fields of action and target
groups of those networks, the provider's contact persons, projects and programmes of the
provider's networks. The services check the same again (an id sent past the form is refused).
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from verbund.core.forms import ConfirmForm, DateInput, StyledFormMixin, formfield
from verbund.offers.languages import SOURCE_LANGUAGE, SPOKEN_LANGUAGES, translation_languages
from verbund.offers.models import (
    LanguageRole,
    Offering,
    OfferingKind,
    OfferingStatus,
    OfferingText,
)
from verbund.offers.office_selectors import OfferingFilter, link_choices
from verbund.offers.services import OFFERING_FIELDS

RTL_LANGUAGES = {"ar", "fa"}


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class NetworkLabelled(forms.ModelMultipleChoiceField):
    """Entries of a network's list, named with their network when several networks are offered."""

    several_networks = False

    def label_from_instance(self, obj):
        if self.several_networks:
            return f"{obj.name} ({obj.network.short_name or obj.network.name})"
        return obj.name


class ContactChoiceField(forms.ModelChoiceField):
    several_providers = False

    def label_from_instance(self, obj):
        label = obj.full_name
        if obj.function:
            label = f"{label}, {obj.function}"
        if self.several_providers:
            label = f"{label} ({obj.organisation.name})"
        return label


class ProviderChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


# The offering page's sections: a legend and the fields it groups.
GROUPS = (
    (_("Provider and networks"), ("provider", "networks", "external_id")),
    (
        _("What is offered"),
        (
            "kind",
            "course_type",
            "entry_level",
            "target_level",
            "fields_of_action",
            "target_groups",
            "age_min",
            "age_max",
        ),
    ),
    (_("When"), ("starts_on", "ends_on", "schedule_form", "hours_per_week")),
    (
        _("Where"),
        (
            "is_online",
            "venue",
            "street",
            "postal_code",
            "city",
            "district",
            "latitude",
            "longitude",
        ),
    ),
    (
        _("Conditions"),
        ("capacity", "minimum_size", "is_free", "fee", "childcare", "wheelchair_accessible"),
    ),
    (
        _("Languages"),
        ("languages_instruction", "languages_support"),
    ),
    (
        _("Registration and contact"),
        ("registration_url", "registration_email", "registration_phone", "contact"),
    ),
    (_("Funding"), ("project", "programme")),
    (_("Publication window"), ("publish_from", "publish_until")),
)


class OfferingForm(StyledFormMixin, forms.ModelForm):
    """The offering's own fields; its texts come with ``OfferingTextForm``.

    ``providers`` are the organisations the user may write offerings for. A new offering
    chooses one of them; an existing one keeps its provider (the field is left out).
    """

    languages_instruction = forms.MultipleChoiceField(
        label=_("Languages of instruction"),
        choices=SPOKEN_LANGUAGES,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("The languages the offering is held in. Hold Ctrl (or Cmd) to choose several."),
    )
    languages_support = forms.MultipleChoiceField(
        label=_("Languages of support"),
        choices=SPOKEN_LANGUAGES,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("Languages in which participants get help, for example from a mentor."),
    )

    class Meta:
        model = Offering
        fields = [
            "provider",
            *sorted(OFFERING_FIELDS - {"title"}),
        ]
        field_classes = {
            "provider": ProviderChoiceField,
            "fields_of_action": NetworkLabelled,
            "target_groups": NetworkLabelled,
            "contact": ContactChoiceField,
        }
        widgets = {
            "networks": forms.CheckboxSelectMultiple,
            "fields_of_action": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "starts_on": DateInput,
            "ends_on": DateInput,
            "publish_from": DateTimeInput,
            "publish_until": DateTimeInput,
        }
        help_texts = {
            "provider": _("The organisation that offers it."),
            "networks": _("The networks whose finder lists the offering."),
            "publish_from": _("Empty: as soon as it is published."),
            "publish_until": _("Empty: until it is archived or taken back."),
            "latitude": _("For the map and the distance search, for example 52.374500."),
            "course_type": _("Language courses only."),
            "entry_level": _("Language courses only."),
            "target_level": _("Language courses only."),
        }
        formfield_callback = formfield

    def __init__(self, *args, providers, **kwargs):
        super().__init__(*args, **kwargs)
        is_new = self.instance.pk is None
        if is_new:
            self.fields["provider"].queryset = self.fields["provider"].queryset.filter(
                pk__in=[p.pk for p in providers]
            )
            if len(providers) == 1:
                self.fields["provider"].empty_label = None
            choices = link_choices(providers)
        else:
            del self.fields["provider"]
            # Networks it is shown in stay choosable even if the provider left one since.
            choices = link_choices([self.instance.provider], self.instance.networks.all())
            languages = list(self.instance.languages.values_list("language", "role"))
            self.initial.setdefault(
                "languages_instruction",
                [code for code, role in languages if role == LanguageRole.INSTRUCTION],
            )
            self.initial.setdefault(
                "languages_support",
                [code for code, role in languages if role == LanguageRole.SUPPORT],
            )
        self.fields["networks"].queryset = choices.networks
        for name, queryset in (
            ("fields_of_action", choices.fields_of_action),
            ("target_groups", choices.target_groups),
        ):
            self.fields[name].queryset = queryset
            self.fields[name].several_networks = choices.several_networks
        self.fields["contact"].queryset = choices.contacts
        self.fields["contact"].several_providers = is_new and len(providers) > 1
        self.fields["project"].queryset = choices.projects
        self.fields["programme"].queryset = choices.programmes
        ordered = [name for _legend, names in GROUPS for name in names if name in self.fields]
        self.order_fields(ordered)

    def groups(self):
        """(legend, bound fields) per section of the page."""
        return [
            (legend, [self[name] for name in names if name in self.fields])
            for legend, names in GROUPS
        ]

    def offering_data(self) -> dict:
        return {name: value for name, value in self.cleaned_data.items() if name in OFFERING_FIELDS}

    def languages(self) -> dict[str, list[str]]:
        return {
            LanguageRole.INSTRUCTION: self.cleaned_data["languages_instruction"],
            LanguageRole.SUPPORT: self.cleaned_data["languages_support"],
        }


class OfferingTextForm(StyledFormMixin, forms.ModelForm):
    """An offering's texts in one language, its inputs marked with that language (``lang``,
    and ``dir="rtl"`` for Arabic and Persian) so browsers, spell checkers and screen readers
    treat them right. The German text of an existing offering offers the minor-edit mark."""

    minor_edit = forms.BooleanField(
        label=_("Minor edit (a typo fix): the translations stay up to date"),
        required=False,
        help_text=_(
            "Leave unticked when the meaning changed: translations are then marked outdated."
        ),
    )

    class Meta:
        model = OfferingText
        fields = list(OfferingText.TRANSLATED_FIELDS)
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "registration_note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, language: str, offer_minor_edit: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        if not offer_minor_edit:
            del self.fields["minor_edit"]
        language_name = gettext(dict(settings.LANGUAGES)[language])
        for name in OfferingText.TRANSLATED_FIELDS:
            field = self.fields[name]
            field.widget.attrs["lang"] = language
            field.widget.attrs["dir"] = "rtl" if language in RTL_LANGUAGES else "ltr"
            if language != SOURCE_LANGUAGE:
                # Beside the German source, the label says which side is which.
                field.label = f"{field.label} ({language_name})"

    def text_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in OfferingText.TRANSLATED_FIELDS}


class OfferingFilterForm(StyledFormMixin, forms.Form):
    """Filters of the back-office list, read from the query string (no personal data)."""

    q = forms.CharField(label=_("Title, key, place"), required=False, max_length=100)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("all")), *OfferingStatus.choices]
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("all kinds")), *OfferingKind.choices]
    )
    provider = forms.ModelChoiceField(
        label=_("Provider"), required=False, queryset=None, empty_label=_("all providers")
    )

    def __init__(self, *args, providers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["provider"].queryset = providers
        self.fields["provider"].label_from_instance = lambda obj: obj.name

    def filters(self) -> OfferingFilter:
        """The filters asked for; none when the input is invalid (the form shows why)."""
        if not self.is_bound or not self.is_valid():
            return OfferingFilter()
        data = self.cleaned_data
        return OfferingFilter(
            query=data["q"].strip(),
            status=data["status"],
            kind=data["kind"],
            provider=data["provider"].pk if data["provider"] else None,
        )


class MachineTranslateForm(StyledFormMixin, ConfirmForm):
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            ("", _("every language the service offers")),
            *((code, name) for code, name in settings.LANGUAGES if code in translation_languages()),
        ]
