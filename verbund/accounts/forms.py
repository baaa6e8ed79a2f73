from django import forms
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from verbund.accounts.models import OrganisationRoleName, User
from verbund.core.forms import StyledFormMixin
from verbund.core.languages import office_languages

NAME_HELP = _("Used only when the address has no account yet; an existing account keeps its name.")


def _languages_in_their_own_names():
    return [(code, get_language_info(code)["name_local"]) for code, _name in office_languages()]


class ProfileForm(StyledFormMixin, forms.ModelForm):
    language = forms.ChoiceField(
        label=_("Language"),
        choices=_languages_in_their_own_names,
        help_text=_("The back office speaks this language to you after you log in."),
    )

    class Meta:
        model = User
        fields = ["first_name", "last_name", "language"]


class StaffAddForm(StyledFormMixin, forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    first_name = forms.CharField(
        label=_("First name"), max_length=150, required=False, help_text=NAME_HELP
    )
    last_name = forms.CharField(
        label=_("Last name"), max_length=150, required=False, help_text=NAME_HELP
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=OrganisationRoleName.choices,
        help_text=_(
            "Admins manage the organisation's data and staff; caseworkers, multipliers and "
            "viewers see the network's internal registry."
        ),
    )


class RoleChangeForm(StyledFormMixin, forms.Form):
    role = forms.ChoiceField(
        label=_("New role"),
        choices=OrganisationRoleName.choices,
    )


class CoordinatorAppointForm(StyledFormMixin, forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    first_name = forms.CharField(
        label=_("First name"), max_length=150, required=False, help_text=NAME_HELP
    )
    last_name = forms.CharField(
        label=_("Last name"), max_length=150, required=False, help_text=NAME_HELP
    )


# --- Django admin ---------------------------------------------------------------------------


class _LowerCaseEmailMixin:
    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class AdminUserAddForm(_LowerCaseEmailMixin, AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email",)


class AdminUserChangeForm(_LowerCaseEmailMixin, UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"
