"""The demo's events: those of the seeds through the events services, synthetic past events and
all registrations in bulk. Idempotent: an event is found by its network and its title (the
seeds' titles are unique, the synthetic ones carry their month), a registration by its event
and e-mail address; a second run on the same day writes nothing.

From the seeds (``shared/seeds/``): ALBuM's forum "An-Erkennen – wir sehen mehr" on 15 May from
14:00 in the Leibnizhaus, Holzmarkt 4-6 (press release of 2 May 2012, which names the weekday, a
Tuesday, but no year); the yearly "Blickwechsel" forum and the diversity network's two to four
meetings a year for companies' HR and training staff (information paper 2032/2021, no dates);
the Marburg working group's next meeting on 20 August at 18:00 at the Internationaler Bund,
Biegenstraße 3 (article of 24 July 2013, no year). The demo puts each on its next such day in
the future and says so in every text, with what else it assumed (end times, seats, deadlines).

Synthetic past events (``is_synthetic``) cover the last two years: the Marburg working group
monthly with rotating hosts, the diversity network's meetings with companies' staff, ALBuM's
network meetings and Blickwechsel, IQ Berlin's workshops. Their registrations are written
directly — the services refuse past events, and the demo must not send mail — but as the
services would leave them: confirmed up to the seats, then waiting; some cancelled; most of the
confirmed checked in. Registrations of events over longer than ``VERBUND_REGISTRATION_KEEP_DAYS``
are stored anonymised, as the daily clean-up leaves them: the figures (people and companies
reached, by kind of organisation) stay true without names. Names come from Faker (de_DE),
addresses under ``example.org`` and ``.test``; companies are named, never created.
"""

import calendar
import datetime
import hashlib
import random
from collections import Counter
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from django.utils.text import slugify
from faker import Faker

from verbund.core.translations import SOURCE_LANGUAGE
from verbund.events import services
from verbund.events.choices import Audience, EventKind, EventStatus, Recurrence, RegistrationStatus
from verbund.events.models import Event, EventSeries, EventText, Registration, SeriesHost
from verbund.network.choices import OrganisationKind
from verbund.network.models import Membership, Organisation

BERLIN = ZoneInfo("Europe/Berlin")
LOADER = AnonymousUser()
SYNTHETIC_NOTE = (
    "Synthetische Demodaten: eine erfundene Veranstaltung, die nur der Vorführung dient."
)
SYNTHETIC_NOTE_EN = "Synthetic demo data: an invented event, for demonstration only."
MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
MAIL_DOMAINS = ("example.org", "beispiel.test", "mail.test")
# Invented companies whose HR and training staff come to the diversity network; named in the
# registration (not picked from the registry), as a visitor from a company would type it.
COMPANY_PATTERNS = (
    "{last} Haustechnik GmbH",
    "{last} Logistik GmbH",
    "Autohaus {last} GmbH",
    "{last} Pflegedienste GmbH",
    "Bäckerei {last} GmbH",
    "{last} Metallbau GmbH & Co. KG",
    "{last} Elektrotechnik GmbH",
    "Hotel {last} GmbH",
    "{last} Bau GmbH",
    "{last} IT-Systemhaus GmbH",
)
MARBURG_SERIES = "Interkultureller Arbeitskreis „Gemeinsam Chancen schaffen“"
DIVERSITY_SERIES = "Diversity Netzwerk ALBuM"
BLICKWECHSEL_SERIES = "Blickwechsel"
ANERKENNEN_TITLE = "An-Erkennen – wir sehen mehr"
MARBURG_MEETING_TITLE = "Treffen des Arbeitskreises „Gemeinsam Chancen schaffen“"


def at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def next_day_of_year(month: int, day: int, today: datetime.date) -> datetime.date:
    """The next ``day``.``month``. after ``today``."""
    this_year = datetime.date(today.year, month, day)
    return this_year if this_year > today else datetime.date(today.year + 1, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> datetime.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n`` = -1 for the last."""
    days = [
        datetime.date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if datetime.date(year, month, d).weekday() == weekday
    ]
    return days[n if n < 0 else n - 1]


def add_months(day: datetime.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def german_date(day: datetime.date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def english_date(day: datetime.date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def month_title(title: str, day: datetime.date) -> str:
    return f"{title} – {MONTHS[day.month - 1]} {day.year}"


# --- what to write --------------------------------------------------------------------------------


@dataclass
class PlannedEvent:
    network: str  # slug
    title: str
    data: dict  # fields for services.event_create / event_update (keys, resolved later)
    texts: dict[str, dict]  # language → text fields
    series: str | None = None
    is_synthetic: bool = False
    # How many registrations to write, and from whom (see _registrants).
    registrations: int = 0
    audience_mix: str = "forum"
    attendance: float = 0.0  # share of the confirmed who were checked in (past events)
    cancelled: float = 0.06


@dataclass
class EventCounts:
    seed: int = 0
    synthetic: int = 0
    registrations: Counter = field(default_factory=Counter)  # status → count
    checked_in: int = 0


def _place(venue="", street="", city="", postal_code="") -> dict:
    return {
        "is_online": False,
        "venue": venue,
        "street": street,
        "postal_code": postal_code,
        "city": city,
    }


def _text(title, summary, description, *, accessibility="", registration="") -> dict:
    return {
        "title": title,
        "summary": summary,
        "description": description,
        "accessibility_note": accessibility,
        "registration_note": registration,
    }


def _anerkennen(today: datetime.date) -> PlannedEvent:
    day = next_day_of_year(5, 15, today)
    weekday_de = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
    weekday_en = calendar.day_name[day.weekday()]
    note_de = (
        "Annahmen der Demo: Die Pressemitteilung vom 2. Mai 2012 nennt Dienstag, den 15. Mai, "
        "ohne Jahr; die Demo legt das Forum auf den nächsten 15. Mai "
        f"({weekday_de[day.weekday()]}, {german_date(day)}). Ende um 17 Uhr und 120 Plätze sind "
        "angenommen."
    )
    note_en = (
        "Demo assumptions: the press release of 2 May 2012 names Tuesday, 15 May, without a "
        f"year; the demo puts the forum on the next 15 May ({weekday_en}, {english_date(day)}). "
        "The end at 5 pm and the 120 seats are assumed."
    )
    note_ar = (
        "افتراضات العرض التجريبي: يذكر البيان الصحفي الصادر في 2 مايو 2012 يوم الثلاثاء 15 مايو "
        f"دون ذكر السنة؛ يضع العرض المنتدى في 15 مايو القادم ({day.isoformat()}). "
        "موعد الانتهاء في الساعة 17:00 وعدد المقاعد 120 افتراضيان."
    )
    note_simple = (
        "Das hat sich die Demo ausgedacht: das Jahr, das Ende um 17 Uhr und die 120 Plätze."
    )
    return PlannedEvent(
        network="album",
        title=ANERKENNEN_TITLE,
        data={
            "kind": EventKind.PUBLIC_FORUM,
            "audience": Audience.PUBLIC,
            "organisers": ["album-office"],
            "starts_at": at(day, 14),
            "ends_at": at(day, 17),
            **_place("Leibnizhaus", "Holzmarkt 4-6", "Hannover"),
            "capacity": 120,
            "registration_required": True,
            "is_free": True,
            "wheelchair_accessible": False,
            "interpretation_languages": [],
        },
        texts={
            "de": _text(
                ANERKENNEN_TITLE,
                "Forum zur Anerkennung der Kompetenzen von Menschen mit Migrationshintergrund, "
                "im Rahmen von ALBuM-VIP. Eintritt frei.",
                "Im Rahmen von „ALBuM-VIP“ findet ab 14 Uhr im Leibnizhaus, Holzmarkt 4-6, die "
                "Veranstaltung „An-Erkennen – wir sehen mehr“ statt. Thema ist die Anerkennung "
                "von Kompetenzen von Menschen mit Migrationshintergrund. Angesprochen sind "
                "MultiplikatorInnen aus Verbänden, Politik und Institutionen. Der Eintritt ist "
                f"frei.\n\n{note_de}",
                registration=(
                    "Um Anmeldung wird gebeten. Die Pressemitteilung nennt die Anmeldung per Mail "
                    "an album@hannover-stadt.de; in der Demo meldet man sich hier an, damit keine "
                    "Demo-Anmeldung bei der Stadt ankommt."
                ),
            ),
            "en": _text(
                "Recognising – we see more",
                "Forum on recognising the skills of people with a migration background, part of "
                "ALBuM-VIP. Free entry.",
                "As part of “ALBuM-VIP”, the forum “An-Erkennen – wir sehen mehr” (Recognising – "
                "we see more) takes place from 2 pm in the Leibnizhaus, Holzmarkt 4-6. It is "
                "about recognising the skills of people with a migration background and is "
                "meant for multipliers from associations, politics and institutions. Entry is "
                f"free.\n\n{note_en}",
                registration=(
                    "Please register. The press release asks for registration by e-mail to "
                    "album@hannover-stadt.de; in the demo you register here, so that no demo "
                    "registration reaches the city."
                ),
            ),
            "ar": _text(
                "الاعتراف – نرى أكثر",
                "منتدى حول الاعتراف بكفاءات الأشخاص ذوي الخلفية المهاجرة، ضمن مشروع ALBuM-VIP. "
                "الدخول مجاني.",
                "في إطار مشروع „ALBuM-VIP“ يُقام منتدى „An-Erkennen – wir sehen mehr“ ابتداءً من "
                "الساعة 14:00 في مبنى لايبنيتس هاوس، هولتسماركت 4-6. الموضوع هو الاعتراف بكفاءات "
                "الأشخاص ذوي الخلفية المهاجرة، وهو موجّه إلى المضاعفين من الجمعيات والسياسة "
                f"والمؤسسات. الدخول مجاني.\n\n{note_ar}",
                registration="يُرجى التسجيل. في العرض التجريبي يتم التسجيل هنا.",
            ),
            "de-simple": _text(
                "An-Erkennen: Wir sehen mehr",
                "Ein Treffen über das, was Menschen aus anderen Ländern können. Der Eintritt "
                "kostet nichts.",
                "Viele Menschen kommen aus anderen Ländern.\nSie können viel.\nDas soll man "
                "sehen und anerkennen.\nDarüber sprechen wir bei diesem Treffen.\n\nWann? Am "
                f"{german_date(day)} ab 14 Uhr.\nWo? Im Leibnizhaus, Holzmarkt 4-6, Hannover."
                f"\n\n{note_simple}",
                registration="Bitte melden Sie sich vorher an.",
            ),
        },
        registrations=46,
        audience_mix="forum",
    )


def _blickwechsel(today: datetime.date) -> PlannedEvent:
    # Assumed: the yearly forum in late September, on the last Thursday of the month.
    year = today.year
    day = nth_weekday(year, 9, 3, -1)
    if day <= today:
        day = nth_weekday(year + 1, 9, 3, -1)
    opens = at(day - datetime.timedelta(weeks=8), 9)
    note_de = (
        "Annahmen der Demo: Die Informationsdrucksache 2032/2021 nennt die jährliche "
        "Veranstaltung „Blickwechsel“ ohne Termin und Ort; die Demo legt sie auf den letzten "
        f"Donnerstag im September ({german_date(day)}, 18 bis 20:30 Uhr) mit 150 Plätzen, "
        "Anmeldung ab acht Wochen vorher. Das Thema ist ein Beispiel."
    )
    note_en = (
        "Demo assumptions: information paper 2032/2021 names the yearly “Blickwechsel” event "
        "without date or place; the demo puts it on the last Thursday of September "
        f"({english_date(day)}, 6 to 8:30 pm) with 150 seats, registration opening eight weeks "
        "before. The topic is an example."
    )
    note_ar = (
        "افتراضات العرض التجريبي: لا تذكر الوثيقة الإعلامية 2032/2021 موعد أو مكان فعالية "
        f"„Blickwechsel“ السنوية؛ يضعها العرض في آخر خميس من سبتمبر ({day.isoformat()})، "
        "من 18:00 إلى 20:30، مع 150 مقعداً، ويبدأ التسجيل قبل ثمانية أسابيع. الموضوع مثال."
    )
    title = f"Blickwechsel {day.year}: Wer gestaltet Hannover?"
    return PlannedEvent(
        network="album",
        title=title,
        series=BLICKWECHSEL_SERIES,
        data={
            "kind": EventKind.PUBLIC_FORUM,
            "audience": Audience.PUBLIC,
            "organisers": ["album-office"],
            "starts_at": at(day, 18),
            "ends_at": at(day, 20, 30),
            **_place("Ort wird mit dem Programm bekannt gegeben", city="Hannover"),
            "capacity": 150,
            "registration_required": True,
            "registration_opens_at": opens,
            "is_free": True,
            "interpretation_languages": ["en", "ar", "tr"],
        },
        texts={
            "de": _text(
                title,
                "Das jährliche Forum „Blickwechsel“ beleuchtet ein aktuelles "
                "gesellschaftspolitisches Thema aus verschiedenen Blickwinkeln.",
                "„Blickwechsel“ ist das jährliche Forum des Netzwerks ALBuM zur Beleuchtung eines "
                "aktuellen gesellschaftspolitischen Themas aus verschiedenen Blickwinkeln. In "
                "diesem Jahr: Wer gestaltet Hannover? Beteiligung von Menschen mit "
                f"Migrationsgeschichte in Stadtteil, Verein und Politik.\n\n{note_de}",
                registration="Die Anmeldung öffnet acht Wochen vor der Veranstaltung.",
            ),
            "en": _text(
                f"Change of perspective {day.year}: who shapes Hanover?",
                "The yearly forum “Blickwechsel” looks at a current social and political "
                "question from different angles.",
                "“Blickwechsel” (change of perspective) is the ALBuM network's yearly forum on a "
                "current social and political question, seen from different angles. This year: "
                "who shapes Hanover? How people with a migration history take part in their "
                f"neighbourhood, associations and politics.\n\n{note_en}",
                registration="Registration opens eight weeks before the event.",
            ),
            "ar": _text(
                f"تغيير المنظور {day.year}: من يصنع هانوفر؟",
                "منتدى „Blickwechsel“ السنوي يتناول قضية مجتمعية وسياسية راهنة من زوايا مختلفة.",
                "„Blickwechsel“ هو المنتدى السنوي لشبكة ALBuM لتناول قضية مجتمعية وسياسية راهنة من "
                "زوايا مختلفة. موضوع هذا العام: من يصنع هانوفر؟ مشاركة الأشخاص ذوي تاريخ الهجرة في "
                f"الحي والجمعيات والسياسة.\n\n{note_ar}",
                registration="يبدأ التسجيل قبل ثمانية أسابيع من الفعالية.",
            ),
        },
    )


DIVERSITY_TOPICS = (
    (
        "Bewerbungsverfahren öffnen",
        "Opening up recruitment",
        "فتح إجراءات التوظيف",
        "Wie Betriebe Auszubildende mit Migrationsgeschichte gewinnen: anonymisierte "
        "Bewerbungen, Praktika, Sprachförderung im Betrieb.",
    ),
    (
        "Ausländische Abschlüsse im Betrieb anerkennen",
        "Recognising foreign qualifications at work",
        "الاعتراف بالشهادات الأجنبية في المنشأة",
        "Anerkennungsverfahren, Teilqualifizierung und Nachqualifizierung: Erfahrungen aus "
        "Hannoveraner Betrieben.",
    ),
    (
        "Vielfalt im Team führen",
        "Leading a diverse team",
        "قيادة فريق متنوع",
        "Kommunikation, Konflikte und Chancen in gemischten Teams; Austausch unter "
        "Ausbildungsverantwortlichen.",
    ),
    (
        "Berufssprache Deutsch am Arbeitsplatz",
        "Job-related German at the workplace",
        "اللغة الألمانية المهنية في مكان العمل",
        "Berufsbezogene Sprachkurse nach DeuFöV neben der Arbeit: wie Betriebe sie ermöglichen.",
    ),
    (
        "Ausbildung in Teilzeit für Eltern",
        "Part-time apprenticeships for parents",
        "التدريب المهني بدوام جزئي للآباء والأمهات",
        "Teilzeitausbildung als Weg für Mütter und Väter mit Migrationsgeschichte.",
    ),
)


def _diversity_meeting(day, topic, *, capacity, registrations, synthetic, opens=None):
    german, english, arabic, about = topic
    title = f"Diversity Netzwerk: {german}"
    if synthetic:
        title = month_title(title, day)
    note_de = (
        "Annahmen der Demo: Die Informationsdrucksache 2032/2021 nennt zwei bis vier "
        "themenbezogene Treffen im Jahr ohne Termine; Datum, 15 bis 17:30 Uhr, Ort und "
        f"{capacity} Plätze sind angenommen."
    )
    note_en = (
        "Demo assumptions: information paper 2032/2021 names two to four topical meetings a "
        f"year without dates; the date, 3 to 5:30 pm, the place and the {capacity} seats are "
        "assumed."
    )
    if synthetic:
        note_de, note_en = SYNTHETIC_NOTE, SYNTHETIC_NOTE_EN
    intro_de = (
        "Das Diversity Netzwerk bietet Personal- und Ausbildungsverantwortlichen aus Unternehmen "
        "ein Forum zum Dialog."
    )
    intro_en = (
        "The diversity network is a forum for dialogue for HR and training staff of companies."
    )
    texts = {
        "de": _text(
            title,
            f"Treffen für Personal- und Ausbildungsverantwortliche: {german}.",
            f"{intro_de} Thema: {german}. {about}\n\n{note_de}",
            accessibility="Barrierefreier Zugang zum Veranstaltungsraum (angenommen).",
        ),
        "en": _text(
            f"Diversity network: {english}"
            + (f" – {calendar.month_name[day.month]} {day.year}" if synthetic else ""),
            f"Meeting for HR and training staff: {english}.",
            f"{intro_en} Topic: {english}.\n\n{note_en}",
            accessibility="Step-free access to the room (assumed).",
        ),
    }
    if not synthetic:
        texts["ar"] = _text(
            f"شبكة التنوع: {arabic}",
            f"لقاء لمسؤولي شؤون الموظفين والتدريب في الشركات: {arabic}.",
            "شبكة التنوع منتدى للحوار لمسؤولي شؤون الموظفين والتدريب المهني في الشركات. "
            f"الموضوع: {arabic}.\n\nافتراضات العرض التجريبي: التاريخ والوقت والمكان وعدد "
            f"المقاعد ({capacity}) افتراضية.",
            accessibility="مدخل خالٍ من العوائق (افتراض).",
        )
    return PlannedEvent(
        network="album",
        title=title,
        series=DIVERSITY_SERIES,
        is_synthetic=synthetic,
        data={
            "kind": EventKind.DIVERSITY_NETWORK_MEETING,
            "audience": Audience.PUBLIC,
            "organisers": ["album-office", "vhs-hannover"],
            "host": "vhs-hannover",
            "starts_at": at(day, 15),
            "ends_at": at(day, 17, 30),
            **_place("Ada-und-Theodor-Lessing-Volkshochschule Hannover", city="Hannover"),
            "capacity": capacity,
            "registration_required": True,
            "registration_opens_at": opens,
            "is_free": True,
            "wheelchair_accessible": True,
        },
        texts=texts,
        registrations=registrations,
        audience_mix="companies",
        attendance=0.85 if synthetic else 0.0,
    )


def _marburg_meeting(day, host_key, host_label, *, planned_by_seed, synthetic, registrations):
    title = month_title(MARBURG_MEETING_TITLE, day)
    at_ib = host_key == "ib-jmd"
    place = (
        _place("Internationaler Bund / Jugendmigrationsdienst", "Biegenstraße 3", "Marburg")
        if at_ib
        else _place(f"Räume der {host_label}", city="Marburg")
    )
    if planned_by_seed:
        note_de = (
            "Annahmen der Demo: Der Artikel vom 24.7.2013 nennt das nächste Treffen am "
            "20. August um 18 Uhr beim Internationalen Bund, Biegenstraße 3, ohne Jahr; die Demo "
            f"legt es auf den nächsten 20. August ({german_date(day)}). Das Ende um 20 Uhr ist "
            "angenommen."
        )
        note_en = (
            "Demo assumptions: the article of 24 July 2013 names the next meeting on 20 August "
            "at 6 pm at the Internationaler Bund, Biegenstraße 3, without a year; the demo puts "
            f"it on the next 20 August ({english_date(day)}). The end at 8 pm is assumed."
        )
        note_ar = (
            "افتراضات العرض التجريبي: يذكر مقال 24 يوليو 2013 الاجتماع القادم في 20 أغسطس الساعة "
            "18:00 لدى Internationaler Bund، Biegenstraße 3، دون ذكر السنة؛ يضعه العرض في 20 أغسطس "
            f"القادم ({day.isoformat()}). موعد الانتهاء في الساعة 20:00 افتراضي."
        )
    elif synthetic:
        note_de, note_en, note_ar = SYNTHETIC_NOTE, SYNTHETIC_NOTE_EN, ""
    else:
        note_de = (
            "Annahmen der Demo: Der Arbeitskreis trifft sich monatlich, reihum bei den "
            "Migrantenorganisationen; dieser Termin (18 bis 20 Uhr) ist geplant, nicht aus der "
            "Vorlage."
        )
        note_en = (
            "Demo assumptions: the working group meets monthly, hosted in turn by the migrant "
            "organisations; this date (6 to 8 pm) is planned by the demo, not from the source."
        )
        note_ar = (
            "افتراضات العرض التجريبي: تجتمع مجموعة العمل شهرياً بالتناوب لدى منظمات المهاجرين؛ "
            "هذا الموعد (18:00–20:00) من تخطيط العرض وليس من المصدر."
        )
    where_de = "beim Internationalen Bund, Biegenstraße 3" if at_ib else f"bei der {host_label}"
    texts = {
        "de": _text(
            title,
            f"Monatliches Treffen des interkulturellen Arbeitskreises, diesmal {where_de}.",
            "Der interkulturelle Arbeitskreis „Gemeinsam Chancen schaffen“ verbindet "
            "Migrantenorganisationen, den Internationalen Bund / Jugendmigrationsdienst, den "
            "Ausländerbeirat, die Stadt Marburg und den Landkreis. Interessierte "
            f"Migrantenorganisationen sind herzlich eingeladen, sich zu beteiligen.\n\n{note_de}",
        ),
        "en": _text(
            f"Working group “Creating opportunities together” – "
            f"{calendar.month_name[day.month]} {day.year}",
            "Monthly meeting of the intercultural working group, hosted in turn by its members.",
            "The intercultural working group “Gemeinsam Chancen schaffen” (creating "
            "opportunities together) brings together migrant organisations, the Internationaler "
            "Bund / youth migration service, the foreigners' advisory council, the city of "
            "Marburg and the district. Interested migrant organisations are warmly invited to "
            f"join.\n\n{note_en}",
        ),
    }
    if note_ar:
        texts["ar"] = _text(
            f"مجموعة العمل „لنصنع الفرص معاً“ – {day.isoformat()[:7]}",
            "اجتماع شهري لمجموعة العمل بين الثقافات، بالتناوب لدى أعضائها.",
            "تجمع مجموعة العمل بين الثقافات „Gemeinsam Chancen schaffen“ منظمات المهاجرين و"
            "Internationaler Bund / خدمة هجرة الشباب ومجلس الأجانب ومدينة ماربورغ والمقاطعة. "
            f"منظمات المهاجرين المهتمة مدعوة للمشاركة.\n\n{note_ar}",
        )
    if planned_by_seed:
        texts["de-simple"] = _text(
            "Treffen vom Arbeitskreis: Gemeinsam Chancen schaffen",
            "Vereine von Menschen aus anderen Ländern treffen sich. Sie sind eingeladen.",
            "Wir wollen bessere Chancen für Menschen aus anderen Ländern.\nDafür arbeiten "
            "Vereine zusammen.\nIhr Verein kann mitmachen.\n\nWann? Am "
            f"{german_date(day)} um 18 Uhr.\nWo? Beim Internationalen Bund, Biegenstraße 3, "
            "Marburg.\n\nDas Jahr und das Ende um 20 Uhr hat sich die Demo ausgedacht.",
        )
    return PlannedEvent(
        network="marburg",
        title=title,
        series=MARBURG_SERIES,
        is_synthetic=synthetic,
        data={
            "kind": EventKind.WORKING_GROUP_MEETING,
            "audience": Audience.PUBLIC,
            "organisers": ["ib-jmd", "buero-integration-mr"],
            "host": host_key,
            "starts_at": at(day, 18),
            "ends_at": at(day, 20),
            **place,
            "capacity": None,
            "registration_required": True,
            "is_free": True,
            "interpretation_languages": ["ar"] if at_ib else [],
        },
        texts=texts,
        registrations=registrations,
        audience_mix="working_group",
        attendance=0.9 if synthetic else 0.0,
        cancelled=0.1,
    )


def _simple_past(network, title, kind, day, organisers, place, *, capacity, count, mix, en):
    return PlannedEvent(
        network=network,
        title=month_title(title, day),
        is_synthetic=True,
        data={
            "kind": kind,
            "audience": Audience.PUBLIC,
            "organisers": organisers,
            "starts_at": at(day, 10),
            "ends_at": at(day, 16),
            **place,
            "capacity": capacity,
            "registration_required": True,
            "is_free": True,
        },
        texts={
            "de": _text(month_title(title, day), title, f"{title}.\n\n{SYNTHETIC_NOTE}"),
            "en": _text(
                f"{en} – {calendar.month_name[day.month]} {day.year}",
                en,
                f"{en}.\n\n{SYNTHETIC_NOTE_EN}",
            ),
        },
        registrations=count,
        audience_mix=mix,
        attendance=0.8,
    )


MARBURG_HOSTS = ("ib-jmd", *(f"marburg-mo-{n}" for n in range(1, 7)))


def plan_events(today: datetime.date, rng: random.Random) -> list[PlannedEvent]:
    """Every demo event, the seeds' first, relative to ``today``."""
    plans = [_anerkennen(today), _blickwechsel(today)]

    # The diversity network: the next meeting soon and fully booked, one later in the year;
    # three meetings a year in the two years before.
    soon = nth_weekday(*add_months(today, 1), 2, 2)
    later = nth_weekday(*add_months(today, 5), 2, 2)
    plans.append(
        _diversity_meeting(
            soon, DIVERSITY_TOPICS[0], capacity=25, registrations=31, synthetic=False
        )
    )
    plans.append(
        _diversity_meeting(
            later,
            DIVERSITY_TOPICS[1],
            capacity=25,
            registrations=7,
            synthetic=False,
            opens=at(today - datetime.timedelta(days=3), 9),
        )
    )
    for months_ago in (3, 7, 11, 15, 19, 23):
        day = nth_weekday(*add_months(today, -months_ago), 2, 2)
        topic = DIVERSITY_TOPICS[months_ago % len(DIVERSITY_TOPICS)]
        plans.append(
            _diversity_meeting(
                day,
                topic,
                capacity=25,
                registrations=rng.randint(18, 32),
                synthetic=True,
            )
        )

    # Marburg: the seed's 20 August, planned monthly meetings from next month to two months
    # after it, hosts in turn with the IB on 20 August; two years of past meetings.
    august = next_day_of_year(8, 20, today)
    weekday, ordinal = august.weekday(), (august.day - 1) // 7 + 1
    first = add_months(today, 1)
    index = 0
    while True:
        year, month = add_months(datetime.date(*first, 1), index)
        if (year, month) > add_months(august, 2):
            break
        is_august = (year, month) == (august.year, august.month)
        day = august if is_august else nth_weekday(year, month, weekday, ordinal)
        months_from_august = (year * 12 + month) - (august.year * 12 + august.month)
        host = MARBURG_HOSTS[months_from_august % len(MARBURG_HOSTS)]
        plans.append(
            _marburg_meeting(
                day,
                host,
                _host_label(host),
                planned_by_seed=is_august,
                synthetic=False,
                registrations=9 if index < 2 or is_august else 0,
            )
        )
        index += 1
    for months_ago in range(1, 25):
        year, month = add_months(today, -months_ago)
        day = nth_weekday(year, month, weekday, ordinal)
        if day >= today:
            continue
        months_from_august = (year * 12 + month) - (august.year * 12 + august.month)
        host = MARBURG_HOSTS[months_from_august % len(MARBURG_HOSTS)]
        plans.append(
            _marburg_meeting(
                day,
                host,
                _host_label(host),
                planned_by_seed=False,
                synthetic=True,
                registrations=rng.randint(7, 16),
            )
        )

    # ALBuM's past Blickwechsel, network meetings and a trade day; IQ Berlin's workshops.
    for years_ago in (1, 2):
        day = nth_weekday(today.year - years_ago, 9, 3, -1)
        if day >= today:
            continue
        plans.append(
            _simple_past(
                "album",
                f"Blickwechsel {day.year}",
                EventKind.PUBLIC_FORUM,
                day,
                ["album-office"],
                _place("Veranstaltungsort in Hannover", city="Hannover"),
                capacity=150,
                count=rng.randint(90, 140),
                mix="forum",
                en=f"Change of perspective {day.year}",
            )
        )
        plans[-1].series = BLICKWECHSEL_SERIES
    for months_ago in (2, 8, 14, 20):
        day = nth_weekday(*add_months(today, -months_ago), 1, 1)
        plans.append(
            _simple_past(
                "album",
                "Netzwerktreffen ALBuM",
                EventKind.NETWORK_MEETING,
                day,
                ["album-office"],
                _place("Koordinierungsstelle ALBuM", city="Hannover"),
                capacity=40,
                count=rng.randint(14, 26),
                mix="members",
                en="ALBuM network meeting",
            )
        )
    day = nth_weekday(*add_months(today, -10), 3, 2)
    plans.append(
        _simple_past(
            "album",
            "Fachtag Ausbildung und Vielfalt",
            EventKind.TRADE_DAY,
            day,
            ["album-office", "vhs-hannover"],
            _place("Ada-und-Theodor-Lessing-Volkshochschule Hannover", city="Hannover"),
            capacity=80,
            count=86,
            mix="companies",
            en="Trade day: apprenticeships and diversity",
        )
    )
    for months_ago in (4, 12):
        day = nth_weekday(*add_months(today, -months_ago), 2, 3)
        plans.append(
            _simple_past(
                "iq-berlin",
                "Workshop Kommune interkulturell",
                EventKind.TRAINING,
                day,
                ["via"],
                _place("VIA Berlin/Brandenburg e.V.", "Petersburger Straße 92", "Berlin", "10247"),
                capacity=20,
                count=rng.randint(12, 22),
                mix="berlin",
                en="Workshop: intercultural local government",
            )
        )
    upcoming = nth_weekday(*add_months(today, 2), 2, 3)
    workshop = _simple_past(
        "iq-berlin",
        "Workshop Kommune interkulturell",
        EventKind.TRAINING,
        upcoming,
        ["via"],
        _place("VIA Berlin/Brandenburg e.V.", "Petersburger Straße 92", "Berlin", "10247"),
        capacity=20,
        count=8,
        mix="berlin",
        en="Workshop: intercultural local government",
    )
    workshop.is_synthetic = False
    workshop.attendance = 0.0
    assumed_de = (
        "Annahmen der Demo: Die Projektseite nennt Workshops für Bezirksverwaltungen und "
        "Migrantenorganisationen ohne Termine; Datum, 10 bis 16 Uhr und 20 Plätze sind "
        "angenommen."
    )
    assumed_en = (
        "Demo assumptions: the project page names workshops for district administrations and "
        "migrant organisations without dates; the date, 10 am to 4 pm and the 20 seats are "
        "assumed."
    )
    workshop.texts["de"]["description"] = (
        "Workshop für Mitarbeitende der Berliner Bezirksverwaltungen und Mitglieder von "
        f"Migrantenorganisationen im IQ-Teilprojekt „Kommune interkulturell“.\n\n{assumed_de}"
    )
    workshop.texts["en"]["description"] = (
        "Workshop for staff of Berlin's district administrations and members of migrant "
        f"organisations, part of the IQ sub-project “Kommune interkulturell”.\n\n{assumed_en}"
    )
    workshop.texts["ar"] = _text(
        "ورشة عمل: الإدارة المحلية بين الثقافات",
        "ورشة عمل لموظفي الإدارات المحلية وأعضاء منظمات المهاجرين في برلين.",
        "ورشة عمل ضمن المشروع الفرعي „Kommune interkulturell“ لشبكة IQ.\n\nافتراضات العرض "
        "التجريبي: التاريخ والوقت (10:00–16:00) وعدد المقاعد (20) افتراضية.",
    )
    plans.append(workshop)
    return plans


def _host_label(key: str) -> str:
    if key == "ib-jmd":
        return "Internationaler Bund / Jugendmigrationsdienst"
    return f"Migrantenorganisation {key.rsplit('-', 1)[-1]}"


# --- writing --------------------------------------------------------------------------------------


def _series(networks, organisations) -> dict[str, EventSeries]:
    specs = (
        (
            MARBURG_SERIES,
            "marburg",
            EventKind.WORKING_GROUP_MEETING,
            Recurrence.MONTHLY,
            "Monatliche Treffen, reihum beim IB/JMD und bei den Migrantenorganisationen "
            "(Reihenfolge von der Demo angenommen).",
            MARBURG_HOSTS,
        ),
        (
            DIVERSITY_SERIES,
            "album",
            EventKind.DIVERSITY_NETWORK_MEETING,
            Recurrence.IRREGULAR,
            "Zwei bis vier themenbezogene Treffen im Jahr für Personal- und "
            "Ausbildungsverantwortliche aus Unternehmen (Informationsdrucksache 2032/2021).",
            ("vhs-hannover",),
        ),
        (
            BLICKWECHSEL_SERIES,
            "album",
            EventKind.PUBLIC_FORUM,
            Recurrence.IRREGULAR,
            "Jährliches Forum zu einem aktuellen gesellschaftspolitischen Thema "
            "(Informationsdrucksache 2032/2021).",
            (),
        ),
    )
    result = {}
    for title, slug, kind, recurrence, description, hosts in specs:
        series, _ = EventSeries.objects.update_or_create(
            network=networks[slug],
            title=title,
            defaults={"kind": kind, "recurrence": recurrence, "description": description},
        )
        wanted = [organisations[key] for key in hosts]
        series.hosts.exclude(organisation__in=wanted).delete()
        for position, organisation in enumerate(wanted):
            SeriesHost.objects.update_or_create(
                series=series, organisation=organisation, defaults={"position": position}
            )
        result[title] = series
    return result


def _resolved(plan: PlannedEvent, organisations, series) -> dict:
    data = dict(plan.data)
    data["organisers"] = [organisations[key] for key in data["organisers"]]
    if data.get("host"):
        data["host"] = organisations[data["host"]]
    data["series"] = series.get(plan.series) if plan.series else None
    data.setdefault("registration_opens_at", None)
    return data


def load_seed_event(plan: PlannedEvent, *, network, organisations, series) -> Event:
    """Through the services, as a person typing it in would: a second run changes nothing."""
    data = _resolved(plan, organisations, series)
    german = plan.texts[SOURCE_LANGUAGE]
    event = Event.objects.filter(network=network, title=plan.title, is_synthetic=False).first()
    if event is None:
        event = services.event_create(actor=LOADER, network=network, data=data, text=german)
    else:
        if event.status == EventStatus.CANCELLED:
            return event  # somebody called it off in the demo: leave it so
        event = services.event_update(actor=LOADER, event=event, data=data)
        services.event_text_save(actor=LOADER, event=event, language=SOURCE_LANGUAGE, text=german)
    for language, text in plan.texts.items():
        if language != SOURCE_LANGUAGE:
            services.event_text_save(actor=LOADER, event=event, language=language, text=text)
    return services.event_publish(actor=LOADER, event=event)


_EVENT_FIELDS = [
    "kind",
    "audience",
    "status",
    "title",
    "series",
    "host",
    "starts_at",
    "ends_at",
    "is_online",
    "venue",
    "street",
    "postal_code",
    "city",
    "capacity",
    "registration_required",
    "registration_opens_at",
    "is_free",
    "wheelchair_accessible",
    "interpretation_languages",
]


def load_synthetic_event(plan: PlannedEvent, *, network, organisations, series) -> Event:
    """Written directly (the services log each step as a person's; these never happened)."""
    data = _resolved(plan, organisations, series)
    organisers = data.pop("organisers")
    defaults = {
        "status": EventStatus.PUBLISHED,
        "title": plan.title,
        "interpretation_languages": [],
        **data,
    }
    # Keyed on the title alone: a meeting the demo planned for a month now past becomes
    # that month's synthetic meeting instead of a second one.
    event, _ = Event.objects.update_or_create(
        network=network, title=plan.title, defaults={**defaults, "is_synthetic": True}
    )
    if {o.pk for o in organisers} != set(event.organisers.values_list("pk", flat=True)):
        event.organisers.set(organisers)
    for language, text in plan.texts.items():
        EventText.objects.update_or_create(event=event, language=language, defaults=text)
    event.texts.exclude(language__in=list(plan.texts)).delete()
    return event


# --- registrations --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Registrant:
    name: str
    email: str
    organisation: Organisation | None
    organisation_name: str
    organisation_kind: str
    language: str
    seats: int = 1


def _members_on(network_id: int, day: datetime.date, members) -> list[Organisation]:
    return [
        org
        for org, net, started, ended in members
        if net == network_id
        and (started is None or started <= day)
        and (ended is None or ended >= day)
    ]


def _registrants(plan: PlannedEvent, event: Event, fake: Faker, members) -> list[Registrant]:
    rng = fake.random
    day = timezone.localtime(event.starts_at).date()
    present = _members_on(event.network_id, day, members)
    companies = [org for org in present if org.kind == OrganisationKind.COMPANY]
    partners = [org for org in present if org.kind != OrganisationKind.COMPANY]
    mix = plan.audience_mix
    people, taken = [], set()
    for _ in range(plan.registrations):
        roll = rng.random()
        organisation, named, kind = None, "", ""
        if (mix == "companies" and roll < 0.7) or (mix == "forum" and roll < 0.2):
            if companies and rng.random() < 0.3:
                organisation = rng.choice(companies)
            else:
                named = rng.choice(COMPANY_PATTERNS).format(last=fake.last_name())
                kind = OrganisationKind.COMPANY
        elif roll < 0.85:
            organisation = rng.choice(partners) if partners else None
        elif mix in ("forum", "berlin"):
            named, kind = rng.choice(
                (
                    ("Bezirksamt (Verwaltung)", OrganisationKind.PUBLIC_ADMINISTRATION),
                    ("Beratungsstelle im Stadtteil", OrganisationKind.OTHER_NGO),
                    ("", ""),
                )
            )
        first, last = fake.first_name(), fake.last_name()
        local = slugify(f"{first}.{last}").replace("-", ".") or "person"
        email = f"{local}@{rng.choice(MAIL_DOMAINS)}"
        while email in taken:
            email = f"{local}.{rng.randint(2, 99)}@{rng.choice(MAIL_DOMAINS)}"
        taken.add(email)
        seats = 1
        if event.seats_per_registration > 1 and rng.random() < 0.2:
            seats = rng.randint(2, event.seats_per_registration)
        people.append(
            Registrant(
                name=f"{first} {last}",
                email=email,
                organisation=organisation,
                organisation_name="" if organisation else named,
                organisation_kind=organisation.kind if organisation else kind,
                language=rng.choices(("de", "en", "ar", "tr"), weights=(80, 8, 8, 4))[0],
                seats=seats,
            )
        )
    return people


def _token_hash(event: Event, email_key: str) -> str:
    # Nobody holds the personal link of a demo registration: the hash of a fixed phrase.
    return hashlib.sha256(f"demo-registration:{event.pk}:{email_key}".encode()).hexdigest()


def _registrations(plan, event, people, rng, *, now, today, keep_days) -> list[Registration]:
    """As the services would have left them: in order of arrival, confirmed while seats are
    free and nobody waits, else waiting; cancelled ones held nothing at the end. Times count
    from ``today`` (not the minute of the run), so a second run on the same day matches."""
    start = event.starts_at
    over = event.ends_at < now
    opened = start - datetime.timedelta(days=40)
    if event.registration_opens_at:
        opened = max(opened, event.registration_opens_at)
    latest = min(start, at(today, 0)) - datetime.timedelta(hours=1)
    anonymised = over and event.ends_at < now - datetime.timedelta(days=keep_days)
    taken, queue, rows = 0, False, []
    if latest > opened:
        moments = sorted(opened + (latest - opened) * rng.random() for _ in people)
    else:
        moments = [latest for _ in people]
    for number, (person, created) in enumerate(zip(people, moments, strict=True)):
        registration = Registration(
            event=event,
            seats=person.seats,
            name=person.name,
            email=person.email,
            email_key=services.email_key(person.email),
            organisation=person.organisation,
            organisation_name=person.organisation_name,
            organisation_kind=person.organisation_kind,
            language=person.language,
            consent_at=created,
            created_at=created,
        )
        if rng.random() < plan.cancelled:
            registration.status = RegistrationStatus.CANCELLED
            registration.confirmed_at = created
            registration.cancelled_at = created + (latest - created) * rng.random()
        elif not queue and (event.capacity is None or taken + person.seats <= event.capacity):
            registration.status = RegistrationStatus.CONFIRMED
            registration.confirmed_at = created
            taken += person.seats
            if over and rng.random() < plan.attendance:
                registration.checked_in_at = start + datetime.timedelta(
                    minutes=rng.randint(-20, 25)
                )
        else:
            queue = True
            registration.status = RegistrationStatus.WAITING
        if anonymised:
            registration.name = services.ANONYMISED_NAME
            registration.email = ""
            registration.email_key = f"anonymised-demo-{event.pk}-{number}"
            registration.anonymised_at = event.ends_at + datetime.timedelta(days=keep_days)
        registration.token_hash = _token_hash(event, registration.email_key)
        rows.append(registration)
    return rows


_REGISTRATION_FIELDS = [
    "status",
    "seats",
    "name",
    "email",
    "organisation",
    "organisation_name",
    "organisation_kind",
    "language",
    "consent_at",
    "created_at",
    "confirmed_at",
    "cancelled_at",
    "checked_in_at",
    "anonymised_at",
    "token_hash",
]


def write_registrations(event: Event, planned: list[Registration]) -> None:
    """Make the event's registrations what the plan says; a second run writes nothing."""
    existing = {r.email_key: r for r in event.registrations.all()}
    wanted = {r.email_key for r in planned}
    stale = [r.pk for key, r in existing.items() if key not in wanted]
    if stale:
        Registration.objects.filter(pk__in=stale).delete()
    new, changed = [], []
    for registration in planned:
        stored = existing.get(registration.email_key)
        if stored is None:
            new.append(registration)
            continue
        if any(getattr(stored, f) != getattr(registration, f) for f in _REGISTRATION_FIELDS):
            for name in _REGISTRATION_FIELDS:
                setattr(stored, name, getattr(registration, name))
            changed.append(stored)
    Registration.objects.bulk_update(changed, _REGISTRATION_FIELDS, batch_size=500)
    Registration.objects.bulk_create(new, batch_size=500)


def load_events(*, networks, organisations, seed: int, today: datetime.date | None = None):
    """Load the seeds' events through the services and the synthetic ones directly, with
    their registrations. ``networks`` by slug, ``organisations`` by seed key."""
    today = today or timezone.localdate()
    now = timezone.now()
    rng = random.Random(f"events-{seed}")
    fake = Faker("de_DE")
    fake.seed_instance(seed)
    keep_days = settings.VERBUND_REGISTRATION_KEEP_DAYS
    series = _series(networks, organisations)
    members = list(
        Membership.objects.filter(network__in=networks.values()).values_list(
            "organisation", "network_id", "started_on", "ended_on"
        )
    )
    by_pk = Organisation.objects.in_bulk({row[0] for row in members})
    members = [(by_pk[pk], net, start, end) for pk, net, start, end in members]
    counts = EventCounts()
    for plan in plan_events(today, rng):
        network = networks[plan.network]
        loader = load_synthetic_event if plan.is_synthetic else load_seed_event
        event = loader(plan, network=network, organisations=organisations, series=series)
        if plan.is_synthetic:
            counts.synthetic += 1
        else:
            counts.seed += 1
        people = _registrants(plan, event, fake, members)
        planned = _registrations(
            plan, event, people, rng, now=now, today=today, keep_days=keep_days
        )
        write_registrations(event, planned)
        counts.registrations.update(r.status for r in planned)
        counts.checked_in += sum(1 for r in planned if r.checked_in_at)
    return counts
