"""Kinds of offering as the seeds describe them, with their texts in the eight public languages,
to build synthetic offerings from: the demo's few hundred and the benchmark's twenty thousand.

A template holds a kind's German text and its translations, written once; ``build`` fills in the
district, dates and times, picks what varies (level, profession, languages spoken, fee) and
returns unsaved rows, so that callers can write thousands with ``bulk_create``. Texts made here
end with a sentence saying they are invented.
"""

import datetime
import random
from dataclasses import dataclass, field
from decimal import Decimal

from verbund.demo.places import District
from verbund.network.choices import OrganisationKind
from verbund.offers.choices import (
    CourseType,
    LanguageRole,
    OfferingKind,
    OfferingStatus,
    ScheduleForm,
)
from verbund.offers.models import Offering

LANGUAGES = ("de", "en", "tr", "ar", "uk", "ru", "fa", "de-simple")


def _t(de, en, tr, ar, uk, ru, fa, simple) -> dict[str, str]:
    return dict(zip(LANGUAGES, (de, en, tr, ar, uk, ru, fa, simple), strict=True))


MARKER = _t(
    "Synthetische Demodaten: Dieses Angebot ist erfunden und dient nur der Vorführung.",
    "Synthetic demo data: this offering is invented for demonstration only.",
    "Sentetik demo verisi: Bu teklif uydurmadır ve yalnızca tanıtım amaçlıdır.",
    "بيانات تجريبية اصطناعية: هذا العرض مُختلَق ولأغراض العرض فقط.",
    "Синтетичні демодані: цю пропозицію вигадано лише для демонстрації.",
    "Синтетические демоданные: это предложение придумано только для демонстрации.",
    "داده‌های نمایشی ساختگی: این پیشنهاد ساختگی است و فقط برای نمایش است.",
    "Achtung: Dieses Angebot gibt es nicht wirklich. Es ist nur ein Beispiel.",
)

# Weekdays as a schedule names them ("Mondays"), Monday first.
WEEKDAYS = {
    "de": ("montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags"),
    "en": ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays"),
    "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота"),
    "fa": ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه", "شنبه"),
    "de-simple": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"),
}
AND = _t(" und ", " and ", " ve ", " و", " і ", " и ", " و ", " und ")
COMMA = {**dict.fromkeys(LANGUAGES, ", "), "ar": "، ", "fa": "، "}
SEMICOLON = {**dict.fromkeys(LANGUAGES, "; "), "ar": "؛ ", "fa": "؛ ", "de-simple": ". "}
MONDAY_TO_FRIDAY = _t(
    "Montag bis Freitag",
    "Monday to Friday",
    "Pazartesiden cumaya",
    "من الاثنين إلى الجمعة",
    "З понеділка по п'ятницю",
    "С понедельника по пятницу",
    "دوشنبه تا جمعه",
    "Montag bis Freitag",
)
BY_APPOINTMENT = _t(
    "Termine nach Vereinbarung",
    "By appointment",
    "Randevu ile",
    "حسب الموعد",
    "За попереднім записом",
    "По предварительной записи",
    "با تعیین وقت قبلی",
    "Sie machen einen Termin aus.",
)
STARTS = _t(
    "ab {date}",
    "from {date}",
    "{date} tarihinden itibaren",
    "ابتداءً من {date}",
    "з {date}",
    "с {date}",
    "از {date}",
    "Start: {date}",
)

REGISTER_BY_EMAIL = _t(
    "Melden Sie sich bitte per E-Mail an {email} an und nennen Sie Ihren Namen und eine "
    "Telefonnummer.",
    "Please register by e-mail to {email}, giving your name and a phone number.",
    "Lütfen {email} adresine e-posta göndererek adınızı ve bir telefon numarası bildirip kaydolun.",
    "يُرجى التسجيل عبر البريد الإلكتروني {email} مع ذكر اسمك ورقم هاتف.",
    "Будь ласка, зареєструйтеся електронною поштою {email}, вказавши ім'я та номер телефону.",
    "Пожалуйста, запишитесь по электронной почте {email}, указав имя и номер телефона.",
    "لطفاً با ایمیل به {email} ثبت‌نام کنید و نام و یک شماره تلفن بنویسید.",
    "Sie wollen mitmachen? Schreiben Sie eine E-Mail an {email}. Schreiben Sie Ihren Namen "
    "und Ihre Telefon-Nummer dazu.",
)
DROP_IN = _t(
    "Keine Anmeldung nötig: Kommen Sie einfach vorbei.",
    "No need to register: just come along.",
    "Kayıt gerekmez: Gelmeniz yeterli.",
    "لا حاجة إلى التسجيل: تعال ببساطة.",
    "Реєстрація не потрібна: просто приходьте.",
    "Записываться не нужно: просто приходите.",
    "ثبت‌نام لازم نیست: فقط بیایید.",
    "Sie müssen sich nicht anmelden. Kommen Sie einfach.",
)
ENTITLEMENT = _t(
    "Bringen Sie Ihren Berechtigungsschein (Jobcenter, Agentur für Arbeit oder BAMF) mit; vor "
    "Kursbeginn machen Sie einen Einstufungstest.",
    "Bring your entitlement certificate (Jobcenter, employment agency or BAMF); before the "
    "course you take a placement test.",
    "Katılım belgenizi (Jobcenter, İş Ajansı veya BAMF) getirin; kurs başlamadan önce seviye "
    "tespit sınavına girersiniz.",
    "أحضر شهادة الاستحقاق (من الجوب سنتر أو وكالة العمل أو المكتب الاتحادي للهجرة واللاجئين "
    "BAMF)؛ وقبل بدء الدورة تؤدي اختبار تحديد المستوى.",
    "Візьміть із собою направлення (Jobcenter, агентство з праці або BAMF); перед курсом ви "
    "проходите тест на визначення рівня.",
    "Возьмите с собой направление (Jobcenter, агентство по труду или BAMF); перед курсом вы "
    "проходите тест на определение уровня.",
    "مجوز شرکت در دوره (از جاب‌سنتر، اداره کار یا BAMF) را همراه بیاورید؛ پیش از شروع دوره "
    "آزمون تعیین سطح می‌دهید.",
    "Bringen Sie den Schein vom Jobcenter mit. Oder den Schein vom BAMF. Vor dem Kurs machen "
    "Sie einen Test.",
)


@dataclass(frozen=True)
class Variant:
    """What varies inside one kind: a course's levels, a profession."""

    label: dict[str, str]
    course_type: str = ""
    entry_level: str = ""
    target_level: str = ""


def _levels(course_type, entry, target, label=None) -> Variant:
    if label is None:
        label = {
            **dict.fromkeys(LANGUAGES, f"{entry} → {target}"),
            "de-simple": f"von {entry} bis {target}",
        }
    return Variant(
        label=label,
        course_type=course_type,
        entry_level=entry,
        target_level=target,
    )


PROFESSIONS = (
    _t(
        "Pflege",
        "care",
        "bakım",
        "التمريض والرعاية",
        "догляд і медсестринство",
        "уход и сестринское дело",
        "پرستاری و مراقبت",
        "Pflege",
    ),
    _t(
        "Lager und Logistik",
        "warehousing and logistics",
        "depo ve lojistik",
        "المستودعات والخدمات اللوجستية",
        "склад і логістика",
        "склад и логистика",
        "انبار و لجستیک",
        "Lager und Logistik",
    ),
    _t(
        "Kinderbetreuung",
        "childcare",
        "çocuk bakımı",
        "رعاية الأطفال",
        "догляд за дітьми",
        "уход за детьми",
        "مراقبت از کودکان",
        "Kinder-Betreuung",
    ),
    _t(
        "Büro und Verwaltung",
        "office and administration",
        "büro ve idare",
        "الأعمال المكتبية والإدارة",
        "офіс і адміністрування",
        "офис и администрирование",
        "کار اداری و دفتری",
        "Büro",
    ),
    _t(
        "Handwerk und Technik",
        "crafts and technology",
        "zanaat ve teknik",
        "الحرف والتقنية",
        "ремесла і техніка",
        "ремёсла и техника",
        "صنعت و فنی",
        "Handwerk und Technik",
    ),
)

_BELOW_A2 = _t(
    "unter A2 → A2",
    "below A2 → A2",
    "A2 altı → A2",
    "دون A2 → A2",
    "нижче A2 → A2",
    "ниже A2 → A2",
    "زیر A2 → A2",
    "von unter A2 bis A2",
)

COURSE_PEOPLE = (OrganisationKind.ADULT_EDUCATION_CENTRE, OrganisationKind.EDUCATION_PROVIDER)
COMMUNITY = (
    OrganisationKind.MIGRANT_ORGANISATION,
    OrganisationKind.WELFARE_ASSOCIATION,
    OrganisationKind.OTHER_NGO,
)
# Languages people get help in, weighted towards those most asked for in the demo cities.
SUPPORT_LANGUAGES = ("ar", "tr", "fa", "uk", "ru", "prs", "ku", "en", "ti", "so", "pl", "ro")
SUPPORT_WEIGHTS = (10, 9, 7, 7, 6, 4, 4, 4, 2, 2, 2, 2)
VENUES = (
    "Stadtteilzentrum {district}",
    "Nachbarschaftstreff {district}",
    "Gemeinschaftshaus {district}",
    "Bürgerhaus {district}",
    "Familienzentrum {district}",
)


@dataclass(frozen=True)
class Template:
    key: str
    kind: str
    providers: tuple[str, ...]  # organisation kinds that offer it
    title: dict[str, str]  # may hold {variant}
    summary: dict[str, str]
    description: dict[str, str]
    # Words that pick the network's fields of action and target groups by name.
    fields: tuple[str, ...]
    groups: tuple[str, ...]
    schedules: tuple[str, ...]
    hours: tuple[int, int] = (2, 4)
    weeks: tuple[int, int] | None = None  # None: ongoing, no start or end
    age: tuple[int | None, int | None] = (None, None)
    places: tuple[int, int] | None = None
    minimum_size: int | None = None
    fee: tuple[int, int] | None = None  # sometimes charged, within this range
    variants: tuple[Variant, ...] = ()
    drop_in: bool = False
    single_day: bool = False
    needs_entitlement: bool = False
    childcare_share: float = 0.0
    support_languages: tuple[int, int] = (0, 2)
    online_share: float = 0.0


TEMPLATES = (
    Template(
        key="integration-course",
        kind=OfferingKind.LANGUAGE_COURSE,
        providers=COURSE_PEOPLE,
        variants=(_levels(CourseType.INTEGRATION_COURSE, "A1", "B1"),),
        title=_t(
            "Integrationskurs {variant}",
            "Integration course {variant}",
            "Uyum kursu {variant}",
            "دورة الاندماج {variant}",
            "Інтеграційний курс {variant}",
            "Интеграционный курс {variant}",
            "دوره ادغام {variant}",
            "Integrations-Kurs: Deutsch lernen {variant}",
        ),
        summary=_t(
            "Deutsch lernen von Anfang an bis zum Niveau B1, dazu der Orientierungskurs über "
            "Leben, Geschichte und Recht in Deutschland.",
            "Learn German from the beginning up to level B1, plus the orientation course on "
            "life, history and law in Germany.",
            "Başlangıçtan B1 seviyesine kadar Almanca öğrenin; ayrıca Almanya'da yaşam, tarih ve "
            "hukuk üzerine oryantasyon kursu.",
            "تعلّم الألمانية من البداية حتى المستوى B1، إضافة إلى دورة التوجيه حول الحياة "
            "والتاريخ والقانون في ألمانيا.",
            "Вивчення німецької з нуля до рівня B1, а також орієнтаційний курс про життя, "
            "історію та право в Німеччині.",
            "Изучение немецкого с нуля до уровня B1, а также ориентационный курс о жизни, "
            "истории и праве в Германии.",
            "یادگیری زبان آلمانی از ابتدا تا سطح B1، همراه با دوره آشنایی با زندگی، تاریخ و "
            "قانون در آلمان.",
            "Sie lernen Deutsch. Sie lernen auch viel über das Leben in Deutschland.",
        ),
        description=_t(
            "Der Integrationskurs besteht aus dem Sprachkurs und dem Orientierungskurs. Sie "
            "üben Deutsch für den Alltag: beim Einkaufen, beim Arzt, mit Behörden und in der "
            "Schule Ihrer Kinder. Am Ende legen Sie den „Deutsch-Test für Zuwanderer“ und den "
            "Test „Leben in Deutschland“ ab.",
            "The integration course consists of the language course and the orientation "
            "course. You practise German for everyday life: shopping, at the doctor's, with "
            "public offices and at your children's school. At the end you take the 'German "
            "test for immigrants' and the 'Life in Germany' test.",
            "Uyum kursu, dil kursu ve oryantasyon kursundan oluşur. Günlük hayat için Almanca "
            "pratik yaparsınız: alışverişte, doktorda, resmi dairelerde ve çocuklarınızın "
            "okulunda. Kursun sonunda „Göçmenler için Almanca Testi“ne ve „Almanya'da Yaşam“ "
            "testine girersiniz.",
            "تتكوّن دورة الاندماج من دورة اللغة ودورة التوجيه. تتدرّب على الألمانية في الحياة "
            "اليومية: عند التسوّق، وعند الطبيب، ومع الدوائر الرسمية، وفي مدرسة أطفالك. وفي "
            "النهاية تؤدي «اختبار اللغة الألمانية للمهاجرين» واختبار «الحياة في ألمانيا».",
            "Інтеграційний курс складається з мовного та орієнтаційного курсу. Ви тренуєте "
            "німецьку для повсякденного життя: у магазині, у лікаря, в установах і в школі "
            "ваших дітей. Наприкінці ви складаєте іспит «Німецька для іммігрантів» і тест "
            "«Життя в Німеччині».",
            "Интеграционный курс состоит из языкового и ориентационного курса. Вы практикуете "
            "немецкий для повседневной жизни: в магазине, у врача, в учреждениях и в школе "
            "ваших детей. В конце вы сдаёте экзамен «Немецкий для иммигрантов» и тест «Жизнь в "
            "Германии».",
            "دوره ادغام شامل دوره زبان و دوره آشنایی است. شما آلمانی را برای زندگی روزمره "
            "تمرین می‌کنید: هنگام خرید، نزد پزشک، در ادارات و در مدرسه فرزندانتان. در پایان در "
            "«آزمون زبان آلمانی برای مهاجران» و آزمون «زندگی در آلمان» شرکت می‌کنید.",
            "Der Kurs hat 2 Teile. Im 1. Teil lernen Sie Deutsch. Zum Beispiel: Einkaufen. Mit "
            "dem Arzt sprechen. Mit Ämtern sprechen. Im 2. Teil lernen Sie etwas über "
            "Deutschland. Am Ende machen Sie eine Prüfung.",
        ),
        fields=("Deutsch", "Ankommen", "Bildung"),
        groups=("Menschen mit Migrationshintergrund", "Migrant"),
        schedules=(ScheduleForm.FULL_TIME, ScheduleForm.PART_TIME),
        hours=(12, 25),
        weeks=(20, 40),
        age=(16, None),
        places=(16, 25),
        minimum_size=15,
        needs_entitlement=True,
        childcare_share=0.4,
    ),
    Template(
        key="job-german",
        kind=OfferingKind.LANGUAGE_COURSE,
        providers=(*COURSE_PEOPLE, OrganisationKind.MIGRANT_ORGANISATION),
        variants=(
            _levels(CourseType.BASIC_B1_B2, "B1", "B2"),
            _levels(CourseType.BASIC_B2_C1, "B2", "C1"),
            _levels(CourseType.SPECIAL_A2_B1, "A2", "B1"),
            _levels(CourseType.SPECIAL_BELOW_A2, "A1", "A2", _BELOW_A2),
        ),
        title=_t(
            "Berufssprachkurs {variant}",
            "Job-related German course {variant}",
            "Mesleki Almanca kursu {variant}",
            "دورة اللغة الألمانية المهنية {variant}",
            "Курс німецької мови для роботи {variant}",
            "Курс немецкого языка для работы {variant}",
            "دوره زبان آلمانی شغلی {variant}",
            "Deutsch für den Beruf: {variant}",
        ),
        summary=_t(
            "Sprachkurs für die Arbeit: Gespräche im Team, E-Mails, Telefonate und "
            "Bewerbungen. Mit Prüfung und Zertifikat.",
            "German for work: talking in a team, e-mails, phone calls and applications. With "
            "exam and certificate.",
            "İş için Almanca: ekip içinde konuşma, e-postalar, telefon görüşmeleri ve iş "
            "başvuruları. Sınav ve sertifika ile.",
            "الألمانية من أجل العمل: الحديث ضمن الفريق، والرسائل الإلكترونية، والمكالمات "
            "الهاتفية، وطلبات التوظيف. مع امتحان وشهادة.",
            "Німецька для роботи: розмови в команді, листи, телефонні дзвінки та заявки на "
            "роботу. З іспитом і сертифікатом.",
            "Немецкий для работы: разговоры в команде, электронные письма, телефонные звонки и "
            "заявления о приёме на работу. С экзаменом и сертификатом.",
            "آلمانی برای کار: گفت‌وگو در تیم، ایمیل، تماس تلفنی و درخواست شغل. همراه با آزمون و "
            "گواهی‌نامه.",
            "Sie lernen Deutsch für die Arbeit. Am Ende gibt es eine Prüfung.",
        ),
        description=_t(
            "Der Kurs ist Teil der berufsbezogenen Deutschsprachförderung des Bundes (DeuFöV). "
            "Sie lernen die Sprache, die Sie im Beruf brauchen, und üben typische Situationen "
            "am Arbeitsplatz. Ein Einstufungstest zeigt, welcher Kurs zu Ihnen passt. Höchstens "
            "25 Teilnehmende; der Kurs beginnt, sobald 15 Personen angemeldet sind.",
            "The course is part of the federal job-related German language programme (DeuFöV). "
            "You learn the language you need at work and practise typical situations in the "
            "workplace. A placement test shows which course suits you. At most 25 "
            "participants; the course starts once 15 people have registered.",
            "Kurs, federal hükümetin mesleki Almanca destek programının (DeuFöV) bir parçasıdır. "
            "İşte ihtiyaç duyduğunuz dili öğrenir ve iş yerindeki tipik durumları "
            "çalışırsınız. Seviye tespit sınavı size hangi kursun uygun olduğunu gösterir. En "
            "fazla 25 katılımcı; 15 kişi kaydolunca kurs başlar.",
            "الدورة جزء من برنامج الحكومة الاتحادية لتعليم اللغة الألمانية المهنية (DeuFöV). "
            "تتعلّم اللغة التي تحتاجها في عملك وتتدرّب على مواقف نموذجية في مكان العمل. يبيّن "
            "اختبار تحديد المستوى الدورة المناسبة لك. الحد الأقصى 25 مشاركًا؛ وتبدأ الدورة "
            "عندما يسجّل 15 شخصًا.",
            "Курс є частиною федеральної програми професійної німецької мови (DeuFöV). Ви "
            "вивчаєте мову, потрібну на роботі, і тренуєте типові ситуації на робочому місці. "
            "Тест на рівень покаже, який курс вам підходить. Не більше 25 учасників; курс "
            "починається, щойно зареєструються 15 осіб.",
            "Курс входит в федеральную программу профессионального немецкого языка (DeuFöV). "
            "Вы изучаете язык, нужный на работе, и отрабатываете типичные ситуации на рабочем "
            "месте. Тест на уровень покажет, какой курс вам подходит. Не более 25 участников; "
            "курс начинается, как только запишутся 15 человек.",
            "این دوره بخشی از برنامه دولت فدرال برای آموزش زبان آلمانی شغلی (DeuFöV) است. "
            "زبانی را که در کار لازم دارید یاد می‌گیرید و موقعیت‌های معمول محیط کار را تمرین "
            "می‌کنید. آزمون تعیین سطح نشان می‌دهد کدام دوره برای شما مناسب است. حداکثر ۲۵ "
            "شرکت‌کننده؛ دوره وقتی شروع می‌شود که ۱۵ نفر ثبت‌نام کرده باشند.",
            "Der Kurs ist für Menschen, die arbeiten wollen. Oder für Menschen, die schon "
            "arbeiten. Sie lernen Wörter für die Arbeit. Sie üben Gespräche mit Kollegen. Vor "
            "dem Kurs machen Sie einen Test. Der Test zeigt: Welcher Kurs passt zu Ihnen?",
        ),
        fields=("Deutsch", "Beruf", "Arbeitsmarkt"),
        groups=("Menschen mit Migrationshintergrund", "Migrant"),
        schedules=(ScheduleForm.FULL_TIME, ScheduleForm.PART_TIME, ScheduleForm.EVENING),
        hours=(8, 25),
        weeks=(16, 40),
        age=(18, None),
        places=(15, 25),
        minimum_size=15,
        needs_entitlement=True,
        childcare_share=0.3,
        online_share=0.1,
    ),
    Template(
        key="specialist-german",
        kind=OfferingKind.LANGUAGE_COURSE,
        providers=COURSE_PEOPLE,
        variants=tuple(
            Variant(label=p, course_type=CourseType.SPECIALIST, entry_level="B1", target_level="B2")
            for p in PROFESSIONS
        ),
        title=_t(
            "Fachsprachkurs Deutsch: {variant}",
            "German for work: {variant}",
            "Meslek Almancası: {variant}",
            "اللغة الألمانية المهنية: {variant}",
            "Німецька для професії: {variant}",
            "Немецкий для профессии: {variant}",
            "آلمانی تخصصی: {variant}",
            "Deutsch für die Arbeit: {variant}",
        ),
        summary=_t(
            "Fachsprache für Ihren Beruf, zum Beispiel für die Anerkennung Ihres Abschlusses.",
            "Specialist language for your profession, for example for the recognition of your "
            "qualification.",
            "Mesleğiniz için uzmanlık dili, örneğin diplomanızın tanınması için.",
            "لغة تخصصية لمهنتك، مثلًا من أجل الاعتراف بشهادتك.",
            "Фахова мова для вашої професії, наприклад для визнання вашої кваліфікації.",
            "Профессиональный язык для вашей профессии, например для признания вашего диплома.",
            "زبان تخصصی برای حرفه شما، برای مثال برای به رسمیت شناختن مدرک‌تان.",
            "Sie lernen Deutsch für Ihren Beruf.",
        ),
        description=_t(
            "Der Fachsprachkurs richtet sich an Menschen, die in diesem Berufsfeld arbeiten "
            "oder ihren ausländischen Abschluss anerkennen lassen wollen. Sie lernen Fachwörter, "
            "Dokumentation und Gespräche mit Kundinnen, Patienten und Kollegen. Voraussetzung "
            "ist Deutsch auf dem Niveau B1.",
            "The specialist language course is for people who work in this field or want their "
            "foreign qualification recognised. You learn technical vocabulary, documentation "
            "and conversations with clients, patients and colleagues. You need German at level "
            "B1.",
            "Uzmanlık dili kursu, bu alanda çalışan ya da yabancı diplomasını tanıtmak isteyen "
            "kişilere yöneliktir. Mesleki terimleri, belgelemeyi ve müşteriler, hastalar ve "
            "meslektaşlarla konuşmayı öğrenirsiniz. B1 seviyesinde Almanca gereklidir.",
            "دورة اللغة التخصصية موجّهة إلى من يعملون في هذا المجال أو يريدون الاعتراف "
            "بشهاداتهم الأجنبية. تتعلّم المصطلحات المهنية والتوثيق والحديث مع العملاء والمرضى "
            "والزملاء. يُشترط مستوى B1 في الألمانية.",
            "Фаховий мовний курс призначений для тих, хто працює в цій галузі або хоче визнати "
            "свій іноземний диплом. Ви вивчаєте фахову лексику, документацію та спілкування з "
            "клієнтами, пацієнтами й колегами. Потрібен рівень німецької B1.",
            "Курс профессионального языка предназначен для тех, кто работает в этой сфере или "
            "хочет признать свой иностранный диплом. Вы изучаете профессиональную лексику, "
            "документацию и общение с клиентами, пациентами и коллегами. Необходим уровень "
            "немецкого B1.",
            "این دوره زبان تخصصی برای کسانی است که در این حوزه کار می‌کنند یا می‌خواهند مدرک "
            "خارجی خود را به رسمیت بشناسانند. واژه‌های تخصصی، مستندسازی و گفت‌وگو با مشتریان، "
            "بیماران و همکاران را یاد می‌گیرید. داشتن سطح B1 در زبان آلمانی لازم است.",
            "Der Kurs ist für Menschen mit Beruf. Sie lernen die Wörter für Ihre Arbeit. Sie "
            "brauchen schon etwas Deutsch: das Niveau B1.",
        ),
        fields=("Deutsch", "Beruf", "Arbeitsmarkt"),
        groups=("Menschen mit Migrationshintergrund", "Migrant"),
        schedules=(ScheduleForm.PART_TIME, ScheduleForm.EVENING),
        hours=(6, 16),
        weeks=(12, 26),
        age=(18, None),
        places=(12, 20),
        minimum_size=7,
        needs_entitlement=True,
    ),
    Template(
        key="language-cafe",
        kind=OfferingKind.CULTURE_AND_MEETING,
        providers=COMMUNITY,
        title=_t(
            "Sprachcafé – Deutsch sprechen bei Tee und Kaffee",
            "Language café – speaking German over tea and coffee",
            "Dil kafesi – çay ve kahve eşliğinde Almanca konuşma",
            "مقهى اللغة – التحدث بالألمانية مع الشاي والقهوة",
            "Мовне кафе – розмовляємо німецькою за чаєм і кавою",
            "Языковое кафе – говорим по-немецки за чаем и кофе",
            "کافه زبان – آلمانی صحبت کردن با چای و قهوه",
            "Sprach-Café: Deutsch sprechen",
        ),
        summary=_t(
            "Ohne Anmeldung, ohne Prüfung: Deutsch üben im Gespräch mit Nachbarinnen und Nachbarn.",
            "No registration, no exam: practise German in conversation with neighbours.",
            "Kayıt yok, sınav yok: komşularla sohbet ederek Almanca pratik yapın.",
            "بلا تسجيل وبلا امتحان: تدرّب على الألمانية في الحديث مع الجيران.",
            "Без реєстрації та іспитів: практикуйте німецьку в розмові з сусідами.",
            "Без записи и экзаменов: практикуйте немецкий в разговоре с соседями.",
            "بدون ثبت‌نام و بدون آزمون: آلمانی را در گفت‌وگو با همسایه‌ها تمرین کنید.",
            "Sie sprechen Deutsch mit anderen Menschen. Sie müssen sich nicht anmelden.",
        ),
        description=_t(
            "Ehrenamtliche begleiten die Gespräche an kleinen Tischen, je nach Sprachstand. "
            "Alle sind willkommen, auch wer gerade erst mit Deutsch anfängt. Getränke sind "
            "kostenlos; Kinder können mitgebracht werden.",
            "Volunteers guide the conversations at small tables, according to language level. "
            "Everyone is welcome, including those just starting German. Drinks are free; "
            "children are welcome too.",
            "Gönüllüler, dil seviyesine göre küçük masalarda sohbetlere eşlik eder. Almancaya "
            "yeni başlayanlar dahil herkes davetlidir. İçecekler ücretsizdir; çocuklarınızı da "
            "getirebilirsiniz.",
            "يرافق متطوعون الأحاديث على طاولات صغيرة بحسب المستوى اللغوي. الجميع مرحَّب بهم، "
            "ومنهم من بدأ للتو بتعلّم الألمانية. المشروبات مجانية، ويمكن إحضار الأطفال.",
            "Волонтери супроводжують розмови за невеликими столами відповідно до рівня мови. "
            "Запрошуємо всіх, і тих, хто лише починає вчити німецьку. Напої безкоштовні; можна "
            "приходити з дітьми.",
            "Волонтёры сопровождают беседы за небольшими столами в зависимости от уровня языка. "
            "Приглашаются все, в том числе те, кто только начинает учить немецкий. Напитки "
            "бесплатные; можно приходить с детьми.",
            "داوطلبان گفت‌وگوها را سر میزهای کوچک و بر اساس سطح زبان همراهی می‌کنند. همه خوش "
            "آمدند، حتی کسانی که تازه آلمانی را شروع کرده‌اند. نوشیدنی رایگان است و می‌توانید "
            "کودکان را هم بیاورید.",
            "Sie sitzen an kleinen Tischen. Sie sprechen Deutsch. Helfer sind dabei. Auch "
            "Anfänger sind willkommen. Die Getränke kosten nichts. Sie können Ihre Kinder "
            "mitbringen.",
        ),
        fields=("Dialog", "Begegnung", "Deutsch"),
        groups=("Menschen mit Migrationshintergrund", "Migrant"),
        schedules=(ScheduleForm.PART_TIME, ScheduleForm.EVENING, ScheduleForm.WEEKEND),
        hours=(2, 3),
        drop_in=True,
        support_languages=(1, 3),
    ),
    Template(
        key="homework-help",
        kind=OfferingKind.LEARNING_SUPPORT,
        providers=COMMUNITY,
        title=_t(
            "Hausaufgabenhilfe für Schulkinder",
            "Homework help for schoolchildren",
            "Okul çocukları için ödev yardımı",
            "مساعدة في الواجبات المدرسية للتلاميذ",
            "Допомога з домашніми завданнями для школярів",
            "Помощь с домашними заданиями для школьников",
            "کمک در انجام تکالیف برای دانش‌آموزان",
            "Hilfe bei den Haus-Aufgaben",
        ),
        summary=_t(
            "Kinder der Klassen 1 bis 7 machen ihre Hausaufgaben mit Unterstützung und üben "
            "Lesen und Rechnen.",
            "Children in years 1 to 7 do their homework with support and practise reading and "
            "arithmetic.",
            "1.–7. sınıf öğrencileri ödevlerini destekle yapar, okuma ve matematik çalışır.",
            "يؤدي أطفال الصفوف من الأول إلى السابع واجباتهم بمساعدة، ويتدرّبون على القراءة والحساب.",
            "Діти 1–7 класів виконують домашні завдання з підтримкою і тренують читання та "
            "рахунок.",
            "Дети 1–7 классов делают домашние задания с поддержкой и тренируют чтение и счёт.",
            "کودکان کلاس اول تا هفتم با کمک تکالیفشان را انجام می‌دهند و خواندن و حساب را تمرین "
            "می‌کنند.",
            "Ihr Kind macht hier Haus-Aufgaben. Jemand hilft Ihrem Kind.",
        ),
        description=_t(
            "Ehrenamtliche und Studierende helfen in kleinen Gruppen. Eltern können mit den "
            "Betreuerinnen und Betreuern über Fragen zur Schule sprechen, auch in ihrer "
            "Sprache. Ein kleiner Imbiss gehört dazu.",
            "Volunteers and students help in small groups. Parents can talk to the helpers "
            "about questions concerning school, in their own language too. A small snack is "
            "included.",
            "Gönüllüler ve üniversite öğrencileri küçük gruplarda yardım eder. Veliler okulla "
            "ilgili sorularını, kendi dillerinde de, eğitmenlerle konuşabilir. Küçük bir "
            "atıştırmalık da verilir.",
            "يساعد متطوعون وطلاب جامعيون في مجموعات صغيرة. يمكن للأهل التحدث مع المشرفين عن "
            "أسئلة تتعلق بالمدرسة، وبلغتهم أيضًا. وتُقدَّم وجبة خفيفة.",
            "Волонтери та студенти допомагають у невеликих групах. Батьки можуть поговорити з "
            "помічниками про шкільні питання, зокрема рідною мовою. Є невеликий перекус.",
            "Волонтёры и студенты помогают в небольших группах. Родители могут поговорить с "
            "помощниками о школьных вопросах, в том числе на родном языке. Предусмотрен "
            "небольшой перекус.",
            "داوطلبان و دانشجویان در گروه‌های کوچک کمک می‌کنند. والدین می‌توانند درباره "
            "پرسش‌های مدرسه با مربیان صحبت کنند، به زبان خودشان هم. یک میان‌وعده کوچک هم هست.",
            "Die Gruppen sind klein. Die Helfer sind Studenten und Ehrenamtliche. Eltern können "
            "Fragen zur Schule stellen. Die Kinder bekommen auch etwas zu essen.",
        ),
        fields=("Ankommen", "Bildung", "Übergang"),
        groups=("Eltern", "Jugend", "Junge"),
        schedules=(ScheduleForm.PART_TIME,),
        hours=(4, 8),
        age=(6, 14),
        places=(8, 20),
        support_languages=(1, 3),
    ),
    Template(
        key="pc-course",
        kind=OfferingKind.LEARNING_SUPPORT,
        providers=(*COURSE_PEOPLE, OrganisationKind.MIGRANT_ORGANISATION),
        title=_t(
            "PC-Kurs für Einsteigerinnen und Einsteiger",
            "Computer course for beginners",
            "Yeni başlayanlar için bilgisayar kursu",
            "دورة حاسوب للمبتدئين",
            "Комп'ютерний курс для початківців",
            "Компьютерный курс для начинающих",
            "دوره کامپیوتر برای مبتدیان",
            "Computer-Kurs für Anfänger",
        ),
        summary=_t(
            "Grundlagen am Computer: E-Mails schreiben, im Internet suchen, Bewerbungen und "
            "Online-Formulare ausfüllen.",
            "Computer basics: writing e-mails, searching the internet, applications and online "
            "forms.",
            "Bilgisayar temelleri: e-posta yazmak, internette arama yapmak, başvurular ve "
            "çevrimiçi formlar.",
            "أساسيات الحاسوب: كتابة الرسائل الإلكترونية، والبحث في الإنترنت، وطلبات التوظيف، "
            "والاستمارات الإلكترونية.",
            "Основи роботи з комп'ютером: листи, пошук в інтернеті, заявки на роботу та "
            "онлайн-форми.",
            "Основы работы с компьютером: электронные письма, поиск в интернете, заявления и "
            "онлайн-формы.",
            "مهارت‌های پایه کامپیوتر: نوشتن ایمیل، جست‌وجو در اینترنت، درخواست کار و فرم‌های آنلاین.",
            "Sie lernen: E-Mails schreiben. Im Internet suchen. Formulare am Computer ausfüllen.",
        ),
        description=_t(
            "Sie brauchen keine Vorkenntnisse. Jede Person arbeitet an einem eigenen Rechner; "
            "die Kursleitung erklärt langsam und in einfacher Sprache. Am Ende erstellen Sie "
            "Ihren Lebenslauf am Computer.",
            "No previous knowledge needed. Everyone works at their own computer; the teacher "
            "explains slowly and in plain language. At the end you write your CV on the "
            "computer.",
            "Ön bilgi gerekmez. Herkes kendi bilgisayarında çalışır; eğitmen yavaş ve sade bir "
            "dille anlatır. Kursun sonunda özgeçmişinizi bilgisayarda hazırlarsınız.",
            "لا تحتاج إلى معرفة مسبقة. يعمل كل شخص على حاسوبه الخاص، ويشرح المدرّب ببطء وبلغة "
            "بسيطة. وفي النهاية تكتب سيرتك الذاتية على الحاسوب.",
            "Попередні знання не потрібні. Кожен працює за власним комп'ютером; викладач "
            "пояснює повільно й простою мовою. Наприкінці ви складете своє резюме на "
            "комп'ютері.",
            "Предварительные знания не нужны. Каждый работает за своим компьютером; "
            "преподаватель объясняет медленно и простым языком. В конце вы составите своё "
            "резюме на компьютере.",
            "به دانش قبلی نیازی نیست. هر نفر با کامپیوتر خودش کار می‌کند و مدرس آهسته و به "
            "زبان ساده توضیح می‌دهد. در پایان رزومه خود را با کامپیوتر می‌نویسید.",
            "Sie müssen nichts vorher wissen. Jeder hat einen eigenen Computer. Die Lehrerin "
            "erklärt langsam. Am Ende schreiben Sie Ihren Lebenslauf am Computer.",
        ),
        fields=("Übergang", "Bildung", "Arbeitsmarkt"),
        groups=("Menschen mit Migrationshintergrund", "Migrant", "Jugend"),
        schedules=(ScheduleForm.PART_TIME, ScheduleForm.EVENING, ScheduleForm.WEEKEND),
        hours=(3, 6),
        weeks=(4, 10),
        age=(16, None),
        places=(8, 12),
        fee=(20, 60),
    ),
    Template(
        key="application-training",
        kind=OfferingKind.COACHING,
        providers=(*COURSE_PEOPLE, *COMMUNITY),
        title=_t(
            "Bewerbungstraining",
            "Job application training",
            "İş başvurusu eğitimi",
            "تدريب على طلبات التوظيف",
            "Тренінг із подання заявок на роботу",
            "Тренинг по трудоустройству",
            "آموزش درخواست شغل",
            "Üben für die Bewerbung",
        ),
        summary=_t(
            "Lebenslauf, Anschreiben und Vorstellungsgespräch: Schritt für Schritt zur eigenen "
            "Bewerbung.",
            "CV, cover letter and interview: step by step to your own application.",
            "Özgeçmiş, ön yazı ve mülakat: adım adım kendi başvurunuza.",
            "السيرة الذاتية ورسالة التقديم والمقابلة: خطوة خطوة نحو طلبك الخاص.",
            "Резюме, супровідний лист і співбесіда: крок за кроком до власної заявки.",
            "Резюме, сопроводительное письмо и собеседование: шаг за шагом к собственному "
            "заявлению.",
            "رزومه، نامه درخواست و مصاحبه: گام به گام تا درخواست شغلی خودتان.",
            "Sie schreiben eine Bewerbung. Sie üben ein Gespräch mit der Firma.",
        ),
        description=_t(
            "In kleinen Gruppen und in Einzelterminen bereiten Sie Ihre Unterlagen vor und üben "
            "Vorstellungsgespräche mit Rollenspielen. Wir zeigen, wie Sie Stellenangebote "
            "finden und wie Arbeitgeber in Deutschland Bewerbungen lesen.",
            "In small groups and individual sessions you prepare your documents and practise "
            "job interviews in role plays. We show you how to find vacancies and how employers "
            "in Germany read applications.",
            "Küçük gruplarda ve bireysel görüşmelerde belgelerinizi hazırlar, rol oyunlarıyla "
            "mülakat pratiği yaparsınız. İş ilanlarını nasıl bulacağınızı ve Almanya'daki "
            "işverenlerin başvuruları nasıl okuduğunu gösteriyoruz.",
            "في مجموعات صغيرة ومواعيد فردية تجهّز أوراقك وتتدرّب على مقابلات العمل من خلال لعب "
            "الأدوار. نبيّن لك كيف تجد عروض العمل وكيف يقرأ أصحاب العمل في ألمانيا طلبات التوظيف.",
            "У малих групах та на індивідуальних зустрічах ви готуєте документи й тренуєте "
            "співбесіди в рольових іграх. Ми покажемо, як знаходити вакансії і як роботодавці в "
            "Німеччині читають заявки.",
            "В небольших группах и на индивидуальных встречах вы готовите документы и "
            "отрабатываете собеседования в ролевых играх. Мы покажем, как находить вакансии и "
            "как работодатели в Германии читают заявления.",
            "در گروه‌های کوچک و جلسه‌های فردی مدارک خود را آماده می‌کنید و مصاحبه کاری را با "
            "ایفای نقش تمرین می‌کنید. به شما نشان می‌دهیم چگونه آگهی‌های شغلی را پیدا کنید و "
            "کارفرمایان در آلمان درخواست‌ها را چگونه می‌خوانند.",
            "Sie lernen in einer kleinen Gruppe. Oder allein mit einer Beraterin. Sie schreiben "
            "Ihren Lebenslauf. Sie üben das Gespräch mit der Firma.",
        ),
        fields=("Übergang", "Arbeitsmarkt"),
        groups=("Jugend", "Junge", "Menschen mit Migrationshintergrund", "Migrant"),
        schedules=(ScheduleForm.PART_TIME, ScheduleForm.BY_APPOINTMENT),
        hours=(2, 6),
        weeks=(3, 8),
        age=(16, None),
        places=(6, 12),
        support_languages=(0, 2),
    ),
    Template(
        key="career-orientation-pupils",
        kind=OfferingKind.CAREER_ORIENTATION,
        providers=(*COURSE_PEOPLE, OrganisationKind.COMPANY, OrganisationKind.OTHER_NGO),
        title=_t(
            "Berufsorientierung für die Klassen 8 bis 10",
            "Career orientation for years 8 to 10",
            "8.–10. sınıflar için meslek yönlendirme",
            "التوجيه المهني لطلاب الصفوف من الثامن إلى العاشر",
            "Профорієнтація для 8–10 класів",
            "Профориентация для 8–10 классов",
            "راهنمایی شغلی برای کلاس‌های هشتم تا دهم",
            "Welcher Beruf passt zu mir? Für die Klassen 8 bis 10",
        ),
        summary=_t(
            "Berufe ausprobieren, Betriebe kennenlernen und herausfinden, welche Ausbildung passt.",
            "Try out jobs, get to know companies and find out which apprenticeship suits you.",
            "Meslekleri deneyin, işletmeleri tanıyın ve size uygun meslek eğitimini bulun.",
            "جرّب المهن، وتعرّف على الشركات، واكتشف أي تدريب مهني يناسبك.",
            "Спробуйте професії, познайомтеся з підприємствами та з'ясуйте, яке навчання вам "
            "підходить.",
            "Попробуйте профессии, познакомьтесь с предприятиями и узнайте, какое профобучение "
            "вам подходит.",
            "حرفه‌ها را امتحان کنید، با شرکت‌ها آشنا شوید و بفهمید کدام آموزش حرفه‌ای مناسب شماست.",
            "Du probierst Berufe aus. Du lernst Firmen kennen.",
        ),
        description=_t(
            "Schülerinnen und Schüler mit und ohne Migrationsgeschichte erkunden an Stationen "
            "verschiedene Berufe, besuchen Betriebe in der Nachbarschaft und üben ein "
            "Vorstellungsgespräch. Eltern sind zu einem Informationsabend über die duale "
            "Ausbildung eingeladen.",
            "Pupils with and without a migration history explore different jobs at stations, "
            "visit companies in the neighbourhood and practise a job interview. Parents are "
            "invited to an information evening about dual vocational training.",
            "Göç geçmişi olan ve olmayan öğrenciler istasyonlarda farklı meslekleri keşfeder, "
            "mahalledeki işletmeleri ziyaret eder ve iş görüşmesi pratiği yapar. Veliler, ikili "
            "meslek eğitimi hakkında bir bilgilendirme akşamına davetlidir.",
            "يستكشف التلاميذ، من أصول مهاجرة وغيرها، مهنًا مختلفة في محطات عملية، ويزورون "
            "شركات في الحي، ويتدرّبون على مقابلة عمل. والأهل مدعوون إلى أمسية إعلامية حول "
            "التدريب المهني المزدوج.",
            "Учні з міграційним досвідом і без нього знайомляться з різними професіями на "
            "станціях, відвідують підприємства по сусідству та тренують співбесіду. Батьків "
            "запрошуємо на інформаційний вечір про дуальну професійну освіту.",
            "Школьники с миграционной историей и без неё знакомятся с разными профессиями на "
            "станциях, посещают предприятия по соседству и тренируют собеседование. Родителей "
            "приглашаем на информационный вечер о дуальном профобучении.",
            "دانش‌آموزان با و بدون پیشینه مهاجرت در ایستگاه‌های مختلف با حرفه‌ها آشنا می‌شوند، "
            "از شرکت‌های محله بازدید می‌کنند و مصاحبه کاری را تمرین می‌کنند. والدین به یک شب "
            "اطلاع‌رسانی درباره آموزش حرفه‌ای دوگانه دعوت شده‌اند.",
            "Du gehst zu verschiedenen Stationen. An jeder Station lernst du einen Beruf kennen. "
            "Du besuchst Firmen. Du übst ein Gespräch mit einer Firma. Deine Eltern können zu "
            "einem Info-Abend kommen.",
        ),
        fields=("Übergang", "Ausbildung"),
        groups=("Schüler", "Jugend", "Junge"),
        schedules=(ScheduleForm.PART_TIME, ScheduleForm.FULL_TIME),
        hours=(4, 20),
        weeks=(1, 6),
        age=(13, 17),
        places=(10, 25),
    ),
    Template(
        key="migration-counselling",
        kind=OfferingKind.COUNSELLING,
        providers=COMMUNITY,
        title=_t(
            "Migrationsberatung für Erwachsene",
            "Migration counselling for adults",
            "Yetişkinler için göç danışmanlığı",
            "استشارات الهجرة للبالغين",
            "Міграційна консультація для дорослих",
            "Миграционная консультация для взрослых",
            "مشاوره مهاجرت برای بزرگسالان",
            "Beratung für Erwachsene: Leben in Deutschland",
        ),
        summary=_t(
            "Beratung zu Aufenthalt, Sprachkurs, Arbeit, Wohnung und Familie – kostenlos und "
            "vertraulich.",
            "Advice on residence, language courses, work, housing and family – free and "
            "confidential.",
            "Oturum, dil kursu, iş, konut ve aile konularında danışmanlık – ücretsiz ve gizli.",
            "استشارات حول الإقامة ودورات اللغة والعمل والسكن والأسرة – مجانًا وبسرية.",
            "Консультації щодо перебування, мовних курсів, роботи, житла та сім'ї – "
            "безкоштовно й конфіденційно.",
            "Консультации по вопросам пребывания, языковых курсов, работы, жилья и семьи – "
            "бесплатно и конфиденциально.",
            "مشاوره درباره اقامت، دوره زبان، کار، مسکن و خانواده – رایگان و محرمانه.",
            "Sie haben Fragen zum Leben in Deutschland? Wir beraten Sie. Die Beratung kostet "
            "nichts.",
        ),
        description=_t(
            "Die Beraterinnen und Berater helfen bei Anträgen und Briefen von Behörden, "
            "erklären Ihre Möglichkeiten und vermitteln zu Sprachkursen und Fachstellen. Die "
            "Beratung ist freiwillig; alles, was Sie erzählen, bleibt vertraulich.",
            "The counsellors help with applications and letters from authorities, explain your "
            "options and refer you to language courses and specialist services. Counselling is "
            "voluntary; everything you tell us stays confidential.",
            "Danışmanlar başvurularda ve resmi dairelerden gelen mektuplarda yardımcı olur, "
            "seçeneklerinizi açıklar ve sizi dil kurslarına ve uzman birimlere yönlendirir. "
            "Danışmanlık gönüllülük esasına dayanır; anlattığınız her şey gizli kalır.",
            "يساعد المستشارون في تعبئة الطلبات وفهم رسائل الدوائر الرسمية، ويشرحون خياراتك، "
            "ويحيلونك إلى دورات اللغة والجهات المتخصصة. الاستشارة طوعية، وكل ما تقوله يبقى سريًا.",
            "Консультанти допомагають із заявами та листами від установ, пояснюють ваші "
            "можливості та скеровують на мовні курси й до фахових служб. Консультація "
            "добровільна; усе, що ви розповідаєте, залишається конфіденційним.",
            "Консультанты помогают с заявлениями и письмами из учреждений, объясняют ваши "
            "возможности и направляют на языковые курсы и в специализированные службы. "
            "Консультация добровольная; всё, что вы рассказываете, остаётся конфиденциальным.",
            "مشاوران در پر کردن درخواست‌ها و نامه‌های ادارات کمک می‌کنند، گزینه‌های شما را "
            "توضیح می‌دهند و شما را به دوره‌های زبان و مراکز تخصصی معرفی می‌کنند. مشاوره "
            "داوطلبانه است و هر چه بگویید محرمانه می‌ماند.",
            "Sie bekommen Hilfe bei Briefen von Ämtern. Und bei Anträgen. Wir sagen Ihnen: Wo "
            "gibt es einen Sprach-Kurs? Wer kann noch helfen? Wir erzählen niemandem, was Sie "
            "sagen.",
        ),
        fields=("Beratung", "Ankommen", "Information"),
        groups=("Menschen mit Migrationshintergrund", "Migrant", "Eltern"),
        schedules=(ScheduleForm.BY_APPOINTMENT,),
        age=(27, None),
        support_languages=(1, 4),
        online_share=0.1,
    ),
    Template(
        key="recognition-counselling",
        kind=OfferingKind.COUNSELLING,
        providers=(*COMMUNITY, *COURSE_PEOPLE),
        title=_t(
            "Beratung zur Anerkennung ausländischer Berufsabschlüsse",
            "Advice on the recognition of foreign qualifications",
            "Yabancı meslek diplomalarının tanınması danışmanlığı",
            "استشارات حول الاعتراف بالمؤهلات المهنية الأجنبية",
            "Консультація щодо визнання іноземних професійних кваліфікацій",
            "Консультация по признанию иностранных профессиональных дипломов",
            "مشاوره درباره به رسمیت شناختن مدارک حرفه‌ای خارجی",
            "Ihr Beruf aus dem Ausland: Beratung zur Anerkennung",
        ),
        summary=_t(
            "Welche Stelle ist zuständig, welche Unterlagen brauchen Sie, was kostet das "
            "Verfahren? Wir begleiten Sie.",
            "Which office is responsible, which documents do you need, what does the procedure "
            "cost? We accompany you.",
            "Hangi kurum yetkili, hangi belgelere ihtiyacınız var, süreç ne kadar tutar? Size "
            "eşlik ediyoruz.",
            "ما الجهة المختصة؟ ما الأوراق التي تحتاجها؟ كم تكلّف الإجراءات؟ نحن نرافقك.",
            "Яка установа відповідає, які документи потрібні, скільки коштує процедура? Ми вас "
            "супроводжуємо.",
            "Какое ведомство отвечает, какие документы нужны, сколько стоит процедура? Мы вас "
            "сопровождаем.",
            "کدام اداره مسئول است، چه مدارکی لازم دارید، هزینه روند چقدر است؟ ما همراه شما هستیم.",
            "Sie haben einen Beruf aus Ihrem Land? Sie wollen hier in dem Beruf arbeiten? Wir "
            "helfen Ihnen.",
        ),
        description=_t(
            "Die Beratung klärt, ob Ihr Abschluss anerkannt werden muss oder ob Sie ohne "
            "Anerkennung arbeiten können. Wir helfen beim Antrag, bei Übersetzungen und bei der "
            "Suche nach Anpassungsqualifizierungen und Fachsprachkursen.",
            "The counselling clarifies whether your qualification needs to be recognised or "
            "whether you can work without recognition. We help with the application, "
            "translations and finding bridging qualifications and specialist language courses.",
            "Danışmanlık, diplomanızın tanınması gerekip gerekmediğini ya da tanınma olmadan "
            "çalışıp çalışamayacağınızı netleştirir. Başvuruda, çevirilerde ve uyum eğitimleri "
            "ile uzmanlık dili kursları bulmada yardımcı oluyoruz.",
            "توضّح الاستشارة ما إذا كان يجب الاعتراف بشهادتك أو إن كان بإمكانك العمل دون اعتراف. "
            "نساعدك في الطلب وفي الترجمات وفي البحث عن برامج التأهيل التكميلي ودورات اللغة "
            "التخصصية.",
            "Консультація з'ясовує, чи потрібно визнавати вашу кваліфікацію, чи ви можете "
            "працювати без визнання. Ми допомагаємо із заявою, перекладами та пошуком "
            "адаптаційних кваліфікацій і фахових мовних курсів.",
            "Консультация проясняет, нужно ли признавать ваш диплом или вы можете работать без "
            "признания. Мы помогаем с заявлением, переводами и поиском адаптационных программ и "
            "курсов профессионального языка.",
            "در این مشاوره روشن می‌شود که آیا مدرک شما باید به رسمیت شناخته شود یا می‌توانید "
            "بدون آن کار کنید. در درخواست، ترجمه‌ها و یافتن دوره‌های تکمیلی و دوره‌های زبان "
            "تخصصی کمک می‌کنیم.",
            "Wir sagen Ihnen: Muss Ihr Abschluss anerkannt werden? Wir helfen beim Antrag. Wir "
            "helfen auch bei Übersetzungen.",
        ),
        fields=("Beratung", "Arbeitsmarkt", "Übergang"),
        groups=("Menschen mit Migrationshintergrund", "Migrant"),
        schedules=(ScheduleForm.BY_APPOINTMENT,),
        age=(18, None),
        support_languages=(1, 3),
        online_share=0.2,
    ),
    Template(
        key="vocational-qualification",
        kind=OfferingKind.VOCATIONAL_QUALIFICATION,
        providers=(*COURSE_PEOPLE, OrganisationKind.COMPANY),
        variants=tuple(Variant(label=p) for p in PROFESSIONS),
        title=_t(
            "Berufliche Qualifizierung: {variant}",
            "Vocational qualification: {variant}",
            "Mesleki yeterlilik eğitimi: {variant}",
            "تأهيل مهني: {variant}",
            "Професійна кваліфікація: {variant}",
            "Профессиональная квалификация: {variant}",
            "آموزش مهارت شغلی: {variant}",
            "Lernen für einen Beruf: {variant}",
        ),
        summary=_t(
            "Mehrmonatige Qualifizierung mit Praktikum im Betrieb und berufsbezogenem Deutsch.",
            "A qualification over several months with a company placement and job-related German.",
            "İşletmede staj ve mesleki Almanca içeren birkaç aylık yeterlilik eğitimi.",
            "تأهيل لعدة أشهر مع تدريب عملي في شركة ولغة ألمانية مهنية.",
            "Кількамісячна кваліфікація з практикою на підприємстві та професійною німецькою.",
            "Многомесячная квалификация с практикой на предприятии и профессиональным немецким.",
            "دوره مهارتی چندماهه همراه با کارآموزی در شرکت و آلمانی شغلی.",
            "Sie lernen einige Monate für einen Beruf. Sie arbeiten auch in einer Firma.",
        ),
        description=_t(
            "Die Qualifizierung verbindet Unterricht im Fach, berufsbezogenes Deutsch und ein "
            "Praktikum in einem Betrieb aus der Region. Eine Coachin begleitet Sie bei "
            "Bewerbungen. Die Kosten können über einen Bildungsgutschein der Agentur für Arbeit "
            "oder des Jobcenters übernommen werden.",
            "The qualification combines subject lessons, job-related German and a placement "
            "with a company in the region. A coach supports you with applications. The costs "
            "can be covered by an education voucher from the employment agency or the "
            "Jobcenter.",
            "Eğitim; mesleki dersleri, mesleki Almancayı ve bölgedeki bir işletmede stajı bir "
            "araya getirir. Bir koç başvurularınızda size eşlik eder. Masraflar İş Ajansı'nın "
            "ya da Jobcenter'ın eğitim çeki ile karşılanabilir.",
            "يجمع التأهيل بين دروس التخصص واللغة الألمانية المهنية وتدريب عملي في شركة من "
            "المنطقة. وترافقك مدرّبة في طلبات التوظيف. ويمكن تغطية التكاليف بقسيمة تعليم من "
            "وكالة العمل أو من الجوب سنتر.",
            "Кваліфікація поєднує фахові заняття, професійну німецьку та практику на "
            "підприємстві в регіоні. Коуч супроводжує вас під час подання заявок. Витрати може "
            "покрити освітній ваучер агентства з праці або Jobcenter.",
            "Квалификация сочетает профильные занятия, профессиональный немецкий и практику на "
            "предприятии в регионе. Коуч сопровождает вас при подаче заявлений. Расходы может "
            "покрыть образовательный ваучер агентства по труду или Jobcenter.",
            "این دوره آموزش تخصصی، آلمانی شغلی و کارآموزی در یک شرکت در منطقه را با هم ترکیب "
            "می‌کند. یک مربی در درخواست‌های شغلی همراه شماست. هزینه‌ها می‌تواند با کوپن آموزشی "
            "اداره کار یا جاب‌سنتر پرداخت شود.",
            "Sie lernen für den Beruf. Sie lernen auch Deutsch für den Beruf. Sie arbeiten "
            "einige Wochen in einer Firma. Eine Beraterin hilft Ihnen bei der Bewerbung. Oft "
            "bezahlt das Jobcenter den Kurs.",
        ),
        fields=("Übergang", "Arbeitsmarkt", "Ausbildung"),
        groups=("Menschen mit Migrationshintergrund", "Migrant", "Jugend"),
        schedules=(ScheduleForm.FULL_TIME, ScheduleForm.PART_TIME),
        hours=(20, 35),
        weeks=(12, 36),
        age=(18, None),
        places=(10, 18),
        minimum_size=8,
        childcare_share=0.2,
    ),
    Template(
        key="intercultural-training",
        kind=OfferingKind.SEMINAR,
        providers=(*COURSE_PEOPLE, *COMMUNITY),
        title=_t(
            "Interkulturelle Kompetenz im Arbeitsalltag",
            "Intercultural competence at work",
            "İş yaşamında kültürlerarası yetkinlik",
            "الكفاءة بين الثقافات في العمل اليومي",
            "Міжкультурна компетентність у робочих буднях",
            "Межкультурная компетентность в повседневной работе",
            "شایستگی بین‌فرهنگی در کار روزانه",
            "Seminar: Gut zusammen-arbeiten mit Menschen aus vielen Ländern",
        ),
        summary=_t(
            "Tagesseminar für Mitarbeitende aus Verwaltung, Schule, Beratung und Betrieben.",
            "One-day seminar for staff from administration, schools, counselling services and "
            "companies.",
            "İdare, okul, danışmanlık ve işletme çalışanları için bir günlük seminer.",
            "ندوة ليوم واحد للعاملين في الإدارة والمدارس ومراكز الاستشارة والشركات.",
            "Одноденний семінар для працівників адміністрацій, шкіл, консультаційних служб і "
            "підприємств.",
            "Однодневный семинар для сотрудников администраций, школ, консультационных служб и "
            "предприятий.",
            "سمینار یک‌روزه برای کارکنان ادارات، مدارس، مراکز مشاوره و شرکت‌ها.",
            "Ein Seminar an einem Tag. Für Menschen, die in Ämtern, Schulen oder Firmen arbeiten.",
        ),
        description=_t(
            "Wie prägen Herkunft, Sprache und Erfahrungen mit Behörden ein Gespräch? Das "
            "Seminar verbindet kurze Impulse mit Fallbeispielen aus der Praxis der "
            "Teilnehmenden und zeigt Wege zu einer diskriminierungsbewussten Beratung.",
            "How do origin, language and experiences with authorities shape a conversation? The "
            "seminar combines short inputs with cases from the participants' own practice and "
            "shows ways towards counselling that is aware of discrimination.",
            "Köken, dil ve resmi kurumlarla yaşanan deneyimler bir görüşmeyi nasıl etkiler? "
            "Seminer kısa sunumları katılımcıların uygulamalarından örnek vakalarla birleştirir "
            "ve ayrımcılığa duyarlı danışmanlığın yollarını gösterir.",
            "كيف يؤثر الأصل واللغة والتجارب مع الدوائر الرسمية في المحادثة؟ تجمع الندوة بين "
            "مداخلات قصيرة وحالات من عمل المشاركين، وتعرض طرقًا لتقديم استشارة واعية بالتمييز.",
            "Як походження, мова та досвід спілкування з установами впливають на розмову? "
            "Семінар поєднує короткі доповіді з кейсами з практики учасників і показує шляхи до "
            "консультування, чутливого до дискримінації.",
            "Как происхождение, язык и опыт общения с учреждениями влияют на разговор? Семинар "
            "сочетает короткие доклады со случаями из практики участников и показывает пути к "
            "консультированию с учётом дискриминации.",
            "خاستگاه، زبان و تجربه با ادارات چگونه بر یک گفت‌وگو اثر می‌گذارند؟ این سمینار "
            "ارائه‌های کوتاه را با نمونه‌هایی از کار شرکت‌کنندگان ترکیب می‌کند و راه‌های "
            "مشاوره‌ای آگاه به تبعیض را نشان می‌دهد.",
            "Menschen kommen aus vielen Ländern. Sie sprechen viele Sprachen. Im Seminar lernen "
            "Sie: Wie sprechen wir gut miteinander? Sie lernen mit Beispielen aus Ihrer Arbeit.",
        ),
        fields=("Diversität", "Interkulturell"),
        groups=("Verwaltung", "Kommunal", "Betrieb", "Facheinrichtungen", "Multiplikator"),
        schedules=(ScheduleForm.FULL_TIME,),
        hours=(6, 8),
        weeks=(1, 1),
        single_day=True,
        age=(18, None),
        places=(12, 20),
        fee=(40, 120),
        support_languages=(0, 0),
        online_share=0.15,
    ),
    Template(
        key="parents-cafe",
        kind=OfferingKind.CULTURE_AND_MEETING,
        providers=COMMUNITY,
        title=_t(
            "Elterncafé",
            "Parents' café",
            "Veli kafesi",
            "مقهى الأهل",
            "Батьківське кафе",
            "Родительское кафе",
            "کافه والدین",
            "Treffen für Eltern",
        ),
        summary=_t(
            "Eltern tauschen sich aus über Kita, Schule und Ausbildung – mit Gästen aus Schule "
            "und Beratung.",
            "Parents exchange views on day care, school and vocational training – with guests "
            "from schools and counselling services.",
            "Veliler kreş, okul ve meslek eğitimi hakkında fikir alışverişinde bulunur – okul "
            "ve danışmanlık alanından konuklarla.",
            "يتبادل الأهل الخبرات حول الحضانة والمدرسة والتدريب المهني، مع ضيوف من المدارس "
            "ومراكز الاستشارة.",
            "Батьки обмінюються досвідом щодо дитсадка, школи та професійного навчання – з "
            "гостями зі шкіл і консультаційних служб.",
            "Родители обмениваются опытом о детском саде, школе и профобучении – с гостями из "
            "школ и консультационных служб.",
            "والدین درباره مهدکودک، مدرسه و آموزش حرفه‌ای با هم گفت‌وگو می‌کنند – با مهمانانی "
            "از مدرسه و مراکز مشاوره.",
            "Eltern treffen sich. Sie sprechen über Kita, Schule und Ausbildung.",
        ),
        description=_t(
            "Jedes Treffen hat ein Thema, etwa der Übergang in die weiterführende Schule, "
            "Elternabende oder Ausbildung statt Studium. Bildungsbeauftragte übersetzen bei "
            "Bedarf. Kinder werden in der Zeit betreut.",
            "Each meeting has a topic, such as moving on to secondary school, parents' evenings "
            "or vocational training instead of university. Education mentors interpret if "
            "needed. Children are looked after in the meantime.",
            "Her buluşmanın bir konusu vardır; örneğin ortaokula geçiş, veli toplantıları ya da "
            "üniversite yerine meslek eğitimi. Gerekirse eğitim elçileri tercümanlık yapar. Bu "
            "sırada çocuklara bakılır.",
            "لكل لقاء موضوع، مثل الانتقال إلى المدرسة الثانوية، أو اجتماعات أولياء الأمور، أو "
            "التدريب المهني بدلًا من الدراسة الجامعية. يترجم مندوبو التعليم عند الحاجة. ويُعتنى "
            "بالأطفال خلال اللقاء.",
            "Кожна зустріч має тему, наприклад перехід до середньої школи, батьківські збори або "
            "професійне навчання замість університету. За потреби освітні посередники "
            "перекладають. Під час зустрічі за дітьми доглядають.",
            "У каждой встречи есть тема, например переход в среднюю школу, родительские "
            "собрания или профобучение вместо вуза. При необходимости образовательные "
            "посредники переводят. Во время встречи за детьми присматривают.",
            "هر جلسه یک موضوع دارد، مثلاً رفتن به مدرسه متوسطه، جلسه‌های اولیا یا آموزش حرفه‌ای "
            "به جای دانشگاه. در صورت نیاز، رابطان آموزشی ترجمه می‌کنند. در این مدت از کودکان "
            "مراقبت می‌شود.",
            "Jedes Treffen hat ein Thema. Zum Beispiel: Die neue Schule nach der Grundschule. "
            "Jemand übersetzt, wenn Sie das brauchen. Ihre Kinder spielen in der Zeit mit "
            "Betreuern.",
        ),
        fields=("Dialog", "Bildung", "Information"),
        groups=("Eltern",),
        schedules=(ScheduleForm.PART_TIME, ScheduleForm.WEEKEND),
        hours=(2, 2),
        drop_in=True,
        childcare_share=1.0,
        support_languages=(2, 4),
    ),
)
TEMPLATES_BY_KEY = {template.key: template for template in TEMPLATES}


def templates_for(organisation_kind: str) -> tuple[Template, ...]:
    """The kinds an organisation of this kind offers (every kind, if none is typical)."""
    return tuple(t for t in TEMPLATES if organisation_kind in t.providers) or TEMPLATES


@dataclass
class Draft:
    """An unsaved offering with what belongs to it, ready for ``bulk_create``."""

    offering: Offering
    texts: dict[str, dict[str, str]]  # language → the five translated fields
    languages: list[tuple[str, str]]  # (language, role)
    fields_of_action: list = field(default_factory=list)
    target_groups: list = field(default_factory=list)


def _time(hour: float, language: str) -> str:
    hours, minutes = int(hour), round((hour % 1) * 60)
    if language == "de-simple":
        return f"{hours}" if not minutes else f"{hours}:{minutes:02d}"
    return f"{hours}:{minutes:02d}"


def _listed(names: list[str], language: str) -> str:
    """ "Mondays, Tuesdays and Fridays"; Arabic repeats its "and" before every item."""
    if language == "ar" or len(names) < 3:
        return AND[language].join(names)
    return COMMA[language].join(names[:-1]) + AND[language] + names[-1]


def schedule_note(
    schedule: str,
    days: list[int],
    start: float,
    end: float,
    starts_on,
    language: str,
    *,
    single_day: bool = False,
) -> str:
    """ "Mondays and Wednesdays, 9:00–12:00" in ``language``; days count from Monday = 0."""
    if schedule == ScheduleForm.BY_APPOINTMENT:
        return BY_APPOINTMENT[language]
    date = starts_on.strftime("%d.%m.%Y") if starts_on is not None else ""
    if single_day and date:
        when = f"Am {date}" if language == "de-simple" else date
    elif days == [0, 1, 2, 3, 4]:
        when = MONDAY_TO_FRIDAY[language]
    else:
        when = _listed([WEEKDAYS[language][day] for day in days], language)
        when = when[:1].upper() + when[1:]
    if language == "de-simple":
        note = f"{when} von {_time(start, language)} bis {_time(end, language)} Uhr"
    else:
        hours = f"{_time(start, language)}–{_time(end, language)}"
        note = f"{when}{COMMA[language]}{hours}" + (" Uhr" if language == "de" else "")
    if date and not single_day:
        note += SEMICOLON[language] + STARTS[language].format(date=date)
    return note


def _days_and_hours(rng: random.Random, schedule: str, hours_per_week: int, single_day):
    def half_hours(value: float) -> float:
        return round(value * 2) / 2

    if schedule == ScheduleForm.FULL_TIME:
        start = rng.choice((8.5, 9.0))
        if single_day is not None:
            return [single_day.weekday()], start, start + half_hours(hours_per_week)
        return [0, 1, 2, 3, 4], start, start + half_hours(min(max(hours_per_week / 5, 4), 7))
    if schedule == ScheduleForm.WEEKEND:
        start = rng.choice((10.0, 11.0, 14.0))
        return [5], start, start + half_hours(max(min(hours_per_week, 6), 2))
    count = 1 if hours_per_week <= 4 else rng.choice((2, 3))
    days = sorted(rng.sample(range(5), count))
    if schedule == ScheduleForm.EVENING:
        start, longest = rng.choice((17.5, 18.0)), 3.0
    else:
        start, longest = rng.choice((9.0, 10.0, 14.0, 15.0, 16.0)), 4.5
    return days, start, start + half_hours(max(min(hours_per_week / count, longest), 1.5))


def _pick(named: list, words: tuple[str, ...], rng: random.Random) -> list:
    """Entries whose name holds one of ``words``; one at random if none does."""
    if not named:
        return []
    chosen = [item for item in named if any(w.lower() in item.name.lower() for w in words)]
    if chosen:
        return rng.sample(chosen, k=min(len(chosen), rng.randint(1, 2)))
    return [rng.choice(named)]


def _coordinate(value: Decimal, rng: random.Random, spread: float) -> Decimal:
    return Decimal(str(round(float(value) + rng.uniform(-spread, spread), 6)))


def build(
    *,
    rng: random.Random,
    template: Template,
    provider,
    district: District,
    anchor: datetime.date,
    street: str = "",
    fields_of_action=(),
    target_groups=(),
    contact=None,
    external_id: str = "",
    status: str = OfferingStatus.PUBLISHED,
    languages=LANGUAGES,
) -> Draft:
    """An offering of ``template`` by ``provider`` in ``district``, with texts in ``languages``.

    ``anchor`` is the day dates count from; ``rng`` decides everything that varies, so the same
    seed gives the same offering.
    """
    variant = rng.choice(template.variants) if template.variants else None
    schedule = rng.choice(template.schedules)
    hours_per_week = rng.randint(*template.hours)
    starts_on = ends_on = None
    if template.weeks is not None:
        starts_on = anchor + datetime.timedelta(days=rng.randint(-30, 180))
        if template.single_day:
            # A seminar day falls on a working day: a weekend moves to Monday.
            weekend = starts_on.weekday() - 4
            if weekend > 0:
                starts_on += datetime.timedelta(days=3 - weekend)
            ends_on = starts_on
        else:
            ends_on = starts_on + datetime.timedelta(days=7 * rng.randint(*template.weeks) - 3)
    days, start, end = _days_and_hours(
        rng, schedule, hours_per_week, starts_on if template.single_day else None
    )
    online = rng.random() < template.online_share
    at_provider = street and rng.random() < 0.5
    fee = None
    if template.fee and rng.random() < 0.5:
        fee = Decimal(rng.randrange(template.fee[0], template.fee[1] + 1, 5))
    capacity = rng.randint(*template.places) if template.places else None
    minimum = template.minimum_size if capacity and template.minimum_size else None
    if minimum and capacity and minimum > capacity:
        minimum = capacity
    support = rng.choices(
        SUPPORT_LANGUAGES, weights=SUPPORT_WEIGHTS, k=rng.randint(*template.support_languages)
    )
    spoken = [("de", LanguageRole.INSTRUCTION)] + [
        (code, LanguageRole.SUPPORT) for code in sorted(set(support))
    ]
    email = provider.email or ""

    def text(language: str) -> dict[str, str]:
        label = variant.label[language] if variant else ""
        title = template.title[language].format(variant=label)
        if not online:
            title = f"{title} – {district.name}"
        registration = (
            DROP_IN[language] if template.drop_in or not email else REGISTER_BY_EMAIL[language]
        ).format(email=email)
        if template.needs_entitlement:
            registration = f"{ENTITLEMENT[language]} {registration}"
        return {
            "title": title[:200],
            "summary": template.summary[language],
            "description": f"{template.description[language]}\n\n{MARKER[language]}",
            "schedule_note": schedule_note(
                schedule, days, start, end, starts_on, language, single_day=template.single_day
            ),
            "registration_note": registration,
        }

    texts = {language: text(language) for language in languages}
    offering = Offering(
        provider=provider,
        kind=template.kind,
        course_type=variant.course_type if variant else "",
        entry_level=variant.entry_level if variant else "",
        target_level=variant.target_level if variant else "",
        age_min=template.age[0],
        age_max=template.age[1],
        starts_on=starts_on,
        ends_on=ends_on,
        schedule_form=schedule,
        hours_per_week=None if schedule == ScheduleForm.BY_APPOINTMENT else hours_per_week,
        is_online=online,
        venue="" if online or at_provider else rng.choice(VENUES).format(district=district.name),
        street="" if online else (street if at_provider else ""),
        postal_code="" if online else district.postal_code,
        city="" if online else district.city,
        district="" if online else district.name,
        latitude=None if online else _coordinate(district.latitude, rng, 0.006),
        longitude=None if online else _coordinate(district.longitude, rng, 0.009),
        capacity=capacity,
        minimum_size=minimum,
        is_free=fee is None,
        fee=fee,
        childcare=rng.random() < template.childcare_share,
        wheelchair_accessible=rng.random() < 0.6,
        registration_email=email if not template.drop_in else "",
        contact=contact,
        status=status,
        title=texts.get("de", text("de"))["title"],
        external_id=external_id,
        is_synthetic=True,
    )
    return Draft(
        offering=offering,
        texts=texts,
        languages=spoken,
        fields_of_action=_pick(list(fields_of_action), template.fields, rng),
        target_groups=_pick(list(target_groups), template.groups, rng),
    )
