"""Form plumbing shared by the back office's apps.

Widgets carry Bootstrap's classes; Django links help texts and errors to the input
(aria-describedby) and flags errors with aria-invalid, and ``is-invalid`` shows them by colour as
well. Fields are rendered with ``core/_field.html``, a form's error summary with
``core/_form_errors.html``.
"""

from django import forms
from django.db import models
from django.forms.boundfield import BoundField
from django.utils.translation import gettext_lazy as _


def bootstrap_class(widget):
    """Bootstrap's class for a widget, or None for a hidden one."""
    if isinstance(widget, forms.CheckboxInput | forms.CheckboxSelectMultiple | forms.RadioSelect):
        return "form-check-input"
    if isinstance(widget, forms.Select | forms.SelectMultiple):
        return "form-select"
    if widget.is_hidden:
        return None
    return "form-control"


def style_widget(widget):
    css = bootstrap_class(widget)
    classes = widget.attrs.get("class", "").split()
    if css and css not in classes:
        widget.attrs["class"] = " ".join([*classes, css])


class StyledBoundField(BoundField):
    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        if self.errors and not self.use_fieldset:
            # These attrs override the widget's own: keep its Bootstrap class beside is-invalid.
            widget = widget or self.field.widget
            base = attrs.get("class", widget.attrs.get("class", ""))
            attrs["class"] = f"{base} is-invalid".strip()
        return attrs


def styled(bound_field):
    """The field of a form we do not own (allauth's) with the same classes as ours."""
    if isinstance(bound_field, StyledBoundField):
        return bound_field
    # A form's fields are its own copies, so styling this widget touches no other form.
    style_widget(bound_field.field.widget)
    return StyledBoundField(bound_field.form, bound_field.field, bound_field.name)


class StyledFormMixin:
    """Bootstrap classes on every widget; errors flagged with ``is-invalid`` and aria-invalid."""

    bound_field_class = StyledBoundField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            style_widget(field.widget)


def formfield(model_field, **kwargs):
    """Form fields of model fields; a web address typed without scheme is taken as https."""
    if isinstance(model_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return model_field.formfield(**kwargs)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class ConfirmForm(forms.Form):
    """The explicit yes of a confirmation page: a deletion or removal happens only with it, so a
    bare POST changes nothing."""

    confirm = forms.BooleanField(
        widget=forms.HiddenInput,
        error_messages={"required": _("Confirm with the button on this page.")},
    )
