"""Import of offerings: upload, preview (writes nothing), confirm.

Between preview and confirm the parsed table waits in the user's session (server-side, in the
database), never in a URL or a log. It is checked again when confirmed, because the offerings may
have changed meanwhile.
"""

import datetime
import logging
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views import View
from django.views.generic import FormView, TemplateView

from verbund.core.errors import DomainError
from verbund.core.exports import export_response
from verbund.network.models import Organisation
from verbund.offers import office_selectors
from verbund.offers.import_forms import OfferingImportForm
from verbund.offers.imports import (
    EXAMPLE_ROWS,
    MAIN_COLUMNS,
    TEMPLATE_HEADERS,
    ImportInvalid,
    Table,
    new_import_token,
    offering_import,
    offering_import_plan,
)
from verbund.offers.languages import translation_languages
from verbund.offers.office_views import OfferingsOfficeMixin, ProvidersMixin

logger = logging.getLogger(__name__)

SESSION_KEY = "verbund.offering_import"
# A checked file waits this long for its confirmation; then it must be uploaded again.
STORED_IMPORT_TTL = datetime.timedelta(hours=2)


@dataclass
class StoredImport:
    token: str
    filename: str
    provider: Organisation
    status: str
    table: Table


def store_import(session, *, network, provider, status, filename: str, table: Table) -> str:
    token = new_import_token()
    # One pending import per session: a new upload replaces the previous one.
    session[SESSION_KEY] = {
        "network": network.pk,
        "provider": provider.pk,
        "status": status,
        "token": token,
        "filename": filename,
        "stored_at": timezone.now().isoformat(),
        "table": table.to_data(),
    }
    return token


def load_import(session, *, network, providers) -> StoredImport | None:
    """The pending import of this network, if its provider is still one the user may import
    for (a role may have been withdrawn since the upload)."""
    data = session.get(SESSION_KEY)
    if not data or data.get("network") != network.pk:
        return None
    stored_at = datetime.datetime.fromisoformat(data["stored_at"])
    if timezone.now() - stored_at > STORED_IMPORT_TTL:
        forget_import(session)
        return None
    provider = next((p for p in providers if p.pk == data["provider"]), None)
    if provider is None:
        return None
    return StoredImport(
        token=data["token"],
        filename=data["filename"],
        provider=provider,
        status=data["status"],
        table=Table.from_data(data["table"]),
    )


def forget_import(session) -> None:
    session.pop(SESSION_KEY, None)


class ImportMixin(ProvidersMixin, OfferingsOfficeMixin):
    provider_permission = office_selectors.IMPORT

    def crumbs(self):
        return [*super().crumbs(), (gettext("Import offerings"), "")]

    def upload_context(self, **kwargs):
        return {
            "columns": MAIN_COLUMNS,
            "translation_languages": translation_languages(),
            **kwargs,
        }


class OfferingImportUploadView(ImportMixin, FormView):
    template_name = "offers/office_import_upload.html"
    form_class = OfferingImportForm

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "providers": self.providers,
            "network": self.network,
            "user": self.request.user,
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(**self.upload_context(**kwargs))

    def form_valid(self, form):
        store_import(
            self.request.session,
            network=self.network,
            provider=form.cleaned_data["provider"],
            status=form.cleaned_data["status"],
            filename=form.cleaned_data["file"].name,
            table=form.cleaned_data["table"],
        )
        return redirect("office:offering_import_preview", network=self.network.slug)


class OfferingImportPreviewView(ImportMixin, TemplateView):
    template_name = "offers/office_import_preview.html"

    def get(self, request, *args, **kwargs):
        stored = load_import(request.session, network=self.network, providers=self.providers)
        if stored is None:
            messages.info(request, gettext("Upload a file to see what it would import."))
            return redirect("office:offering_import_upload", network=self.network.slug)
        plan = offering_import_plan(
            provider=stored.provider, network=self.network, table=stored.table
        )
        return self.render_to_response(
            self.get_context_data(plan=plan, stored=stored, counts=plan.counts())
        )


class OfferingImportConfirmView(ImportMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        if "discard" in request.POST:
            forget_import(request.session)
            messages.info(request, gettext("The uploaded file was discarded."))
            return redirect("office:offering_import_upload", network=self.network.slug)
        stored = load_import(request.session, network=self.network, providers=self.providers)
        if stored is None or request.POST.get("token") != stored.token:
            form = OfferingImportForm(
                providers=self.providers, network=self.network, user=request.user
            )
            return self._render(
                "offers/office_import_upload.html",
                **self.upload_context(
                    form=form,
                    upload_error=gettext(
                        "There is no checked file to import (it may have expired, or been "
                        "replaced by another upload). Upload the file again."
                    ),
                ),
            )
        if stored.status == "published" and not self.can(office_selectors.PUBLISH, stored.provider):
            raise PermissionDenied
        try:
            counts = offering_import(
                actor=request.user,
                provider=stored.provider,
                network=self.network,
                table=stored.table,
                status=stored.status,
            )
        except ImportInvalid as exc:
            return self._render_preview(exc.plan, stored)
        except (DatabaseError, ValidationError, DomainError) as exc:
            # The exception's text may quote values of the file; the log gets its kind only.
            logger.warning(
                "Offering import into network %s failed: %s", self.network.pk, type(exc).__name__
            )
            plan = offering_import_plan(
                provider=stored.provider, network=self.network, table=stored.table
            )
            return self._render_preview(
                plan,
                stored,
                failure=gettext(
                    "The import failed while writing, and nothing was changed. Try again; if "
                    "it fails again, tell your administrator."
                ),
            )
        forget_import(request.session)
        return self._render(
            "offers/office_import_summary.html", counts=counts, provider=stored.provider
        )

    def _render(self, template_name, **context):
        crumbs = self.crumbs()
        return render(
            self.request,
            template_name,
            {
                "network": self.network,
                "crumbs": crumbs[:-1],
                "current_crumb": crumbs[-1][0],
                **context,
            },
        )

    def _render_preview(self, plan, stored, failure=""):
        return self._render(
            "offers/office_import_preview.html",
            plan=plan,
            stored=stored,
            counts=plan.counts(),
            failure=failure,
        )


class OfferingImportTemplateView(ImportMixin, View):
    """The empty format with example rows, as the file to fill in."""

    http_method_names = ["get"]

    def get(self, request, *args, fmt, **kwargs):
        return export_response(
            title=gettext("Import offerings"),
            headers=TEMPLATE_HEADERS,
            rows=EXAMPLE_ROWS,
            fmt=fmt,
        )
