from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from verbund.outbox.models import EmailStatus, OutgoingEmail


def run(*args):
    out = StringIO()
    call_command("send_queued_email", *args, stdout=out)
    return out.getvalue()


def test_command_sends_due_mail_and_blanks_texts_of_old_sent_mail(queue, smtp_server, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    settings.VERBUND_EMAIL_KEEP_DAYS = 30
    due, old = queue(), queue()
    OutgoingEmail.objects.filter(pk=old.pk).update(
        status=EmailStatus.SENT, sent_at=timezone.now() - timedelta(days=40)
    )

    output = run()

    assert output.strip() == (
        "sent 1, retrying 0, failed 0, skipped 0; texts of old sent mail blanked: 1"
    )
    smtp_server.wait_for(1)
    due.refresh_from_db()
    old.refresh_from_db()
    assert due.status == EmailStatus.SENT
    assert old.body_text == ""


def test_command_works_through_more_than_one_batch(queue, smtp_server, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    for _ in range(5):
        queue()
    assert run("--limit", "2").startswith("sent 5,")
    assert len(smtp_server.wait_for(5)) == 5


def test_command_loops_until_stopped(queue, smtp_server, settings, monkeypatch):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    queue()
    waits = []

    def wait(self, seconds):
        waits.append(seconds)
        if len(waits) == 1:
            queue()  # arrives while the worker pauses
            return False
        raise KeyboardInterrupt

    monkeypatch.setattr("threading.Event.wait", wait)
    # Between rounds the worker drops stale database connections; the test's is its transaction.
    dropped = []
    monkeypatch.setattr(
        "verbund.outbox.management.commands.send_queued_email.close_old_connections",
        lambda: dropped.append(True),
    )
    output = run("--loop", "2.5")

    assert waits == [2.5, 2.5] and dropped == [True]
    assert output.count("sent 1,") == 2
    assert len(smtp_server.wait_for(2)) == 2


def test_looping_worker_is_quiet_when_there_is_nothing_to_do(monkeypatch, db):
    monkeypatch.setattr("threading.Event.wait", lambda self, seconds: True)  # stop at once
    assert run("--loop", "1") == ""


@pytest.mark.parametrize("args", [["--loop", "0"], ["--limit", "0"]])
def test_command_refuses_nonsense(args, db):
    with pytest.raises(CommandError):
        run(*args)
