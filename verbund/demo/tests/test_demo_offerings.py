"""The demo's offerings: the seeds' offers through the services, synthetic volume in bulk, the
demo cities' postal codes, and a finder worth trying."""

import datetime
import math
import random
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from verbund.audit.models import LogEntry
from verbund.core.testdata import shared_data
from verbund.demo import offering_seeds, offering_templates, places, seeds, synthetic
from verbund.demo.offerings import SEED_PREFIX, UPDATED_NOTE, anchor_day
from verbund.network.models import Network, Organisation
from verbund.offers.choices import OfferingKind, OfferingStatus, TranslationState
from verbund.offers.models import Offering, OfferingLanguage, OfferingText, PostalCode
from verbund.offers.selectors import FinderQuery, find_offerings, locate, translation_overview

SYNTHETIC_OFFERINGS = 60
LIMITS = {"title": 200, "summary": 300, "schedule_note": 300}


def load(**options):
    options = {"synthetic": 6, "offerings": SYNTHETIC_OFFERINGS, **options}
    out = StringIO()
    call_command("demo", force=True, stdout=out, **options)
    return out.getvalue()


@pytest.fixture(scope="class")
def loaded_demo(django_db_setup, django_db_blocker):
    """The demo loaded once for the tests of a class that take ``demo`` (see
    verbund/core/testdata.py). Each test runs in a savepoint inside, so a test that changes or
    loads the demo again does so for itself alone."""
    with shared_data(django_db_blocker, load) as output:
        yield output


@pytest.fixture
def demo(loaded_demo, db):
    """What the demo command printed."""
    return loaded_demo


def seeded():
    return Offering.objects.filter(external_id__startswith=SEED_PREFIX)


def org(key):
    return Organisation.objects.get(
        name=next(o.name for o in seeds.ALL_ORGANISATIONS if o.key == key)
    )


def km(a_lat, a_lon, b_lat, b_lon):
    a_lat, a_lon, b_lat, b_lon = map(math.radians, map(float, (a_lat, a_lon, b_lat, b_lon)))
    cosine = math.sin(a_lat) * math.sin(b_lat) + math.cos(a_lat) * math.cos(b_lat) * math.cos(
        a_lon - b_lon
    )
    return 6371 * math.acos(min(1.0, max(-1.0, cosine)))


# --- The data as written: checked without a database ----------------------------------------


def test_every_seed_offering_has_german_english_and_arabic_texts_within_the_limits():
    assert len(offering_seeds.OFFERINGS) >= 30
    simple = [spec for spec in offering_seeds.OFFERINGS if "de-simple" in spec.texts]
    assert len(simple) >= 5
    for spec in offering_seeds.OFFERINGS:
        assert list(spec.texts)[:3] == ["de", "en", "ar"], spec.key
        for language, text in {**spec.texts, **spec.machine_texts}.items():
            assert text.title and text.summary and text.description, (spec.key, language)
            for name, limit in LIMITS.items():
                assert len(getattr(text, name)) <= limit, (spec.key, language, name)
            assert offering_seeds.note(spec, language)
    assert len({spec.key for spec in offering_seeds.OFFERINGS}) == len(offering_seeds.OFFERINGS)


def test_seed_offerings_name_only_fields_groups_and_providers_of_their_network():
    networks = {spec.slug: spec for spec in seeds.NETWORKS}
    for spec in offering_seeds.OFFERINGS:
        network = networks[spec.network]
        members = {member.org for member in network.members}
        assert spec.provider in members, spec.key
        assert set(spec.fields_of_action) <= set(network.fields_of_action), spec.key
        assert set(spec.target_groups) <= {name for name, _ in network.target_groups}, spec.key
        assert spec.is_online or spec.at_provider or places.district(*spec.place), spec.key


def test_the_album_vip_sub_projects_and_the_kinds_the_seeds_name_all_have_offerings():
    album = [spec for spec in offering_seeds.OFFERINGS if spec.network == "album"]
    providers = {spec.provider for spec in album}
    # The partners of the five sub-projects (press release of 2 May 2012), BTEU aside: it has
    # left the network, so it publishes nothing today.
    assert {"bildungsverein", "vnb", "arbeit-und-leben", "amfn", "kargah", "can-arkadas"} <= (
        providers
    )
    assert "vhs-hannover" in providers and "bteu" not in providers
    assert {spec.kind for spec in album} == set(OfferingKind.values)
    assert {spec.kind for spec in offering_seeds.OFFERINGS if spec.network == "marburg"} >= {
        OfferingKind.COUNSELLING
    }
    berlin = [spec for spec in offering_seeds.OFFERINGS if spec.network == "iq-berlin"]
    assert len(berlin) >= 6 and {spec.provider for spec in berlin} == {"via"}


def test_postal_codes_cover_every_code_synthetic_organisations_use():
    known = {district.postal_code for district in places.ALL_DISTRICTS}
    for area in synthetic.AREAS.values():
        assert set(area.postal_codes) <= known
    rows = places.postal_code_rows()
    assert len({(row.code, row.place) for row in rows}) == len(rows)
    for city in (places.HANNOVER, places.MARBURG, places.BERLIN):
        assert len({d.postal_code for d in city}) >= 4
    for district in places.ALL_DISTRICTS:
        assert 50 < district.latitude < 53 and 8 < district.longitude < 14


def test_templates_give_texts_in_all_eight_languages_within_the_limits():
    rng = random.Random(7)
    provider = Organisation(name="Verein", kind="migrant_organisation", email="info@v.example")
    anchor = datetime.date(2026, 11, 1)
    for template in offering_templates.TEMPLATES:
        for _ in range(8):
            draft = offering_templates.build(
                rng=rng,
                template=template,
                provider=provider,
                district=rng.choice(places.ALL_DISTRICTS),
                anchor=anchor,
            )
            assert set(draft.texts) == set(offering_templates.LANGUAGES)
            for language, text in draft.texts.items():
                for name, limit in LIMITS.items():
                    assert len(text[name]) <= limit, (template.key, language, name)
                assert offering_templates.MARKER[language] in text["description"]
            draft.offering.clean()


def test_dates_count_from_the_first_of_the_month():
    assert anchor_day(datetime.date(2026, 11, 23)) == datetime.date(2026, 11, 1)


# --- Loaded -------------------------------------------------------------------------------


class TestLoadedDemo:
    """Tests that read the demo's offerings, loaded once for them all (``loaded_demo``)."""

    def test_loads_the_seed_offerings_published_with_their_texts_and_the_synthetic_ones(self, demo):
        assert seeded().count() == len(offering_seeds.OFFERINGS)
        assert set(seeded().values_list("status", flat=True)) == {OfferingStatus.PUBLISHED}
        assert not seeded().filter(is_synthetic=True).exists()
        synthetic_offerings = Offering.objects.filter(is_synthetic=True)
        assert synthetic_offerings.count() == SYNTHETIC_OFFERINGS
        assert Offering.objects.count() == len(offering_seeds.OFFERINGS) + SYNTHETIC_OFFERINGS
        for spec in offering_seeds.OFFERINGS:
            offering = Offering.objects.get(external_id=SEED_PREFIX + spec.key)
            languages = set(offering.texts.values_list("language", flat=True))
            assert languages == set(spec.texts) | set(spec.machine_texts), spec.key
            assert offering.title == spec.texts["de"].title
        assert PostalCode.objects.count() == len(places.postal_code_rows())
        assert f"Offerings: {len(offering_seeds.OFFERINGS)} from the seeds, 60 synthetic" in demo

    def test_seed_offerings_belong_to_the_right_provider_network_and_place(self, demo):
        album = Network.objects.get(slug="album")
        course = Offering.objects.get(external_id="demo:kargah-spezialmodul-unter-a2")
        assert course.provider == org("kargah")
        assert list(course.networks.all()) == [album]
        assert (course.entry_level, course.target_level, course.course_type) == (
            "A1",
            "A2",
            "special_below_a2",
        )
        assert (course.postal_code, course.district, course.childcare) == (
            "30451",
            "Linden-Nord",
            True,
        )
        assert set(course.languages.filter(role="support").values_list("language", flat=True)) == {
            "fa",
            "prs",
            "ar",
            "ku",
        }
        assert course.project.title == "Berufsbezogene Sprachkurse nach ESF-BAMF und DeuFöV"
        assert course.fields_of_action.get().network == album

        via = Offering.objects.get(external_id="demo:via-beratung-professionalisierung-mo")
        assert (via.street, via.postal_code, via.district) == (
            "Petersburger Straße 92",
            "10247",
            "Friedrichshain",
        )
        assert via.contact.last_name == "Oikonomidou"
        assert via.programme.short_name == "IQ"
        jmd = Offering.objects.get(external_id="demo:jmd-marburg-beratung")
        assert (jmd.street, jmd.age_min, jmd.age_max) == ("Biegenstraße 3", 12, 27)
        for offering in seeded().select_related("provider"):
            provider = offering.provider
            if offering.is_online:
                assert offering.latitude is None
                continue
            assert offering.latitude is not None, offering.external_id
            if provider.latitude is not None:
                assert (
                    km(offering.latitude, offering.longitude, provider.latitude, provider.longitude)
                    < 30
                )
            # A demo visitor must not write to a real organisation.
            assert not (offering.registration_email or offering.registration_phone)

    def test_seed_texts_say_what_the_demo_assumed_in_every_language(self, demo):
        specs = {SEED_PREFIX + spec.key: spec for spec in offering_seeds.OFFERINGS}
        texts = OfferingText.objects.filter(offering__in=seeded()).select_related("offering")
        for text in texts:
            spec = specs[text.offering.external_id]
            assert text.description.endswith(offering_seeds.note(spec, text.language))
        assumed = texts.get(offering__external_id="demo:vhs-berufssprachkurs-b1-b2", language="de")
        assert "Träger, Ort, Termine und Einzelheiten sind für die Vorführung angenommen" in (
            assumed.description
        )

    def test_seed_translations_are_up_to_date_or_marked_machine_made(self, demo):
        overview = dict(translation_overview(seeded().filter(external_id__contains="b1-b2")))
        (states,) = overview.values()
        states = dict(states)
        assert states["en"] == states["ar"] == states["de-simple"] == TranslationState.UP_TO_DATE
        assert (
            states["tr"] == states["fa"] == states["ru"] == states["uk"] == TranslationState.MACHINE
        )
        assert LogEntry.objects.filter(action="offers.offering.published").count() == len(
            offering_seeds.OFFERINGS
        )

    def test_synthetic_offerings_show_every_translation_state_and_say_they_are_invented(self, demo):
        offerings = Offering.objects.filter(is_synthetic=True).select_related("provider")
        states = {state for _o, row in translation_overview(offerings) for _lang, state in row}
        assert states == set(TranslationState.values)
        assert all(o.provider.is_synthetic for o in offerings)
        assert {o.status for o in offerings} >= {OfferingStatus.PUBLISHED}
        german = OfferingText.objects.filter(offering__in=offerings, language="de")
        assert all("Synthetische Demodaten" in text.description for text in german)
        outdated = german.filter(source_version=2)
        assert outdated.exists() and all(UPDATED_NOTE in text.description for text in outdated)
        emails = {o.registration_email for o in offerings} - {""}
        assert emails and all(email.endswith(".example") for email in emails)
        assert OfferingLanguage.objects.filter(
            offering__in=offerings, role="instruction"
        ).count() == (offerings.count())

    def test_second_run_changes_no_counts_ids_or_versions_and_logs_nothing(self, demo):
        models = (Offering, OfferingText, OfferingLanguage, PostalCode, LogEntry)
        counts = {model: model.objects.count() for model in models}
        ids = set(Offering.objects.values_list("pk", flat=True))
        versions = set(OfferingText.objects.values_list("offering_id", "language", "version"))

        load()

        assert {model: model.objects.count() for model in models} == counts
        assert set(Offering.objects.values_list("pk", flat=True)) == ids
        assert (
            set(OfferingText.objects.values_list("offering_id", "language", "version")) == versions
        )

    def test_a_demo_visitors_change_is_put_back_and_logged_by_the_next_run(self, demo):
        offering = Offering.objects.get(external_id="demo:vnb-berufsparcours")
        offering.capacity = 3
        offering.save()

        load()

        offering.refresh_from_db()
        assert offering.capacity == 60
        assert LogEntry.objects.filter(
            action="offers.offering.changed", object_id=str(offering.pk)
        ).exists()

    def test_the_finder_finds_the_seed_language_courses_by_word_and_near_a_postal_code(self, demo):
        album = Network.objects.get(slug="album")
        found = {
            o.external_id
            for o in find_offerings(album, FinderQuery(text="Sprachkurs"), language="de")
        }
        assert {
            "demo:vhs-berufssprachkurs-b1-b2",
            "demo:vhs-berufssprachkurs-b2-c1-abends",
            "demo:kargah-spezialmodul-unter-a2",
            "demo:arbeit-und-leben-spezialmodul-a2-b1",
        } <= found

        near = locate("30159")
        assert near is not None
        nearby = find_offerings(
            album,
            FinderQuery(
                near=near, radius_km=2, kinds=[OfferingKind.LANGUAGE_COURSE], levels=["B1"]
            ),
            language="de",
        )
        assert "demo:vhs-berufssprachkurs-b1-b2" in {o.external_id for o in nearby}

        arabic = find_offerings(album, FinderQuery(text="الأمهات"), language="ar")
        assert "demo:kargah-alleinerziehende-muetter" in {o.external_id for o in arabic}
        berlin = Network.objects.get(slug="iq-berlin")
        assert not find_offerings(berlin, FinderQuery(text="Sprachkurs"), language="de").filter(
            external_id__startswith=SEED_PREFIX
        )

    def test_synthetic_offerings_appear_in_the_networks_of_their_providers(self, demo):
        for offering in Offering.objects.filter(is_synthetic=True).prefetch_related("networks"):
            (network,) = offering.networks.all()
            assert offering.provider.memberships.filter(network=network).exists()
            assert offering.fields_of_action.filter(network=network).count() >= 1


def test_without_synthetic_offerings_only_the_seeds_are_loaded(db):
    output = load(offerings=0)
    assert Offering.objects.count() == len(offering_seeds.OFFERINGS)
    assert "0 synthetic" in output


def test_rejects_a_negative_number_of_synthetic_offerings(db):
    with pytest.raises(CommandError, match="--offerings"):
        load(offerings=-1)
    assert not Offering.objects.exists()
