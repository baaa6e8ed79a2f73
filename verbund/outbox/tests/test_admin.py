from django.urls import reverse

from verbund.outbox.models import OutgoingEmail


def test_superuser_reads_outgoing_mail_in_the_admin_and_cannot_change_it(
    world, client, queue, settings
):
    settings.VERBUND_EMAIL_SEND_ON_COMMIT = False
    email = queue()
    client.force_login(world.superuser)

    changelist = client.get(reverse("admin:outbox_outgoingemail_changelist"))
    assert changelist.status_code == 200
    assert "a***@example.org" in changelist.content.decode()
    change = client.get(reverse("admin:outbox_outgoingemail_change", args=[email.pk]))
    assert change.status_code == 200
    assert 'name="subject"' not in change.content.decode()  # read-only: no inputs
    assert client.get(reverse("admin:outbox_outgoingemail_add")).status_code == 403
    response = client.post(
        reverse("admin:outbox_outgoingemail_delete", args=[email.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert OutgoingEmail.objects.filter(pk=email.pk).exists()
