from django import forms
from django.template import Context, Template

from verbund.core.forms import ConfirmForm, StyledFormMixin, formfield
from verbund.network.models import Network


class ForeignForm(forms.Form):
    """Like allauth's forms: no Bootstrap classes of its own."""

    email = forms.EmailField(help_text="Your work address.")
    remember = forms.BooleanField(required=False)


class OwnForm(StyledFormMixin, forms.Form):
    kind = forms.ChoiceField(choices=[("a", "A"), ("b", "B")])
    groups = forms.MultipleChoiceField(
        choices=[("x", "X"), ("y", "Y")], widget=forms.CheckboxSelectMultiple
    )


def render_field(form, name):
    template = Template('{% include "core/_field.html" with field=field %}')
    return template.render(Context({"field": form[name]}))


def test_invalid_field_keeps_its_bootstrap_class_beside_is_invalid_and_is_described():
    html = render_field(OwnForm(data={}), "kind")
    assert 'class="form-select is-invalid"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_kind_error"' in html
    assert 'id="id_kind_error"' in html


def test_choice_group_is_a_fieldset_described_by_its_error():
    html = render_field(OwnForm(data={}), "groups")
    assert '<fieldset class="mb-3" aria-describedby="id_groups_error">' in html
    assert "<legend" in html
    # The group is marked invalid as a whole, not each checkbox.
    assert "is-invalid" not in html


def test_field_of_a_foreign_form_gets_our_classes_and_aria():
    form = ForeignForm(data={"email": "not an address"})
    email = render_field(form, "email")
    assert 'class="form-control is-invalid"' in email
    assert 'aria-describedby="id_email_helptext id_email_error"' in email
    assert '<label class="form-label" for="id_email">' in email
    assert 'class="form-check-input"' in render_field(form, "remember")


def test_styling_a_field_twice_adds_its_class_once():
    form = ForeignForm()
    render_field(form, "email")
    render_field(form, "email")
    assert form.fields["email"].widget.attrs["class"] == "form-control"


def test_error_summary_links_each_field_and_takes_another_heading():
    form = OwnForm(data={})
    template = Template('{% include "core/_form_errors.html" %}')
    html = template.render(Context({"form": form}))
    assert "Nothing was saved." in html
    assert 'href="#id_kind"' in html and 'href="#id_groups_0"' in html
    html = template.render(Context({"form": form, "errors_heading": "Please correct:"}))
    assert "Nothing was saved." not in html and "Please correct:" in html


def test_confirm_form_refuses_a_post_without_the_confirmation():
    form = ConfirmForm(data={})
    assert not form.is_valid()
    assert form.errors["confirm"] == ["Confirm with the button on this page."]
    assert ConfirmForm(data={"confirm": "1"}).is_valid()


def test_web_address_without_scheme_is_taken_as_https():
    field = formfield(Network._meta.get_field("website"))
    assert field.clean("example.org") == "https://example.org"
