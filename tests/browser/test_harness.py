"""The browser fixtures catch what they promise to catch: requests to other origins, broken
resources, script errors and accessibility violations."""

import pytest

pytestmark = pytest.mark.browser


def test_a_request_to_another_origin_is_blocked_and_recorded(page, traffic):
    page.goto("/")
    with page.expect_event("requestfailed"):
        page.evaluate(
            "document.body.insertAdjacentHTML('beforeend', "
            '\'<img src="https://example.org/pixel.png" alt="">\')'
        )
    assert traffic.blocked == ["https://example.org/pixel.png"]
    traffic.blocked.clear()


def test_a_missing_resource_of_the_page_is_recorded(page, traffic, live_server):
    page.goto("/")
    with page.expect_response("**/static/core/missing.css"):
        page.evaluate("fetch('/static/core/missing.css')")
    assert traffic.broken == [f"404 {live_server.url}/static/core/missing.css"]
    traffic.broken.clear()


def test_a_script_error_is_recorded(page, traffic):
    page.goto("/")
    with page.expect_event("pageerror"):
        page.evaluate("setTimeout(() => { throw new Error('boom'); })")
    assert len(traffic.errors) == 1
    assert "boom" in traffic.errors[0]
    traffic.errors.clear()


def test_axe_fails_naming_rule_and_element(page, axe):
    page.goto("/")
    page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend', "
        "'<button id=\"nameless\"></button>')"
    )
    with pytest.raises(pytest.fail.Exception) as failure:
        axe(page)
    assert "button-name (critical): Buttons must have discernible text" in str(failure.value)
    assert "#nameless" in str(failure.value)
