"""Import of organisations and contacts: upload, preview (writes nothing), confirm.

Between preview and confirm the parsed table waits in the user's session (server-side, in the
database), never in a URL or a log: it holds personal data of contact persons. It is checked
again when confirmed, because the registry may have changed meanwhile.
"""

import datetime
import logging
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views import View
from django.views.generic import FormView, TemplateView

from verbund.accounts.mixins import NetworkPermissionMixin
from verbund.core.exports import export_response
from verbund.network.import_forms import ImportUploadForm
from verbund.network.imports import (
    COLUMNS,
    EXAMPLE_ROWS,
    TEMPLATE_HEADERS,
    ImportInvalid,
    Table,
    new_import_token,
    registry_import,
    registry_import_plan,
)

logger = logging.getLogger(__name__)

SESSION_KEY = "verbund.registry_import"
# A checked file waits this long for its confirmation; then it must be uploaded again.
STORED_IMPORT_TTL = datetime.timedelta(hours=2)


@dataclass
class StoredImport:
    token: str
    filename: str
    table: Table


def store_import(session, *, network, filename: str, table: Table) -> StoredImport:
    stored = StoredImport(token=new_import_token(), filename=filename, table=table)
    # One pending import per session: a new upload replaces the previous one.
    session[SESSION_KEY] = {
        "network": network.pk,
        "token": stored.token,
        "filename": filename,
        "stored_at": timezone.now().isoformat(),
        "table": table.to_data(),
    }
    return stored


def load_import(session, *, network) -> StoredImport | None:
    data = session.get(SESSION_KEY)
    if not data or data.get("network") != network.pk:
        return None
    stored_at = datetime.datetime.fromisoformat(data["stored_at"])
    if timezone.now() - stored_at > STORED_IMPORT_TTL:
        forget_import(session)
        return None
    return StoredImport(
        token=data["token"], filename=data["filename"], table=Table.from_data(data["table"])
    )


def forget_import(session) -> None:
    session.pop(SESSION_KEY, None)


class ImportMixin(NetworkPermissionMixin):
    permission = "network.registry:import"


class ImportUploadView(ImportMixin, FormView):
    template_name = "network/import_upload.html"
    form_class = ImportUploadForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(columns=COLUMNS, **kwargs)

    def form_valid(self, form):
        store_import(
            self.request.session,
            network=self.network,
            filename=form.cleaned_data["file"].name,
            table=form.cleaned_data["table"],
        )
        return redirect("office:import_preview", network=self.network.slug)


class ImportPreviewView(ImportMixin, TemplateView):
    template_name = "network/import_preview.html"

    def get(self, request, *args, **kwargs):
        stored = load_import(request.session, network=self.network)
        if stored is None:
            messages.info(request, gettext("Upload a file to see what it would import."))
            return redirect("office:import_upload", network=self.network.slug)
        plan = registry_import_plan(network=self.network, table=stored.table)
        return self.render_to_response(self.get_context_data(plan=plan, stored=stored))

    def get_context_data(self, **kwargs):
        plan = kwargs["plan"]
        return super().get_context_data(counts=plan.counts(), **kwargs)


class ImportConfirmView(ImportMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        if "discard" in request.POST:
            forget_import(request.session)
            messages.info(request, gettext("The uploaded file was discarded."))
            return redirect("office:import_upload", network=self.network.slug)
        stored = load_import(request.session, network=self.network)
        if stored is None or request.POST.get("token") != stored.token:
            return self._render(
                "network/import_upload.html",
                form=ImportUploadForm(),
                columns=COLUMNS,
                upload_error=gettext(
                    "There is no checked file to import (it may have expired, or been replaced "
                    "by another upload). Upload the file again."
                ),
            )
        try:
            counts = registry_import(actor=request.user, network=self.network, table=stored.table)
        except ImportInvalid as exc:
            return self._render_preview(exc.plan, stored)
        except (DatabaseError, ValidationError) as exc:
            # The exception's text may quote personal values; the log gets its kind only.
            logger.warning(
                "Registry import into network %s failed: %s", self.network.pk, type(exc).__name__
            )
            plan = registry_import_plan(network=self.network, table=stored.table)
            return self._render_preview(
                plan,
                stored,
                failure=gettext(
                    "The import failed while writing, and nothing was changed. Try again; if "
                    "it fails again, tell your administrator."
                ),
            )
        forget_import(request.session)
        return self._render("network/import_summary.html", counts=counts)

    def _render(self, template_name, **context):
        return render(self.request, template_name, {"network": self.network, **context})

    def _render_preview(self, plan, stored, failure=""):
        return self._render(
            "network/import_preview.html",
            plan=plan,
            stored=stored,
            counts=plan.counts(),
            failure=failure,
        )


class ImportTemplateView(ImportMixin, View):
    """The empty format with example rows, as the file to fill in."""

    http_method_names = ["get"]

    def get(self, request, *args, fmt, **kwargs):
        return export_response(
            title=gettext("Import organisations and contacts"),
            headers=TEMPLATE_HEADERS,
            rows=EXAMPLE_ROWS,
            fmt=fmt,
        )
