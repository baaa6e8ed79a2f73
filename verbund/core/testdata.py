"""Test data that many tests read, built once for a module or a class of tests.

``shared_data(django_db_blocker, build)`` runs ``build()`` inside a transaction that is opened
before the first of those tests and rolled back after the last: nothing is ever committed, so no
other test sees the data, and a test run that stops half-way leaves nothing behind. Each test's
own transaction (pytest-django's ``db``) is then a savepoint inside it, rolled back after the
test, so what one test writes is gone before the next starts — as with Django's
``TestCase.setUpTestData``. ``build`` runs with the settings and the language every test has
(conftest.py), so the data is what a test building it itself would get::

    @pytest.fixture(scope="module")
    def _demo(django_db_setup, django_db_blocker):
        with shared_data(django_db_blocker, load_demo) as network:
            yield network

Hand the tests copies (``copy.deepcopy``) or fresh reads of the objects built, not the objects
themselves: a test that changes one in memory must not change it for the next.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from django.conf import settings
from django.db import transaction
from django.test import override_settings
from django.utils import translation

T = TypeVar("T")


def settings_for_tests() -> dict:
    """The settings every test runs with (applied by conftest.py's ``_test_settings``)."""
    return {
        # A fast hasher keeps the personas cheap; the test client speaks plain HTTP.
        "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
        "SECURE_SSL_REDIRECT": False,
        # Tests of the page cache switch it on themselves; others must not see each other's pages.
        "VERBUND_PUBLIC_CACHE_SECONDS": 0,
        "STORAGES": {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    }


@contextmanager
def shared_data(django_db_blocker, build: Callable[[], T]) -> Iterator[T]:
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        # Marked as a test case's block, as Django marks those of TestCase: code that opens a
        # durable block may run inside it, as it may inside a test's own transaction.
        outer._from_testcase = True
        outer.__enter__()
    try:
        with (
            django_db_blocker.unblock(),
            override_settings(**settings_for_tests()),
            translation.override("en"),
        ):
            data = build()
        yield data
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
