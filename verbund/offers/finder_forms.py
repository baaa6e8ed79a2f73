"""The finder's query from a URL's parameters: used by the public pages, the iCalendar feed of a
query and the API alike, so that all three understand the same addresses.

Unknown values are errors shown next to the filter, never a crash and never silently ignored.
"""

from functools import partial

from django import forms
from django.utils.translation import gettext_lazy as _

from verbund.core.forms import StyledFormMixin
from verbund.offers.languages import SPOKEN_LANGUAGES
from verbund.offers.models import Level, OfferingKind, ScheduleForm
from verbund.offers.selectors import (
    DEFAULT_RADIUS_KM,
    FinderQuery,
    has_public_district,
    locate,
    public_districts,
)


class DistrictField(forms.ChoiceField):
    """A district of the network's offerings.

    The list of districts is read only when the field is drawn (``districts`` is called once);
    a value is checked with one look-up of that district, so the API, which draws no form,
    never reads the list.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.exists = lambda value: False

    def valid_value(self, value):
        return self.exists(value)


RADIUS_CHOICES = [(2, "2 km"), (5, "5 km"), (10, "10 km"), (25, "25 km"), (50, "50 km")]


class FinderForm(StyledFormMixin, forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)
    kind = forms.MultipleChoiceField(
        label=_("Kind of offering"),
        choices=OfferingKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    field = forms.TypedMultipleChoiceField(
        label=_("Field of action"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    group = forms.TypedMultipleChoiceField(
        label=_("Target group"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )
    age = forms.IntegerField(label=_("Age"), min_value=0, max_value=120, required=False)
    language = forms.ChoiceField(
        label=_("Language spoken"),
        choices=[("", _("any language")), *SPOKEN_LANGUAGES],
        required=False,
        help_text=_("Offerings held in this language or with support in it."),
    )
    level = forms.MultipleChoiceField(
        label=_("German level at the start"),
        choices=Level.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    schedule = forms.MultipleChoiceField(
        label=_("When"),
        choices=ScheduleForm.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    district = DistrictField(label=_("District"), required=False)
    near = forms.CharField(
        label=_("Near postal code or address"),
        max_length=200,
        required=False,
        help_text=_("For example 30159."),
    )
    radius = forms.TypedChoiceField(
        label=_("Distance"),
        choices=RADIUS_CHOICES,
        coerce=int,
        required=False,
        empty_value=DEFAULT_RADIUS_KM,
        initial=DEFAULT_RADIUS_KM,
    )
    free = forms.BooleanField(label=_("Free of charge"), required=False)
    childcare = forms.BooleanField(label=_("With childcare"), required=False)
    online = forms.BooleanField(label=_("Online"), required=False)

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.network = network
        self._districts = None
        self.fields["field"].choices = [
            (f.pk, f.name) for f in network.fields_of_action.order_by("position", "name")
        ]
        self.fields["group"].choices = [
            (g.pk, g.name) for g in network.target_groups.order_by("position", "name")
        ]
        district = self.fields["district"]
        district.choices = self.district_choices
        district.exists = partial(has_public_district, network)

    def district_choices(self) -> list[tuple[str, str]]:
        """The district menu's entries, read once per form and only when drawn."""
        if self._districts is None:
            self._districts = [("", _("all districts"))] + [
                (name, name) for name in public_districts(self.network)
            ]
        return self._districts

    def clean(self):
        cleaned = super().clean()
        near = cleaned.get("near")
        cleaned["place"] = None
        if near:
            place = locate(near)
            if place is None:
                self.add_error(
                    "near",
                    _("We do not know where this is. Enter a five-digit postal code."),
                )
            cleaned["place"] = place
        return cleaned

    def to_query(self) -> FinderQuery:
        """The query of a valid form; call ``is_valid()`` first."""
        data = self.cleaned_data
        return FinderQuery(
            text=data.get("q") or "",
            kinds=data.get("kind") or [],
            fields_of_action=data.get("field") or [],
            target_groups=data.get("group") or [],
            age=data.get("age"),
            language=data.get("language") or "",
            levels=data.get("level") or [],
            schedules=data.get("schedule") or [],
            district=data.get("district") or "",
            near=data.get("place"),
            radius_km=data.get("radius") or DEFAULT_RADIUS_KM,
            free_only=bool(data.get("free")),
            childcare=bool(data.get("childcare")),
            online=bool(data.get("online")),
        )
