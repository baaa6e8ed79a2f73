"""Invitations: the page counts who would get one; sending again sends no duplicates."""

from verbund.events.choices import EventStatus
from verbund.events.models import Invitation
from verbund.events.tests.office_helpers import event_url, own_event
from verbund.network.tests.factories import (
    ContactPersonFactory,
    MembershipFactory,
    OrganisationFactory,
)
from verbund.outbox.models import OutgoingEmail


def invitations():
    return OutgoingEmail.objects.filter(purpose="events.invitation")


def test_the_page_counts_those_with_without_email_and_already_invited(client, world):
    event = own_event(world)
    ContactPersonFactory(organisation=world.other_organisation)
    ContactPersonFactory(organisation=world.other_organisation, email="")
    # A former member's contact and another network's are not invited.
    former = OrganisationFactory()
    MembershipFactory(network=world.network, organisation=former, ended_on="2021-01-01")
    ContactPersonFactory(organisation=former)
    client.force_login(world.coordinator)
    response = client.get(event_url("event_invitations", event))
    preview = response.context["preview"]
    # world.contact (X) and Y's contact with an address; Y's other without.
    assert (preview.will_get_one, preview.without_email, preview.already_invited) == (2, 1, 0)
    assert "2</strong> contact persons will get an invitation now" in response.content.decode()


def test_sending_reports_the_counts_and_sending_again_sends_no_duplicates(client, world):
    event = own_event(world)
    ContactPersonFactory(organisation=world.other_organisation, email="")
    client.force_login(world.coordinator)
    url = event_url("event_invitations", event)
    response = client.post(url, {"confirm": "1", "language": "de"}, follow=True)
    assert "Invitations sent: 1. Invited before: 0. Without an e-mail address: 1." in (
        response.content.decode()
    )
    assert invitations().count() == 1
    late = ContactPersonFactory(organisation=world.other_organisation)
    response = client.post(url, {"confirm": "1", "language": "en"}, follow=True)
    assert "Invitations sent: 1. Invited before: 1." in response.content.decode()
    assert invitations().count() == 2
    assert sorted(invitations().values_list("to", flat=True)) == sorted(
        [world.contact.email, late.email]
    )
    assert invitations().get(to=late.email).language == "en"
    client.post(url, {"confirm": "1", "language": "de"})
    assert invitations().count() == 2
    assert Invitation.objects.filter(event=event).count() == 2


def test_a_draft_cannot_be_sent_out_and_says_why(client, world):
    event = own_event(world, status=EventStatus.DRAFT)
    client.force_login(world.coordinator)
    response = client.post(
        event_url("event_invitations", event), {"confirm": "1", "language": "de"}
    )
    assert response.status_code == 200
    assert "Publish the event before inviting" in response.content.decode()
    assert not invitations().exists()


def test_organisation_staff_may_not_invite_the_whole_network(client, world):
    event = own_event(world)
    client.force_login(world.org_admin)
    response = client.post(
        event_url("event_invitations", event), {"confirm": "1", "language": "de"}
    )
    assert response.status_code == 403
    assert not invitations().exists()
    page = client.get(event_url("event_detail", event)).content.decode()
    assert event_url("event_invitations", event) not in page
