"""The finder's query from a URL's parameters: used by the public pages, the iCalendar feed of a
query and the API alike, so that all three understand the same addresses.

Unknown values are errors shown next to the filter, never a crash and never silently ignored.
"""

from dataclasses import dataclass
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


@dataclass(frozen=True)
class DrawnChoice:
    value: str
    label: str
    selected: bool
    # The checkbox's id (a group of checkboxes); menus' options need none.
    id: str = ""


@dataclass(frozen=True)
class DrawnField:
    """A finder field worked out for its template: values, choices and ids as plain data.

    Django's widgets render every checkbox and every option through a template of their own,
    which made the finder's form most of its page's cost; the finder's template writes the
    same markup (labels, a fieldset and legend per group, help and errors linked with
    aria-describedby, aria-invalid) from this in one pass.
    """

    name: str
    id: str
    label: str
    # "text", "number", "select", "checkboxes" or "checkbox"
    kind: str
    value: str
    checked: bool
    choices: list[DrawnChoice]
    help_text: str
    help_id: str
    errors: list[str]
    error_id: str
    maxlength: int | None
    min: int | None
    max: int | None

    @property
    def describedby(self) -> str:
        return " ".join(
            part
            for part, shown in ((self.help_id, self.help_text), (self.error_id, self.errors))
            if shown
        )

    @classmethod
    def of(cls, bound) -> "DrawnField":
        field, widget = bound.field, bound.field.widget
        auto_id = bound.auto_id
        value = bound.value()
        choices = []
        if isinstance(widget, forms.CheckboxSelectMultiple):
            kind = "checkboxes"
            chosen = {str(v) for v in value or ()}
            choices = [
                DrawnChoice(str(key), str(label), str(key) in chosen, f"{auto_id}_{index}")
                for index, (key, label) in enumerate(field.choices)
            ]
        elif isinstance(widget, forms.Select):
            kind = "select"
            chosen = "" if value is None else str(value)
            choices = [
                DrawnChoice(str(key), str(label), str(key) == chosen)
                for key, label in field.choices
            ]
        elif isinstance(widget, forms.CheckboxInput):
            kind = "checkbox"
        else:
            kind = widget.input_type
        return cls(
            name=bound.html_name,
            id=auto_id,
            label=str(bound.label),
            kind=kind,
            value="" if value is None or kind in ("checkbox", "checkboxes") else str(value),
            checked=kind == "checkbox" and widget.check_test(value),
            choices=choices,
            help_text=str(bound.help_text or ""),
            help_id=f"{auto_id}_helptext",
            errors=list(bound.errors),
            error_id=f"{auto_id}_error",
            maxlength=getattr(field, "max_length", None),
            min=getattr(field, "min_value", None),
            max=getattr(field, "max_value", None),
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
    )
    free = forms.BooleanField(label=_("Free of charge"), required=False)
    childcare = forms.BooleanField(label=_("With childcare"), required=False)
    online = forms.BooleanField(label=_("Online"), required=False)

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.network = network
        # The network's own lists are read when a value is checked against them or the form
        # is drawn, each once: the API and the feeds usually need none of them.
        self.fields["field"].choices = self._once(self._fields_of_action)
        self.fields["group"].choices = self._once(self._target_groups)
        district = self.fields["district"]
        district.choices = self.district_choices = self._once(self._districts)
        district.exists = partial(has_public_district, network)

    @staticmethod
    def _once(read):
        found = []

        def choices():
            if not found:
                found.append(read())
            return found[0]

        return choices

    def _fields_of_action(self):
        return [(f.pk, f.name) for f in self.network.fields_of_action.order_by("position", "name")]

    def _target_groups(self):
        return [(g.pk, g.name) for g in self.network.target_groups.order_by("position", "name")]

    def _districts(self):
        return [("", _("all districts"))] + [
            (name, name) for name in public_districts(self.network)
        ]

    def drawn_fields(self) -> tuple["DrawnField", list["DrawnField"]]:
        """The search box and the filters as the finder's template draws them (``DrawnField``).

        The network's fields of action and target groups show when it has some, its
        districts when its offerings are in more than one; a field with an error always.
        """
        filters = []
        for name in self.fields:
            if name == "q":
                continue
            drawn = DrawnField.of(self[name])
            hidden = (name in ("field", "group") and not drawn.choices) or (
                name == "district" and len(drawn.choices) <= 2
            )
            if drawn.errors or not hidden:
                filters.append(drawn)
        return DrawnField.of(self["q"]), filters

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
