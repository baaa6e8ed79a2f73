"""The check-in page on a phone: find a person by name, tap, counted."""

from django.conf import settings
from django.test import Client

from verbund.events.tests.factories import RegistrationFactory
from verbund.events.tests.office_helpers import event_url, own_event


def test_check_in_on_a_phone_by_name_search_and_tap(page, axe, world, live_server):
    event = own_event(world, capacity=40)
    people = [
        RegistrationFactory(event=event, name=name)
        for name in ("Anna Albers", "Bernd Bauer", "Cem Yılmaz")
    ]
    client = Client()
    client.force_login(world.caseworker)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(event_url("event_check_in", event))
    axe(page)
    page.fill("#check-in-search", "bau")
    page.wait_for_function("document.querySelectorAll('#check-in-list li').length == 1")
    page.locator(f"#registration-{people[1].pk} button").click()
    page.wait_for_selector("#check-in-counter:has-text('1')")
    people[1].refresh_from_db()
    assert people[1].checked_in_at is not None
    assert people[1].checked_in_by == world.caseworker
    people[0].refresh_from_db()
    assert people[0].checked_in_at is None
