"""Public events in a real browser: a person opens the calendar, opens an event, registers by
typing and the keyboard, lands on the personal page and cancels. Calendar, event page with its
form, the form with errors and the personal page meet WCAG 2.1 AA (axe-core) in German and in
Arabic, right to left."""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from verbund.events.models import Registration
from verbund.events.tests.factories import EventFactory, EventTextFactory

pytestmark = pytest.mark.browser


def german(text):
    """``text`` as the German page shows it (English until the catalogue has it)."""
    with translation.override("de"):
        return translation.gettext(text)


def in_language(language, text):
    with translation.override(language):
        return translation.gettext(text)


@pytest.fixture
def forum(world, smtp_server):
    """A public forum of network Alpha, translated into Arabic, with interpreting offered and
    seats for families; mail goes to a real local SMTP server."""
    event = EventFactory(
        network=world.network,
        organiser=world.organisation,
        title="An-Erkennen – wir sehen mehr",
        capacity=40,
        seats_per_registration=4,
        interpretation_languages=["ar", "sgn"],
        wheelchair_accessible=True,
        german__summary="Ein Forum über Anerkennung.",
        german__accessibility_note="Eingang ohne Stufen.",
    )
    EventTextFactory(
        event=event, language="ar", title="الاعتراف – نرى أكثر", summary="منتدى حول الاعتراف."
    )
    with translation.override("de"):
        return {
            "event": event,
            "list": reverse("public:event_list", args=[world.network.slug]),
            "detail": reverse("public:event_detail", args=[world.network.slug, event.pk]),
        }


def open_page(page, path):
    response = page.goto(path)
    assert response.status == 200, f"{path} answered {response.status}"


@pytest.mark.parametrize("language", ["de", "ar"])
def test_event_pages_meet_wcag_21_aa(page, axe, forum, language):
    prefix = "" if language == "de" else f"/{language}"

    def say(text):
        return in_language(language, text)

    open_page(page, prefix + forum["list"])
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    expect(page.locator(".event-calendar h4")).to_have_count(1)
    axe(page)

    open_page(page, prefix + forum["detail"])
    expect(page.locator("form.registration-form")).to_be_visible()
    axe(page)

    page.get_by_role("button", name=say("Register"), exact=True).click()
    expect(page.locator("#form-errors")).to_be_visible()
    axe(page)

    page.get_by_label(say("Your name")).fill("Ayşe Demir")
    page.get_by_label(say("Your e-mail address")).fill(f"ayse-{language}@example.org")
    page.get_by_label(say("Seats")).select_option("2")
    page.get_by_label(
        say("I agree that my details are stored and used to organise this event.")
    ).check()
    with page.expect_navigation():
        page.get_by_role("button", name=say("Register"), exact=True).click()
    expect(page.locator("#registration-status")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == language
    axe(page)


def test_open_register_by_keyboard_and_cancel(page, live_server, forum, smtp_server):
    open_page(page, forum["list"])
    page.get_by_role("link", name="An-Erkennen – wir sehen mehr").click()
    page.wait_for_url(f"**{forum['detail']}")
    expect(page.locator("h1")).to_have_text("An-Erkennen – wir sehen mehr")

    page.get_by_label(german("Your name")).focus()
    page.keyboard.type("Jan Kowalski")
    page.keyboard.press("Tab")
    page.keyboard.type("jan@example.org")
    organisation = page.get_by_label(german("Organisation"), exact=True)
    organisation.select_option(label=german("My organisation is not in the list"))
    page.get_by_label(german("Name of your organisation")).fill("Muster GmbH")
    page.get_by_label(german("Kind of organisation")).select_option("company")
    page.get_by_label(german("Interpreting")).select_option("sgn")
    page.locator("#registration-consent").focus()
    page.keyboard.press("Space")
    expect(page.locator("#registration-consent")).to_be_checked()
    page.keyboard.press("Tab")  # the hidden trap field takes no focus: on to the button
    expect(page.get_by_role("button", name=german("Register"), exact=True)).to_be_focused()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/registration/" in page.url
    expect(page.locator("#registration-status")).to_contain_text(
        german("Your registration is confirmed. A seat is kept for you.")
    )
    registration = Registration.objects.get()
    assert (registration.organisation_name, registration.organisation_kind) == (
        "Muster GmbH",
        "company",
    )
    (mail,) = smtp_server.wait_for(1)
    assert mail["To"] == "jan@example.org"

    page.get_by_role("button", name=german("Cancel my registration"), exact=True).click()
    expect(
        page.get_by_text(german("Do you really want to cancel? Your seat goes to someone else."))
    ).to_be_visible()
    page.get_by_role("button", name=german("Yes, cancel my registration"), exact=True).click()
    expect(page.locator("#registration-status")).to_have_text(
        german("Your registration is cancelled.")
    )
    registration.refresh_from_db()
    assert registration.status == "cancelled"
