"""Minutes and other documents: upload checked, download only after the permission check and
as an attachment, deletion removes the file."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from verbund.events.models import EventDocument
from verbund.events.tests.office_helpers import event_url, other_event, own_event, snapshot

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.VERBUND_PRIVATE_ROOT = tmp_path / "private"
    return settings.VERBUND_PRIVATE_ROOT


def upload(client, event, name="Protokoll Frau Meier.pdf", content=PDF, **data):
    return client.post(
        event_url("event_document_add", event),
        {
            "kind": "minutes",
            "title": "Protokoll März",
            "file": SimpleUploadedFile(name, content, content_type="application/pdf"),
            **data,
        },
    )


def test_minutes_are_uploaded_stored_privately_and_downloaded_as_an_attachment(
    client, world, private_root
):
    event = own_event(world)
    client.force_login(world.org_admin)
    response = upload(client, event)
    assert response["Location"] == event_url("event_detail", event) + "#documents"
    document = EventDocument.objects.get()
    # The uploaded name (with a person's name in it) is not kept.
    assert "Meier" not in document.file.name
    assert (private_root / document.file.name).read_bytes() == PDF
    assert document.file.url == event_url("event_document", event, document=document.pk)
    client.force_login(world.viewer)
    response = client.get(document.file.url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="protokoll-marz.pdf"'
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("Protokoll.exe", PDF, "PDF, ODT or DOCX"),
        ("Protokoll.pdf", b"MZ\x90\x00 not a pdf", "not what its name says"),
    ],
)
def test_other_files_are_refused_and_nothing_is_stored(
    client, world, private_root, name, content, message
):
    event = own_event(world)
    client.force_login(world.org_admin)
    before = snapshot()
    response = upload(client, event, name=name, content=content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EventDocument.objects.exists()
    assert snapshot() == before
    assert not [path for path in private_root.rglob("*") if path.is_file()]


def test_a_caseworker_may_read_but_not_file_minutes(client, world):
    event = own_event(world)
    client.force_login(world.caseworker)
    assert upload(client, event).status_code == 403
    assert not EventDocument.objects.exists()


def test_a_document_of_an_event_one_does_not_see_is_not_found(client, world):
    hidden = own_event(world, status="draft")
    document = EventDocument.objects.create(event=hidden, title="Entwurf", file="events/a.pdf")
    client.force_login(world.other_org_admin)
    assert client.get(event_url("event_document", hidden, document=document.pk)).status_code == 404
    # Nor under another event's address.
    visible = other_event(world)
    url = event_url("event_document", visible, document=document.pk)
    assert client.get(url).status_code == 404


def test_deleting_a_document_removes_its_file(client, world, private_root):
    event = own_event(world)
    client.force_login(world.org_admin)
    upload(client, event)
    document = EventDocument.objects.get()
    stored = private_root / document.file.name
    assert stored.exists()
    response = client.post(
        event_url("event_document_delete", event, document=document.pk), {"confirm": "1"}
    )
    assert response.status_code == 302
    assert not EventDocument.objects.exists()
    assert not stored.exists()
