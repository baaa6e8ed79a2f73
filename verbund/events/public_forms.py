"""Forms of the public event pages: the calendar's filters and the registration without an
account. The registration form checks what it can see (addresses, choices, consent, the seats
one registration may take); seats, windows and duplicates are the service's to decide
(``services.registration_create``), and its refusals are shown on the same form."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from verbund.core.forms import StyledFormMixin
from verbund.core.languages import SPOKEN_LANGUAGES
from verbund.events.choices import EventKind
from verbund.events.public_selectors import CalendarFilter
from verbund.network.choices import OrganisationKind

# The organisation choice's values besides a member's id.
NO_ORGANISATION = ""
NOT_LISTED = "other"


class CalendarFilterForm(StyledFormMixin, forms.Form):
    """The calendar's filters, from the address (GET). A wrong value is shown as an error and
    filters nothing."""

    kind = forms.ChoiceField(
        label=_("Kind of event"),
        required=False,
        choices=[("", _("All kinds")), *EventKind.choices],
        error_messages={"invalid_choice": _("Choose a kind from the list.")},
    )
    free = forms.BooleanField(label=_("Only events with free seats"), required=False)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, auto_id="calendar-%s", **kwargs)

    def to_filter(self, *, past: bool) -> CalendarFilter:
        if not self.is_valid():
            return CalendarFilter(past=past)
        return CalendarFilter(
            kind=self.cleaned_data["kind"],
            free_seats_only=self.cleaned_data["free"],
            past=past,
        )


def spoken_language_name(code: str) -> str:
    return str(dict(SPOKEN_LANGUAGES).get(code, code))


class RegistrationForm(StyledFormMixin, forms.Form):
    """Name, address, organisation, seats and needs of one registration, and the consent."""

    name = forms.CharField(
        label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send the confirmation and a link to cancel to this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    organisation = forms.ChoiceField(
        label=_("Organisation"),
        required=False,
        error_messages={
            "invalid_choice": _("Choose an organisation from the list, or name yours below.")
        },
    )
    organisation_name = forms.CharField(
        label=_("Name of your organisation"),
        required=False,
        max_length=200,
        help_text=_("Only if your organisation is not in the list."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    organisation_kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        required=False,
        choices=[("", _("Please choose")), *OrganisationKind.choices],
        help_text=_("Only if your organisation is not in the list."),
        error_messages={"invalid_choice": _("Choose a kind from the list.")},
    )
    seats = forms.TypedChoiceField(label=_("Seats"), coerce=int)
    interpreting = forms.ChoiceField(label=_("Interpreting"), required=False)
    accessibility_needs = forms.CharField(
        label=_("Do you need anything to take part?"),
        required=False,
        max_length=500,
        help_text=_("For example step-free access, a hearing loop, childcare."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    consent = forms.BooleanField(
        label=_("I agree that my details are stored and used to organise this event."),
        error_messages={
            "required": _("Please agree to the processing of your data for this event.")
        },
    )
    # Left empty by people (it is hidden from them); programs that fill every field fill it.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, data=None, *, event, organisations, **kwargs):
        super().__init__(data, auto_id="registration-%s", **kwargs)
        self.event = event
        self.organisations = {str(o.pk): o for o in organisations}
        self.fields["organisation"].choices = [
            (NO_ORGANISATION, _("None – I am coming on my own")),
            *((pk, o.display_name) for pk, o in self.organisations.items()),
            (NOT_LISTED, _("My organisation is not in the list")),
        ]
        if event.seats_per_registration > 1:
            self.fields["seats"].choices = [
                (n, str(n)) for n in range(1, event.seats_per_registration + 1)
            ]
            self.fields["seats"].help_text = ngettext_lazy(
                "A family or a group registers together: up to %(count)s seat.",
                "A family or a group registers together: up to %(count)s seats.",
                "count",
            ) % {"count": event.seats_per_registration}
            self.fields["seats"].error_messages["invalid_choice"] = ngettext_lazy(
                "At most %(count)s seat can be booked in one registration.",
                "At most %(count)s seats can be booked in one registration.",
                "count",
            ) % {"count": event.seats_per_registration}
        else:
            del self.fields["seats"]
        languages = event.interpretation_languages or []
        if languages:
            self.fields["interpreting"].choices = [
                ("", _("No interpreting needed")),
                *((code, spoken_language_name(code)) for code in languages),
            ]
            self.fields["interpreting"].help_text = _(
                "The event offers interpreting. Tell us which language you need."
            )
        else:
            del self.fields["interpreting"]
        self.fields["consent"].help_text = privacy_note()

    @property
    def honeypot(self):
        return self["website"]

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != "website"]

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(
                _("Your registration could not be sent. Please leave the hidden field empty."),
                code="honeypot",
            )
        return ""

    def clean(self):
        data = super().clean()
        choice = data.get("organisation")
        if choice == NOT_LISTED:
            if not data.get("organisation_name", "").strip():
                self.add_error("organisation_name", _("Give the name of your organisation."))
            if not data.get("organisation_kind"):
                self.add_error("organisation_kind", _("Choose what kind of organisation it is."))
        return data

    def registration_data(self) -> dict:
        """The data ``services.registration_create`` takes."""
        data = self.cleaned_data
        registration = {
            "name": data["name"].strip(),
            "email": data["email"],
            "seats": data.get("seats", 1),
            "interpreting": data.get("interpreting", ""),
            "accessibility_needs": data["accessibility_needs"].strip(),
        }
        choice = data["organisation"]
        if choice == NOT_LISTED:
            registration["organisation_name"] = data["organisation_name"].strip()
            registration["organisation_kind"] = data["organisation_kind"]
        elif choice:
            registration["organisation"] = self.organisations[choice]
        return registration


def privacy_note() -> str:
    return _(
        "We store your name, your e-mail address, your organisation and what you tell us about "
        "your needs. We use them only to organise this event and to tell you about changes. "
        "The organisers of the event see them. They are deleted %(days)s days after the event. "
        "You can cancel at any time with the link in your confirmation e-mail."
    ) % {"days": settings.VERBUND_REGISTRATION_KEEP_DAYS}


class CancelForm(forms.Form):
    """The explicit yes of the personal page's cancel step: a bare POST cancels nothing."""

    confirm = forms.BooleanField(widget=forms.HiddenInput, required=False)

    def confirmed(self) -> bool:
        return self.is_valid() and self.cleaned_data["confirm"]
