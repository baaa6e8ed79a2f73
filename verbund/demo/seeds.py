"""The demo networks as the seed documents state them (``shared/seeds/``).

Everything here is read from five public documents; where a document leaves something open
(a year, a split of a total, the names of organisations), the value is either left empty or
marked as an assumption in a comment and in the visible note. Street addresses are given only
where a document prints them; other real organisations get their city and the city's
approximate coordinates at most.

Keys (``"kargah"``, ``"vhs-hannover"``) exist only inside this module, to tie memberships and
partners to organisations; the database's natural keys are the network slug, the organisation
name, the project title and so on.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from verbund.network.models import LegalForm, MembershipRole, OrganisationKind
from verbund.projects.models import FundingSource, IndicatorKind, PartnerRole, ProjectStatus

# The documents, cited in notes and indicator sources.
PM_2010 = "Pressemitteilung 13. August (2010)"
PM_2012 = "Pressemitteilung 2. Mai (2012)"
DS_2021 = "Informationsdrucksache Nr. 2032/2021 (08.09.2021)"
MARBURG_2013 = "Artikel „Gemeinsam Chancen für Migranten schaffen“ (Marburg, 24.7.2013)"
IQ_BERLIN = "Projektseite VIA Berlin/Brandenburg e.V., IQ Netzwerk Berlin"

DS_2021_DAY = datetime.date(2021, 9, 8)

# Approximate centres, good enough for a map of the city; never a claim about a street.
HANNOVER = (Decimal("52.375900"), Decimal("9.732000"))
MARBURG = (Decimal("50.802100"), Decimal("8.766700"))
BERLIN = (Decimal("52.520000"), Decimal("13.405000"))


@dataclass(frozen=True)
class Org:
    key: str
    name: str
    kind: str
    short_name: str = ""
    legal_form: str = LegalForm.UNKNOWN
    street: str = ""
    postal_code: str = ""
    city: str = ""
    coordinates: tuple[Decimal, Decimal] | None = None
    website: str = ""
    email: str = ""
    phone: str = ""
    description: str = ""
    is_synthetic: bool = False


@dataclass(frozen=True)
class Member:
    org: str
    role: str
    started_on: datetime.date | None = None
    ended_on: datetime.date | None = None
    note: str = ""


@dataclass(frozen=True)
class Contact:
    org: str
    salutation: str
    first_name: str
    last_name: str
    function: str
    is_public: bool


@dataclass(frozen=True)
class Programme:
    name: str
    short_name: str = ""
    funders: str = ""
    description: str = ""


@dataclass(frozen=True)
class Partner:
    org: str
    role: str


@dataclass(frozen=True)
class SubProject:
    title: str
    lead: str | None
    partners: tuple[Partner, ...]
    description: str
    activities: str
    target_groups: tuple[str, ...]
    fields_of_action: tuple[str, ...]


@dataclass(frozen=True)
class Fund:
    source: str
    amount: Decimal
    funder: str
    note: str = ""


@dataclass(frozen=True)
class Figure:
    kind: str
    label: str
    achieved: Decimal | None
    period_start: datetime.date | None
    period_end: datetime.date | None
    source: str
    planned: Decimal | None = None
    is_approximate: bool = False


@dataclass(frozen=True)
class Project:
    title: str
    status: str
    description: str
    acronym: str = ""
    programme: str | None = None  # a Programme.name of the same network
    lead: str | None = None
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    sub_projects: tuple[SubProject, ...] = ()
    funding: tuple[Fund, ...] = ()
    contacts: tuple[str, ...] = ()  # last names of the lead's contact persons


@dataclass(frozen=True)
class NetworkSeed:
    slug: str
    name: str
    short_name: str
    region: str
    description: str
    coordination_office: str
    members: tuple[Member, ...]
    founded_year: int | None = None
    email: str = ""
    website: str = ""
    fields_of_action: tuple[str, ...] = ()
    target_groups: tuple[tuple[str, str], ...] = ()  # (name, description)
    programmes: tuple[Programme, ...] = ()
    projects: tuple[Project, ...] = ()
    figures: tuple[Figure, ...] = ()  # network-level, no project
    contacts: tuple[Contact, ...] = ()
    synthetic_area: str = ""  # where the synthetic partners of this network live


# --- Organisations --------------------------------------------------------------------------

ORGANISATIONS = (
    # ALBuM, Hannover
    Org(
        key="album-office",
        name="Koordinierungsstelle ALBuM der Landeshauptstadt Hannover",
        short_name="Koordinierungsstelle ALBuM",
        kind=OrganisationKind.PUBLIC_ADMINISTRATION,
        legal_form=LegalForm.PUBLIC_BODY,
        city="Hannover",
        coordinates=HANNOVER,
        email="album@hannover-stadt.de",
        description=(
            "Städtische Koordinierungsstelle des Netzwerks ALBuM. Laut Informationsdrucksache "
            "Nr. 2032/2021 im Fachbereich Kultur angesiedelt; 2010 wurde die Arbeit von ALBuM "
            "federführend vom Fachbereich Bildung und Qualifizierung umgesetzt. Gesamtprojekt"
            "leitung von ALBuM-VIP (2012–2014)."
        ),
    ),
    Org(
        key="vhs-hannover",
        name="Ada-und-Theodor-Lessing-Volkshochschule Hannover",
        short_name="VHS Hannover",
        kind=OrganisationKind.ADULT_EDUCATION_CENTRE,
        legal_form=LegalForm.PUBLIC_BODY,
        city="Hannover",
        coordinates=HANNOVER,
        description="Volkshochschule der Landeshauptstadt Hannover; Partner in ALBuM seit 2005.",
    ),
    Org(
        key="amfn",
        name="Arbeitsgemeinschaft für MigrantInnen und Flüchtlinge Niedersachsen e.V.",
        short_name="AMFN",
        kind=OrganisationKind.MIGRANT_ORGANISATION,
        legal_form=LegalForm.REGISTERED_ASSOCIATION,
        city="Hannover",
        coordinates=HANNOVER,
    ),
    Org(
        key="can-arkadas",
        name="Can Arkadaş e.V.",
        short_name="Can Arkadaş",
        kind=OrganisationKind.MIGRANT_ORGANISATION,
        legal_form=LegalForm.REGISTERED_ASSOCIATION,
        city="Hannover",
        coordinates=HANNOVER,
    ),
    Org(
        key="arbeit-und-leben",
        name="Bildungsvereinigung Arbeit und Leben Niedersachsen Mitte gGmbH",
        short_name="Arbeit und Leben",
        kind=OrganisationKind.EDUCATION_PROVIDER,
        legal_form=LegalForm.NONPROFIT_LIMITED,
        city="Hannover",
        coordinates=HANNOVER,
    ),
    Org(
        key="bildungsverein",
        name="Bildungsverein für Soziales Lernen e.V.",
        short_name="Bildungsverein",
        kind=OrganisationKind.EDUCATION_PROVIDER,
        legal_form=LegalForm.REGISTERED_ASSOCIATION,
        city="Hannover",
        coordinates=HANNOVER,
    ),
    Org(
        key="bteu",
        name="Bund Türkisch-Europäischer UnternehmerInnen e.V.",
        short_name="BTEU",
        kind=OrganisationKind.MIGRANT_ORGANISATION,
        legal_form=LegalForm.REGISTERED_ASSOCIATION,
        city="Hannover",
        coordinates=HANNOVER,
    ),
    Org(
        key="kargah",
        name="kargah e.V.",
        short_name="kargah",
        kind=OrganisationKind.MIGRANT_ORGANISATION,
        legal_form=LegalForm.REGISTERED_ASSOCIATION,
        city="Hannover",
        coordinates=HANNOVER,
    ),
    Org(
        key="vnb",
        name="Verein Niedersächsischer Bildungsinitiativen e.V.",
        short_name="VNB",
        kind=OrganisationKind.EDUCATION_PROVIDER,
        legal_form=LegalForm.REGISTERED_ASSOCIATION,
        city="Hannover",
        coordinates=HANNOVER,
    ),
    # Members named only in the 2021 paper, by short name; the paper gives nothing more.
    Org(
        key="awo",
        name="Arbeiterwohlfahrt (AWO)",
        short_name="AWO",
        kind=OrganisationKind.WELFARE_ASSOCIATION,
        description=(
            "In der Informationsdrucksache Nr. 2032/2021 nur als „Awo“ genannt; welche "
            "Gliederung der Arbeiterwohlfahrt gemeint ist, sagt die Drucksache nicht."
        ),
    ),
    Org(
        key="vhs-calenberger-land",
        name="Volkshochschule Calenberger Land",
        short_name="VHS Calenberger Land",
        kind=OrganisationKind.ADULT_EDUCATION_CENTRE,
        description="In der Informationsdrucksache Nr. 2032/2021 als Mitglied genannt.",
    ),
    Org(
        key="tolstoi",
        name="Tolstoi",
        short_name="Tolstoi",
        # Assumption: the paper says the network consists of migrant organisations and
        # adult-education centres; "Tolstoi" is not an adult-education centre by its name.
        kind=OrganisationKind.MIGRANT_ORGANISATION,
        description=(
            "In der Informationsdrucksache Nr. 2032/2021 nur als „Tolstoi“ genannt; vollständiger "
            "Name und Rechtsform sind dort nicht angegeben, die Art der Organisation ist "
            "angenommen."
        ),
    ),
    Org(
        key="vhs-hannover-land",
        name="Volkshochschule Hannover-Land",
        short_name="VHS Hannover-Land",
        kind=OrganisationKind.ADULT_EDUCATION_CENTRE,
        description="In der Informationsdrucksache Nr. 2032/2021 als Mitglied genannt.",
    ),
    Org(
        key="leine-vhs",
        name="Leine-Volkshochschule",
        short_name="Leine VHS",
        kind=OrganisationKind.ADULT_EDUCATION_CENTRE,
        description="In der Informationsdrucksache Nr. 2032/2021 als Mitglied genannt.",
    ),
    Org(
        key="adv-nord",
        name="ADV Nord",
        short_name="ADV Nord",
        # Assumption, as for "Tolstoi": the paper names only the short form.
        kind=OrganisationKind.MIGRANT_ORGANISATION,
        description=(
            "In der Informationsdrucksache Nr. 2032/2021 nur als „ADV Nord“ genannt; vollständiger "
            "Name und Rechtsform sind dort nicht angegeben, die Art der Organisation ist "
            "angenommen."
        ),
    ),
    Org(
        key="jobcenter-hannover",
        name="Jobcenter Region Hannover",
        short_name="Jobcenter",
        kind=OrganisationKind.EMPLOYMENT_AGENCY,
        legal_form=LegalForm.PUBLIC_BODY,
        city="Hannover",
        coordinates=HANNOVER,
        description=(
            "Im ALBuM-VIP-Teilprojekt „Interkulturelle Öffnung im JobCenter und in "
            "Jugendberatungsdiensten“ erhielten seine MitarbeiterInnen interkulturelle Trainings "
            "(Pressemitteilung 2. Mai 2012). Kein Mitglied des Netzwerks."
        ),
    ),
    Org(
        key="volkswagen",
        name="Volkswagen",
        short_name="Volkswagen",
        kind=OrganisationKind.COMPANY,
        description=(
            "Kooperationspartner der berufsbezogenen Sprachkurse unter der Marke „Deutsch 360 "
            "Grad“ (Informationsdrucksache Nr. 2032/2021)."
        ),
    ),
    # Marburg-Biedenkopf
    Org(
        key="ib-jmd",
        name="Internationaler Bund – Jugendmigrationsdienst Marburg",
        short_name="IB/JMD",
        kind=OrganisationKind.WELFARE_ASSOCIATION,
        street="Biegenstraße 3",
        city="Marburg",
        coordinates=MARBURG,
        description=(
            "Internationaler Bund / Jugendmigrationsdienst (IB/JMD); koordiniert den "
            "interkulturellen Arbeitskreis „Gemeinsam Chancen schaffen“."
        ),
    ),
    Org(
        key="buero-integration-mr",
        name="Büro für Integration des Landkreises Marburg-Biedenkopf",
        short_name="Büro für Integration",
        kind=OrganisationKind.PUBLIC_ADMINISTRATION,
        legal_form=LegalForm.PUBLIC_BODY,
        city="Marburg",
        coordinates=MARBURG,
    ),
    Org(
        key="auslaenderbeirat-mr",
        name="Ausländerbeirat Marburg",
        short_name="Ausländerbeirat",
        kind=OrganisationKind.PUBLIC_ADMINISTRATION,
        legal_form=LegalForm.PUBLIC_BODY,
        city="Marburg",
        coordinates=MARBURG,
    ),
    Org(
        key="stadt-marburg",
        name="Stadt Marburg",
        short_name="Stadt Marburg",
        kind=OrganisationKind.PUBLIC_ADMINISTRATION,
        legal_form=LegalForm.PUBLIC_BODY,
        city="Marburg",
        coordinates=MARBURG,
    ),
    Org(
        key="landkreis-mr",
        name="Landkreis Marburg-Biedenkopf",
        short_name="Landkreis",
        kind=OrganisationKind.PUBLIC_ADMINISTRATION,
        legal_form=LegalForm.PUBLIC_BODY,
        city="Marburg",
        coordinates=MARBURG,
    ),
    # Berlin
    Org(
        key="berlin-integration",
        name="Beauftragter für Integration und Migration des Berliner Senats",
        short_name="Integrationsbeauftragter Berlin",
        kind=OrganisationKind.PUBLIC_ADMINISTRATION,
        legal_form=LegalForm.PUBLIC_BODY,
        city="Berlin",
        coordinates=BERLIN,
        description="Koordiniert das IQ Netzwerk Berlin.",
    ),
    Org(
        key="via",
        name="VIA Berlin/Brandenburg e.V.",
        short_name="VIA",
        kind=OrganisationKind.OTHER_NGO,
        legal_form=LegalForm.REGISTERED_ASSOCIATION,
        street="Petersburger Straße 92",
        postal_code="10247",
        city="Berlin",
        # The district's approximate position (Friedrichshain), not a geocoded address.
        coordinates=(Decimal("52.515500"), Decimal("13.454000")),
        website="https://www.via-in-berlin.de/projekte/iq-netz-berlin-via",
        email="iq-netz-via@via-in-berlin.de",
        phone="030 29006948",
        description=("Träger des IQ-Teilprojekts „Kommune interkulturell“. Fax: 030 29006950."),
    ),
)

# Placeholders for the six migrant organisations of the Marburg article: it counts them but does
# not name them, so the demo must not invent names for real associations.
MARBURG_PLACEHOLDERS = tuple(
    Org(
        key=f"marburg-mo-{n}",
        name=f"Migrantenorganisation {n} (im Artikel nicht namentlich genannt)",
        short_name=f"Migrantenorganisation {n}",
        kind=OrganisationKind.MIGRANT_ORGANISATION,
        description=(
            "Platzhalter: Der Artikel vom 24.7.2013 nennt sechs Migrantenorganisationen aus der "
            "Region Marburg-Biedenkopf, aber nicht ihre Namen. Synthetische Demodaten."
        ),
        is_synthetic=True,
    )
    for n in range(1, 7)
)

ALL_ORGANISATIONS = ORGANISATIONS + MARBURG_PLACEHOLDERS


# --- ALBuM, Hannover ------------------------------------------------------------------------

ALBUM_FIELDS_OF_ACTION = (
    "Beratungs- und Deutschförderung",
    "Diversität und Interkulturelle Kompetenz",
    "Politische Bildung und Beteiligung",
    "Beratung und Stärkung von Organisationen",
    "Dialog und Begegnung",
    "Übergang in den Beruf",
    "Ankommen im Alltag",
    "Kulturelle Bildung",
    "Kulturelle Teilhabe",
)

TG_MIGRANTS = "Menschen mit Migrationshintergrund"
TG_YOUTH = "Jugendliche (15–25 Jahre)"
TG_PARENTS = "Eltern"
TG_PUPILS = "SchülerInnen der Klassen 8–10"
TG_MSO = "Migrantenselbstorganisationen"
TG_COMPANIES = "Betriebe / Kleinstbetriebe"
TG_ADMIN_STAFF = "Mitarbeitende von Verwaltungen"
TG_SINGLE_MOTHERS = "Alleinerziehende Mütter"
TG_MULTIPLIERS = "MultiplikatorInnen aus Verbänden, Politik und Institutionen"

ALBUM_TARGET_GROUPS = (
    (TG_MIGRANTS, "Menschen mit und ohne Migrationsbiografie, die in Hannover wohnen."),
    (TG_YOUTH, "Jugendliche im Alter von 15 bis 25 Jahren (Übergangsmanagement)."),
    (TG_PARENTS, "Eltern der Jugendlichen, Migrantenfamilien."),
    (TG_PUPILS, "SchülerInnen mit und ohne Migrationshintergrund der Klassen 8 bis 10."),
    (TG_MSO, "MitarbeiterInnen von Migrantenselbstorganisationen und NGO."),
    (TG_COMPANIES, "Betriebe, vor allem im Ausbildungsbereich, und Kleinstbetriebe."),
    (
        TG_ADMIN_STAFF,
        "MitarbeiterInnen im JobCenter, in Jugendberatungsdiensten, Verwaltungen und Schulen.",
    ),
    (TG_SINGLE_MOTHERS, ""),
    (TG_MULTIPLIERS, ""),
)

FOA_LANGUAGE = "Beratungs- und Deutschförderung"
FOA_DIVERSITY = "Diversität und Interkulturelle Kompetenz"
FOA_CIVIC = "Politische Bildung und Beteiligung"
FOA_ORGANISATIONS = "Beratung und Stärkung von Organisationen"
FOA_TRANSITION = "Übergang in den Beruf"

XENOS = "XENOS – Integration und Vielfalt"
EQUAL = "EQUAL"
DEUFOEV = "Berufsbezogene Deutschsprachförderung (ESF-BAMF und DeuFöV)"

ALBUM_START = datetime.date(2005, 1, 1)  # the documents give the year only
# The documents do not say when BTEU left. It is a partner in 2010 and in ALBuM-VIP (to the end of
# 2014) and missing from the 2021 list, so the demo ends its membership with ALBuM-VIP.
BTEU_END = datetime.date(2014, 12, 31)

_FROM_2005 = f"Partner seit 2005 (Jahr der Gründung angenommen); genannt in der {PM_2010}."
_IN_2021 = "Mitglied laut Informationsdrucksache Nr. 2032/2021."
_ONLY_2021 = (
    "Als Mitglied belegt durch die Informationsdrucksache Nr. 2032/2021 vom 08.09.2021; "
    "in der Pressemitteilung 2010 noch nicht genannt, Beitrittsdatum unbekannt."
)

ALBUM_MEMBERS = (
    Member(
        "album-office",
        MembershipRole.COORDINATION,
        ALBUM_START,
        note="Koordinationsstelle, laut Informationsdrucksache 2032/2021 im Fachbereich Kultur.",
    ),
    # Partners of 2010 who are still members in 2021: one open-ended membership since 2005.
    Member("vhs-hannover", MembershipRole.MEMBER, ALBUM_START, note=f"{_FROM_2005} {_IN_2021}"),
    Member("amfn", MembershipRole.MEMBER, ALBUM_START, note=f"{_FROM_2005} {_IN_2021}"),
    Member("can-arkadas", MembershipRole.MEMBER, ALBUM_START, note=f"{_FROM_2005} {_IN_2021}"),
    Member("arbeit-und-leben", MembershipRole.MEMBER, ALBUM_START, note=f"{_FROM_2005} {_IN_2021}"),
    Member("bildungsverein", MembershipRole.MEMBER, ALBUM_START, note=f"{_FROM_2005} {_IN_2021}"),
    Member("kargah", MembershipRole.MEMBER, ALBUM_START, note=f"{_FROM_2005} {_IN_2021}"),
    Member("vnb", MembershipRole.MEMBER, ALBUM_START, note=f"{_FROM_2005} {_IN_2021}"),
    Member(
        "bteu",
        MembershipRole.MEMBER,
        ALBUM_START,
        BTEU_END,
        note=(
            f"{_FROM_2005} Partner in ALBuM-VIP bis 2014; in der Informationsdrucksache "
            "Nr. 2032/2021 nicht mehr genannt. Enddatum angenommen (Ende von ALBuM-VIP)."
        ),
    ),
    # Members first documented in 2021: the membership starts on the paper's date, so that
    # questions about 2010 do not count them.
    Member("awo", MembershipRole.MEMBER, DS_2021_DAY, note=_ONLY_2021),
    Member("vhs-calenberger-land", MembershipRole.MEMBER, DS_2021_DAY, note=_ONLY_2021),
    Member("tolstoi", MembershipRole.MEMBER, DS_2021_DAY, note=_ONLY_2021),
    Member("vhs-hannover-land", MembershipRole.MEMBER, DS_2021_DAY, note=_ONLY_2021),
    Member("leine-vhs", MembershipRole.MEMBER, DS_2021_DAY, note=_ONLY_2021),
    Member("adv-nord", MembershipRole.MEMBER, DS_2021_DAY, note=_ONLY_2021),
    Member(
        "volkswagen",
        MembershipRole.COOPERATION_PARTNER,
        note="Kooperation bei den Sprachkursen „Deutsch 360 Grad“ (Drucksache 2032/2021).",
    ),
)

# The thirteen members the 2021 paper lists, as this module names them.
ALBUM_MEMBERS_2021 = (
    "amfn",
    "awo",
    "bildungsverein",
    "vhs-calenberger-land",
    "tolstoi",
    "kargah",
    "arbeit-und-leben",
    "vhs-hannover-land",
    "leine-vhs",
    "vnb",
    "adv-nord",
    "vhs-hannover",
    "can-arkadas",
)

VIP_SUB_PROJECTS = (
    SubProject(
        title="Interkulturelle Öffnung im JobCenter und in Jugendberatungsdiensten",
        lead=None,  # the press release names two cooperating partners and no lead
        partners=(
            Partner("bildungsverein", PartnerRole.COOPERATION_PARTNER),
            Partner("bteu", PartnerRole.COOPERATION_PARTNER),
        ),
        description=(
            "In Kooperation mit dem Bildungsverein e.V. und dem Bund Türkisch-Europäischer "
            "UnternehmerInnen (BTEU e.V.) werden interkulturelle Trainings für die "
            "MitarbeiterInnen angeboten."
        ),
        activities="Interkulturelle Trainings für MitarbeiterInnen",
        target_groups=(TG_ADMIN_STAFF,),
        fields_of_action=(FOA_DIVERSITY,),
    ),
    SubProject(
        title="Berufsorientierung und Ausbildung",
        lead=None,
        partners=(
            Partner("vnb", PartnerRole.COOPERATION_PARTNER),
            Partner("bteu", PartnerRole.COOPERATION_PARTNER),
            Partner("arbeit-und-leben", PartnerRole.COOPERATION_PARTNER),
        ),
        description=(
            "SchülerInnen mit und ohne Migrationshintergrund der Klassen 8 bis 10 werden bei "
            "Berufswahl und Ausbildung unterstützt."
        ),
        activities=(
            "Berufsparcours\nBetriebssimulationen\nUnternehmensplanspiele\nAusbildungscoaching\n"
            "Interkulturelle Seminarwochen in den Ferien"
        ),
        target_groups=(TG_PUPILS,),
        fields_of_action=(FOA_TRANSITION,),
    ),
    SubProject(
        title="Stärkung der Migrantenselbstorganisationen",
        lead=None,
        partners=(
            Partner("amfn", PartnerRole.PROJECT_PARTNER),
            Partner("vnb", PartnerRole.PROJECT_PARTNER),
            Partner("arbeit-und-leben", PartnerRole.PROJECT_PARTNER),
        ),
        description=(
            "MitarbeiterInnen von Migrantenselbstorganisationen und Nichtregierungsorganisationen "
            "werden qualifiziert und beraten."
        ),
        activities=(
            "Qualifizierung und Beratung zu Selbstorganisation\nPolitische Bildung\n"
            "Organisationsentwicklung\nE-Learning-Plattformen"
        ),
        target_groups=(TG_MSO,),
        fields_of_action=(FOA_ORGANISATIONS, FOA_CIVIC),
    ),
    SubProject(
        title="Stadtteilorientiertes Übergangsmanagement",
        lead="kargah",
        partners=(
            Partner("can-arkadas", PartnerRole.COOPERATION_PARTNER),
            Partner("arbeit-und-leben", PartnerRole.COOPERATION_PARTNER),
        ),
        description=(
            "Richtet sich an Jugendliche im Alter von 15 bis 25 Jahren und deren Eltern sowie an "
            "Kleinstbetriebe. Partner ist Kargah e.V. in Kooperation mit Can Arkadaş e.V. und "
            "Arbeit und Leben gGmbH."
        ),
        activities=(
            "Individuelle Betreuung\nLernförderung\nPC-Schulungen\nSchreibwerkstatt\n"
            "Schulprojekte\nUnterstützung für alleinerziehende Mütter\n"
            "Sprachferien für Migrantenfamilien\nBerufliche Einstiegskompetenz\nVideo-Projekt\n"
            "Hauptschulabschlusskurse\nKurse „Berufe in der Praxis“"
        ),
        target_groups=(TG_YOUTH, TG_PARENTS, TG_COMPANIES, TG_SINGLE_MOTHERS),
        fields_of_action=(FOA_TRANSITION, FOA_LANGUAGE),
    ),
    SubProject(
        title="Diversity Management in der Ausbildung",
        lead="vhs-hannover",
        partners=(),
        description=(
            "Zielgruppe sind Betriebe. Sie erhalten Begleitung, Beratung und Qualifizierung zur "
            "Verbesserung des Diversity Managements, vor allem im Ausbildungsbereich."
        ),
        activities="Begleitung\nBeratung\nQualifizierung zum Diversity Management",
        target_groups=(TG_COMPANIES,),
        fields_of_action=(FOA_DIVERSITY, FOA_TRANSITION),
    ),
)

# The press release gives only the total ("knapp zwei Millionen Euro aus EU- und Bundesmitteln");
# the split between the two sources is the demo's assumption and says so.
_VIP_SPLIT_NOTE = (
    "Die Quelle nennt nur die Summe: knapp zwei Millionen Euro aus EU- und Bundesmitteln; "
    "die Aufteilung ist angenommen."
)
VIP_FUNDING = (
    Fund(FundingSource.EU, Decimal("1180000.00"), "Europäischer Sozialfonds", _VIP_SPLIT_NOTE),
    Fund(FundingSource.FEDERAL, Decimal("790000.00"), "Bund", _VIP_SPLIT_NOTE),
)

ALBUM = NetworkSeed(
    slug="album",
    name="Arbeiten – Lernen – Beraten mit und für Menschen mit Migrationshintergrund",
    short_name="ALBuM",
    region="Landeshauptstadt Hannover",
    founded_year=2005,
    email="album@hannover-stadt.de",
    coordination_office="album-office",
    description=(
        "Das Netzwerk ALBuM besteht seit 2005 aus einer wachsenden Zahl von "
        "Migrantenorganisationen und Erwachsenenbildungseinrichtungen in Hannover. Es entstand im "
        "Förderprogramm EQUAL mit dem Ziel, Migrant*innen den Zugang zum Arbeitsmarkt zu "
        "erleichtern; nach dem Ende des Projekts beschlossen die Partner*innen, weiter zu "
        "kooperieren. Die Arbeit von ALBuM ist Bestandteil des Lokalen Integrationsplans der "
        "Landeshauptstadt Hannover.\n\n"
        "Selbst gesetztes Ziel ist, über Diskurs und Projektrealisierung dazu beizutragen, dass "
        "Menschen – mit und ohne Migrationsbiografie –, die in Hannover wohnen, gleiche Chancen "
        "zur Selbstverwirklichung durch Arbeit und Bildung haben und an der Mitgestaltung der "
        "hannoverschen Gesellschaft gleichermaßen mitwirken.\n\n"
        "Die Zusammenarbeit ist über ein Statut zwischen den Partnern geregelt und wird von einer "
        "Koordinationsstelle im Fachbereich Kultur organisiert. (Das Statut liegt der Demo nicht "
        "als Datei bei.)\n\n"
        "Arbeitsschwerpunkte 2016–2021: berufsbezogene Sprachkurse nach ESF-BAMF und DeuFöV sowie "
        "unter der Marke „Deutsch 360 Grad“ mit Volkswagen; ein gemeinsames Profiling- und "
        "Teilnehmendenmanagement für diese Kurse; das Diversity Netzwerk für Personal- und "
        "Ausbildungsverantwortliche; Mikroprojekte unter der Programmlinie „Wir leben in "
        "Hannover“; die jährliche Veranstaltung „Blickwechsel“.\n\n"
        f"Quellen: {PM_2010}; {PM_2012}; {DS_2021}."
    ),
    members=ALBUM_MEMBERS,
    fields_of_action=ALBUM_FIELDS_OF_ACTION,
    target_groups=ALBUM_TARGET_GROUPS,
    programmes=(
        Programme(
            name=EQUAL,
            short_name="EQUAL",
            funders="Europäische Union (Europäischer Sozialfonds)",
            description="Förderprogramm, in dessen Rahmen das Netzwerk ALBuM 2005 entstand.",
        ),
        Programme(
            name=XENOS,
            short_name="XENOS",
            funders="Europäische Union (Europäischer Sozialfonds), Bund",
            description="XENOS-Förderprogramm „Integration und Vielfalt“.",
        ),
        Programme(
            name=DEUFOEV,
            short_name="ESF-BAMF/DeuFöV",
            funders=(
                "Europäischer Sozialfonds (ESF), Bundesamt für Migration und Flüchtlinge (BAMF)"
            ),
            description=(
                "Berufsbezogene Sprachkurse nach ESF-BAMF und nach der Deutschsprachförder"
                "verordnung (DeuFöV)."
            ),
        ),
    ),
    projects=(
        Project(
            title="Gründungsprojekt des Netzwerks ALBuM im Förderprogramm EQUAL",
            acronym="ALBuM (EQUAL)",
            programme=EQUAL,
            status=ProjectStatus.COMPLETED,
            starts_on=ALBUM_START,  # the documents give the year only
            description=(
                "Das Netzwerk ALBuM entstand im Rahmen des Förderprogramms EQUAL mit dem Ziel, "
                "Migrant*innen den Zugang zum Arbeitsmarkt zu erleichtern. Nach Ende des Projekts "
                f"beschlossen die Partner*innen, weiterhin zu kooperieren. Quelle: {DS_2021}."
            ),
        ),
        Project(
            title="Vielfalt – Inklusion – Perspektiven",
            acronym="ALBuM-VIP",
            programme=XENOS,
            lead="album-office",
            status=ProjectStatus.COMPLETED,
            # Assumption: the press release of 2 May gives no year. 2012 fits it: the event it
            # announces for Tuesday 15 May falls on a Tuesday in 2012, and the project runs to
            # December 2014. The start is the day it was presented.
            starts_on=datetime.date(2012, 5, 2),
            ends_on=datetime.date(2014, 12, 31),
            description=(
                "Mit ALBuM-VIP hat sich das Netzwerk erfolgreich um Fördermittel aus dem XENOS-"
                "Förderprogramm „Integration und Vielfalt“ beworben: knapp zwei Millionen Euro aus "
                "EU- und Bundesmitteln. Ziel ist, jungen Menschen eine gute Bildung, Ausbildung "
                "und eine gleichberechtigte Teilhabe zu ermöglichen. Das Projekt wird im Rahmen "
                "des Lokalen Integrationsplans umgesetzt, umfasst fünf Teilprojekte und läuft bis "
                "Dezember 2014; die Gesamtprojektleitung liegt bei der städtischen "
                "Koordinierungsstelle ALBuM.\n\n"
                "Veranstaltung „An-Erkennen – wir sehen mehr“ am 15. Mai im Leibnizhaus, "
                "Holzmarkt 4–6: Anerkennung von Kompetenzen von Menschen mit "
                "Migrationshintergrund, für MultiplikatorInnen aus Verbänden, Politik und "
                f"Institutionen. Quelle: {PM_2012}; Projektbeginn 2012 angenommen."
            ),
            sub_projects=VIP_SUB_PROJECTS,
            funding=VIP_FUNDING,
        ),
        Project(
            title="Berufsbezogene Sprachkurse nach ESF-BAMF und DeuFöV",
            programme=DEUFOEV,
            status=ProjectStatus.RUNNING,
            description=(
                "Durchführung berufsbezogener Sprachkurse nach ESF-BAMF und DeuFöV durch die "
                "Netzwerkpartner, mit dem Aufbau und der Erprobung eines gemeinsamen Profiling- "
                "und Teilnehmendenmanagements. Arbeitsschwerpunkt der Jahre vor 2021; Status laut "
                f"{DS_2021}."
            ),
        ),
        Project(
            title="Deutsch 360 Grad",
            status=ProjectStatus.RUNNING,
            description=(
                "Berufsbezogene Sprachkurse unter der Marke „Deutsch 360 Grad“ in Kooperation mit "
                f"Volkswagen. Status laut {DS_2021}."
            ),
        ),
    ),
    figures=(
        # "In den Jahren 2005 bis 2010", reported on 13 August 2010: the period ends that day.
        Figure(
            kind=IndicatorKind.FUNDS_ACQUIRED,
            label="Eingeworbene EU- und Bundesmittel 2005–2010 (knapp drei Millionen Euro)",
            achieved=Decimal("3000000"),
            period_start=ALBUM_START,
            period_end=datetime.date(2010, 8, 13),
            source=PM_2010,
            is_approximate=True,
        ),
        Figure(
            kind=IndicatorKind.PARTICIPANTS,
            label="Teilnehmende an ALBuM-Angeboten 2005–2010 (rund 2.500)",
            achieved=Decimal("2500"),
            period_start=ALBUM_START,
            period_end=datetime.date(2010, 8, 13),
            source=PM_2010,
            is_approximate=True,
        ),
        Figure(
            kind=IndicatorKind.COMPANIES_REACHED,
            label="Erreichte Betriebe 2005–2010 (rund 120)",
            achieved=Decimal("120"),
            period_start=ALBUM_START,
            period_end=datetime.date(2010, 8, 13),
            source=PM_2010,
            is_approximate=True,
        ),
    ),
    synthetic_area="hannover",
)


# --- Marburg-Biedenkopf ---------------------------------------------------------------------

_MARBURG_NOTE = f"Quelle: {MARBURG_2013}."
# The article's day: the partners met in the town hall and agreed to found the working group.
MARBURG_DAY = datetime.date(2013, 7, 24)

MARBURG = NetworkSeed(
    slug="marburg",
    name="Interkultureller Arbeitskreis „Gemeinsam Chancen schaffen“",
    short_name="Gemeinsam Chancen schaffen",
    region="Marburg-Biedenkopf",
    founded_year=2013,
    coordination_office="ib-jmd",
    description=(
        "Zusammenarbeit von sechs Migrantenorganisationen, einem vereinsunabhängigen "
        "Multiplikator, dem Internationalen Bund / Jugendmigrationsdienst (IB/JMD), dem "
        "Ausländerbeirat Marburg, der Stadt Marburg und dem Landkreis Marburg-Biedenkopf, um die "
        "Bildungs- und Berufschancen von Migrantinnen und Migranten zu verbessern. Der "
        "Arbeitskreis wurde 2013 im Anschluss an das Projekt „Mit MigrantInnen für MigrantInnen“ "
        "(MMfM) gegründet. Er wird vom IB/JMD in Kooperation mit dem Büro für Integration des "
        "Landkreises und mit Unterstützung durch den Ausländerbeirat koordiniert. Die "
        "Migrantenorganisationen begrüßen ihn als gemeinsame Plattform; ein gemeinsamer Flyer und "
        "Plakate sollen über Bildungsbeauftragte weitere Migrantinnen, Migranten und "
        "Organisationen ansprechen.\n\n"
        "Die sechs Migrantenorganisationen nennt der Artikel nicht namentlich; die Demo führt sie "
        f"als Platzhalter. {_MARBURG_NOTE}"
    ),
    members=(
        Member("ib-jmd", MembershipRole.COORDINATION, MARBURG_DAY, note=_MARBURG_NOTE),
        Member(
            "buero-integration-mr",
            MembershipRole.COORDINATION,
            MARBURG_DAY,
            note=f"Koordination in Kooperation mit dem IB/JMD. {_MARBURG_NOTE}",
        ),
        Member(
            "auslaenderbeirat-mr",
            MembershipRole.MEMBER,
            MARBURG_DAY,
            note=f"Unterstützt die Koordination. {_MARBURG_NOTE}",
        ),
        Member(
            "stadt-marburg",
            MembershipRole.COOPERATION_PARTNER,
            MARBURG_DAY,
            note=_MARBURG_NOTE,
        ),
        Member(
            "landkreis-mr",
            MembershipRole.COOPERATION_PARTNER,
            MARBURG_DAY,
            note=_MARBURG_NOTE,
        ),
        *(
            Member(
                placeholder.key,
                MembershipRole.MEMBER,
                MARBURG_DAY,
                note=f"Platzhalter für eine nicht genannte Organisation. {_MARBURG_NOTE}",
            )
            for placeholder in MARBURG_PLACEHOLDERS
        ),
    ),
    fields_of_action=(
        "(Aus-)Bildung und Integration in den Arbeitsmarkt",
        "Information und Vermittlung im Bildungsbereich",
    ),
    target_groups=(
        ("Junge Migrantinnen und Migranten", ""),
        ("Eltern mit Migrationshintergrund", "Zugang zu Bildungsberatungsstellen verbessern."),
        ("Migrantenorganisationen", "Als Akteure der beruflichen Integration."),
    ),
    projects=(
        Project(
            title="Mit MigrantInnen für MigrantInnen",
            acronym="MMfM",
            status=ProjectStatus.COMPLETED,
            description=(
                "Ziel war, Migrantenorganisationen als Akteure in der beruflichen Integration "
                "einzubeziehen und zu einer Erhöhung der (Aus-)Bildung und der Integration in den "
                "Arbeitsmarkt beizutragen. Regionale Migrantenorganisationen wurden als "
                "Netzwerkpartner gewonnen; Migrantinnen und Migranten wurden als "
                "Bildungsbeauftragte geschult und verbessern Bekanntheit von und Zugang zu "
                "Bildungsberatungsstellen für Eltern mit Migrationshintergrund. Das Projekt war "
                f"im Juli 2013 abgeschlossen; Beginn und Förderprogramm nennt der Artikel nicht. "
                f"{_MARBURG_NOTE}"
            ),
        ),
    ),
    synthetic_area="marburg",
)


# --- IQ Berlin ------------------------------------------------------------------------------

IQ = "Integration durch Qualifizierung (IQ)"
IQ_FOCUS_3 = "Interkulturelle Kompetenzentwicklung der zentralen Arbeitsmarktakteure"
KOMMUNE_TITLE = (
    "Kommune interkulturell – Integration von Bezirksverwaltungen und MigrantInnenorganisationen "
    "(MO) im Kontext der Arbeitsmarktintegration in Berliner Bezirken"
)
TG_MO_MEMBERS = "Haupt- und ehrenamtliche Mitglieder in Berliner MO"
TG_MUNICIPAL = "Kommunale Verwaltungen"
TG_SPECIALIST = "Facheinrichtungen/-dienste"

IQ_BERLIN_NETWORK = NetworkSeed(
    slug="iq-berlin",
    name="IQ Netzwerk Berlin",
    short_name="IQ Berlin",
    region="Berlin",
    coordination_office="berlin-integration",
    description=(
        "Das IQ Netzwerk Berlin wird koordiniert durch den Beauftragten für Integration und "
        "Migration des Berliner Senats. Es gehört zum Förderprogramm „Integration durch "
        "Qualifizierung (IQ)“, das auf die nachhaltige Verbesserung der Arbeitsmarktintegration "
        f"von Erwachsenen mit Migrationshintergrund zielt. Quelle: {IQ_BERLIN}."
    ),
    members=(
        Member("berlin-integration", MembershipRole.COORDINATION),
        Member(
            "via", MembershipRole.MEMBER, note="Träger des Teilprojekts „Kommune interkulturell“."
        ),
    ),
    fields_of_action=(IQ_FOCUS_3,),
    target_groups=(
        (
            TG_MO_MEMBERS,
            "Haupt- und ehrenamtliche Mitglieder in Berliner MO, die Beratungen anbieten – "
            "insbesondere für die berufliche Integration von Menschen mit Migrationshintergrund.",
        ),
        (TG_MUNICIPAL, "Bezirkliche Verwaltungen und Fachverwaltungen."),
        (
            TG_SPECIALIST,
            "Facheinrichtungen und -dienste zu Themen, auf die sich die MO spezialisiert haben.",
        ),
    ),
    programmes=(
        Programme(
            name=IQ,
            short_name="IQ",
            funders=(
                "Bundesministerium für Arbeit und Soziales (BMAS), Europäischer Sozialfonds (ESF); "
                "dritter Handlungsschwerpunkt aus Bundesmitteln"
            ),
            description=(
                "Zielt auf die nachhaltige Verbesserung der Arbeitsmarktintegration von "
                "Erwachsenen mit Migrationshintergrund. Die ersten beiden Handlungsschwerpunkte "
                "werden aus Mitteln des BMAS und des ESF gefördert, der dritte aus Bundesmitteln. "
                "Partner in der Umsetzung sind das Bundesministerium für Bildung und Forschung "
                "(BMBF) und die Bundesagentur für Arbeit (BA)."
            ),
        ),
    ),
    projects=(
        Project(
            title=KOMMUNE_TITLE,
            acronym="Kommune interkulturell",
            programme=IQ,
            lead="via",
            status=ProjectStatus.RUNNING,
            contacts=("Oikonomidou", "Zhu"),
            description=(
                "VIA-Teilprojekt im IQ Netzwerk Berlin, gefördert im dritten "
                f"Handlungsschwerpunkt „{IQ_FOCUS_3}“.\n\n"
                "Im Mittelpunkt stehen Beratung und Qualifizierung von MO und kommunalen "
                "Verwaltungen, die sich für die Arbeitsmarktintegration von Migrantinnen und "
                "Migranten sowie Geflüchteten einsetzen. Das Projekt verbindet den Prozess der "
                "interkulturellen Öffnung (IKÖ) mit der Vernetzung von MO mit kommunalen "
                "Verwaltungen und anderen Arbeitsmarktakteuren wie bezirklichen "
                "Wirtschaftsbündnissen; ein wichtiger Impuls ist das Empowerment der MO im Sinne "
                "der Professionalisierung ihrer Arbeit.\n\n"
                "Ziele:\n"
                "- Empowerment von MO und ihre Anerkennung als relevante Arbeitsmarktakteure für "
                "die berufliche Orientierung, Beratung und Weiterbildung von erwachsenen "
                "Migrantinnen und Migranten sowie Geflüchteten;\n"
                "- Förderung der Interkulturellen Öffnung in bezirklichen Verwaltungen und der "
                "bezirklichen Arbeitsmarktpolitik für Migrantinnen, Migranten und Geflüchtete im "
                "Sinne einer Willkommenskultur;\n"
                "- Aufbau einer effizienten bezirklichen Willkommensstruktur;\n"
                "- Förderung des Dialogs und partnerschaftlicher Zusammenarbeit zwischen "
                "bezirklichen Verwaltungen, bezirklichen Wirtschaftsbündnissen/-kreisen und MO."
            ),
            sub_projects=(
                SubProject(
                    # The project page describes one strand; it is the project's only sub-project.
                    title="Beratung und Qualifizierung von MO und kommunalen Verwaltungen",
                    lead="via",
                    partners=(),
                    description=(
                        "Beratung und Qualifizierungsmaßnahmen zur (bedarfsorientierten) "
                        "Professionalisierung von MO und zur interkulturellen Öffnung der "
                        "kommunalen Verwaltungen. VIA bündelt Potenziale und Erfahrungen von MO "
                        "und vermittelt sie an kommunale Akteure wie Fachdienste und bezirkliche "
                        "Fachverwaltungen."
                    ),
                    activities=(
                        "Qualifizierungsseminare\nFachtage\nWerkstattgespräche\n"
                        "Netzwerkarbeit und Thematische Fachrunden\nArbeitsmarktgespräche\n"
                        "Fachgespräche „Vorbilder zeigen“"
                    ),
                    target_groups=(TG_MO_MEMBERS, TG_MUNICIPAL, TG_SPECIALIST),
                    fields_of_action=(IQ_FOCUS_3,),
                ),
            ),
        ),
    ),
    contacts=(
        Contact("via", "Frau", "Maria", "Oikonomidou", "Projektleitung", is_public=True),
        Contact("via", "Herr", "Xiao", "Zhu", "Finanzkoordination", is_public=True),
    ),
    synthetic_area="berlin",
)

NETWORKS = (ALBUM, MARBURG, IQ_BERLIN_NETWORK)


# --- Demo logins ----------------------------------------------------------------------------

DEMO_PASSWORD = "demo-verbund-2026"  # noqa: S105 - published on purpose, demo only


@dataclass(frozen=True)
class Login:
    email: str
    first_name: str
    last_name: str
    role: str  # what the login demonstrates, in words
    network_role: tuple[str, str] | None = None  # (network slug, role)
    organisation_role: tuple[str, str] | None = None  # (organisation key, role)
    is_superuser: bool = False


LOGINS = (
    Login("admin@verbund.demo", "Demo", "Administration", "superuser", is_superuser=True),
    Login(
        "koordination@album.verbund.demo",
        "Demo",
        "Koordination ALBuM",
        "coordinator of ALBuM",
        network_role=("album", "coordinator"),
    ),
    Login(
        "admin@kargah.verbund.demo",
        "Demo",
        "Organisationsadmin kargah",
        "organisation admin of kargah e.V.",
        organisation_role=("kargah", "admin"),
    ),
    Login(
        "beratung@kargah.verbund.demo",
        "Demo",
        "Beratung kargah",
        "caseworker of kargah e.V.",
        organisation_role=("kargah", "caseworker"),
    ),
    Login(
        "multiplikator@kargah.verbund.demo",
        "Demo",
        "Multiplikatorin kargah",
        "multiplier of kargah e.V.",
        organisation_role=("kargah", "multiplier"),
    ),
    Login(
        "lesen@kargah.verbund.demo",
        "Demo",
        "Lesezugriff kargah",
        "viewer of kargah e.V.",
        organisation_role=("kargah", "viewer"),
    ),
    Login(
        "koordination@iq-berlin.verbund.demo",
        "Demo",
        "Koordination IQ Berlin",
        "coordinator of IQ Berlin (sees nothing internal of ALBuM)",
        network_role=("iq-berlin", "coordinator"),
    ),
)
