from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from verbund.accounts.access import has_permission
from verbund.core.forms import StyledFormMixin
from verbund.network.models import Organisation
from verbund.offers.imports import ImportFileError, check_header, read_table
from verbund.offers.models import OfferingStatus
from verbund.offers.office_selectors import PUBLISH

STATUS_CHOICES = [
    (OfferingStatus.DRAFT, _("as drafts, to check and publish one by one")),
    (OfferingStatus.PUBLISHED, _("published at once")),
]


class OfferingImportForm(StyledFormMixin, forms.Form):
    """The file, whose offerings it holds, and how new offerings arrive."""

    provider = forms.ModelChoiceField(
        label=_("Provider"),
        queryset=None,
        help_text=_("The organisation whose offerings the file holds."),
    )
    status = forms.ChoiceField(
        label=_("New offerings arrive"),
        choices=STATUS_CHOICES,
        initial=OfferingStatus.DRAFT,
        widget=forms.RadioSelect,
        help_text=_("Offerings that already exist keep their status."),
    )
    file = forms.FileField(
        label=_("Spreadsheet"),
        help_text=_(
            "A CSV file (UTF-8 or Windows-1252, separated by semicolons or commas) or an Excel "
            "workbook (.xlsx, first sheet). The first row holds the column headers."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def __init__(self, *args, providers, network, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.network = network
        self.user = user
        field = self.fields["provider"]
        field.queryset = Organisation.objects.filter(pk__in=[p.pk for p in providers]).order_by(
            "name"
        )
        field.label_from_instance = lambda obj: obj.name
        if len(providers) == 1:
            field.empty_label = None
            field.initial = providers[0].pk

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.VERBUND_MAX_UPLOAD_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                gettext("The file is larger than %(limit)s.") % {"limit": filesizeformat(limit)}
            )
        try:
            table = read_table(upload.read(), upload.name)
            check_header(table)
        except ImportFileError as exc:
            raise forms.ValidationError(str(exc)) from exc
        self.cleaned_data["table"] = table
        return upload

    def clean(self):
        cleaned_data = super().clean()
        provider = cleaned_data.get("provider")
        if (
            provider is not None
            and cleaned_data.get("status") == OfferingStatus.PUBLISHED
            and not has_permission(self.user, PUBLISH, network=self.network, organisation=provider)
        ):
            self.add_error(
                "status",
                gettext("You may not publish this provider's offerings; import them as drafts."),
            )
        return cleaned_data
