"""Import of offerings from a CSV or XLSX file, for one provider organisation in one network.

The same three steps as the registry import (``verbund/network/imports.py``), whose reading of
files and parsing of cells it reuses:

1. ``read_table`` (shared) turns the upload into a table; ``check_header`` here checks the header.
2. ``offering_import_plan`` parses and validates every row against the provider and the network:
   the problems with their row and column as the spreadsheet shows them, and what would be
   created, updated or left unchanged. It writes nothing.
3. ``offering_import`` builds the plan again inside one transaction and writes every row through
   the services, or nothing.

Matching, so that importing the same file twice changes nothing the second time: a row with a
key (column "Kennung") is the provider's offering with that key; a row without one is the
provider's offering in this network with the same title and start date, if there is exactly one.
Anything else is new. Filled cells update, blank cells leave what is stored.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from verbund.audit.services import log_action
from verbund.core.errors import DomainError

# The registry import's reading and cell parsing are generic; its private names are reused here
# rather than copied, so both imports read files and cells the same way.
from verbund.network.imports import (
    MAX_ROWS,
    CellError,
    Collector,
    ImportFileError,
    Problem,
    Table,
    choice_lookup,
    column_letter,
    new_import_token,
    normalise,
    parse_bool,
    parse_coordinate,
    parse_date,
    parse_website,
    read_table,
)
from verbund.network.models import ContactPerson, FieldOfAction, Network, Organisation, TargetGroup
from verbund.offers import services
from verbund.offers.languages import (
    SOURCE_LANGUAGE,
    SPOKEN_LANGUAGE_CODES,
    SPOKEN_LANGUAGES,
    translation_languages,
)
from verbund.offers.models import (
    CourseType,
    LanguageRole,
    Level,
    Offering,
    OfferingKind,
    OfferingStatus,
    OfferingText,
    ScheduleForm,
)
from verbund.projects.models import FundingProgramme, Project

__all__ = [
    "COLUMNS",
    "MAX_ROWS",
    "ImportFileError",
    "ImportInvalid",
    "Problem",
    "Table",
    "check_header",
    "new_import_token",
    "offering_import",
    "offering_import_plan",
    "read_table",
]

OFFERING = "offering"
TEXT = "text"
TRANSLATION = "translation"
LANGUAGES = "languages"


@dataclass(frozen=True)
class Column:
    key: str
    group: str
    header: str  # the German header of our template (the UI speaks German)
    label: str  # English description, translated for the pages
    aliases: tuple[str, ...] = ()
    # For text columns: the language and the OfferingText field.
    language: str = ""
    text_field: str = ""

    @property
    def accepted(self) -> tuple[str, ...]:
        return (self.header, self.key, *self.aliases)


def _offering(key, header, label, *aliases):
    return Column(key, OFFERING, header, label, aliases)


def _text(name, header, label, *aliases):
    return Column(name, TEXT, header, label, aliases, language=SOURCE_LANGUAGE, text_field=name)


MAIN_COLUMNS = (
    _offering(
        "external_id",
        "Kennung",
        _("the provider's own key of the offering (matches on a new import)"),
        "ID",
        "Nummer",
        "Kursnummer",
        "Angebotsnummer",
        "Key",
        "External ID",
        "External key",
    ),
    _text("title", "Titel", _("title (German)"), "Title", "Name des Angebots", "Angebot"),
    _text("summary", "Kurzbeschreibung", _("summary (German)"), "Summary", "Teaser"),
    _text("description", "Beschreibung", _("description (German)"), "Description"),
    _text(
        "schedule_note",
        "Termine",
        _("dates and times in words (German)"),
        "Zeiten",
        "Dates and times",
        "Schedule note",
    ),
    _text(
        "registration_note",
        "Anmeldung",
        _("how to register, in words (German)"),
        "Anmeldehinweis",
        "How to register",
        "Registration note",
    ),
    _offering("kind", "Art", _("kind of offering"), "Angebotsart", "Kind", "Type"),
    _offering("course_type", "Kursart", _("course type (language courses)"), "Course type"),
    _offering(
        "entry_level", "Einstiegsniveau", _("entry level (A1 … C2)"), "Niveau von", "Entry level"
    ),
    _offering(
        "target_level", "Zielniveau", _("target level (A1 … C2)"), "Niveau bis", "Target level"
    ),
    _offering(
        "fields_of_action",
        "Handlungsfelder",
        _("fields of action of the network, separated by semicolons"),
        "Handlungsfeld",
        "Fields of action",
        "Field of action",
    ),
    _offering(
        "target_groups",
        "Zielgruppen",
        _("target groups of the network, separated by semicolons"),
        "Zielgruppe",
        "Target groups",
        "Target group",
    ),
    _offering("age_min", "Alter von", _("minimum age"), "Mindestalter", "Minimum age", "Age from"),
    _offering("age_max", "Alter bis", _("maximum age"), "Höchstalter", "Maximum age", "Age to"),
    _offering("starts_on", "Beginn", _("start date"), "Startdatum", "Start", "Start date"),
    _offering("ends_on", "Ende", _("end date"), "Enddatum", "End", "End date"),
    _offering("schedule_form", "Zeitform", _("schedule"), "Zeitmodell", "Schedule"),
    _offering(
        "hours_per_week",
        "Stunden pro Woche",
        _("hours per week"),
        "Wochenstunden",
        "Hours per week",
    ),
    _offering("is_online", "Online", _("online (yes/no)"), "Online-Angebot", "Online offering"),
    _offering("venue", "Veranstaltungsort", _("venue"), "Raum", "Venue"),
    _offering(
        "street",
        "Straße",
        _("street and number"),
        "Straße und Hausnummer",
        "Adresse",
        "Street",
        "Address",
    ),
    _offering("postal_code", "PLZ", _("postal code"), "Postleitzahl", "Postal code"),
    _offering("city", "Ort", _("city"), "Stadt", "City"),
    _offering("district", "Stadtteil", _("district"), "Bezirk", "District"),
    _offering("latitude", "Breitengrad", _("latitude"), "Breite", "Latitude", "Lat"),
    _offering("longitude", "Längengrad", _("longitude"), "Länge", "Longitude", "Lon", "Lng"),
    _offering(
        "capacity",
        "Plätze",
        _("places"),
        "Teilnehmerzahl",
        "Maximale Teilnehmerzahl",
        "Places",
        "Capacity",
    ),
    _offering(
        "minimum_size",
        "Mindestteilnehmerzahl",
        _("minimum size"),
        "Mindestgröße",
        "Minimum size",
    ),
    _offering("is_free", "Kostenlos", _("free of charge (yes/no)"), "Kostenfrei", "Free"),
    _offering("fee", "Gebühr", _("fee in euros"), "Kosten", "Preis", "Fee"),
    _offering("childcare", "Kinderbetreuung", _("childcare (yes/no)"), "Childcare"),
    _offering(
        "wheelchair_accessible",
        "Rollstuhlgerecht",
        _("wheelchair accessible (yes/no)"),
        "Barrierefrei",
        "Wheelchair accessible",
        "Accessible",
    ),
    _offering(
        "registration_url",
        "Anmeldung Webseite",
        _("registration page"),
        "Anmeldelink",
        "Registration page",
        "Registration URL",
    ),
    _offering(
        "registration_email",
        "Anmeldung E-Mail",
        _("registration e-mail"),
        "Registration e-mail",
        "Registration email",
    ),
    _offering(
        "registration_phone", "Anmeldung Telefon", _("registration phone"), "Registration phone"
    ),
    _offering(
        "contact",
        "Ansprechperson",
        _("contact person of the provider: e-mail or name"),
        "Kontakt",
        "Contact",
        "Contact person",
    ),
    _offering("project", "Projekt", _("project of the network: title or acronym"), "Project"),
    _offering(
        "programme",
        "Förderprogramm",
        _("funding programme of the network: name or short name"),
        "Programm",
        "Funding programme",
        "Programme",
    ),
    Column(
        "languages_instruction",
        LANGUAGES,
        "Unterrichtssprachen",
        _("languages of instruction, separated by commas"),
        (
            "Unterrichtssprache",
            "Kurssprache",
            "Languages of instruction",
            "Language of instruction",
        ),
    ),
    Column(
        "languages_support",
        LANGUAGES,
        "Unterstützungssprachen",
        _("languages of support, separated by commas"),
        ("Unterstützungssprache", "Languages of support", "Language of support"),
    ),
)
# Translations come as title_en, summary_ar, … ("Titel (en)" and "Title en" are read too).
TRANSLATION_COLUMN_FIELDS = {
    "title": "Titel",
    "summary": "Kurzbeschreibung",
    "description": "Beschreibung",
}


def _translation_columns() -> tuple[Column, ...]:
    columns = []
    for language in translation_languages():
        for name, german in TRANSLATION_COLUMN_FIELDS.items():
            columns.append(
                Column(
                    f"{name}_{language}",
                    TRANSLATION,
                    f"{name}_{language}",
                    _("translation"),
                    (f"{german} ({language})", f"{german} {language}", f"{name} ({language})"),
                    language=language,
                    text_field=name,
                )
            )
    return tuple(columns)


def columns() -> tuple[Column, ...]:
    return MAIN_COLUMNS + _translation_columns()


COLUMNS = MAIN_COLUMNS
TEMPLATE_COLUMNS = (
    *MAIN_COLUMNS,
    *(c for c in _translation_columns() if c.language == "en"),
)
TEMPLATE_HEADERS = [column.header for column in TEMPLATE_COLUMNS]
_EXAMPLES = (
    {
        "external_id": "BSK-2027-01",
        "title": "Berufssprachkurs B1–B2 (Abendkurs)",
        "summary": "Deutsch für den Beruf, zweimal pro Woche am Abend.",
        "description": "Der Kurs bereitet auf die Prüfung telc Deutsch B2 Beruf vor.",
        "schedule_note": "montags und mittwochs, 18 bis 21 Uhr",
        "registration_note": "Einstufungstest vorher im Büro, Termin nach Vereinbarung.",
        "kind": "Sprachkurs",
        "course_type": "Basismodul B1-B2",
        "entry_level": "B1",
        "target_level": "B2",
        "age_min": "18",
        "starts_on": "01.02.2027",
        "ends_on": "30.11.2027",
        "schedule_form": "abends",
        "hours_per_week": "6",
        "is_online": "nein",
        "venue": "Raum 2.14",
        "street": "Musterstraße 1",
        "postal_code": "30159",
        "city": "Hannover",
        "district": "Mitte",
        "capacity": "25",
        "minimum_size": "15",
        "is_free": "ja",
        "childcare": "ja",
        "wheelchair_accessible": "ja",
        "registration_email": "kurse@beispielverein.example.org",
        "languages_instruction": "Deutsch",
        "languages_support": "Arabisch, Türkisch",
        "title_en": "Job-related German B1–B2 (evening course)",
        "summary_en": "German for work, two evenings a week.",
    },
    {
        "external_id": "BER-07",
        "title": "Offene Sozialberatung",
        "summary": "Beratung zu Aufenthalt, Arbeit und Familie.",
        "kind": "Beratung",
        "schedule_form": "nach Vereinbarung",
        "street": "Musterstraße 1",
        "postal_code": "30159",
        "city": "Hannover",
        "is_free": "ja",
        "registration_phone": "0511 123456",
        "languages_support": "Arabisch, Farsi, Ukrainisch",
    },
)
EXAMPLE_ROWS = [[example.get(c.key, "") for c in TEMPLATE_COLUMNS] for example in _EXAMPLES]


def _header_lookup() -> dict[str, Column]:
    return {normalise(alias): column for column in columns() for alias in column.accepted}


def map_columns(headers: list[str]) -> tuple[dict[str, int], list[str]]:
    """{column key: index} for the header row, and the problems that make the header unusable."""
    lookup = _header_lookup()
    mapping: dict[str, int] = {}
    problems = []
    for index, header in enumerate(headers):
        where = column_letter(index)
        if not header:
            continue
        column = lookup.get(normalise(header))
        if column is None:
            problems.append(
                gettext("Column %(column)s: unknown header “%(header)s”.")
                % {"column": where, "header": header}
            )
        elif column.key in mapping:
            problems.append(
                gettext("Columns %(first)s and %(second)s both mean “%(header)s”.")
                % {
                    "first": column_letter(mapping[column.key]),
                    "second": where,
                    "header": column.header,
                }
            )
        else:
            mapping[column.key] = index
    if "title" not in mapping and "external_id" not in mapping:
        problems.append(
            gettext(
                "The column “Titel” (title) is missing; without it, a file can only update "
                "offerings named by their key (column “Kennung”)."
            )
        )
    return mapping, problems


def check_header(table: Table) -> None:
    """Raise ImportFileError listing every header problem, or return for a usable header."""
    _mapping, problems = map_columns(table.headers)
    if problems:
        raise ImportFileError(" ".join(problems))
    if not table.rows:
        raise ImportFileError(gettext("The file has a header row but no data rows."))


# ---------------------------------------------------------------------------------------------
# Parsing cells

_KIND_ALIASES = {
    OfferingKind.LANGUAGE_COURSE: ("Sprachkurs", "Deutschkurs", "Berufssprachkurs"),
    OfferingKind.VOCATIONAL_QUALIFICATION: (
        "Berufliche Qualifizierung",
        "Qualifizierung",
        "Weiterbildung",
    ),
    OfferingKind.CAREER_ORIENTATION: ("Berufsorientierung", "Berufliche Orientierung"),
    OfferingKind.COUNSELLING: ("Beratung", "Sozialberatung"),
    OfferingKind.SEMINAR: ("Seminar", "Workshop", "Seminar / Workshop"),
    OfferingKind.COACHING: ("Coaching", "Mentoring"),
    OfferingKind.LEARNING_SUPPORT: (
        "Lernförderung",
        "Lernhilfe",
        "Hausaufgabenhilfe",
        "Nachhilfe",
    ),
    OfferingKind.CULTURE_AND_MEETING: (
        "Kultur",
        "Begegnung",
        "Kultur- und Begegnungsangebot",
        "Treffpunkt",
    ),
}
_COURSE_TYPE_ALIASES = {
    CourseType.INTEGRATION_COURSE: ("Integrationskurs",),
    CourseType.BASIC_B1_B2: ("Basismodul B1-B2", "Basismodul B1 B2", "B1-B2", "Basiskurs B2"),
    CourseType.BASIC_B2_C1: ("Basismodul B2-C1", "Basismodul B2 C1", "B2-C1", "Basiskurs C1"),
    CourseType.BASIC_C1_C2: ("Basismodul C1-C2", "Basismodul C1 C2", "C1-C2", "Basiskurs C2"),
    CourseType.SPECIAL_A2_B1: ("Spezialmodul A2-B1", "Spezialkurs A2-B1", "A2-B1"),
    CourseType.SPECIAL_BELOW_A2: ("Spezialmodul unter A2", "Spezialkurs unter A2", "unter A2"),
    CourseType.SPECIALIST: ("Fachsprachkurs", "Fachsprache", "Berufsbezogener Fachsprachkurs"),
    CourseType.OTHER: ("sonstiger Sprachkurs", "sonstiger"),
}
_SCHEDULE_ALIASES = {
    ScheduleForm.FULL_TIME: ("Vollzeit",),
    ScheduleForm.PART_TIME: ("Teilzeit",),
    ScheduleForm.EVENING: ("abends", "Abendkurs", "Abend"),
    ScheduleForm.WEEKEND: ("Wochenende", "am Wochenende", "Wochenendkurs"),
    ScheduleForm.BY_APPOINTMENT: ("nach Vereinbarung", "Termin nach Vereinbarung"),
}
_LANGUAGE_ALIASES = {
    "de": ("Deutsch",),
    "en": ("Englisch",),
    "ar": ("Arabisch",),
    "tr": ("Türkisch",),
    "uk": ("Ukrainisch",),
    "ru": ("Russisch",),
    "fa": ("Persisch", "Farsi"),
    "prs": ("Dari",),
    "ps": ("Paschtu", "Paschto", "Pashto"),
    "ku": ("Kurdisch", "Kurmanci", "Sorani"),
    "ti": ("Tigrinya", "Tigrinisch"),
    "so": ("Somali",),
    "fr": ("Französisch",),
    "es": ("Spanisch",),
    "it": ("Italienisch",),
    "pl": ("Polnisch",),
    "ro": ("Rumänisch",),
    "bg": ("Bulgarisch",),
    "sq": ("Albanisch",),
    "sr": ("Serbisch",),
    "hr": ("Kroatisch",),
    "bs": ("Bosnisch",),
    "el": ("Griechisch",),
    "vi": ("Vietnamesisch",),
    "zh": ("Chinesisch",),
    "ur": ("Urdu",),
    "hi": ("Hindi",),
    "ta": ("Tamil",),
    "pt": ("Portugiesisch",),
    "sgn": ("Deutsche Gebärdensprache", "Gebärdensprache", "DGS"),
}


def _parse_whole_number(value: str) -> int:
    text = value.strip()
    if not re.fullmatch(r"\d{1,6}", text):
        raise CellError(gettext("“%(value)s” is not a whole number.") % {"value": value})
    return int(text)


def _parse_amount(value: str) -> Decimal:
    """A number such as 12,50 or 1.250,00 (German) or 12.50, with or without euro sign."""
    text = re.sub(r"(?i)\s|€|eur(o)?", "", value)
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or number < 0:
        raise CellError(gettext("“%(value)s” is not an amount.") % {"value": value})
    return number.quantize(Decimal("0.01"))


def _parse_hours(value: str) -> Decimal:
    number = _parse_amount(value)
    return number.quantize(Decimal("0.1"))


def _split(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;\n|]", value) if part.strip()]


class _Parsers:
    """Cell parsers per column key, built once the translations are loaded."""

    _built = None
    languages: dict[str, str] = {}

    @classmethod
    def get(cls) -> dict:
        if cls._built is None:
            kinds = choice_lookup(OfferingKind.choices, _KIND_ALIASES)
            course_types = choice_lookup(CourseType.choices, _COURSE_TYPE_ALIASES)
            levels = choice_lookup(Level.choices, {})
            schedules = choice_lookup(ScheduleForm.choices, _SCHEDULE_ALIASES)
            cls.languages = choice_lookup(SPOKEN_LANGUAGES, _LANGUAGE_ALIASES)
            cls._built = {
                "kind": lambda v: _parse_choice(v, kinds, OfferingKind.choices),
                "course_type": lambda v: _parse_choice(v, course_types, CourseType.choices),
                "entry_level": lambda v: _parse_choice(v, levels, Level.choices),
                "target_level": lambda v: _parse_choice(v, levels, Level.choices),
                "schedule_form": lambda v: _parse_choice(v, schedules, ScheduleForm.choices),
                "age_min": _parse_whole_number,
                "age_max": _parse_whole_number,
                "capacity": _parse_whole_number,
                "minimum_size": _parse_whole_number,
                "starts_on": lambda v: parse_date(v, end_of_period=False),
                "ends_on": lambda v: parse_date(v, end_of_period=True),
                "hours_per_week": _parse_hours,
                "fee": _parse_amount,
                "latitude": parse_coordinate,
                "longitude": parse_coordinate,
                "is_online": parse_bool,
                "is_free": parse_bool,
                "childcare": parse_bool,
                "wheelchair_accessible": parse_bool,
                "registration_url": parse_website,
                "languages_instruction": _parse_languages,
                "languages_support": _parse_languages,
            }
        return cls._built


def _parse_choice(value: str, lookup: dict[str, str], choices) -> str:
    code = lookup.get(normalise(value))
    if code is None:
        raise CellError(
            gettext("“%(value)s” is not known. Use one of: %(choices)s.")
            % {"value": value, "choices": ", ".join(str(label) for code, label in choices if code)}
        )
    return code


def _parse_languages(value: str) -> list[str]:
    codes, unknown = [], []
    for part in re.split(r"[,;/\n|]|\bund\b|\band\b", value):
        word = part.strip()
        if not word:
            continue
        code = _Parsers.languages.get(normalise(word))
        if code is None:
            unknown.append(word)
        elif code not in codes:
            codes.append(code)
    if unknown:
        raise CellError(
            gettext("Unknown languages: %(languages)s. Write them as in “Deutsch, Arabisch”.")
            % {"languages": ", ".join(unknown)}
        )
    return sorted(codes, key=SPOKEN_LANGUAGE_CODES.index)


# ---------------------------------------------------------------------------------------------
# Planning


@dataclass
class RowPlan:
    row: int
    title: str
    offering_values: dict = field(default_factory=dict)  # filled cells, parsed; links resolved
    texts: dict = field(default_factory=dict)  # language -> {field: value}
    languages: dict = field(default_factory=dict)  # role -> codes, filled roles only
    existing: Offering | None = None
    changes: list[str] = field(default_factory=list)  # column keys whose value changes

    @property
    def action(self) -> str:
        if self.existing is None:
            return "create"
        return "update" if self.changes else "unchanged"

    @property
    def changed_headers(self) -> list[str]:
        by_key = {column.key: column for column in columns()}
        return [by_key[key].header for key in self.changes]


@dataclass
class ImportPlan:
    problems: list[Problem]
    rows: list[RowPlan]

    @property
    def is_valid(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        counts = {"created": 0, "updated": 0, "unchanged": 0}
        done = {"create": "created", "update": "updated", "unchanged": "unchanged"}
        for row in self.rows:
            counts[done[row.action]] += 1
        return counts


class _Context:
    """What rows are checked against, read once: the provider's offerings in the network, its
    contact persons, the network's lists, projects and programmes."""

    def __init__(self, provider: Organisation, network: Network):
        self.provider = provider
        self.network = network
        offerings = list(
            Offering.objects.filter(provider=provider)
            .prefetch_related(
                "networks",
                "fields_of_action",
                "target_groups",
                "languages",
                Prefetch("texts", queryset=OfferingText.objects.defer("search_document")),
            )
            .order_by("pk")
        )
        self.by_key = {o.external_id.casefold(): o for o in offerings if o.external_id}
        self.by_title: dict[tuple, list[Offering]] = {}
        for offering in offerings:
            if any(n.pk == network.pk for n in offering.networks.all()):
                self.by_title.setdefault(_title_key(offering.title, offering.starts_on), []).append(
                    offering
                )
        self.fields_of_action = _by_name(FieldOfAction.objects.filter(network=network))
        self.target_groups = _by_name(TargetGroup.objects.filter(network=network))
        self.contacts = list(ContactPerson.objects.filter(organisation=provider))
        self.projects = list(Project.objects.filter(network=network))
        self.programmes = list(FundingProgramme.objects.filter(network=network))


def _title_key(title: str, starts_on) -> tuple:
    return (" ".join(title.split()).casefold(), starts_on)


def _by_name(queryset) -> dict[str, object]:
    return {" ".join(entry.name.split()).casefold(): entry for entry in queryset}


def _resolve_names(value: str, entries: dict, what: str) -> list:
    parts = _split(value)
    if len(parts) == 1 and parts[0].casefold() not in entries and "," in parts[0]:
        # People also separate with commas, which names rarely contain.
        parts = [part.strip() for part in parts[0].split(",") if part.strip()]
    found, unknown = [], []
    for part in parts:
        entry = entries.get(" ".join(part.split()).casefold())
        if entry is None:
            unknown.append(part)
        elif entry not in found:
            found.append(entry)
    if unknown:
        raise CellError(
            gettext("Not in the network's list of %(what)s: %(names)s.")
            % {"what": what, "names": ", ".join(f"“{name}”" for name in unknown)}
        )
    return found


def _resolve_one(value: str, candidates: list, matches, what: str):
    text = " ".join(value.split()).casefold()
    found = [candidate for candidate in candidates if matches(candidate, text)]
    if not found:
        raise CellError(gettext("“%(value)s” is no %(what)s.") % {"value": value, "what": what})
    if len(found) > 1:
        raise CellError(
            gettext("“%(value)s” matches several; write it more precisely.") % {"value": value}
        )
    return found[0]


def _contact_matches(contact: ContactPerson, text: str) -> bool:
    names = {
        " ".join(f"{contact.first_name} {contact.last_name}".split()).casefold(),
        " ".join(f"{contact.last_name}, {contact.first_name}".split()).casefold(),
        " ".join(contact.full_name.split()).casefold(),
    }
    return (contact.email and contact.email.casefold() == text) or text in names


def _resolve_links(key: str, value: str, context: _Context):
    if key == "fields_of_action":
        return _resolve_names(value, context.fields_of_action, gettext("fields of action"))
    if key == "target_groups":
        return _resolve_names(value, context.target_groups, gettext("target groups"))
    if key == "contact":
        return _resolve_one(
            value, context.contacts, _contact_matches, gettext("contact person of the provider")
        )
    if key == "project":
        return _resolve_one(
            value,
            context.projects,
            lambda p, t: t in (p.title.casefold(), p.acronym.casefold()),
            gettext("project of the network"),
        )
    if key == "programme":
        return _resolve_one(
            value,
            context.programmes,
            lambda p, t: t in (p.name.casefold(), p.short_name.casefold()),
            gettext("funding programme of the network"),
        )
    return value


LINK_KEYS = ("fields_of_action", "target_groups", "contact", "project", "programme")
MANY_KEYS = ("fields_of_action", "target_groups")


def _parse_row(number, cells, mapping, collector, context) -> RowPlan | None:
    parsers = _Parsers.get()
    by_key = {column.key: column for column in columns()}
    plan = RowPlan(row=number, title="")
    ok = True
    for key, index in mapping.items():
        text = cells[index]
        if not text:
            continue
        column = by_key[key]
        try:
            if key in LINK_KEYS:
                value = _resolve_links(key, text, context)
            else:
                parser = parsers.get(key)
                value = parser(text) if parser else text
        except CellError as exc:
            collector.add(number, key, str(exc))
            ok = False
            continue
        if column.group == OFFERING:
            plan.offering_values[key] = value
        elif column.group == LANGUAGES:
            role = LanguageRole.INSTRUCTION if key.endswith("instruction") else LanguageRole.SUPPORT
            plan.languages[role] = value
        else:
            plan.texts.setdefault(column.language, {})[column.text_field] = value
    plan.title = plan.texts.get(SOURCE_LANGUAGE, {}).get("title", "")
    values = plan.offering_values
    if values.get("fee") and "is_free" not in values:
        # A fee says the offering is not free; nobody should have to write both.
        values["is_free"] = False
    return plan if ok else None


def _match(plan: RowPlan, context: _Context, collector: Collector) -> bool:
    key = plan.offering_values.get("external_id")
    if key:
        existing = context.by_key.get(key.casefold())
        if existing is not None and not any(
            n.pk == context.network.pk for n in existing.networks.all()
        ):
            collector.add(
                plan.row,
                "external_id",
                gettext(
                    "The provider's offering with this key is not shown in this network; import "
                    "it in a network it is shown in."
                ),
            )
            return False
        plan.existing = existing
        return True
    if not plan.title:
        collector.add(
            plan.row,
            "title",
            gettext("The title is missing; a row without a key needs the title."),
        )
        return False
    matches = context.by_title.get(_title_key(plan.title, plan.offering_values.get("starts_on")))
    if matches and len(matches) > 1:
        collector.add(
            plan.row,
            "title",
            gettext(
                "The provider has %(count)s offerings with this title and start date in this "
                "network; give the row a key (column “Kennung”) to say which one."
            )
            % {"count": len(matches)},
        )
        return False
    plan.existing = matches[0] if matches else None
    return True


def _changes(plan: RowPlan) -> list[str]:
    """Column keys whose filled value differs from the stored offering."""
    offering = plan.existing
    changes = []
    for key, value in plan.offering_values.items():
        if key in MANY_KEYS:
            current = {entry.pk for entry in getattr(offering, key).all()}
            if current != {entry.pk for entry in value}:
                changes.append(key)
        elif key == "external_id":
            # Keys match regardless of case; a differently cased key is the same key.
            if offering.external_id.casefold() != value.casefold():
                changes.append(key)
        elif key in LINK_KEYS:
            if getattr(offering, f"{key}_id") != value.pk:
                changes.append(key)
        elif getattr(offering, key) != value:
            changes.append(key)
    stored_languages = {
        role: sorted(
            (lang.language for lang in offering.languages.all() if lang.role == role),
            key=SPOKEN_LANGUAGE_CODES.index,
        )
        for role in LanguageRole.values
    }
    for role, codes in plan.languages.items():
        if stored_languages[role] != codes:
            changes.append(f"languages_{role}")
    texts = {text.language: text for text in offering.texts.all()}
    for language, values in plan.texts.items():
        stored = texts.get(language)
        for name, value in values.items():
            if stored is None or getattr(stored, name) != value:
                changes.append(name if language == SOURCE_LANGUAGE else f"{name}_{language}")
    return changes


def _candidate(plan: RowPlan, provider: Organisation) -> Offering:
    """The offering as it would be after the import, for the model's own checks."""
    if plan.existing is not None:
        offering = Offering(
            **{f.attname: getattr(plan.existing, f.attname) for f in Offering._meta.concrete_fields}
        )
    else:
        offering = Offering(provider=provider)
    for key, value in plan.offering_values.items():
        if key not in MANY_KEYS:
            setattr(offering, key, value)
    offering.title = plan.title or offering.title
    return offering


_FIELD_TO_KEY = {column.key: column.key for column in MAIN_COLUMNS if column.group == OFFERING}


def _validate(plan: RowPlan, context: _Context, collector: Collector) -> None:
    if plan.existing is None:
        if "kind" not in plan.offering_values:
            collector.add(plan.row, "kind", gettext("A new offering needs its kind."))
        if not plan.title:
            collector.add(plan.row, "title", gettext("A new offering needs its title."))
    offering = _candidate(plan, context.provider)
    try:
        # Links were resolved against the provider and network already; checking them again
        # here would cost a query per row.
        exclude = ["provider", "title", "created_by", "contact", "project", "programme"]
        if not offering.kind:
            exclude.append("kind")  # said above, in words about the row
        offering.clean_fields(exclude=exclude)
        offering.clean()
    except ValidationError as exc:
        collector.add_validation_error(plan.row, exc, _FIELD_TO_KEY)
    stored = {t.language: t for t in plan.existing.texts.all()} if plan.existing else {}
    for language, values in plan.texts.items():
        if language == SOURCE_LANGUAGE:
            key_of = {name: name for name in OfferingText.TRANSLATED_FIELDS}
        else:
            key_of = {name: f"{name}_{language}" for name in OfferingText.TRANSLATED_FIELDS}
            if language not in stored and "title" not in values:
                first = next(iter(values))
                collector.add(
                    plan.row,
                    key_of[first],
                    gettext("A new translation needs its title (column %(column)s).")
                    % {"column": key_of["title"]},
                )
        try:
            OfferingText(language=language, **values).clean_fields(
                exclude=[f.name for f in OfferingText._meta.fields if f.name not in values]
            )
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                for message in messages:
                    collector.add(plan.row, key_of.get(name), message)


def offering_import_plan(*, provider: Organisation, network: Network, table: Table) -> ImportPlan:
    """Validate ``table`` for ``provider`` in ``network`` and say what an import would do."""
    mapping, header_problems = map_columns(table.headers)
    collector = Collector(table.headers, mapping)
    if header_problems:
        for message in header_problems:
            collector.add(1, None, message)
        return ImportPlan(problems=collector.problems, rows=[])
    context = _Context(provider, network)
    plans: list[RowPlan] = []
    seen: dict[object, int] = {}
    for number, cells in table.rows:
        plan = _parse_row(number, cells, mapping, collector, context)
        if plan is None or not _match(plan, context, collector):
            continue
        identity = (
            ("key", plan.offering_values["external_id"].casefold())
            if plan.offering_values.get("external_id")
            else ("offering", plan.existing.pk)
            if plan.existing
            else ("new", _title_key(plan.title, plan.offering_values.get("starts_on")))
        )
        if identity in seen:
            collector.add(
                number,
                "external_id" if identity[0] == "key" else "title",
                gettext("This row describes the same offering as row %(row)s.")
                % {"row": seen[identity]},
            )
            continue
        seen[identity] = number
        if plan.existing is not None:
            plan.changes = _changes(plan)
        _validate(plan, context, collector)
        plans.append(plan)
    problems = sorted(collector.problems, key=lambda p: (p.row or 0, p.column))
    return ImportPlan(problems=problems, rows=plans)


# ---------------------------------------------------------------------------------------------
# Writing


class ImportInvalid(DomainError):
    """The file does not validate (any more); nothing was written."""

    def __init__(self, plan: ImportPlan):
        super().__init__(gettext("The file has problems; nothing was imported."))
        self.plan = plan


def _languages_after(plan: RowPlan) -> dict | None:
    """Both roles' languages after the import, or None when the row names none: the service
    replaces every role it is given."""
    if not plan.languages:
        return None
    result = {role: list(codes) for role, codes in plan.languages.items()}
    if plan.existing is not None:
        for role in LanguageRole.values:
            if role not in result:
                result[role] = [
                    lang.language for lang in plan.existing.languages.all() if lang.role == role
                ]
    return result


def _write_row(plan: RowPlan, *, actor, provider, network, status: str) -> Offering:
    if plan.existing is None:
        offering = services.offering_create(
            actor=actor,
            provider=provider,
            data={**plan.offering_values, "networks": [network]},
            text=plan.texts.get(SOURCE_LANGUAGE, {}),
            languages=_languages_after(plan),
        )
        texts = plan.texts
    else:
        offering = plan.existing
        data = {k: v for k, v in plan.offering_values.items() if k in plan.changes}
        languages = (
            _languages_after(plan)
            if any(key.startswith("languages_") for key in plan.changes)
            else None
        )
        if data or languages:
            offering = services.offering_update(
                actor=actor, offering=offering, data=data, languages=languages
            )
        # Only what changed is saved: an unchanged translation cell must not vouch for a
        # translation that the German change in the same row outdated.
        texts = {}
        for language, values in plan.texts.items():
            changed = {
                name: value
                for name, value in values.items()
                if (name if language == SOURCE_LANGUAGE else f"{name}_{language}") in plan.changes
            }
            if changed:
                texts[language] = changed
        if SOURCE_LANGUAGE in texts:
            services.offering_text_save(
                actor=actor,
                offering=offering,
                language=SOURCE_LANGUAGE,
                text=texts[SOURCE_LANGUAGE],
            )
    for language, values in texts.items():
        if language != SOURCE_LANGUAGE:
            services.offering_text_save(
                actor=actor, offering=offering, language=language, text=values
            )
    if plan.existing is None and status == OfferingStatus.PUBLISHED:
        services.offering_publish(actor=actor, offering=offering)
    return offering


@transaction.atomic
def offering_import(
    *, actor, provider: Organisation, network: Network, table: Table, status: str
) -> dict[str, int]:
    """Write the offerings of ``table``: all of them, or none.

    New offerings get ``status`` (draft or published); existing ones keep theirs. The plan is
    built again under a lock on the provider, so two people confirming the same file at once
    cannot both create its offerings.
    """
    if status not in (OfferingStatus.DRAFT, OfferingStatus.PUBLISHED):
        raise DomainError(gettext("Import offerings as drafts or as published."))
    Organisation.objects.select_for_update().only("pk").get(pk=provider.pk)
    plan = offering_import_plan(provider=provider, network=network, table=table)
    if not plan.is_valid:
        raise ImportInvalid(plan)
    for row in plan.rows:
        if row.action != "unchanged":
            _write_row(row, actor=actor, provider=provider, network=network, status=status)
    counts = plan.counts()
    log_action(
        actor=actor,
        action="offers.offering.imported",
        obj=provider,
        network=network,
        data={**counts, "rows": len(table.rows), "status": status},
    )
    return counts
