"""Browser tests: Debian's chromium driven by Playwright against pytest-django's live server.

One browser per test session; each test gets a fresh context (no cookies carried over) whose
``page`` opens paths relative to the live server (``page.goto("/n/alpha/")``). Every request to
another origin is blocked and fails the test: Verbund loads nothing from third parties, and the
tests never reach the internet. Broken stylesheets, scripts or images and script errors fail the
test too. ``axe(page)`` checks the page against WCAG 2.1 AA with axe-core.
"""

import os
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import override_settings
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
# Root (CI) needs --no-sandbox; the rest keeps the browser from phoning home on its own.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.hookimpl(trylast=True)  # after pytest-django has put the database tests in order
def pytest_collection_modifyitems(items):
    """Browser tests run last: Playwright's sync API keeps an event loop running in the main
    thread from the first browser test to the end of the session, which would otherwise make
    every later database test trip over Django's async-safety check."""
    for item in items:
        if {"page", "browser"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def browser():
    # The running event loop (see above) is only Playwright's dispatcher; Django's ORM calls in
    # the tests and factories are still synchronous, so the async-safety check may stand down.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()
    playwright.stop()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class Traffic:
    """What a page asked for that it must not have: other origins, broken resources, errors."""

    def __init__(self, origin):
        self.origin = origin
        self.blocked = []  # URLs of requests to another origin, never sent
        self.broken = []  # "status URL" of sub-resources the live server refused
        self.errors = []  # uncaught script errors

    def route(self, route):
        url = route.request.url
        if _origin(url) == self.origin:
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort("blockedbyclient")

    def response(self, response):
        if response.status >= 400 and response.request.resource_type != "document":
            self.broken.append(f"{response.status} {response.url}")

    def problems(self):
        lines = [f"request to another origin: {url}" for url in self.blocked]
        lines += [f"broken resource: {entry}" for entry in self.broken]
        lines += [f"script error: {error}" for error in self.errors]
        return lines


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture(scope="session")
def _plain_http():
    # The live server speaks plain HTTP like the test client: no redirect to HTTPS, and cookies
    # without the Secure flag so that the browser sends them back.
    with override_settings(
        SECURE_SSL_REDIRECT=False, CSRF_COOKIE_SECURE=False, SESSION_COOKIE_SECURE=False
    ):
        yield


@pytest.fixture(scope="session")
def live_server(_plain_http, live_server):
    """pytest-django's live server, started inside ``_plain_http``: its middleware reads these
    settings once, when the server starts, so a per-test override would come too late."""
    return live_server


@pytest.fixture
def traffic(live_server):
    """What the test's page asked for that it must not have; the ``page`` fixture fails the test
    on anything left here. A test that provokes such a request on purpose clears it."""
    return Traffic(_origin(live_server.url))


@pytest.fixture
def page(browser, live_server, traffic):
    """A fresh page on the live server, in a German browser; ``page.goto`` takes a path."""
    context = browser.new_context(base_url=live_server.url, locale="de-DE")
    context.route("**/*", traffic.route)
    page = context.new_page()
    page.on("response", traffic.response)
    page.on("pageerror", lambda error: traffic.errors.append(str(error)))
    yield page
    context.close()
    problems = traffic.problems()
    if problems:
        pytest.fail("The page did what it must not:\n" + "\n".join(problems), pytrace=False)


def _describe(violation):
    targets = "\n".join(
        f"    {' '.join(str(part) for part in node['target'])}: {node['html'][:200]}\n"
        f"      {' '.join(node.get('failureSummary', '').split())}"
        for node in violation["nodes"]
    )
    return f"{violation['id']} ({violation['impact']}): {violation['help']}\n{targets}"


@pytest.fixture(scope="session")
def _axe_engine():
    return Axe()


@pytest.fixture
def axe(_axe_engine):
    """``axe(page)`` fails the test with every WCAG 2.1 AA violation axe-core finds on the page
    as it is now; ``context`` narrows the check to a selector (axe-core's context syntax)."""

    def check(page, context=None):
        options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
        violations = _axe_engine.run(page, context=context, options=options).response["violations"]
        if violations:
            report = "\n".join(_describe(violation) for violation in violations)
            pytest.fail(f"Accessibility violations on {page.url}:\n{report}", pytrace=False)

    return check
