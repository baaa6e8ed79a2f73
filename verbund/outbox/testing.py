"""A real SMTP server for tests: ``smtp_server`` (imported into the root conftest.py).

The fixture starts aiosmtpd on 127.0.0.1 at a free port and points Django's SMTP backend at it,
so mail in a test takes the way it takes in production — MIME building, the SMTP dialogue,
refusals — rather than Django's in-memory outbox::

    def test_confirmation_arrives(smtp_server, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            registration_create(...)
        (message,) = smtp_server.wait_for(1)
        assert message["Subject"] == "…"

``smtp_server.refuse = "451 4.3.0 Try again later"`` makes the server answer DATA with that
reply (``refuse_at = "RCPT"`` answers the recipient instead); ``None`` accepts again.
"""

import email
import email.policy
import logging
import socket
import threading
import time
from dataclasses import dataclass, field

import pytest
from aiosmtpd.controller import Controller


@dataclass
class Arrival:
    sender: str
    recipients: list[str]
    message: email.message.EmailMessage


@dataclass
class SmtpServer:
    host: str = "127.0.0.1"
    port: int = 0
    # A reply such as "451 4.3.0 Try again later" or "550 5.7.1 Refused"; None accepts.
    refuse: str | None = None
    refuse_at: str = "DATA"  # or "RCPT"
    # Seconds to wait before answering DATA: lets tests overlap two deliveries.
    delay: float = 0.0
    arrivals: list[Arrival] = field(default_factory=list)
    _arrived: threading.Condition = field(default_factory=threading.Condition)

    @property
    def messages(self) -> list[email.message.EmailMessage]:
        with self._arrived:
            return [arrival.message for arrival in self.arrivals]

    def wait_for(self, count: int = 1, timeout: float = 5.0) -> list[email.message.EmailMessage]:
        """The messages once at least ``count`` have arrived; fails the test after ``timeout``."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self.arrivals) >= count, timeout):
                raise AssertionError(
                    f"{count} message(s) expected at the SMTP server, {len(self.arrivals)} arrived"
                )
            return [arrival.message for arrival in self.arrivals]

    def assert_quiet(self, seconds: float = 0.2) -> None:
        """Nothing arrives within ``seconds`` (or has arrived)."""
        time.sleep(seconds)
        assert self.messages == [], f"{len(self.messages)} message(s) arrived unexpectedly"

    def clear(self) -> None:
        with self._arrived:
            self.arrivals.clear()

    # aiosmtpd's handler hooks

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse and self.refuse_at == "RCPT":
            return self.refuse
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            time.sleep(self.delay)  # blocks the server's loop on purpose: one delivery at a time
        if self.refuse and self.refuse_at == "DATA":
            return self.refuse
        raw = envelope.original_content or envelope.content
        # Line ends as a mail program shows them, so tests compare with plain strings.
        raw = raw.replace(b"\r\n", b"\n")
        message = email.message_from_bytes(raw, policy=email.policy.default)
        with self._arrived:
            self.arrivals.append(Arrival(envelope.mail_from, list(envelope.rcpt_tos), message))
            self._arrived.notify_all()
        return "250 Message accepted for delivery"


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    server = SmtpServer()
    server.port = _free_port(server.host)
    # aiosmtpd logs every envelope address at INFO: keep them out of the logs tests inspect.
    server_log = logging.getLogger("mail.log")
    level = server_log.level
    server_log.setLevel(logging.WARNING)
    controller = Controller(server, hostname=server.host, port=server.port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = server.host
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    try:
        yield server
    finally:
        controller.stop()
        server_log.setLevel(level)
