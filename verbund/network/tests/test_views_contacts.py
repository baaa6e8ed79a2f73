"""Contact persons in the back office, and the exports of the lists."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from verbund.audit.models import LogEntry
from verbund.network.models import ContactPerson, Membership
from verbund.network.tests.factories import ContactPersonFactory, current_member


def contact_list_url(query=""):
    return reverse("office:contact_list", kwargs={"network": "alpha"}) + query


def contact_url(name, world, contact=None):
    kwargs = {"network": "alpha", "organisation": world.organisation.pk}
    if contact is not None:
        kwargs["contact"] = contact.pk
    return reverse(f"office:{name}", kwargs=kwargs)


# --- list ----------------------------------------------------------------------------------------


def test_contact_list_shows_contacts_of_current_members_only(world, client):
    ContactPersonFactory(organisation=world.other_organisation, last_name="Oikonomidou")
    former = current_member(world.network, name="Ehemals e.V.")
    Membership.objects.filter(organisation=former).update(ended_on=datetime.date(2021, 1, 1))
    ContactPersonFactory(organisation=former, last_name="Vergangen")
    client.force_login(world.viewer)
    response = client.get(contact_list_url())
    shown = {contact.last_name for contact in response.context["contacts"]}
    assert shown == {world.contact.last_name, "Oikonomidou"}
    assert world.foreign_contact.last_name not in response.content.decode()


def test_contact_list_filters_by_organisation_and_public_flag(world, client):
    public = ContactPersonFactory(organisation=world.other_organisation, is_public=True)
    ContactPersonFactory(organisation=world.other_organisation, is_public=False)
    client.force_login(world.viewer)
    response = client.get(
        contact_list_url(f"?organisation={world.other_organisation.pk}&public_only=on")
    )
    assert list(response.context["contacts"]) == [public]


def test_contact_list_filter_cannot_name_an_organisation_of_another_network(world, client):
    client.force_login(world.viewer)
    response = client.get(contact_list_url(f"?organisation={world.foreign_organisation.pk}"))
    assert response.status_code == 200
    assert world.foreign_contact not in response.context["contacts"]


# --- add, edit, delete ---------------------------------------------------------------------------

CONTACT = {
    "salutation": "Frau",
    "first_name": "Maria",
    "last_name": "Oikonomidou",
    "function": "Projektleitung",
    "email": "oikonomidou@example.org",
    "phone": "030 29006948",
}


def test_org_admin_adds_a_contact_person(world, client):
    client.force_login(world.org_admin)
    response = client.post(contact_url("contact_add", world), CONTACT)
    assert response.status_code == 302
    contact = ContactPerson.objects.get(last_name="Oikonomidou")
    assert contact.organisation == world.organisation
    assert contact.is_public is False
    assert "was added" in client.get(response.url).content.decode()


def test_contact_without_last_name_and_with_bad_email_changes_nothing(world, client):
    client.force_login(world.org_admin)
    response = client.post(
        contact_url("contact_add", world), {**CONTACT, "last_name": "", "email": "x@"}
    )
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"last_name", "email"}
    assert world.organisation.contacts.count() == 1
    content = response.content.decode()
    assert 'aria-invalid="true"' in content and "is-invalid" in content


def test_org_admin_edits_a_contact_person_and_makes_them_public(world, client):
    client.force_login(world.org_admin)
    response = client.post(
        contact_url("contact_edit", world, world.contact), {**CONTACT, "is_public": "on"}
    )
    assert response.status_code == 302
    world.contact.refresh_from_db()
    assert (world.contact.last_name, world.contact.is_public) == ("Oikonomidou", True)


def test_delete_asks_for_confirmation_before_deleting(world, client):
    client.force_login(world.org_admin)
    url = contact_url("contact_delete", world, world.contact)
    page = client.get(url)
    assert page.status_code == 200
    assert world.contact.full_name in page.content.decode()
    assert ContactPerson.objects.filter(pk=world.contact.pk).exists()
    unconfirmed = client.post(url, {})
    assert unconfirmed.status_code == 200
    assert ContactPerson.objects.filter(pk=world.contact.pk).exists()
    confirmed = client.post(url, {"confirm": "on"})
    assert confirmed.status_code == 302
    assert not ContactPerson.objects.filter(pk=world.contact.pk).exists()
    assert LogEntry.objects.filter(action="network.contactperson.deleted").count() == 1


def test_admin_of_another_organisation_cannot_change_its_contacts(world, client):
    client.force_login(world.other_org_admin)
    url = contact_url("contact_edit", world, world.contact)
    assert client.post(url, {**CONTACT}).status_code == 403
    assert (
        client.post(
            contact_url("contact_delete", world, world.contact), {"confirm": "on"}
        ).status_code
        == 403
    )
    assert ContactPerson.objects.get(pk=world.contact.pk).last_name == world.contact.last_name


# --- exports -------------------------------------------------------------------------------------


def export_url(name, fmt, query=""):
    return reverse(f"office:{name}", kwargs={"network": "alpha", "fmt": fmt}) + query


def read_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_organisation_export_as_csv_respects_the_filters_and_is_logged(world, client):
    current_member(world.network, name="AWO Region Hannover", kind="welfare_association")
    client.force_login(world.coordinator)
    response = client.get(export_url("organisation_export", "csv", "?kind=welfare_association"))
    assert response["Content-Type"].startswith("text/csv")
    rows = read_csv(response)
    assert rows[0][0] == "Name"
    assert [row[0] for row in rows[1:]] == ["AWO Region Hannover"]
    entry = LogEntry.objects.get(action="network.organisations.exported")
    assert entry.data == {"count": 1, "format": "csv"}
    assert entry.actor == world.coordinator


def test_organisation_export_as_xlsx_holds_every_listed_organisation(world, client):
    client.force_login(world.org_admin)
    response = client.get(export_url("organisation_export", "xlsx"))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values == ["Organisation X", "Organisation Y"]


def test_contact_export_lists_contacts_of_current_members_with_filters(world, client):
    ContactPersonFactory(organisation=world.other_organisation, last_name="Zhu", is_public=True)
    client.force_login(world.coordinator)
    everyone = read_csv(client.get(export_url("contact_export", "csv")))
    assert {row[3] for row in everyone[1:]} == {world.contact.last_name, "Zhu"}
    public = read_csv(client.get(export_url("contact_export", "csv", "?public_only=on")))
    assert [row[3] for row in public[1:]] == ["Zhu"]
    counts = [e.data["count"] for e in LogEntry.objects.order_by("pk")]
    assert counts == [2, 1]


def test_export_defuses_spreadsheet_formulas(world, client):
    ContactPersonFactory(organisation=world.organisation, last_name="=HYPERLINK(1)")
    client.force_login(world.coordinator)
    rows = read_csv(client.get(export_url("contact_export", "csv")))
    assert "'=HYPERLINK(1)" in [row[3] for row in rows]


@pytest.mark.parametrize("name", ["organisation_export", "contact_export"])
def test_export_in_an_unknown_format_is_a_404_and_not_logged(world, client, name):
    client.force_login(world.coordinator)
    assert client.get(export_url(name, "pdf")).status_code == 404
    assert not LogEntry.objects.exists()
