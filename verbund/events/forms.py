"""Forms of the events' back office.

They validate input and shape it for the services; they never save. Choices are limited to what
an event of the network may point to: organisers among the organisations the user may write
events for (plus those already organising it), a host among the network's current members, a
series of the network, a contact person of a member. The services check the same again.

Dates and times are typed and shown in the site's time zone (Europe/Berlin): Django's form
fields read a time without zone in the current time zone and show stored times in it.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from verbund.core.forms import ConfirmForm, DateInput, StyledFormMixin, formfield, style_widget
from verbund.core.languages import SPOKEN_LANGUAGES, language_name
from verbund.core.translations import SOURCE_LANGUAGE, content_languages
from verbund.events import selectors
from verbund.events.choices import EventKind, EventStatus, RegistrationStatus
from verbund.events.models import (
    Event,
    EventDocument,
    EventSeries,
    EventText,
)
from verbund.events.services import EVENT_FIELDS, REGISTRATION_FIELDS, SERIES_FIELDS
from verbund.network.choices import OrganisationKind
from verbund.network.models import ContactPerson, Membership, Organisation

RTL_LANGUAGES = {"ar", "fa"}


def current_members(network):
    return Organisation.objects.filter(
        pk__in=Membership.objects.current().filter(network=network).values("organisation_id")
    ).order_by("name")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class OrganisationsField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class ContactChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        label = obj.full_name
        if obj.function:
            label = f"{label}, {obj.function}"
        return f"{label} ({obj.organisation.name})"


# The event form's sections: a legend and the fields it groups.
GROUPS = (
    (_("Organised by"), ("organisers", "series", "host")),
    (_("What and for whom"), ("kind", "audience")),
    (_("When"), ("starts_at", "ends_at")),
    (
        _("Where"),
        (
            "is_online",
            "online_url",
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
        _("Registration"),
        (
            "registration_required",
            "capacity",
            "seats_per_registration",
            "registration_opens_at",
            "registration_closes_at",
        ),
    ),
    (
        _("Conditions and accessibility"),
        ("is_free", "fee", "wheelchair_accessible", "interpretation_languages"),
    ),
    (_("Contact"), ("contact", "contact_email")),
)


class EventForm(StyledFormMixin, forms.ModelForm):
    """The event's own fields; its German text comes with ``EventTextForm``.

    ``allowed`` are the ids of the organisations the user may write events for (None: all the
    network's members). Organisers already on an existing event stay choosable, so a caseworker
    of one co-organiser can edit without dropping the other; the user keeps one of theirs.
    """

    interpretation_languages = forms.MultipleChoiceField(
        label=_("Interpreting offered"),
        choices=SPOKEN_LANGUAGES,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("Languages interpreted at the event. Hold Ctrl (or Cmd) to choose several."),
    )

    class Meta:
        model = Event
        fields = sorted(EVENT_FIELDS)
        field_classes = {
            "organisers": OrganisationsField,
            "host": OrganisationChoiceField,
            "contact": ContactChoiceField,
        }
        widgets = {
            "organisers": forms.CheckboxSelectMultiple,
            "starts_at": DateTimeInput,
            "ends_at": DateTimeInput,
            "registration_opens_at": DateTimeInput,
            "registration_closes_at": DateTimeInput,
        }
        help_texts = {
            "registration_opens_at": _("Empty: as soon as the event is published."),
            "latitude": _("For the map, for example 52.374500."),
            "series": _("For recurring meetings such as a working group's."),
        }
        formfield_callback = formfield

    def __init__(self, *args, network, allowed: set[int] | None, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed = allowed
        members = current_members(network)
        current = set()
        if self.instance.pk is not None:
            current = set(self.instance.organisers.values_list("pk", flat=True))
        organisers = members if allowed is None else members.filter(pk__in=allowed | current)
        self.fields["organisers"].queryset = organisers
        if allowed is not None and len(allowed) == 1 and self.instance.pk is None:
            self.initial.setdefault("organisers", list(allowed))
        self.fields["host"].queryset = members
        self.fields["series"].queryset = EventSeries.objects.filter(network=network).order_by(
            "title"
        )
        self.fields["contact"].queryset = (
            ContactPerson.objects.filter(organisation__in=members)
            .select_related("organisation")
            .order_by("last_name", "first_name", "pk")
        )
        ordered = [name for _legend, names in GROUPS for name in names if name in self.fields]
        self.order_fields(ordered)

    def clean_organisers(self):
        organisers = self.cleaned_data["organisers"]
        if self.allowed is not None and not any(o.pk in self.allowed for o in organisers):
            raise forms.ValidationError(
                _("Keep at least one of your organisations among the organisers.")
            )
        return organisers

    def groups(self):
        return [
            (legend, [self[name] for name in names if name in self.fields])
            for legend, names in GROUPS
        ]

    def event_data(self) -> dict:
        return {name: value for name, value in self.cleaned_data.items() if name in EVENT_FIELDS}


class EventTextForm(StyledFormMixin, forms.ModelForm):
    """An event's texts in one language, the inputs marked with that language (``lang`` and the
    direction of writing). The German text of an existing event offers the minor-edit mark."""

    minor_edit = forms.BooleanField(
        label=_("Minor edit (a typo fix): the translations stay up to date"),
        required=False,
        help_text=_(
            "Leave unticked when the meaning changed: translations are then marked outdated."
        ),
    )

    class Meta:
        model = EventText
        fields = list(EventText.TRANSLATED_FIELDS)
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "accessibility_note": forms.Textarea(attrs={"rows": 3}),
            "registration_note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, language: str, offer_minor_edit: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        if not offer_minor_edit:
            del self.fields["minor_edit"]
        name = language_name(language)
        for field_name in EventText.TRANSLATED_FIELDS:
            field = self.fields[field_name]
            field.widget.attrs["lang"] = language
            field.widget.attrs["dir"] = "rtl" if language in RTL_LANGUAGES else "ltr"
            if language != SOURCE_LANGUAGE:
                field.label = f"{field.label} ({name})"

    def text_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in EventText.TRANSLATED_FIELDS}


WHEN_CHOICES = [
    ("", _("past and upcoming")),
    (selectors.UPCOMING, _("upcoming")),
    (selectors.PAST, _("past")),
]


class EventFilterForm(StyledFormMixin, forms.Form):
    """Filters of the back-office list, read from the query string (no personal data)."""

    q = forms.CharField(label=_("Title or place"), required=False, max_length=100)
    when = forms.ChoiceField(label=_("When"), required=False, choices=WHEN_CHOICES)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("all")), *EventStatus.choices]
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("all kinds")), *EventKind.choices]
    )
    series = forms.ModelChoiceField(
        label=_("Series"), required=False, queryset=None, empty_label=_("all events")
    )

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["series"].queryset = EventSeries.objects.filter(network=network).order_by(
            "title"
        )

    def filters(self) -> selectors.EventFilter:
        """The filters asked for; none when the input is invalid (the form shows why)."""
        if not self.is_bound or not self.is_valid():
            return selectors.EventFilter()
        data = self.cleaned_data
        return selectors.EventFilter(
            query=data["q"].strip(),
            status=data["status"],
            kind=data["kind"],
            when=data["when"],
            series=data["series"].pk if data["series"] else None,
        )


class StaffRegistrationForm(StyledFormMixin, forms.Form):
    """Someone registered by the staff, e.g. on the phone: the same data as the public form,
    and the staff member confirms the person agreed to its processing."""

    name = forms.CharField(label=_("Name"), max_length=200)
    email = forms.EmailField(
        label=_("E-mail"), help_text=_("The confirmation with the personal link goes here.")
    )
    seats = forms.IntegerField(label=_("Seats"), min_value=1, initial=1)
    organisation = OrganisationChoiceField(
        label=_("Organisation in the network"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("none of these"),
    )
    organisation_name = forms.CharField(
        label=_("Other organisation"),
        max_length=200,
        required=False,
        help_text=_("A company or organisation that is not a member."),
    )
    organisation_kind = forms.ChoiceField(
        label=_("Kind of the other organisation"),
        required=False,
        choices=[("", _("not given")), *OrganisationKind.choices],
    )
    language = forms.ChoiceField(label=_("Language of the e-mails"))
    interpreting = forms.ChoiceField(
        label=_("Interpreting needed"),
        required=False,
        choices=[("", _("none")), *SPOKEN_LANGUAGES],
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    consent = forms.BooleanField(
        label=_("The person agreed to the processing of their data for this event"),
        required=True,
    )

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = current_members(event.network)
        limit = event.seats_per_registration
        self.fields["seats"] = forms.IntegerField(
            label=_("Seats"),
            min_value=1,
            max_value=limit,
            initial=1,
            help_text=_("A family or group registers as one entry."),
            widget=forms.HiddenInput if limit == 1 else forms.NumberInput,
        )
        style_widget(self.fields["seats"].widget)
        self.fields["language"].choices = [
            (code, language_name(code)) for code in content_languages()
        ]
        self.fields["language"].initial = SOURCE_LANGUAGE

    def clean(self):
        data = super().clean()
        if data.get("organisation"):
            data["organisation_name"] = ""
            data["organisation_kind"] = ""
        return data

    def registration_data(self) -> dict:
        return {
            name: value for name, value in self.cleaned_data.items() if name in REGISTRATION_FIELDS
        }


class DocumentForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = EventDocument
        fields = ["kind", "title", "file"]
        widgets = {
            "file": forms.ClearableFileInput(
                attrs={
                    "accept": ".pdf,.odt,.docx,application/pdf,"
                    "application/vnd.oasis.opendocument.text,"
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                }
            )
        }
        help_texts = {"file": _("A PDF, ODT or DOCX file. Only the network's staff can open it.")}

    def document_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("kind", "title", "file")}


class SeriesForm(StyledFormMixin, forms.ModelForm):
    """A series and its rotation of hosts: one menu per place in the rotation, in order, so the
    order is set without scripts; empty places are left out."""

    class Meta:
        model = EventSeries
        fields = sorted(SERIES_FIELDS)
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, network, hosts=(), **kwargs):
        super().__init__(*args, **kwargs)
        members = current_members(network)
        hosts = list(hosts)
        places = min(max(len(hosts) + 2, 4), 12)
        self.host_names = []
        for position in range(places):
            name = f"host_{position + 1}"
            self.fields[name] = OrganisationChoiceField(
                label=_("Host %(number)s") % {"number": position + 1},
                queryset=members,
                required=False,
                empty_label="–",
            )
            if position < len(hosts):
                self.initial.setdefault(name, hosts[position].pk)
            self.host_names.append(name)
        self.order_fields(["title", "kind", "recurrence", "description", *self.host_names])

    def clean(self):
        data = super().clean()
        chosen = [data[name] for name in self.host_names if data.get(name)]
        if len({host.pk for host in chosen}) != len(chosen):
            raise forms.ValidationError(_("Name each host only once."))
        data["hosts"] = chosen
        return data

    def main_fields(self):
        return [self[name] for name in ("title", "kind", "recurrence", "description")]

    def host_fields(self):
        return [self[name] for name in self.host_names]

    def series_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in SERIES_FIELDS}


class PlanNextForm(StyledFormMixin, ConfirmForm):
    starts_at = forms.DateTimeField(
        label=_("Starts at"),
        required=False,
        widget=DateTimeInput,
        help_text=_("Empty: the next date by the series' rhythm."),
    )


class InvitationForm(StyledFormMixin, ConfirmForm):
    language = forms.ChoiceField(
        label=_("Language of the invitation"),
        help_text=_("Contact persons have no language of their own on record."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (code, language_name(code)) for code in content_languages()
        ]
        self.fields["language"].initial = SOURCE_LANGUAGE


class RegistrationFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("all")), *RegistrationStatus.choices]
    )

    def status_value(self) -> str:
        if self.is_bound and self.is_valid():
            return self.cleaned_data["status"]
        return ""


class FiguresForm(StyledFormMixin, forms.Form):
    since = forms.DateField(label=_("Events from"), required=False, widget=DateInput)
    until = forms.DateField(label=_("until"), required=False, widget=DateInput)

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["until"] < data["since"]:
            raise forms.ValidationError(_("The end of the period lies before its start."))
        return data

    def period(self) -> dict:
        if not self.is_bound or not self.is_valid():
            return {"since": None, "until": None}
        return {"since": self.cleaned_data["since"], "until": self.cleaned_data["until"]}
