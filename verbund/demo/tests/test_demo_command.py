import datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Sum
from django.http import Http404
from django.utils import timezone

from verbund.accounts.access import get_network_for_user, has_permission, networks_for
from verbund.accounts.models import NetworkRole, OrganisationRole, User
from verbund.audit.models import LogEntry
from verbund.core.testdata import shared_data
from verbund.demo import seeds
from verbund.demo.synthetic import MARKER
from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Membership,
    MembershipRole,
    Network,
    Organisation,
    TargetGroup,
)
from verbund.offers.models import Offering, OfferingLanguage, OfferingText, PostalCode
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    FundingSource,
    Indicator,
    IndicatorKind,
    Project,
    SubProject,
    SubProjectPartner,
)

SYNTHETIC = 5
OFFERINGS = 20
MODELS = (
    Network,
    Organisation,
    Membership,
    ContactPerson,
    FieldOfAction,
    TargetGroup,
    FundingProgramme,
    Project,
    SubProject,
    SubProjectPartner,
    Funding,
    Indicator,
    User,
    OrganisationRole,
    NetworkRole,
    LogEntry,
    Offering,
    OfferingText,
    OfferingLanguage,
    PostalCode,
)
PAPER_DAY = datetime.date(2021, 9, 8)
PRESS_RELEASE_2010 = datetime.date(2010, 8, 13)


def load(**options):
    options = {"synthetic": SYNTHETIC, "offerings": OFFERINGS, **options}
    call_command("demo", force=True, stdout=_Discard(), **options)


class _Discard:
    def write(self, text):
        pass

    def flush(self):
        pass


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def org(key):
    name = next(o.name for o in seeds.ALL_ORGANISATIONS if o.key == key)
    return Organisation.objects.get(name=name)


@pytest.fixture(scope="class")
def loaded_demo(django_db_setup, django_db_blocker):
    """The demo loaded once for the tests of a class that take ``demo`` (see
    verbund/core/testdata.py). Each test runs in a savepoint inside, so a test that changes or
    loads the demo again does so for itself alone."""
    with shared_data(django_db_blocker, load):
        yield


@pytest.fixture
def demo(loaded_demo, db):
    return Network.objects.get(slug="album")


class TestLoadedDemo:
    """Tests that read the demo, loaded once for them all (``loaded_demo``)."""

    def test_second_run_changes_no_counts_and_keeps_ids(self, demo):
        before = counts()
        ids = dict(User.objects.values_list("email", "pk"))
        organisation_ids = set(Organisation.objects.values_list("pk", flat=True))

        load()

        assert counts() == before
        assert dict(User.objects.values_list("email", "pk")) == ids
        assert set(Organisation.objects.values_list("pk", flat=True)) == organisation_ids
        assert before["Network"] == 3
        assert before["Organisation"] == len(seeds.ALL_ORGANISATIONS) + SYNTHETIC

    def test_album_has_the_thirteen_members_of_2021_on_the_paper_day_and_today(self, demo):
        expected = {org(key).name for key in seeds.ALBUM_MEMBERS_2021}
        assert len(expected) == 13
        for day in (PAPER_DAY, timezone.localdate()):
            members = Membership.objects.filter(network=demo, role=MembershipRole.MEMBER)
            assert {m.organisation.name for m in members.active_on(day)} == expected
        assert {
            "Ada-und-Theodor-Lessing-Volkshochschule Hannover",
            "Arbeitsgemeinschaft für MigrantInnen und Flüchtlinge Niedersachsen e.V.",
            "Bildungsvereinigung Arbeit und Leben Niedersachsen Mitte gGmbH",
            "Bildungsverein für Soziales Lernen e.V.",
            "kargah e.V.",
            "Verein Niedersächsischer Bildungsinitiativen e.V.",
            "Can Arkadaş e.V.",
        } <= expected

    def test_album_is_coordinated_by_the_city_office_in_the_culture_department(self, demo):
        office = demo.coordination_office
        assert office.kind == "public_administration"
        assert "Fachbereich Kultur" in office.description
        assert Membership.objects.get(network=demo, organisation=office).role == "coordination"
        assert demo.founded_year == 2005
        assert "Statut" in demo.description

    def test_partners_named_in_2010_were_in_the_network_that_day(self, demo):
        present = Membership.objects.filter(network=demo).active_on(PRESS_RELEASE_2010)
        keys = {
            "album-office",
            "vhs-hannover",
            "amfn",
            "can-arkadas",
            "arbeit-und-leben",
            "bildungsverein",
            "bteu",
            "kargah",
            "vnb",
        }
        assert {m.organisation.name for m in present} >= {org(key).name for key in keys}
        assert all(m.started_on == datetime.date(2005, 1, 1) for m in present if m.role == "member")

    def test_bteu_membership_has_ended_and_its_history_is_kept(self, demo):
        membership = Membership.objects.get(network=demo, organisation=org("bteu"))
        assert membership.role == MembershipRole.MEMBER
        assert membership.is_active_on(PRESS_RELEASE_2010)
        assert membership.ended_on is not None
        assert not membership.is_active_on(PAPER_DAY)
        assert membership.organisation.name == "Bund Türkisch-Europäischer UnternehmerInnen e.V."

    def test_album_lists_the_nine_fields_of_action_of_2021_in_order(self, demo):
        names = list(FieldOfAction.objects.filter(network=demo).values_list("name", flat=True))
        assert names == list(seeds.ALBUM_FIELDS_OF_ACTION)
        assert len(names) == 9
        groups = set(TargetGroup.objects.filter(network=demo).values_list("name", flat=True))
        assert {"Jugendliche (15–25 Jahre)", "Eltern", "SchülerInnen der Klassen 8–10"} <= groups

    def test_album_vip_has_five_sub_projects_and_just_under_two_million_euros(self, demo):
        vip = Project.objects.get(network=demo, acronym="ALBuM-VIP")
        assert vip.programme.short_name == "XENOS"
        assert vip.lead_organisation == demo.coordination_office
        assert vip.ends_on == datetime.date(2014, 12, 31)
        assert vip.sub_projects.count() == 5
        sources = set(vip.funding.values_list("source", flat=True))
        assert sources == {FundingSource.EU, FundingSource.FEDERAL}
        total = vip.funding.aggregate(total=Sum("amount"))["total"]
        assert Decimal("1900000") < total < Decimal("2000000")
        assert all("nur die Summe" in note for note in vip.funding.values_list("note", flat=True))

    def test_album_vip_sub_projects_name_their_partners_as_the_press_release_does(self, demo):
        vip = Project.objects.get(network=demo, acronym="ALBuM-VIP")

        def partners(title):
            sub = vip.sub_projects.get(title=title)
            return sub.lead_partner, {p.organisation.short_name for p in sub.partners.all()}

        assert partners("Interkulturelle Öffnung im JobCenter und in Jugendberatungsdiensten") == (
            None,
            {"Bildungsverein", "BTEU"},
        )
        assert partners("Stadtteilorientiertes Übergangsmanagement") == (
            org("kargah"),
            {"Can Arkadaş", "Arbeit und Leben"},
        )
        assert partners("Diversity Management in der Ausbildung") == (org("vhs-hannover"), set())
        transition = vip.sub_projects.get(title="Stadtteilorientiertes Übergangsmanagement")
        assert "Hauptschulabschlusskurse" in transition.activities
        assert transition.target_groups.filter(name="Jugendliche (15–25 Jahre)").exists()
        assert transition.fields_of_action.filter(name="Übergang in den Beruf").exists()
        assert org("jobcenter-hannover").kind == "employment_agency"

    def test_album_balance_2005_to_2010_is_recorded_as_approximate_network_figures(self, demo):
        figures = {i.kind: i for i in Indicator.objects.filter(network=demo, project__isnull=True)}
        assert figures[IndicatorKind.FUNDS_ACQUIRED].achieved == Decimal("3000000")
        assert figures[IndicatorKind.PARTICIPANTS].achieved == Decimal("2500")
        assert figures[IndicatorKind.COMPANIES_REACHED].achieved == Decimal("120")
        for figure in figures.values():
            assert figure.is_approximate
            assert figure.source == "Pressemitteilung 13. August (2010)"
            assert figure.period_start.year == 2005
            assert figure.period_end.year == 2010

    def test_album_language_course_projects_of_the_2021_paper_exist(self, demo):
        titles = set(Project.objects.filter(network=demo).values_list("title", flat=True))
        assert {"Deutsch 360 Grad", "Berufsbezogene Sprachkurse nach ESF-BAMF und DeuFöV"} <= titles
        assert FundingProgramme.objects.filter(network=demo, short_name="ESF-BAMF/DeuFöV").exists()
        assert FundingProgramme.objects.filter(network=demo, short_name="EQUAL").exists()

    def test_iq_berlin_project_shows_via_address_and_its_public_contacts(self, demo):
        network = Network.objects.get(slug="iq-berlin")
        project = Project.objects.get(network=network, acronym="Kommune interkulturell")
        via = project.lead_organisation
        assert (via.name, via.street, via.postal_code, via.city) == (
            "VIA Berlin/Brandenburg e.V.",
            "Petersburger Straße 92",
            "10247",
            "Berlin",
        )
        assert via.email == "iq-netz-via@via-in-berlin.de"
        assert via.phone == "030 29006948"
        contacts = {(c.full_name, c.function, c.is_public) for c in project.contacts.all()}
        assert contacts == {
            ("Frau Maria Oikonomidou", "Projektleitung", True),
            ("Herr Xiao Zhu", "Finanzkoordination", True),
        }
        assert project.programme.name == "Integration durch Qualifizierung (IQ)"
        assert "BMBF" in project.programme.description
        assert network.coordination_office.name.startswith("Beauftragter für Integration")
        sub = project.sub_projects.get()
        assert "Werkstattgespräche" in sub.activities
        assert sub.target_groups.count() == 3

    def test_marburg_migrant_organisations_are_unnamed_synthetic_placeholders(self, demo):
        network = Network.objects.get(slug="marburg")
        assert network.coordination_office.street == "Biegenstraße 3"
        placeholders = Organisation.objects.filter(
            memberships__network=network, name__startswith="Migrantenorganisation"
        )
        assert placeholders.count() == 6
        assert all(o.is_synthetic and MARKER in o.description for o in placeholders)
        assert Project.objects.filter(network=network, acronym="MMfM").exists()

    def test_every_synthetic_row_is_marked_and_only_a_cooperation_partner(self, demo):
        seeded = {o.name for o in seeds.ORGANISATIONS}
        invented = Organisation.objects.exclude(name__in=seeded).exclude(
            name__startswith="Migrantenorganisation"
        )
        assert invented.count() == SYNTHETIC
        assert all(o.is_synthetic and MARKER in o.description for o in invented)
        assert set(
            Membership.objects.filter(organisation__in=invented).values_list("role", flat=True)
        ) == {MembershipRole.COOPERATION_PARTNER}
        assert not Organisation.objects.filter(name__in=seeded, is_synthetic=True).exists()
        real_contacts = ContactPerson.objects.filter(is_synthetic=False)
        assert set(real_contacts.values_list("last_name", flat=True)) == {"Oikonomidou", "Zhu"}
        assert not ContactPerson.objects.filter(
            organisation__in=invented, is_synthetic=False
        ).exists()
        synthetic_projects = Project.objects.filter(is_synthetic=True)
        assert synthetic_projects.count() == 3
        assert all(MARKER in p.description for p in synthetic_projects)
        assert all(p.lead_organisation.is_synthetic for p in synthetic_projects)
        assert Funding.objects.filter(project__is_synthetic=True).exists()
        assert Indicator.objects.filter(project__is_synthetic=True).exists()

    def test_one_demo_login_per_role_can_log_in(self, demo, client):
        album = demo
        iq_berlin = Network.objects.get(slug="iq-berlin")
        kargah = org("kargah")
        for login in seeds.LOGINS:
            assert client.login(email=login.email, password=seeds.DEMO_PASSWORD), login.email
            client.logout()
        assert User.objects.get(email="admin@verbund.demo").is_superuser
        assert NetworkRole.objects.filter(network=album, role="coordinator").count() == 1
        assert NetworkRole.objects.filter(network=iq_berlin, role="coordinator").count() == 1
        roles = set(
            OrganisationRole.objects.filter(organisation=kargah).values_list("role", flat=True)
        )
        assert roles == {"admin", "caseworker", "multiplier", "viewer"}

    def test_demo_logins_are_separated_by_network(self, demo):
        iq_coordinator = User.objects.get(email="koordination@iq-berlin.verbund.demo")
        kargah_admin = User.objects.get(email="admin@kargah.verbund.demo")
        assert list(networks_for(iq_coordinator).values_list("slug", flat=True)) == ["iq-berlin"]
        with pytest.raises(Http404):
            get_network_for_user(iq_coordinator, "album")
        assert has_permission(
            kargah_admin, "network.organisation:change", network=demo, organisation=org("kargah")
        )
        assert not has_permission(
            kargah_admin, "network.organisation:change", network=demo, organisation=org("vnb")
        )

    def test_rerun_resets_a_changed_demo_password_and_keeps_the_user(self, demo, client):
        user = User.objects.get(email="lesen@kargah.verbund.demo")
        user.set_password("something-else-entirely")
        user.save()

        load()

        assert User.objects.get(email=user.email).pk == user.pk
        assert client.login(email=user.email, password=seeds.DEMO_PASSWORD)


def test_another_seed_gives_other_synthetic_organisations(db):
    load(seed=1)
    first = set(Organisation.objects.filter(is_synthetic=True).values_list("name", flat=True))

    load(seed=2)

    after = set(Organisation.objects.filter(is_synthetic=True).values_list("name", flat=True))
    assert len(after - first) == SYNTHETIC


def test_refuses_to_run_without_debug_unless_forced_and_writes_nothing(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("demo", synthetic=SYNTHETIC, stdout=_Discard())
    assert not Network.objects.exists()
    assert not User.objects.exists()


def test_rejects_a_negative_number_of_synthetic_organisations(db, settings):
    settings.DEBUG = True
    with pytest.raises(CommandError, match="--synthetic"):
        call_command("demo", synthetic=-1, stdout=_Discard())
    assert not Network.objects.exists()


def test_prints_the_demo_logins_and_password(db, settings):
    settings.DEBUG = True
    out = StringIO()
    call_command("demo", synthetic=0, stdout=out)
    text = out.getvalue()
    assert seeds.DEMO_PASSWORD in text
    assert all(login.email in text for login in seeds.LOGINS)
    assert (
        not Organisation.objects.filter(is_synthetic=True)
        .exclude(name__startswith="Migrantenorganisation")
        .exists()
    )
