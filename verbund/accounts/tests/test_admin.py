import pytest
from django.urls import reverse

from verbund.accounts.models import NetworkRole, OrganisationRole, User


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:accounts_user_changelist",
        "admin:accounts_user_add",
        "admin:accounts_organisationrole_changelist",
        "admin:accounts_organisationrole_add",
        "admin:accounts_networkrole_changelist",
        "admin:accounts_networkrole_add",
    ],
)
def test_superuser_opens_the_account_admin_pages(world, client, url_name):
    client.force_login(world.superuser)
    assert client.get(reverse(url_name)).status_code == 200


def test_admin_change_pages_show_a_user_with_roles_and_the_role_rows(world, client):
    client.force_login(world.superuser)
    user_page = client.get(reverse("admin:accounts_user_change", args=[world.org_admin.pk]))
    assert user_page.status_code == 200
    content = user_page.content.decode()
    assert 'name="organisation_roles-0-organisation"' in content
    assert f'value="{world.organisation.pk}"' in content
    role = OrganisationRole.objects.get(user=world.viewer)
    assert (
        client.get(reverse("admin:accounts_organisationrole_change", args=[role.pk])).status_code
        == 200
    )
    network_role = NetworkRole.objects.get(user=world.coordinator)
    assert (
        client.get(reverse("admin:accounts_networkrole_change", args=[network_role.pk])).status_code
        == 200
    )


def test_superuser_creates_a_user_by_email_in_the_admin(world, client):
    client.force_login(world.superuser)
    response = client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": "Neu@Example.ORG",
            "usable_password": "true",
            "password1": "a-long-password-42",
            "password2": "a-long-password-42",
            "organisation_roles-TOTAL_FORMS": "0",
            "organisation_roles-INITIAL_FORMS": "0",
            "network_roles-TOTAL_FORMS": "0",
            "network_roles-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    user = User.objects.get(email="neu@example.org")
    assert user.check_password("a-long-password-42")


@pytest.mark.parametrize("persona", ["coordinator", "org_admin"])
def test_staff_without_superuser_rights_do_not_reach_the_account_admin(world, client, persona):
    client.force_login(getattr(world, persona))
    response = client.get(reverse("admin:accounts_user_changelist"))
    assert response.status_code == 302
