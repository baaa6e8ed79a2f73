"""CSV and XLSX downloads of lists, through tablib.

Cells that a spreadsheet would read as a formula are defused: a contact named "=HYPERLINK(…)"
must not run anything on the coordinator's machine.
"""

from collections.abc import Iterable, Sequence

import tablib
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.text import slugify

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def build_dataset(title: str, headers: Sequence[str], rows: Iterable[Sequence]) -> tablib.Dataset:
    dataset = tablib.Dataset(headers=[str(h) for h in headers], title=title[:31])
    for row in rows:
        dataset.append([_cell(value) for value in row])
    return dataset


def export_response(
    *, title: str, headers: Sequence[str], rows: Iterable[Sequence], fmt: str
) -> HttpResponse:
    """A download of ``rows`` as ``fmt`` ("csv" or "xlsx"); another format is a 404."""
    if fmt not in FORMATS:
        raise Http404
    dataset = build_dataset(title, headers, rows)
    # A byte-order mark makes spreadsheet programs read the umlauts of a CSV file as UTF-8.
    content = "\ufeff" + dataset.export("csv") if fmt == "csv" else dataset.export("xlsx")
    response = HttpResponse(content, content_type=FORMATS[fmt])
    filename = f"{slugify(title)}-{timezone.localdate():%Y-%m-%d}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
