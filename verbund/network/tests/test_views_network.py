"""The network's own pages: overview, edit with statute, the statute download, its lists."""

import pytest
from django.apps import apps
from django.urls import reverse

from verbund.audit.models import LogEntry
from verbund.core import slots
from verbund.core.testing import PERSONAS
from verbund.network import services
from verbund.network.models import FieldOfAction, Network, TargetGroup
from verbund.network.tests.conftest import pdf_upload
from verbund.network.tests.factories import FieldOfActionFactory, TargetGroupFactory


def network_data(network, **changes):
    data = {
        "name": network.name,
        "short_name": network.short_name,
        "slug": network.slug,
        "region": network.region,
        "founded_year": network.founded_year or "",
        "coordination_office": network.coordination_office_id or "",
        "description": network.description,
        "website": network.website,
        "email": network.email,
        "is_public": "on" if network.is_public else "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def edit_url(world):
    return reverse("office:network_edit", kwargs={"network": world.network.slug})


# --- overview ------------------------------------------------------------------------------------


def test_overview_shows_members_by_role_lists_and_counts(world, client):
    FieldOfActionFactory(network=world.network, name="Kulturelle Bildung")
    TargetGroupFactory(network=world.network, name="Jugendliche 15–25")
    client.force_login(world.viewer)
    response = client.get(reverse("office:network", kwargs={"network": "alpha"}))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Organisation X" in content and "Organisation Y" in content
    assert "Kulturelle Bildung" in content and "Jugendliche 15–25" in content
    assert "2 current members" in content
    # The viewer may not edit: no edit links.
    assert edit_url(world) not in content
    assert reverse("office:vocabulary_list", args=["alpha", "fields-of-action"]) not in content


def test_overview_shows_edit_links_to_the_coordinator(world, client):
    client.force_login(world.coordinator)
    content = client.get(reverse("office:network", kwargs={"network": "alpha"})).content.decode()
    assert edit_url(world) in content
    assert reverse("office:vocabulary_list", args=["alpha", "target-groups"]) in content


def test_overview_links_the_import_for_the_coordinator_only(world, client):
    overview = reverse("office:network", kwargs={"network": "alpha"})
    import_url = reverse("office:import_upload", kwargs={"network": "alpha"})
    client.force_login(world.coordinator)
    assert import_url in client.get(overview).content.decode()
    client.force_login(world.caseworker)
    response = client.get(overview)
    assert response.status_code == 200
    assert import_url not in response.content.decode()


def test_overview_renders_sections_contributed_to_its_slot(world, client, monkeypatch):
    monkeypatch.setattr(slots, "_contributions", slots.defaultdict(list))
    slots.contribute("office_network_overview")(
        lambda request, network: slots.Section(
            "Projekte der Probe", "network/_required_note.html", {}
        )
    )
    client.force_login(world.viewer)
    content = client.get(reverse("office:network", kwargs={"network": "alpha"})).content.decode()
    assert "Projekte der Probe" in content


# --- edit ----------------------------------------------------------------------------------------


def test_edit_form_offers_only_organisations_of_the_network_as_coordination_office(world, client):
    client.force_login(world.coordinator)
    response = client.get(edit_url(world))
    choices = list(response.context["form"].fields["coordination_office"].queryset)
    assert choices == [world.organisation, world.other_organisation]


def test_coordinator_edits_the_network(world, client):
    client.force_login(world.coordinator)
    response = client.post(
        edit_url(world),
        network_data(
            world.network,
            name="Netzwerk Alpha (neu)",
            founded_year=2005,
            coordination_office=world.organisation.pk,
        ),
    )
    assert response.status_code == 302
    network = Network.objects.get(pk=world.network.pk)
    assert network.name == "Netzwerk Alpha (neu)"
    assert network.coordination_office == world.organisation
    followed = client.get(response.url)
    assert "The network was saved." in followed.content.decode()


def test_changing_the_slug_redirects_to_the_new_address(world, client):
    client.force_login(world.coordinator)
    response = client.post(edit_url(world), network_data(world.network, slug="alpha-2025"))
    assert response.url == "/office/alpha-2025/"


def test_reserved_slug_is_refused_with_a_message_and_nothing_changes(world, client):
    client.force_login(world.coordinator)
    response = client.post(edit_url(world), network_data(world.network, slug="me", name="Neu"))
    assert response.status_code == 200
    assert "reserved" in str(response.context["form"].errors["slug"])
    network = Network.objects.get(pk=world.network.pk)
    assert (network.slug, network.name) == ("alpha", "Netzwerk Alpha")
    # The page (navigation included) still addresses the stored network.
    assert 'href="/office/alpha/organisations/"' in response.content.decode()


def test_coordination_office_of_another_network_is_refused(world, client):
    client.force_login(world.coordinator)
    response = client.post(
        edit_url(world),
        network_data(world.network, coordination_office=world.foreign_organisation.pk),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["coordination_office"]
    assert Network.objects.get(pk=world.network.pk).coordination_office is None


def test_statute_upload_is_stored_and_linked(world, client, private_root):
    client.force_login(world.coordinator)
    response = client.post(
        edit_url(world), {**network_data(world.network), "statute": pdf_upload()}
    )
    assert response.status_code == 302
    network = Network.objects.get(pk=world.network.pk)
    assert (private_root / network.statute.name).exists()
    overview = client.get(reverse("office:network", kwargs={"network": "alpha"}))
    assert reverse("office:network_statute", kwargs={"network": "alpha"}) in (
        overview.content.decode()
    )


@pytest.mark.parametrize(
    "upload",
    [
        pdf_upload("satzung.txt", content=b"Satzung", content_type="text/plain"),
        pdf_upload("satzung.pdf", content=b"MZ\x90\x00 an executable"),
    ],
    ids=["text file", "disguised as pdf"],
)
def test_statute_that_is_not_a_pdf_gets_a_clear_error_and_nothing_changes(
    world, client, private_root, upload
):
    client.force_login(world.coordinator)
    response = client.post(
        edit_url(world), {**network_data(world.network, name="Geändert"), "statute": upload}
    )
    assert response.status_code == 200
    assert "PDF" in str(response.context["form"].errors["statute"])
    network = Network.objects.get(pk=world.network.pk)
    assert (network.name, network.statute.name) == ("Netzwerk Alpha", "")
    assert not LogEntry.objects.exists()
    assert not private_root.exists() or not any(private_root.rglob("*.*"))


def test_statute_above_the_upload_limit_is_refused(world, client, settings):
    settings.VERBUND_MAX_UPLOAD_BYTES = 1000
    client.force_login(world.coordinator)
    response = client.post(
        edit_url(world),
        {**network_data(world.network), "statute": pdf_upload(content=b"%PDF-" + b"0" * 2000)},
    )
    assert response.status_code == 200
    assert "larger than" in str(response.context["form"].errors["statute"])
    assert not Network.objects.get(pk=world.network.pk).statute


# --- the statute download -----------------------------------------------------------------------


@pytest.fixture
def with_statute(world):
    # Services change a freshly read row and return it; the world keeps that one.
    world.network = services.network_update(
        actor=world.coordinator, network=world.network, data={"statute": pdf_upload()}
    )
    return world


STATUTE_EXPECT = {
    "anonymous": 302,
    "superuser": 200,
    "coordinator": 200,
    "org_admin": 200,
    "caseworker": 200,
    "multiplier": 200,
    "viewer": 200,
    "other_org_admin": 200,
    "outsider": 404,
}


@pytest.mark.parametrize("persona", PERSONAS)
def test_statute_is_streamed_to_the_network_staff_only(with_statute, client, persona):
    user = with_statute.user(persona)
    if user:
        client.force_login(user)
    response = client.get(reverse("office:network_statute", kwargs={"network": "alpha"}))
    assert response.status_code == STATUTE_EXPECT[persona]
    if response.status_code == 200:
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment;")
        assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_statute_is_not_under_the_public_media_root(with_statute, settings):
    from pathlib import Path

    path = Path(with_statute.network.statute.path).resolve()
    assert Path(settings.MEDIA_ROOT).resolve() not in path.parents


def test_missing_statute_file_is_a_404_not_an_error(with_statute, client, private_root):
    (private_root / with_statute.network.statute.name).unlink()
    client.force_login(with_statute.coordinator)
    response = client.get(reverse("office:network_statute", kwargs={"network": "alpha"}))
    assert response.status_code == 404


# --- fields of action and target groups ---------------------------------------------------------


def vocabulary_url(name, kind="fields-of-action", **kwargs):
    return reverse(f"office:{name}", kwargs={"network": "alpha", "kind": kind, **kwargs})


def test_list_shows_entries_of_the_network_in_position_order(world, client):
    FieldOfActionFactory(network=world.network, name="Zweitens", position=2)
    FieldOfActionFactory(network=world.network, name="Erstens", position=1)
    FieldOfActionFactory(network=world.other_network, name="Fremd")
    client.force_login(world.coordinator)
    response = client.get(vocabulary_url("vocabulary_list"))
    assert [entry.name for entry in response.context["entries"]] == ["Erstens", "Zweitens"]
    assert "Fremd" not in response.content.decode()


@pytest.mark.parametrize(
    ("kind", "model"), [("fields-of-action", FieldOfAction), ("target-groups", TargetGroup)]
)
def test_coordinator_adds_an_entry(world, client, kind, model):
    client.force_login(world.coordinator)
    response = client.post(
        vocabulary_url("vocabulary_add", kind=kind),
        {"name": "Ankommen im Alltag", "description": "", "position": "7"},
    )
    assert response.status_code == 302
    entry = model.objects.get(network=world.network)
    assert (entry.name, entry.position) == ("Ankommen im Alltag", 7)
    assert "was added" in client.get(response.url).content.decode()


def test_entry_named_like_another_is_refused_ignoring_case(world, client):
    FieldOfActionFactory(network=world.network, name="Dialog und Begegnung")
    client.force_login(world.coordinator)
    response = client.post(
        vocabulary_url("vocabulary_add"), {"name": "dialog und begegnung", "position": "0"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["name"]
    assert FieldOfAction.objects.filter(network=world.network).count() == 1


def test_entry_with_a_negative_position_is_refused(world, client):
    client.force_login(world.coordinator)
    response = client.post(vocabulary_url("vocabulary_add"), {"name": "X", "position": "-1"})
    assert response.status_code == 200
    assert response.context["form"].errors["position"]
    assert not FieldOfAction.objects.exists()


def test_coordinator_renames_an_entry(world, client):
    entry = FieldOfActionFactory(network=world.network, name="Kulturelle Bildng")
    client.force_login(world.coordinator)
    response = client.post(
        vocabulary_url("vocabulary_edit", entry=entry.pk),
        {"name": "Kulturelle Bildung", "position": "8"},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.name == "Kulturelle Bildung"


def test_unused_entry_is_deleted_after_confirmation(world, client):
    entry = TargetGroupFactory(network=world.network)
    client.force_login(world.coordinator)
    url = vocabulary_url("vocabulary_delete", kind="target-groups", entry=entry.pk)
    assert client.get(url).status_code == 200
    assert TargetGroup.objects.filter(pk=entry.pk).exists()
    response = client.post(url, {"confirm": "on"})
    assert response.status_code == 302
    assert not TargetGroup.objects.filter(pk=entry.pk).exists()


def test_entry_in_use_is_not_deleted_and_the_page_says_why(world, client):
    entry = FieldOfActionFactory(network=world.network, name="Übergang in den Beruf")
    project = apps.get_model("projects", "Project").objects.create(
        network=world.network, title="ALBuM-VIP"
    )
    for title in ("Berufsorientierung", "Übergangsmanagement"):
        sub_project = apps.get_model("projects", "SubProject").objects.create(
            project=project, title=title
        )
        sub_project.fields_of_action.add(entry)
    client.force_login(world.coordinator)
    url = vocabulary_url("vocabulary_delete", entry=entry.pk)
    page = client.get(url).content.decode()
    assert "still in use" in page and "2 sub-projects" in page
    response = client.post(url, {"confirm": "on"})
    assert response.status_code == 200
    assert "cannot be deleted" in str(response.context["form"].non_field_errors())
    assert FieldOfAction.objects.filter(pk=entry.pk).exists()


def test_edit_page_links_the_current_statute_and_removes_it_on_request(
    with_statute, client, private_root, django_capture_on_commit_callbacks
):
    name = Network.objects.get(pk=with_statute.network.pk).statute.name
    client.force_login(with_statute.coordinator)
    page = client.get(edit_url(with_statute)).content.decode()
    assert 'href="/office/alpha/statute/"' in page
    assert "Remove the statute" in page
    assert name not in page  # the stored file name is nobody's business
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            edit_url(with_statute),
            {**network_data(with_statute.network), "statute-clear": "on"},
        )
    assert response.status_code == 302
    assert not Network.objects.get(pk=with_statute.network.pk).statute
    assert not (private_root / name).exists()


def test_saving_other_fields_keeps_the_statute(with_statute, client):
    name = Network.objects.get(pk=with_statute.network.pk).statute.name
    client.force_login(with_statute.coordinator)
    client.post(
        edit_url(with_statute), network_data(with_statute.network, region="Region Hannover")
    )
    network = Network.objects.get(pk=with_statute.network.pk)
    assert (network.region, network.statute.name) == ("Region Hannover", name)
