"""The staff's catalogue API: who sees which offerings, writes through the services with the
provider's permissions, status actions, texts per language, bad input changing nothing."""

import pytest
from django.db import connection
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework.test import APIClient

from verbund.accounts.access import forget_access
from verbund.audit.models import LogEntry
from verbund.network.tests.factories import FieldOfActionFactory, TargetGroupFactory
from verbund.offers.models import (
    Offering,
    OfferingLanguage,
    OfferingStatus,
    OfferingText,
)
from verbund.offers.tests.factories import (
    OfferingFactory,
    OfferingLanguageFactory,
    OfferingTextFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return APIClient()


def url(world, name="catalogue-offering-list", network=None, **kwargs):
    slug = (network or world.network).slug
    return reverse(f"api:{name}", kwargs={"network": slug, **kwargs})


def detail(world, offering, name="catalogue-offering-detail", **kwargs):
    return url(world, name, pk=offering.pk, **kwargs)


def snapshot():
    """Everything a refused write must leave as it was."""
    return {
        model.__name__: sorted(
            (tuple(sorted(model_to_dict(row).items(), key=str)) for row in model.objects.all()),
            key=str,
        )
        for model in (Offering, OfferingText, OfferingLanguage)
    } | {"log": LogEntry.objects.count()}


@pytest.fixture
def catalogue(world):
    """X's draft and published offering, Y's draft and published one, and B's."""
    return {
        "x_draft": OfferingFactory(
            network=world.network,
            provider=world.organisation,
            title="X Entwurf",
            status=OfferingStatus.DRAFT,
        ),
        "x_published": OfferingFactory(
            network=world.network, provider=world.organisation, title="X veröffentlicht"
        ),
        "x_archived": OfferingFactory(
            network=world.network,
            provider=world.organisation,
            title="X Archiv",
            status=OfferingStatus.ARCHIVED,
        ),
        "y_draft": OfferingFactory(
            network=world.network,
            provider=world.other_organisation,
            title="Y Entwurf",
            status=OfferingStatus.DRAFT,
        ),
        "y_published": OfferingFactory(
            network=world.network, provider=world.other_organisation, title="Y veröffentlicht"
        ),
        "foreign": OfferingFactory(
            network=world.other_network, provider=world.foreign_organisation, title="Anderswo"
        ),
    }


def listed(client, world, **params):
    response = client.get(url(world), params)
    assert response.status_code == 200, response.content
    return sorted(row["title"] for row in response.json()["results"])


# --- who sees what ------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["coordinator", "superuser"])
def test_coordination_sees_every_offering_of_the_network(client, world, catalogue, persona):
    client.force_authenticate(getattr(world, persona))
    assert listed(client, world) == [
        "X Archiv",
        "X Entwurf",
        "X veröffentlicht",
        "Y Entwurf",
        "Y veröffentlicht",
    ]


@pytest.mark.parametrize("persona", ["org_admin", "caseworker"])
def test_organisation_staff_see_their_own_drafts_and_the_others_published(
    client, world, catalogue, persona
):
    client.force_authenticate(getattr(world, persona))
    assert listed(client, world) == [
        "X Archiv",
        "X Entwurf",
        "X veröffentlicht",
        "Y veröffentlicht",
    ]


@pytest.mark.parametrize("persona", ["multiplier", "viewer"])
def test_readers_of_the_network_see_the_published_offerings(client, world, catalogue, persona):
    client.force_authenticate(getattr(world, persona))
    assert listed(client, world) == ["X veröffentlicht", "Y veröffentlicht"]


def test_the_anonymous_must_log_in_and_outsiders_find_nothing(client, world, catalogue):
    assert client.get(url(world)).status_code == 403
    client.force_authenticate(world.outsider)
    assert client.get(url(world)).status_code == 404
    assert client.get(detail(world, catalogue["x_published"])).status_code == 404


def test_another_networks_offering_is_not_found(client, world, catalogue):
    client.force_authenticate(world.coordinator)
    foreign = catalogue["foreign"]
    assert client.get(detail(world, foreign)).status_code == 404
    assert client.patch(detail(world, foreign), {"venue": "x"}, format="json").status_code == 404
    response = client.post(detail(world, foreign, "catalogue-offering-publish"))
    assert response.status_code == 404


def test_another_organisations_draft_is_not_found_for_its_neighbours(client, world, catalogue):
    client.force_authenticate(world.org_admin)
    assert client.get(detail(world, catalogue["y_draft"])).status_code == 404
    response = client.patch(detail(world, catalogue["y_published"]), {"venue": "x"}, format="json")
    assert response.status_code == 403


def test_list_filters_by_status_and_provider(client, world, catalogue):
    client.force_authenticate(world.coordinator)
    assert listed(client, world, status="draft") == ["X Entwurf", "Y Entwurf"]
    assert listed(client, world, provider=world.other_organisation.pk) == [
        "Y Entwurf",
        "Y veröffentlicht",
    ]
    assert client.get(url(world), {"status": "gone"}).status_code == 400


def test_detail_shows_internal_fields_and_the_translation_states(client, world):
    offering = OfferingFactory(network=world.network, provider=world.organisation, capacity=25)
    offering.texts.filter(language="de").update(source_version=2)
    OfferingTextFactory(offering=offering, language="en", source_version=1)
    OfferingTextFactory(offering=offering, language="ar", source_version=2, machine_translated=True)
    client.force_authenticate(world.caseworker)
    row = client.get(detail(world, offering)).json()
    assert (row["status"], row["capacity"], row["is_visible"]) == ("published", 25, True)
    assert row["networks"] == [world.network.slug]
    assert [(text["language"], text["state"]) for text in row["texts"]] == [
        ("de", "up_to_date"),
        ("en", "outdated"),
        ("ar", "machine"),
    ]
    assert row["missing_languages"] == ["tr", "uk", "ru", "fa", "de-simple"]


def test_list_queries_do_not_grow_with_the_offerings(client, world):
    def fill(count):
        for _ in range(count):
            offering = OfferingFactory(network=world.network, provider=world.organisation)
            OfferingTextFactory(offering=offering, language="en")
            OfferingLanguageFactory(offering=offering)
            offering.fields_of_action.add(FieldOfActionFactory(network=world.network))
            offering.target_groups.add(TargetGroupFactory(network=world.network))

    client.force_authenticate(world.caseworker)

    def count():
        # Each request reads the roles afresh, as a real one does.
        forget_access(world.caseworker)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url(world))
        assert response.status_code == 200
        return len(queries), response.json()["count"]

    fill(3)
    few, shown = count()
    assert shown == 3
    fill(27)
    many, shown = count()
    assert (many, shown) == (few, 30)


# --- writes -------------------------------------------------------------------------------------


def new_offering(world, **fields):
    return {
        "provider": world.organisation.pk,
        "kind": "language_course",
        "course_type": "basic_b1_b2",
        "entry_level": "B1",
        "target_level": "B2",
        "starts_on": "2027-02-01",
        "ends_on": "2027-07-31",
        "city": "Hannover",
        "is_free": True,
        "languages": {"instruction": ["de"], "support": ["ar", "uk"]},
        "text": {
            "title": "Berufssprachkurs B1–B2",
            "summary": "Deutsch für den Beruf",
            "schedule_note": "Montags und mittwochs, 18 bis 20 Uhr",
        },
        **fields,
    }


@pytest.mark.parametrize("persona", ["org_admin", "caseworker", "coordinator"])
def test_staff_add_an_offering_of_the_organisation_as_a_draft(client, world, persona):
    user = getattr(world, persona)
    client.force_authenticate(user)
    field = FieldOfActionFactory(network=world.network)
    response = client.post(
        url(world), new_offering(world, fields_of_action=[field.pk]), format="json"
    )
    assert response.status_code == 201, response.content
    offering = Offering.objects.get(pk=response.json()["id"])
    assert (offering.provider, offering.status, offering.title) == (
        world.organisation,
        OfferingStatus.DRAFT,
        "Berufssprachkurs B1–B2",
    )
    assert list(offering.networks.all()) == [world.network]
    assert list(offering.fields_of_action.all()) == [field]
    assert response.json()["languages"] == {"instruction": ["de"], "support": ["ar", "uk"]}
    assert response.json()["texts"][0]["schedule_note"] == "Montags und mittwochs, 18 bis 20 Uhr"
    entry = LogEntry.objects.get(action="offers.offering.created")
    assert (entry.actor, entry.object_id) == (user, str(offering.pk))


def test_adding_for_another_organisation_is_forbidden(client, world):
    client.force_authenticate(world.org_admin)
    before = snapshot()
    payload = new_offering(world, provider=world.other_organisation.pk)
    assert client.post(url(world), payload, format="json").status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize("persona", ["multiplier", "viewer"])
def test_readers_cannot_add(client, world, persona):
    client.force_authenticate(getattr(world, persona))
    assert client.post(url(world), new_offering(world), format="json").status_code == 403


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"text": None}, "text"),
        ({"kind": "no-such-kind"}, "kind"),
        ({"ends_on": "2026-01-01"}, "ends_on"),
        ({"entry_level": "C1", "target_level": "A2"}, "target_level"),
        ({"provider": 999999}, "provider"),
        ({"networks": ["beta"]}, "networks"),
        ({"languages": {"support": ["xx"]}}, "languages"),
        ({"is_free": True, "fee": "10.00"}, "fee"),
    ],
)
def test_bad_input_is_a_400_and_writes_nothing(client, world, change, field):
    client.force_authenticate(world.coordinator)
    payload = new_offering(world, **change)
    if change.get("text", "") is None:
        del payload["text"]
    before = snapshot()
    response = client.post(url(world), payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert snapshot() == before


def test_a_field_of_action_of_another_network_is_refused(client, world):
    client.force_authenticate(world.coordinator)
    foreign = FieldOfActionFactory(network=world.other_network)
    before = snapshot()
    response = client.post(
        url(world), new_offering(world, fields_of_action=[foreign.pk]), format="json"
    )
    assert response.status_code == 400
    assert "fields_of_action" in response.json()
    assert snapshot() == before


def test_staff_change_an_offering_and_its_languages(client, world, catalogue):
    client.force_authenticate(world.caseworker)
    offering = catalogue["x_draft"]
    response = client.patch(
        detail(world, offering),
        {"venue": "Stadtteilzentrum", "languages": {"support": ["fa"]}, "provider": 1},
        format="json",
    )
    assert response.status_code == 200, response.content
    offering.refresh_from_db()
    assert offering.venue == "Stadtteilzentrum"
    assert offering.provider == world.organisation
    assert list(offering.languages.values_list("language", "role")) == [("fa", "support")]
    assert LogEntry.objects.filter(action="offers.offering.changed").count() == 1


def test_invalid_change_writes_nothing(client, world, catalogue):
    client.force_authenticate(world.org_admin)
    before = snapshot()
    response = client.patch(
        detail(world, catalogue["x_draft"]),
        {"age_min": 30, "age_max": 20, "venue": "Neu"},
        format="json",
    )
    assert response.status_code == 400
    assert "age_max" in response.json()
    assert snapshot() == before


def test_whole_replacement_is_not_offered(client, world, catalogue):
    client.force_authenticate(world.coordinator)
    response = client.put(detail(world, catalogue["x_draft"]), {}, format="json")
    assert response.status_code == 405


# --- status -------------------------------------------------------------------------------------


def test_admin_publishes_archives_and_takes_back(client, world, catalogue):
    client.force_authenticate(world.org_admin)
    offering = catalogue["x_draft"]
    response = client.post(detail(world, offering, "catalogue-offering-publish"))
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "published"
    response = client.post(detail(world, offering, "catalogue-offering-unpublish"))
    assert response.json()["status"] == "draft"
    response = client.post(detail(world, offering, "catalogue-offering-archive"))
    assert response.json()["status"] == "archived"
    actions = set(LogEntry.objects.values_list("action", flat=True))
    assert {
        "offers.offering.published",
        "offers.offering.unpublished",
        "offers.offering.archived",
    } <= actions


def test_caseworker_writes_but_does_not_publish(client, world, catalogue):
    client.force_authenticate(world.caseworker)
    response = client.post(detail(world, catalogue["x_draft"], "catalogue-offering-publish"))
    assert response.status_code == 403
    assert Offering.objects.get(pk=catalogue["x_draft"].pk).status == OfferingStatus.DRAFT


def test_coordinator_publishes_any_organisations_offering(client, world, catalogue):
    client.force_authenticate(world.coordinator)
    response = client.post(detail(world, catalogue["y_draft"], "catalogue-offering-publish"))
    assert response.status_code == 200


def test_publishing_without_a_german_text_is_refused(client, world):
    offering = OfferingFactory(
        network=world.network,
        provider=world.organisation,
        status=OfferingStatus.DRAFT,
        german=False,
    )
    client.force_authenticate(world.org_admin)
    before = snapshot()
    response = client.post(detail(world, offering, "catalogue-offering-publish"))
    assert response.status_code == 400
    assert "German text" in response.json()["non_field_errors"][0]
    assert snapshot() == before


def test_only_drafts_are_deleted(client, world, catalogue):
    client.force_authenticate(world.org_admin)
    response = client.delete(detail(world, catalogue["x_published"]))
    assert response.status_code == 400
    assert Offering.objects.filter(pk=catalogue["x_published"].pk).exists()
    assert client.delete(detail(world, catalogue["x_draft"])).status_code == 204
    assert not Offering.objects.filter(pk=catalogue["x_draft"].pk).exists()


# --- texts --------------------------------------------------------------------------------------


def text_url(world, offering, language, name="catalogue-offering-text"):
    return detail(world, offering, name, language=language)


TEXT = {"title": "Language café", "summary": "Speak German over coffee"}


def test_translation_is_written_and_outdated_by_a_major_german_edit(client, world, catalogue):
    client.force_authenticate(world.caseworker)
    offering = catalogue["x_published"]
    response = client.put(text_url(world, offering, "en"), TEXT, format="json")
    assert response.status_code == 200, response.content
    assert (response.json()["language"], response.json()["state"]) == ("en", "up_to_date")
    german = {"title": "Sprachcafé neu", "summary": "Neu"}
    response = client.put(text_url(world, offering, "de"), german, format="json")
    assert response.status_code == 200
    offering.refresh_from_db()
    assert offering.title == "Sprachcafé neu"
    row = client.get(detail(world, offering)).json()
    assert {t["language"]: t["state"] for t in row["texts"]}["en"] == "outdated"


def test_minor_german_edit_keeps_translations_up_to_date(client, world, catalogue):
    client.force_authenticate(world.org_admin)
    offering = catalogue["x_published"]
    client.put(text_url(world, offering, "en"), TEXT, format="json")
    fixed = {"title": offering.title, "summary": "Kurz gesagt.", "minor_edit": True}
    assert client.put(text_url(world, offering, "de"), fixed, format="json").status_code == 200
    row = client.get(detail(world, offering)).json()
    assert {t["language"]: t["state"] for t in row["texts"]}["en"] == "up_to_date"


def test_text_in_an_unknown_language_is_not_found_and_a_bad_text_is_a_400(client, world, catalogue):
    client.force_authenticate(world.org_admin)
    offering = catalogue["x_published"]
    assert client.put(text_url(world, offering, "xx"), TEXT, format="json").status_code == 404
    before = snapshot()
    response = client.put(text_url(world, offering, "en"), {"title": ""}, format="json")
    assert response.status_code == 400
    assert "title" in response.json()
    assert snapshot() == before


def test_neighbours_cannot_write_texts(client, world, catalogue):
    client.force_authenticate(world.other_org_admin)
    before = snapshot()
    response = client.put(text_url(world, catalogue["x_published"], "en"), TEXT, format="json")
    assert response.status_code == 403
    assert snapshot() == before


def test_translation_is_removed_but_the_german_source_stays(client, world, catalogue):
    client.force_authenticate(world.org_admin)
    offering = catalogue["x_published"]
    OfferingTextFactory(offering=offering, language="tr")
    assert client.delete(text_url(world, offering, "tr")).status_code == 204
    assert not offering.texts.filter(language="tr").exists()
    response = client.delete(text_url(world, offering, "de"))
    assert response.status_code == 400
    assert offering.texts.filter(language="de").exists()


def test_machine_translation_is_approved_by_a_person(client, world, catalogue):
    offering = catalogue["x_published"]
    OfferingTextFactory(offering=offering, language="uk", machine_translated=True)
    client.force_authenticate(world.caseworker)
    response = client.post(text_url(world, offering, "uk", "catalogue-offering-approve-text"))
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "up_to_date"
    row = offering.texts.get(language="uk")
    assert (row.machine_translated, row.approved_by) == (False, world.caseworker)
    response = client.post(text_url(world, offering, "uk", "catalogue-offering-approve-text"))
    assert response.status_code == 400
