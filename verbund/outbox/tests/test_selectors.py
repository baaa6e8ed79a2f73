from datetime import timedelta

from django.utils import timezone

from verbund.outbox.models import EmailStatus, OutgoingEmail, about_key
from verbund.outbox.selectors import email_states, network_email_counts, network_emails


def test_email_states_gives_the_latest_mail_per_object_in_one_query(
    world, queue, settings, django_assert_num_queries
):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    queue()  # an older mail about the contact
    latest_about_contact = queue()
    OutgoingEmail.objects.filter(pk=latest_about_contact.pk).update(
        status=EmailStatus.QUEUED, attempts=2
    )
    about_organisation = queue(about=world.organisation)
    OutgoingEmail.objects.filter(pk=about_organisation.pk).update(status=EmailStatus.SENT)
    queue(about=world.foreign_contact)  # about an object not asked for

    with django_assert_num_queries(1):
        states = email_states([world.contact, world.organisation, world.other_organisation])
        assert set(states) == {about_key(world.contact), about_key(world.organisation)}
        assert states[about_key(world.contact)].pk == latest_about_contact.pk
        assert states[about_key(world.contact)].attempts == 2
        assert states[about_key(world.organisation)].status == EmailStatus.SENT


def test_email_states_of_nothing_asks_the_database_nothing(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert email_states([]) == {}


def test_latest_mail_is_the_newest_even_with_the_same_timestamp(world, queue, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    first, second = queue(), queue()
    now = timezone.now()
    OutgoingEmail.objects.filter(pk__in=[first.pk, second.pk]).update(created_at=now)
    assert email_states([world.contact])[about_key(world.contact)].pk == second.pk


def test_network_list_shows_waiting_failed_and_recently_sent_mail(world, queue, settings):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    waiting, failed, recent, old = queue(), queue(), queue(), queue()
    foreign = queue(network=world.other_network)
    now = timezone.now()
    OutgoingEmail.objects.filter(pk=failed.pk).update(status=EmailStatus.FAILED)
    OutgoingEmail.objects.filter(pk=recent.pk).update(status=EmailStatus.SENT, sent_at=now)
    OutgoingEmail.objects.filter(pk=old.pk).update(
        status=EmailStatus.SENT, sent_at=now - timedelta(days=8)
    )

    assert {e.pk for e in network_emails(world.network)} == {waiting.pk, failed.pk, recent.pk}
    assert {e.pk for e in network_emails(world.network, "sent")} == {recent.pk, old.pk}
    assert foreign.pk not in {e.pk for e in network_emails(world.network, "queued")}
    assert network_email_counts(world.network) == {"queued": 1, "failed": 1, "sent": 2}
