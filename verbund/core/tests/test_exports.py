import io

import openpyxl

from verbund.core.exports import export_response


def test_csv_export_has_headers_rows_and_a_byte_order_mark():
    response = export_response(
        title="Mitglieder", headers=["Name", "Ort"], rows=[["kargah e.V.", "Hannover"]], fmt="csv"
    )
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffName,Ort")
    assert "kargah e.V.,Hannover" in text
    assert response["Content-Disposition"].startswith('attachment; filename="mitglieder-')


def test_xlsx_export_opens_as_a_workbook():
    response = export_response(
        title="Mitglieder", headers=["Name"], rows=[["Can Arkadaş e.V."]], fmt="xlsx"
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert [c.value for c in sheet[2]] == ["Can Arkadaş e.V."]


def test_formula_like_cells_are_defused():
    response = export_response(
        title="x", headers=["Name"], rows=[['=HYPERLINK("http://evil")']], fmt="csv"
    )
    assert "'=HYPERLINK" in response.content.decode("utf-8")


def test_unknown_format_is_not_found():
    import pytest
    from django.http import Http404

    with pytest.raises(Http404):
        export_response(title="x", headers=["a"], rows=[], fmt="pdf")
