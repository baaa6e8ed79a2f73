from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from verbund.network.imports import ImportFileError, check_header, read_table


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet"),
        help_text=_(
            "A CSV file (UTF-8 or Windows-1252, separated by semicolons or commas) or an Excel "
            "workbook (.xlsx, first sheet). The first row holds the column headers."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

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
