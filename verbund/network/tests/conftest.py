"""Fixtures of the registry's tests: private files go to a temporary directory."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.VERBUND_PRIVATE_ROOT = tmp_path / "private"
    return settings.VERBUND_PRIVATE_ROOT


def pdf_upload(name="Satzung.pdf", content=PDF_BYTES, content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)
