"""An event's registration list as a table (CSV or XLSX) for its organisers.

The list holds names and addresses, so it is a download from a permission-checked view and each
download is logged (``services.registration_export_logged``: who, how many rows, never which).
Cells a spreadsheet would read as formulas are defused by ``verbund.core.exports``.
"""

from django.utils import timezone
from django.utils.translation import gettext as _

from verbund.core.exports import export_response
from verbund.events import selectors


def _yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def _naive(moment):
    # Spreadsheets have no time zones: local time, as the back office shows it.
    if moment is None:
        return None
    return timezone.localtime(moment).replace(tzinfo=None)


def registration_table(event) -> tuple[list[str], list[list]]:
    """Headers and rows of the event's registrations, in the list's order, in one query."""
    columns = [
        (_("Number"), lambda r: r.pk),
        (_("Status"), lambda r: r.get_status_display()),
        (_("Seats"), lambda r: r.seats),
        (_("Name"), lambda r: r.name),
        (_("E-mail"), lambda r: r.email),
        (_("Organisation"), lambda r: r.organisation_label),
        (_("Kind of organisation"), lambda r: r.get_organisation_kind_display()),
        (_("Language"), lambda r: r.language),
        (_("Interpreting needed"), lambda r: r.interpreting),
        (_("Accessibility needs"), lambda r: r.accessibility_needs),
        (_("Registered at"), lambda r: _naive(r.created_at)),
        (_("Confirmed at"), lambda r: _naive(r.confirmed_at)),
        (_("Cancelled at"), lambda r: _naive(r.cancelled_at)),
        (_("Checked in at"), lambda r: _naive(r.checked_in_at)),
        (_("Entered by staff"), lambda r: _yes_no(r.entered_by_id is not None)),
    ]
    headers = [label for label, _value in columns]
    rows = [[value(r) for _label, value in columns] for r in selectors.registrations(event)]
    return headers, rows


def registration_export(*, event, fmt: str):
    """The download; returns (response, number of rows)."""
    headers, rows = registration_table(event)
    title = _("Registrations %(number)s") % {"number": event.pk}
    return export_response(title=title, headers=headers, rows=rows, fmt=fmt), len(rows)
