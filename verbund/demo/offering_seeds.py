"""The offerings of the demo networks, as the seed documents describe them.

The documents name the kinds of offer and who makes them: the five ALBuM-VIP sub-projects and
their partners (press release of 2 May 2012), the range of ALBuM's offers (13 August 2010), the
job-related language courses, the Diversity Netzwerk, "Wir leben in Hannover" and "Blickwechsel"
(paper 2032/2021), the Marburg working group's counselling (24 July 2013) and the formats of VIA's
IQ project in Berlin. They do not say where, when or in which language; so every offering here
has its source, and its text says in every language which parts the demo assumed (place, dates,
and for the language courses also the provider: the 2021 paper says only "the network partners").

Street addresses appear only where a document prints them (IB Marburg, VIA Berlin); other
offerings lie at the centre of a district. No offering gives an e-mail address or phone number of
a real organisation: a demo visitor must not write to them.

Texts are written by people in German, English and Arabic (and easy German for a handful); the
Turkish, Ukrainian, Russian and Farsi texts of two courses are marked machine-made, as they are
until a speaker checks them.
"""

from dataclasses import dataclass, field

from verbund.demo import seeds
from verbund.offers.choices import CourseType, OfferingKind, ScheduleForm


@dataclass(frozen=True)
class Text:
    title: str
    summary: str
    description: str
    schedule_note: str = ""
    registration_note: str = ""


@dataclass(frozen=True)
class OfferingSeed:
    key: str  # the offering's external key is "demo:<key>"
    network: str  # slug
    provider: str  # organisation key in seeds
    kind: str
    source: str  # a key of SOURCES
    texts: dict[str, Text]  # language → text, "de" first
    machine_texts: dict[str, Text] = field(default_factory=dict)
    provider_assumed: bool = False
    course_type: str = ""
    entry_level: str = ""
    target_level: str = ""
    fields_of_action: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    age_min: int | None = None
    age_max: int | None = None
    starts_in_days: int | None = None  # from the first of the current month
    days: int | None = None  # length; 1 is a single day
    schedule_form: str = ""
    hours_per_week: int | None = None
    place: tuple[str, str] | None = None  # (city, district) of verbund.demo.places
    at_provider: bool = False  # at the provider's printed address and coordinates
    is_online: bool = False
    capacity: int | None = None
    minimum_size: int | None = None
    childcare: bool = False
    wheelchair_accessible: bool = False
    instruction: tuple[str, ...] = ("de",)
    support: tuple[str, ...] = ()
    contact: str | None = None  # last name of a contact person of the provider
    project: str | None = None  # project title in the network
    programme: str | None = None  # programme name in the network


SOURCES = {
    "pm2012": "Pressemitteilung der Landeshauptstadt Hannover vom 2. Mai 2012 (ALBuM-VIP)",
    "pm2010": "Pressemitteilung der Landeshauptstadt Hannover vom 13. August 2010",
    "ds2021": "Informationsdrucksache Nr. 2032/2021 der Landeshauptstadt Hannover",
    "marburg2013": "Artikel „Gemeinsam Chancen für Migranten schaffen“ vom 24.7.2013",
    "via": "Projektseite von VIA Berlin/Brandenburg e.V. zum IQ-Teilprojekt „Kommune "
    "interkulturell“",
}

# What the demo assumed, closing every description. {source} is a SOURCES entry.
NOTES = {
    "de": (
        "Demo-Angebot nach der Quelle „{source}“: Art des Angebots und Träger stammen aus der "
        "Quelle; Ort, Termine und Einzelheiten sind für die Vorführung angenommen.",
        "Demo-Angebot nach der Quelle „{source}“: Die Art des Angebots stammt aus der Quelle; "
        "Träger, Ort, Termine und Einzelheiten sind für die Vorführung angenommen.",
    ),
    "en": (
        "Demo offering based on the German source “{source}”: the kind of offering and the "
        "provider come from the source; place, dates and details are assumed for the "
        "demonstration.",
        "Demo offering based on the German source “{source}”: the kind of offering comes from "
        "the source; provider, place, dates and details are assumed for the demonstration.",
    ),
    "ar": (
        "عرض تجريبي مبني على المصدر الألماني «{source}»: نوع العرض والجهة المقدِّمة مأخوذان من "
        "المصدر؛ أمّا المكان والمواعيد والتفاصيل فمفترضة لأغراض العرض.",
        "عرض تجريبي مبني على المصدر الألماني «{source}»: نوع العرض مأخوذ من المصدر؛ أمّا الجهة "
        "المقدِّمة والمكان والمواعيد والتفاصيل فمفترضة لأغراض العرض.",
    ),
    "de-simple": (
        "Achtung: Das ist ein Beispiel. Den Träger gibt es wirklich. Ort und Zeit sind ausgedacht.",
        "Achtung: Das ist ein Beispiel. Ort und Zeit sind ausgedacht.",
    ),
    "tr": (
        "Almanca kaynağa dayalı demo teklifi: „{source}“. Teklifin türü ve sağlayıcı kaynaktan "
        "alınmıştır; yer, tarihler ve ayrıntılar tanıtım için varsayılmıştır.",
        "Almanca kaynağa dayalı demo teklifi: „{source}“. Teklifin türü kaynaktan alınmıştır; "
        "sağlayıcı, yer, tarihler ve ayrıntılar tanıtım için varsayılmıştır.",
    ),
    "uk": (
        "Демопропозиція на основі німецького джерела «{source}»: вид пропозиції та організатор "
        "узяті з джерела; місце, дати й подробиці припущено для демонстрації.",
        "Демопропозиція на основі німецького джерела «{source}»: вид пропозиції взято з "
        "джерела; організатора, місце, дати й подробиці припущено для демонстрації.",
    ),
    "ru": (
        "Демопредложение на основе немецкого источника «{source}»: вид предложения и "
        "организатор взяты из источника; место, даты и подробности предположены для "
        "демонстрации.",
        "Демопредложение на основе немецкого источника «{source}»: вид предложения взят из "
        "источника; организатор, место, даты и подробности предположены для демонстрации.",
    ),
    "fa": (
        "پیشنهاد نمایشی بر پایه منبع آلمانی «{source}»: نوع پیشنهاد و ارائه‌دهنده از منبع "
        "گرفته شده‌اند؛ مکان، تاریخ‌ها و جزئیات برای نمایش فرض شده‌اند.",
        "پیشنهاد نمایشی بر پایه منبع آلمانی «{source}»: نوع پیشنهاد از منبع گرفته شده است؛ "
        "ارائه‌دهنده، مکان، تاریخ‌ها و جزئیات برای نمایش فرض شده‌اند.",
    ),
}


def note(offering: OfferingSeed, language: str) -> str:
    text = NOTES[language][1 if offering.provider_assumed else 0]
    return text.format(source=SOURCES[offering.source])


H = "Hannover"
DEUFOEV_PROJECT = "Berufsbezogene Sprachkurse nach ESF-BAMF und DeuFöV"
ENTITLEMENT_DE = (
    "Sie brauchen eine Berechtigung vom Jobcenter, von der Agentur für Arbeit oder vom BAMF. "
    "Vor dem Kurs machen Sie einen Einstufungstest; ein Zertifikat, das höchstens sechs Monate "
    "alt ist, ersetzt ihn. Melden Sie sich beim Träger an."
)
ENTITLEMENT_EN = (
    "You need an entitlement from the Jobcenter, the employment agency or BAMF. Before the "
    "course you take a placement test; a certificate no more than six months old replaces it. "
    "Register with the provider."
)
ENTITLEMENT_AR = (
    "تحتاج إلى إذن بالمشاركة من الجوب سنتر أو وكالة العمل أو المكتب الاتحادي للهجرة واللاجئين "
    "(BAMF). قبل الدورة تؤدي اختبار تحديد المستوى، وتقوم مقامه شهادة لا يزيد عمرها على ستة "
    "أشهر. سجّل لدى الجهة المقدِّمة."
)

ALBUM_OFFERINGS = (
    # --- Job-related German courses (paper 2032/2021; 2010: "as a complement to the integration
    # courses"). The paper names the partners as a whole, not who holds which course.
    OfferingSeed(
        key="vhs-berufssprachkurs-b1-b2",
        network="album",
        provider="vhs-hannover",
        kind=OfferingKind.LANGUAGE_COURSE,
        source="ds2021",
        provider_assumed=True,
        course_type=CourseType.BASIC_B1_B2,
        entry_level="B1",
        target_level="B2",
        fields_of_action=(seeds.FOA_LANGUAGE, seeds.FOA_TRANSITION),
        target_groups=(seeds.TG_MIGRANTS,),
        age_min=18,
        starts_in_days=40,
        days=7 * 26,
        schedule_form=ScheduleForm.PART_TIME,
        hours_per_week=16,
        place=(H, "Mitte"),
        capacity=25,
        minimum_size=15,
        wheelchair_accessible=True,
        support=("en",),
        project=DEUFOEV_PROJECT,
        programme=seeds.DEUFOEV,
        texts={
            "de": Text(
                "Berufssprachkurs B1 → B2 (Basismodul)",
                "Berufsbezogener Sprachkurs vom Niveau B1 zum Niveau B2: 400 Unterrichtseinheiten "
                "mit Prüfung und Zertifikat, vormittags.",
                "Der Kurs gehört zur berufsbezogenen Deutschsprachförderung des Bundes (DeuFöV). "
                "Sie üben, was im Beruf zählt: Besprechungen im Team, Telefonate, E-Mails, "
                "Arbeitsanweisungen verstehen und sich bewerben. Am Ende steht die Prüfung auf "
                "dem Niveau B2. Höchstens 25 Teilnehmende; der Kurs beginnt, sobald 15 "
                "berechtigte Personen angemeldet sind. Wer vom Jobcenter oder der Agentur für "
                "Arbeit verpflichtet ist, wird zuerst aufgenommen.",
                "Montag bis Donnerstag, 8:30–12:00 Uhr, etwa ein halbes Jahr",
                ENTITLEMENT_DE,
            ),
            "en": Text(
                "Job-related German course B1 → B2 (basic module)",
                "German for work from level B1 to B2: 400 teaching units with exam and "
                "certificate, in the mornings.",
                "The course is part of the federal job-related German language programme "
                "(DeuFöV). You practise what counts at work: team meetings, phone calls, "
                "e-mails, understanding instructions and applying for jobs. It ends with the B2 "
                "exam. At most 25 participants; the course starts once 15 entitled people have "
                "registered. People obliged by the Jobcenter or the employment agency are "
                "admitted first.",
                "Monday to Thursday, 8:30 am–12 noon, about six months",
                ENTITLEMENT_EN,
            ),
            "ar": Text(
                "دورة اللغة الألمانية المهنية B1 → B2 (الوحدة الأساسية)",
                "الألمانية من أجل العمل من المستوى B1 إلى B2: ‏400 وحدة تدريسية مع امتحان وشهادة، "
                "في الفترة الصباحية.",
                "الدورة جزء من برنامج الحكومة الاتحادية لتعليم اللغة الألمانية المهنية (DeuFöV). "
                "تتدرّب على ما يهمّ في العمل: اجتماعات الفريق، والمكالمات الهاتفية، والرسائل "
                "الإلكترونية، وفهم تعليمات العمل، والتقدّم لطلبات التوظيف. وتنتهي الدورة بامتحان "
                "المستوى B2. الحد الأقصى 25 مشاركًا، وتبدأ الدورة عندما يسجّل 15 شخصًا مستحقًا. "
                "وتكون الأولوية لمن ألزمه الجوب سنتر أو وكالة العمل بالمشاركة.",
                "من الاثنين إلى الخميس، 8:30–12:00، لمدة ستة أشهر تقريبًا",
                ENTITLEMENT_AR,
            ),
            "de-simple": Text(
                "Deutsch für den Beruf: von B1 bis B2",
                "Sie lernen Deutsch für die Arbeit. Der Kurs ist am Vormittag. Am Ende gibt es "
                "eine Prüfung.",
                "Sie können schon etwas Deutsch: das Niveau B1. In diesem Kurs lernen Sie mehr. "
                "Sie lernen Deutsch für die Arbeit. Zum Beispiel: Mit Kollegen sprechen. "
                "Telefonieren. E-Mails schreiben. Eine Bewerbung schreiben. Am Ende machen Sie "
                "eine Prüfung. Dann haben Sie das Niveau B2.",
                "Montag bis Donnerstag von 8:30 bis 12 Uhr. Ungefähr ein halbes Jahr lang.",
                "Sie brauchen einen Schein vom Jobcenter. Oder von der Agentur für Arbeit. Oder "
                "vom BAMF. Vor dem Kurs machen Sie einen Test. Melden Sie sich bei der "
                "Volkshochschule an.",
            ),
        },
        machine_texts={
            "tr": Text(
                "Mesleki Almanca kursu B1 → B2 (temel modül)",
                "B1 seviyesinden B2 seviyesine iş için Almanca: sınav ve sertifikalı 400 ders "
                "saati, sabahları.",
                "Kurs, federal hükümetin mesleki Almanca destek programının (DeuFöV) bir "
                "parçasıdır. İşte önemli olanı çalışırsınız: ekip toplantıları, telefon "
                "görüşmeleri, e-postalar, iş talimatlarını anlamak ve iş başvurusu yapmak. Kurs "
                "B2 sınavıyla biter. En fazla 25 katılımcı; 15 hak sahibi kişi kaydolunca kurs "
                "başlar. Jobcenter veya İş Ajansı tarafından yükümlü kılınanlar önce alınır.",
                "Pazartesiden perşembeye, 8:30–12:00, yaklaşık altı ay",
                "Jobcenter, İş Ajansı veya BAMF'tan bir katılım hakkı belgesine ihtiyacınız "
                "var. Kurstan önce seviye tespit sınavına girersiniz; en fazla altı aylık bir "
                "sertifika bunun yerine geçer. Kurumun kendisine kaydolun.",
            ),
            "uk": Text(
                "Курс професійної німецької мови B1 → B2 (базовий модуль)",
                "Німецька для роботи з рівня B1 до B2: 400 навчальних годин з іспитом і "
                "сертифікатом, зранку.",
                "Курс є частиною федеральної програми професійної німецької мови (DeuFöV). Ви "
                "тренуєте те, що важливо на роботі: наради в команді, телефонні розмови, листи, "
                "розуміння робочих інструкцій і подання заявок. Курс завершується іспитом рівня "
                "B2. Не більше 25 учасників; курс починається, щойно зареєструються 15 осіб, які "
                "мають на це право. Тих, кого зобов'язав Jobcenter або агентство з праці, "
                "приймають першими.",
                "З понеділка по четвер, 8:30–12:00, приблизно пів року",
                "Вам потрібен допуск від Jobcenter, агентства з праці або BAMF. Перед курсом ви "
                "проходите тест на рівень; сертифікат, якому не більше шести місяців, його "
                "замінює. Зареєструйтеся в організатора.",
            ),
            "ru": Text(
                "Курс профессионального немецкого языка B1 → B2 (базовый модуль)",
                "Немецкий для работы с уровня B1 до B2: 400 учебных часов с экзаменом и "
                "сертификатом, по утрам.",
                "Курс входит в федеральную программу профессионального немецкого языка "
                "(DeuFöV). Вы тренируете то, что важно на работе: совещания в команде, "
                "телефонные разговоры, письма, понимание рабочих инструкций и подачу заявлений. "
                "Курс заканчивается экзаменом уровня B2. Не более 25 участников; курс "
                "начинается, как только запишутся 15 человек, имеющих право. Тех, кого обязал "
                "Jobcenter или агентство по труду, принимают первыми.",
                "С понедельника по четверг, 8:30–12:00, около полугода",
                "Вам нужен допуск от Jobcenter, агентства по труду или BAMF. Перед курсом вы "
                "проходите тест на уровень; сертификат не старше шести месяцев его заменяет. "
                "Запишитесь у организатора.",
            ),
            "fa": Text(
                "دوره زبان آلمانی شغلی B1 → B2 (ماژول پایه)",
                "آلمانی برای کار از سطح B1 تا B2: ‏۴۰۰ واحد درسی همراه با آزمون و گواهی‌نامه، صبح‌ها.",
                "این دوره بخشی از برنامه دولت فدرال برای آموزش زبان آلمانی شغلی (DeuFöV) است. "
                "آنچه را در کار مهم است تمرین می‌کنید: جلسه‌های تیمی، تماس تلفنی، ایمیل، فهمیدن "
                "دستورهای کاری و درخواست شغل. دوره با آزمون سطح B2 پایان می‌یابد. حداکثر ۲۵ "
                "شرکت‌کننده؛ دوره وقتی شروع می‌شود که ۱۵ نفر واجد شرایط ثبت‌نام کنند. کسانی که "
                "جاب‌سنتر یا اداره کار آنها را موظف کرده است، اول پذیرفته می‌شوند.",
                "دوشنبه تا پنج‌شنبه، 8:30–12:00، حدود شش ماه",
                "به مجوز جاب‌سنتر، اداره کار یا BAMF نیاز دارید. پیش از دوره آزمون تعیین سطح "
                "می‌دهید؛ گواهی‌نامه‌ای که بیش از شش ماه از آن نگذشته باشد جای آن را می‌گیرد. نزد "
                "برگزارکننده ثبت‌نام کنید.",
            ),
        },
    ),
    OfferingSeed(
        key="vhs-berufssprachkurs-b2-c1-abends",
        network="album",
        provider="vhs-hannover",
        kind=OfferingKind.LANGUAGE_COURSE,
        source="ds2021",
        provider_assumed=True,
        course_type=CourseType.BASIC_B2_C1,
        entry_level="B2",
        target_level="C1",
        fields_of_action=(seeds.FOA_LANGUAGE, seeds.FOA_TRANSITION),
        target_groups=(seeds.TG_MIGRANTS,),
        age_min=18,
        starts_in_days=70,
        days=7 * 40,
        schedule_form=ScheduleForm.EVENING,
        hours_per_week=8,
        place=(H, "Mitte"),
        capacity=25,
        minimum_size=15,
        wheelchair_accessible=True,
        project=DEUFOEV_PROJECT,
        programme=seeds.DEUFOEV,
        texts={
            "de": Text(
                "Berufssprachkurs B2 → C1 am Abend",
                "Sprachkurs für Berufstätige: Deutsch auf dem Niveau C1, zweimal in der Woche "
                "abends.",
                "Der Kurs richtet sich an Menschen, die bereits arbeiten oder eine Stelle in "
                "Aussicht haben und ihr Deutsch für anspruchsvollere Aufgaben verbessern wollen: "
                "Präsentationen, Protokolle, Gespräche mit Kundinnen und Vorgesetzten. 400 "
                "Unterrichtseinheiten, Prüfung auf dem Niveau C1. Für Beschäftigte kann der Kurs "
                "schon ab sieben Teilnehmenden beginnen.",
                "Dienstags und donnerstags, 18:00–21:15 Uhr",
                ENTITLEMENT_DE,
            ),
            "en": Text(
                "Job-related German course B2 → C1 in the evening",
                "For people in work: German at level C1, two evenings a week.",
                "The course is for people who already work or have a job in prospect and want "
                "to improve their German for more demanding tasks: presentations, minutes, "
                "conversations with customers and managers. 400 teaching units, exam at level "
                "C1. For employees the course can start with as few as seven participants.",
                "Tuesdays and Thursdays, 6–9:15 pm",
                ENTITLEMENT_EN,
            ),
            "ar": Text(
                "دورة اللغة الألمانية المهنية B2 → C1 مسائية",
                "للعاملين: الألمانية على المستوى C1، مساءين في الأسبوع.",
                "الدورة موجّهة إلى من يعملون أو لديهم فرصة عمل ويريدون تحسين ألمانيتهم لمهام أكثر "
                "تطلّبًا: العروض التقديمية، ومحاضر الاجتماعات، والحديث مع العملاء والمديرين. ‏400 "
                "وحدة تدريسية وامتحان على المستوى C1. ويمكن أن تبدأ الدورة للعاملين بسبعة "
                "مشاركين فقط.",
                "الثلاثاء والخميس، 18:00–21:15",
                ENTITLEMENT_AR,
            ),
        },
    ),
    OfferingSeed(
        key="kargah-spezialmodul-unter-a2",
        network="album",
        provider="kargah",
        kind=OfferingKind.LANGUAGE_COURSE,
        source="ds2021",
        provider_assumed=True,
        course_type=CourseType.SPECIAL_BELOW_A2,
        entry_level="A1",
        target_level="A2",
        fields_of_action=(seeds.FOA_LANGUAGE,),
        target_groups=(seeds.TG_MIGRANTS, seeds.TG_PARENTS),
        age_min=18,
        starts_in_days=21,
        days=7 * 20,
        schedule_form=ScheduleForm.PART_TIME,
        hours_per_week=15,
        place=(H, "Linden-Nord"),
        capacity=20,
        minimum_size=15,
        childcare=True,
        support=("fa", "prs", "ar", "ku"),
        project=DEUFOEV_PROJECT,
        programme=seeds.DEUFOEV,
        texts={
            "de": Text(
                "Berufssprachkurs Spezialmodul: unter A2 → A2, mit Kinderbetreuung",
                "Sprachkurs für alle, die im Integrationskurs das Niveau B1 nicht erreicht haben: "
                "Deutsch für den Arbeitsalltag, in kleinen Schritten und mit Kinderbetreuung.",
                "Der Kurs wiederholt Grundlagen und übt Situationen, die im ersten Job wichtig "
                "sind: sich vorstellen, Dienstpläne lesen, krank melden, einfache Formulare. Die "
                "Kursleiterinnen erklären bei Bedarf auch auf Farsi, Dari, Arabisch oder "
                "Kurdisch. Während des Unterrichts werden Kinder im Haus betreut, sobald "
                "mindestens drei Kinder angemeldet sind.",
                "Montag bis Freitag, 9:00–12:00 Uhr",
                ENTITLEMENT_DE,
            ),
            "en": Text(
                "Job-related German special module: below A2 → A2, with childcare",
                "For everyone who did not reach level B1 in the integration course: German for "
                "everyday working life, in small steps and with childcare.",
                "The course repeats the basics and practises situations that matter in a first "
                "job: introducing yourself, reading rotas, calling in sick, simple forms. The "
                "teachers also explain in Farsi, Dari, Arabic or Kurdish when needed. During "
                "lessons children are looked after on the premises once at least three children "
                "are registered.",
                "Monday to Friday, 9 am–12 noon",
                ENTITLEMENT_EN,
            ),
            "ar": Text(
                "دورة اللغة الألمانية المهنية – الوحدة الخاصة: دون A2 → A2، مع رعاية الأطفال",
                "لكل من لم يصل إلى المستوى B1 في دورة الاندماج: الألمانية للحياة العملية اليومية، "
                "بخطوات صغيرة ومع رعاية الأطفال.",
                "تعيد الدورة الأساسيات وتتدرّب على مواقف مهمة في العمل الأول: التعريف بالنفس، "
                "وقراءة جداول المناوبات، والإبلاغ عن المرض، والاستمارات البسيطة. وتشرح المدرّسات "
                "عند الحاجة بالفارسية أو الدارية أو العربية أو الكردية. وخلال الدروس يُعتنى "
                "بالأطفال في المكان نفسه متى سُجّل ثلاثة أطفال على الأقل.",
                "من الاثنين إلى الجمعة، 9:00–12:00",
                ENTITLEMENT_AR,
            ),
            "de-simple": Text(
                "Deutsch für die Arbeit: Kurs für Anfänger, mit Kinder-Betreuung",
                "Sie haben im Integrations-Kurs das Niveau B1 nicht geschafft? Dann ist dieser "
                "Kurs für Sie.",
                "Sie lernen Deutsch für die erste Arbeit. Zum Beispiel: Sich vorstellen. Einen "
                "Plan für die Arbeits-Zeit lesen. Sich krank melden. Die Lehrerinnen sprechen "
                "auch Farsi, Dari, Arabisch oder Kurdisch. Ihre Kinder können mitkommen. Jemand "
                "passt auf die Kinder auf.",
                "Montag bis Freitag von 9 bis 12 Uhr",
                "Sie brauchen einen Schein vom Jobcenter. Oder vom BAMF. Melden Sie sich bei "
                "kargah an.",
            ),
        },
        machine_texts={
            "fa": Text(
                "دوره زبان آلمانی شغلی، ماژول ویژه: زیر A2 → A2، همراه با مراقبت از کودکان",
                "برای همه کسانی که در دوره ادغام به سطح B1 نرسیده‌اند: آلمانی برای کار روزانه، "
                "گام به گام و همراه با مراقبت از کودکان.",
                "این دوره مبانی را مرور می‌کند و موقعیت‌هایی را تمرین می‌کند که در نخستین شغل "
                "مهم‌اند: معرفی خود، خواندن برنامه شیفت، اعلام بیماری و فرم‌های ساده. مدرسان در "
                "صورت نیاز به فارسی، دری، عربی یا کردی هم توضیح می‌دهند. در طول کلاس، اگر دست‌کم "
                "سه کودک ثبت‌نام کرده باشند، از کودکان در همان ساختمان مراقبت می‌شود.",
                "دوشنبه تا جمعه، 9:00–12:00",
                "به مجوز جاب‌سنتر، اداره کار یا BAMF نیاز دارید. پیش از دوره آزمون تعیین سطح "
                "می‌دهید. نزد kargah ثبت‌نام کنید.",
            ),
            "tr": Text(
                "Mesleki Almanca özel modül: A2 altı → A2, çocuk bakımı ile",
                "Uyum kursunda B1 seviyesine ulaşamayan herkes için: iş hayatı için Almanca, "
                "küçük adımlarla ve çocuk bakımıyla.",
                "Kurs temel bilgileri tekrar eder ve ilk işte önemli olan durumları çalışır: "
                "kendini tanıtmak, vardiya planlarını okumak, hastalık bildirmek, basit formlar. "
                "Eğitmenler gerektiğinde Farsça, Darice, Arapça veya Kürtçe de açıklar. En az üç "
                "çocuk kaydolduğunda ders sırasında çocuklara binada bakılır.",
                "Pazartesiden cumaya, 9:00–12:00",
                "Jobcenter, İş Ajansı veya BAMF'tan bir katılım hakkı belgesine ihtiyacınız var. "
                "Kurstan önce seviye tespit sınavına girersiniz. kargah'a kaydolun.",
            ),
            "uk": Text(
                "Спеціальний модуль професійної німецької: нижче A2 → A2, з доглядом за дітьми",
                "Для всіх, хто на інтеграційному курсі не досяг рівня B1: німецька для робочих "
                "буднів, маленькими кроками й з доглядом за дітьми.",
                "Курс повторює основи й тренує ситуації, важливі на першій роботі: "
                "представитися, читати графік змін, повідомити про хворобу, прості формуляри. За "
                "потреби викладачки пояснюють також фарсі, дарі, арабською чи курдською. Під час "
                "занять за дітьми доглядають у будівлі, якщо зареєстровано щонайменше трьох "
                "дітей.",
                "З понеділка по п'ятницю, 9:00–12:00",
                "Вам потрібен допуск від Jobcenter, агентства з праці або BAMF. Перед курсом ви "
                "проходите тест на рівень. Зареєструйтеся в kargah.",
            ),
            "ru": Text(
                "Специальный модуль профессионального немецкого: ниже A2 → A2, с присмотром за "
                "детьми",
                "Для всех, кто на интеграционном курсе не достиг уровня B1: немецкий для рабочих "
                "будней, маленькими шагами и с присмотром за детьми.",
                "Курс повторяет основы и тренирует ситуации, важные на первой работе: "
                "представиться, читать график смен, сообщить о болезни, простые формуляры. При "
                "необходимости преподавательницы объясняют также на фарси, дари, арабском или "
                "курдском. Во время занятий за детьми присматривают в здании, если записаны как "
                "минимум трое детей.",
                "С понедельника по пятницу, 9:00–12:00",
                "Вам нужен допуск от Jobcenter, агентства по труду или BAMF. Перед курсом вы "
                "проходите тест на уровень. Запишитесь в kargah.",
            ),
        },
    ),
    OfferingSeed(
        key="deutsch-360-grad",
        network="album",
        provider="vhs-hannover",
        kind=OfferingKind.LANGUAGE_COURSE,
        source="ds2021",
        provider_assumed=True,
        course_type=CourseType.BASIC_B1_B2,
        entry_level="B1",
        target_level="B2",
        fields_of_action=(seeds.FOA_LANGUAGE, seeds.FOA_TRANSITION),
        target_groups=(seeds.TG_MIGRANTS, seeds.TG_COMPANIES),
        age_min=18,
        starts_in_days=55,
        days=7 * 30,
        schedule_form=ScheduleForm.PART_TIME,
        hours_per_week=6,
        place=(H, "Stöcken"),
        capacity=16,
        minimum_size=7,
        project="Deutsch 360 Grad",
        texts={
            "de": Text(
                "Deutsch 360 Grad: Berufsdeutsch für Beschäftigte und Auszubildende",
                "Berufsbezogener Deutschkurs neben der Arbeit, entwickelt im Netzwerk ALBuM in "
                "Kooperation mit Volkswagen.",
                "Unter der Marke „Deutsch 360 Grad“ führt das Netzwerk ALBuM berufsbezogene "
                "Sprachkurse in Kooperation mit Volkswagen durch. Der Kurs findet in Randzeiten "
                "der Schicht statt und nutzt Situationen aus der Produktion, der Logistik und "
                "dem Arbeitsschutz. Kurse für Beschäftigte und Auszubildende beginnen schon ab "
                "sieben Teilnehmenden.",
                "Zweimal pro Woche, 14:30–17:00 Uhr, nach der Frühschicht",
                "Fragen Sie Ihre Personalabteilung oder melden Sie sich beim Träger an. Eine "
                "Berechtigung vom BAMF ist nötig.",
            ),
            "en": Text(
                "Deutsch 360 Grad: German for employees and apprentices",
                "Job-related German course alongside work, developed in the ALBuM network in "
                "cooperation with Volkswagen.",
                "Under the brand “Deutsch 360 Grad” the ALBuM network runs job-related language "
                "courses in cooperation with Volkswagen. The course takes place at the edges of "
                "the shift and uses situations from production, logistics and occupational "
                "safety. Courses for employees and apprentices start with as few as seven "
                "participants.",
                "Twice a week, 2:30–5 pm, after the early shift",
                "Ask your HR department or register with the provider. An entitlement from BAMF "
                "is required.",
            ),
            "ar": Text(
                "Deutsch 360 Grad: الألمانية المهنية للعاملين والمتدرّبين",
                "دورة ألمانية مهنية إلى جانب العمل، طُوّرت في شبكة ALBuM بالتعاون مع فولكس فاغن.",
                "تحت العلامة «Deutsch 360 Grad» تنظّم شبكة ALBuM دورات لغة مهنية بالتعاون مع "
                "فولكس فاغن. تُعقد الدورة في أطراف أوقات المناوبة، وتستخدم مواقف من الإنتاج "
                "والخدمات اللوجستية والسلامة المهنية. وتبدأ الدورات للعاملين والمتدرّبين بسبعة "
                "مشاركين فقط.",
                "مرتين في الأسبوع، 14:30–17:00، بعد المناوبة الصباحية",
                "اسأل قسم شؤون الموظفين أو سجّل لدى الجهة المقدِّمة. يلزم إذن بالمشاركة من المكتب "
                "الاتحادي للهجرة واللاجئين (BAMF).",
            ),
        },
    ),
    OfferingSeed(
        key="arbeit-und-leben-spezialmodul-a2-b1",
        network="album",
        provider="arbeit-und-leben",
        kind=OfferingKind.LANGUAGE_COURSE,
        source="ds2021",
        provider_assumed=True,
        course_type=CourseType.SPECIAL_A2_B1,
        entry_level="A2",
        target_level="B1",
        fields_of_action=(seeds.FOA_LANGUAGE,),
        target_groups=(seeds.TG_MIGRANTS,),
        age_min=18,
        starts_in_days=35,
        days=7 * 24,
        schedule_form=ScheduleForm.PART_TIME,
        hours_per_week=12,
        place=(H, "Sahlkamp"),
        capacity=22,
        minimum_size=15,
        childcare=True,
        support=("tr", "ru", "uk"),
        project=DEUFOEV_PROJECT,
        programme=seeds.DEUFOEV,
        texts={
            "de": Text(
                "Berufssprachkurs Spezialmodul A2 → B1 im Sahlkamp",
                "Der zweite Anlauf zum Niveau B1: ein Sprachkurs für Arbeit und Ausbildung, im "
                "Stadtteil und mit Kinderbetreuung.",
                "Das Spezialmodul ist für Menschen, die den Integrationskurs mit A2 abgeschlossen "
                "haben. Geübt werden Gespräche am Arbeitsplatz, Telefonate mit Ämtern und "
                "Arbeitgebern und kurze Texte wie E-Mails oder Notizen. Unterstützung gibt es "
                "auf Türkisch, Russisch und Ukrainisch.",
                "Montags, mittwochs und freitags, 9:00–13:00 Uhr",
                ENTITLEMENT_DE,
            ),
            "en": Text(
                "Job-related German special module A2 → B1 in Sahlkamp",
                "A second run at level B1: German for work and training, in the neighbourhood "
                "and with childcare.",
                "The special module is for people who finished the integration course at A2. "
                "You practise conversations at work, phone calls with authorities and employers "
                "and short texts such as e-mails or notes. Support is available in Turkish, "
                "Russian and Ukrainian.",
                "Mondays, Wednesdays and Fridays, 9 am–1 pm",
                ENTITLEMENT_EN,
            ),
            "ar": Text(
                "دورة اللغة الألمانية المهنية – الوحدة الخاصة A2 → B1 في حي Sahlkamp",
                "محاولة ثانية للوصول إلى المستوى B1: الألمانية للعمل والتدريب المهني، في الحي ومع "
                "رعاية الأطفال.",
                "الوحدة الخاصة موجّهة إلى من أنهوا دورة الاندماج بالمستوى A2. يتدرّب المشاركون على "
                "الحديث في مكان العمل، والمكالمات الهاتفية مع الدوائر الرسمية وأصحاب العمل، "
                "والنصوص القصيرة مثل الرسائل الإلكترونية والملاحظات. وتتوفر مساعدة بالتركية "
                "والروسية والأوكرانية.",
                "الاثنين والأربعاء والجمعة، 9:00–13:00",
                ENTITLEMENT_AR,
            ),
        },
    ),
    # --- ALBuM-VIP: Interkulturelle Öffnung im JobCenter und in Jugendberatungsdiensten ------
    OfferingSeed(
        key="bildungsverein-interkulturelles-training",
        network="album",
        provider="bildungsverein",
        kind=OfferingKind.SEMINAR,
        source="pm2012",
        fields_of_action=(seeds.FOA_DIVERSITY,),
        target_groups=(seeds.TG_ADMIN_STAFF,),
        starts_in_days=30,
        days=2,
        schedule_form=ScheduleForm.FULL_TIME,
        hours_per_week=14,
        place=(H, "Calenberger Neustadt"),
        capacity=16,
        minimum_size=8,
        wheelchair_accessible=True,
        texts={
            "de": Text(
                "Interkulturelles Training für Mitarbeitende in Jobcenter und "
                "Jugendberatungsdiensten",
                "Zwei Tage zu Beratung in einer vielfältigen Stadt: Missverständnisse erkennen, "
                "Vertrauen aufbauen, Sprachbarrieren überbrücken.",
                "Das Training entstand im ALBuM-VIP-Teilprojekt „Interkulturelle Öffnung im "
                "JobCenter und in Jugendberatungsdiensten“. Es verbindet Wissen über "
                "Migrationswege und Aufenthaltsfragen mit Übungen aus dem Beratungsalltag: "
                "Gespräche mit Dolmetschenden, Umgang mit Erwartungen und Zuschreibungen, Blick "
                "auf die eigene Organisation.",
                "Zwei aufeinanderfolgende Tage, jeweils 9:00–16:00 Uhr",
                "Anmeldung über die Fortbildungsstelle Ihrer Einrichtung beim Bildungsverein.",
            ),
            "en": Text(
                "Intercultural training for staff of the Jobcenter and youth counselling services",
                "Two days on counselling in a diverse city: recognising misunderstandings, "
                "building trust, bridging language barriers.",
                "The training grew out of the ALBuM-VIP sub-project on the intercultural "
                "opening of the Jobcenter and youth counselling services. It combines knowledge "
                "of migration routes and residence questions with exercises from everyday "
                "counselling: conversations with interpreters, dealing with expectations and "
                "stereotypes, a look at one's own organisation.",
                "Two consecutive days, 9 am–4 pm each",
                "Register through your institution's training office with the Bildungsverein.",
            ),
            "ar": Text(
                "تدريب بين الثقافات للعاملين في الجوب سنتر وخدمات استشارة الشباب",
                "يومان حول الاستشارة في مدينة متنوّعة: التعرّف على سوء الفهم، وبناء الثقة، وتجاوز "
                "الحواجز اللغوية.",
                "نشأ هذا التدريب في المشروع الفرعي من ALBuM-VIP الخاص بالانفتاح بين الثقافات في "
                "الجوب سنتر وخدمات استشارة الشباب. ويجمع بين المعرفة بطرق الهجرة وقضايا الإقامة "
                "وتمارين من العمل الاستشاري اليومي: الحوار بوجود مترجمين، والتعامل مع التوقعات "
                "والأحكام المسبقة، والنظر إلى المؤسسة نفسها.",
                "يومان متتاليان، من 9:00 إلى 16:00 كل يوم",
                "التسجيل عبر قسم التدريب في مؤسستك لدى Bildungsverein.",
            ),
        },
    ),
    OfferingSeed(
        key="bildungsverein-modulreihe-schule-beratung",
        network="album",
        provider="bildungsverein",
        kind=OfferingKind.SEMINAR,
        source="pm2010",
        fields_of_action=(seeds.FOA_DIVERSITY,),
        target_groups=(seeds.TG_ADMIN_STAFF,),
        starts_in_days=60,
        days=7 * 12,
        schedule_form=ScheduleForm.PART_TIME,
        hours_per_week=6,
        place=(H, "Calenberger Neustadt"),
        capacity=18,
        texts={
            "de": Text(
                "Interkulturelle Kompetenz in Verwaltung, Schule und Beratung – Modulreihe",
                "Vier Seminartage, einzeln oder als Reihe buchbar: Kommunikation, "
                "Diskriminierungsschutz, Elternarbeit, Organisationsentwicklung.",
                "Die modular angelegten Seminare fördern die interkulturelle Kompetenz von "
                "Mitarbeitenden in Verwaltungen, Schulen und Beratungseinrichtungen. Jedes Modul "
                "steht für sich; wer alle vier besucht, erhält ein Zertifikat. Fallbeispiele "
                "bringen die Teilnehmenden aus ihrer eigenen Arbeit mit.",
                "Vier Freitage im Abstand von drei Wochen, 9:00–15:00 Uhr",
                "Anmeldung beim Bildungsverein, für einzelne Module oder die ganze Reihe.",
            ),
            "en": Text(
                "Intercultural competence in administration, schools and counselling – module "
                "series",
                "Four seminar days, bookable singly or as a series: communication, protection "
                "against discrimination, working with parents, organisational development.",
                "The modular seminars strengthen the intercultural competence of staff in public "
                "administration, schools and counselling services. Each module stands on its "
                "own; those who attend all four receive a certificate. Participants bring case "
                "studies from their own work.",
                "Four Fridays, three weeks apart, 9 am–3 pm",
                "Register with the Bildungsverein, for single modules or the whole series.",
            ),
            "ar": Text(
                "الكفاءة بين الثقافات في الإدارة والمدرسة والاستشارة – سلسلة وحدات",
                "أربعة أيام تدريبية، يمكن حجزها منفردة أو كسلسلة: التواصل، والحماية من التمييز، "
                "والعمل مع الأهل، والتطوير المؤسسي.",
                "تعزّز الندوات المبنية على وحدات الكفاءةَ بين الثقافات لدى العاملين في الإدارات "
                "والمدارس ومراكز الاستشارة. كل وحدة قائمة بذاتها، ومن يحضر الوحدات الأربع ينال "
                "شهادة. ويحمل المشاركون حالات عملية من عملهم الخاص.",
                "أربعة أيام جمعة بفاصل ثلاثة أسابيع، 9:00–15:00",
                "التسجيل لدى Bildungsverein، لوحدات منفردة أو للسلسلة كاملة.",
            ),
        },
    ),
    # --- ALBuM-VIP: Berufsorientierung und Ausbildung (pupils of grades 8 to 10) ------------
    OfferingSeed(
        key="vnb-berufsparcours",
        network="album",
        provider="vnb",
        kind=OfferingKind.CAREER_ORIENTATION,
        source="pm2012",
        fields_of_action=(seeds.FOA_TRANSITION,),
        target_groups=(seeds.TG_PUPILS,),
        age_min=13,
        age_max=17,
        starts_in_days=25,
        days=1,
        schedule_form=ScheduleForm.FULL_TIME,
        hours_per_week=5,
        place=(H, "Mühlenberg"),
        capacity=60,
        wheelchair_accessible=True,
        texts={
            "de": Text(
                "Berufsparcours: 15 Berufe an einem Vormittag ausprobieren",
                "Für Schulklassen 8 bis 10: an Stationen Handgriffe aus Handwerk, Pflege, Handel "
                "und Büro ausprobieren und mit Auszubildenden sprechen.",
                "Beim Berufsparcours arbeiten die Schülerinnen und Schüler mit und ohne "
                "Migrationsgeschichte in kleinen Gruppen an Stationen: ein Rohr verschrauben, "
                "Blutdruck messen, eine Kasse abrechnen, einen Brief am Computer schreiben. "
                "Betriebe aus dem Stadtteil betreuen die Stationen. Danach wissen die "
                "Jugendlichen, was ihnen liegt – und wen sie für ein Praktikum fragen können.",
                "Ein Vormittag, 8:00–13:00 Uhr; weitere Termine für Schulklassen auf Anfrage",
                "Lehrkräfte melden ihre Klasse beim VNB an.",
            ),
            "en": Text(
                "Career course: try out 15 jobs in one morning",
                "For school years 8 to 10: try out tasks from crafts, care, retail and office "
                "work at stations and talk to apprentices.",
                "In the career course, pupils with and without a migration history work in small "
                "groups at stations: screwing pipes together, measuring blood pressure, cashing "
                "up a till, writing a letter on the computer. Companies from the neighbourhood "
                "run the stations. Afterwards the young people know what suits them – and whom "
                "they can ask about a placement.",
                "One morning, 8 am–1 pm; more dates for school classes on request",
                "Teachers register their class with the VNB.",
            ),
            "ar": Text(
                "مسار المهن: جرّب 15 مهنة في صباح واحد",
                "لطلاب الصفوف من الثامن إلى العاشر: تجربة مهام من الحِرف والتمريض والتجارة والعمل "
                "المكتبي في محطات، والحديث مع متدرّبين مهنيين.",
                "في مسار المهن يعمل التلاميذ، من أصول مهاجرة وغيرها، في مجموعات صغيرة على محطات: "
                "تركيب أنبوب، وقياس ضغط الدم، وإغلاق حساب صندوق المحل، وكتابة رسالة على الحاسوب. "
                "وتشرف على المحطات شركات من الحي. وبعد ذلك يعرف الشباب ما يناسبهم، ومن يمكنهم "
                "سؤاله عن تدريب عملي.",
                "صباح واحد، 8:00–13:00؛ ومواعيد أخرى للصفوف المدرسية عند الطلب",
                "يسجّل المعلّمون صفوفهم لدى VNB.",
            ),
        },
    ),
    OfferingSeed(
        key="arbeit-und-leben-unternehmensplanspiel",
        network="album",
        provider="arbeit-und-leben",
        kind=OfferingKind.CAREER_ORIENTATION,
        source="pm2012",
        fields_of_action=(seeds.FOA_TRANSITION,),
        target_groups=(seeds.TG_PUPILS,),
        age_min=14,
        age_max=17,
        starts_in_days=45,
        days=3,
        schedule_form=ScheduleForm.FULL_TIME,
        hours_per_week=15,
        place=(H, "Linden-Süd"),
        capacity=28,
        texts={
            "de": Text(
                "Unternehmensplanspiel und Betriebssimulation für die Klassen 8 bis 10",
                "Drei Tage eine eigene Firma führen: Aufträge annehmen, produzieren, verkaufen – "
                "und dabei Berufe und Ausbildungswege kennenlernen.",
                "In der Betriebssimulation übernehmen die Jugendlichen Rollen in einem "
                "Unternehmen, von der Geschäftsführung bis zum Lager. Sie erleben, wie Arbeit "
                "organisiert ist, welche Ausbildungsberufe es gibt und was Betriebe von "
                "Bewerberinnen und Bewerbern erwarten. Ein Abschlussgespräch mit Ausbilderinnen "
                "aus der Region gehört dazu.",
                "Drei Schultage, jeweils 8:30–13:30 Uhr",
                "Schulen melden Klassen bei Arbeit und Leben an.",
            ),
            "en": Text(
                "Business game and company simulation for school years 8 to 10",
                "Run your own company for three days: take orders, produce, sell – and get to "
                "know jobs and training routes along the way.",
                "In the company simulation the young people take on roles in a business, from "
                "management to the warehouse. They experience how work is organised, which "
                "apprenticeships exist and what companies expect from applicants. A closing "
                "conversation with trainers from the region is part of it.",
                "Three school days, 8:30 am–1:30 pm each",
                "Schools register classes with Arbeit und Leben.",
            ),
            "ar": Text(
                "لعبة محاكاة الشركات لطلاب الصفوف من الثامن إلى العاشر",
                "إدارة شركة خاصة لمدة ثلاثة أيام: استلام الطلبات، والإنتاج، والبيع، مع التعرّف على "
                "المهن ومسارات التدريب المهني.",
                "في محاكاة الشركة يتولّى الشباب أدوارًا في مؤسسة، من الإدارة حتى المستودع. "
                "ويختبرون كيف يُنظَّم العمل، وما المهن التي يمكن التدرّب عليها، وما الذي تنتظره "
                "الشركات من المتقدّمين. ويشمل البرنامج حوارًا ختاميًا مع مدرّبين مهنيين من المنطقة.",
                "ثلاثة أيام دراسية، 8:30–13:30 كل يوم",
                "تسجّل المدارس صفوفها لدى Arbeit und Leben.",
            ),
        },
    ),
    OfferingSeed(
        key="arbeit-und-leben-ausbildungscoaching",
        network="album",
        provider="arbeit-und-leben",
        kind=OfferingKind.COACHING,
        source="pm2012",
        fields_of_action=(seeds.FOA_TRANSITION,),
        target_groups=(seeds.TG_PUPILS, seeds.TG_YOUTH),
        age_min=14,
        age_max=20,
        schedule_form=ScheduleForm.BY_APPOINTMENT,
        place=(H, "Linden-Süd"),
        support=("tr", "ar"),
        texts={
            "de": Text(
                "Ausbildungscoaching: Begleitung bis zum Ausbildungsvertrag",
                "Eine feste Ansprechperson hilft bei Berufswahl, Bewerbung, Praktikum und den "
                "ersten Monaten in der Ausbildung.",
                "Das Coaching begleitet Jugendliche ab Klasse 8 einzeln: Stärken herausfinden, "
                "passende Betriebe suchen, Bewerbungen schreiben, Vorstellungsgespräche üben. "
                "Auf Wunsch sind Eltern dabei; Gespräche sind auch auf Türkisch und Arabisch "
                "möglich. Nach Ausbildungsbeginn bleibt die Coachin im ersten Halbjahr "
                "erreichbar.",
                "Termine nach Vereinbarung, auch nachmittags nach der Schule",
                "Anmeldung bei Arbeit und Leben, auch über die Schulsozialarbeit.",
            ),
            "en": Text(
                "Apprenticeship coaching: support until the training contract",
                "One contact person helps with choosing a job, applications, placements and the "
                "first months of the apprenticeship.",
                "The coaching supports young people from year 8 individually: finding out their "
                "strengths, looking for suitable companies, writing applications, practising "
                "interviews. Parents can join if wished; conversations are also possible in "
                "Turkish and Arabic. Once the apprenticeship has started, the coach stays "
                "available for the first six months.",
                "By appointment, also in the afternoon after school",
                "Register with Arbeit und Leben, also via the school social workers.",
            ),
            "ar": Text(
                "تدريب مرافِق للتدريب المهني: مرافقة حتى توقيع عقد التدريب",
                "شخص ثابت للتواصل يساعد في اختيار المهنة، وطلبات التوظيف، والتدريب العملي، والأشهر "
                "الأولى من التدريب المهني.",
                "يرافق البرنامج الشباب بشكل فردي ابتداءً من الصف الثامن: اكتشاف نقاط القوة، "
                "والبحث عن شركات مناسبة، وكتابة الطلبات، والتدرّب على المقابلات. ويمكن للأهل "
                "الحضور إن رغبوا، والمحادثات ممكنة أيضًا بالتركية والعربية. وبعد بدء التدريب تبقى "
                "المدرّبة متاحة خلال الأشهر الستة الأولى.",
                "حسب الموعد، وأيضًا بعد الظهر بعد المدرسة",
                "التسجيل لدى Arbeit und Leben، أو عن طريق الأخصائيين الاجتماعيين في المدرسة.",
            ),
        },
    ),
    OfferingSeed(
        key="vnb-interkulturelle-seminarwoche",
        network="album",
        provider="vnb",
        kind=OfferingKind.SEMINAR,
        source="pm2012",
        fields_of_action=(seeds.FOA_TRANSITION, "Dialog und Begegnung"),
        target_groups=(seeds.TG_PUPILS,),
        age_min=13,
        age_max=17,
        starts_in_days=130,
        days=5,
        schedule_form=ScheduleForm.FULL_TIME,
        hours_per_week=30,
        place=(H, "Limmer"),
        capacity=20,
        minimum_size=10,
        texts={
            "de": Text(
                "Interkulturelle Seminarwoche in den Ferien: Meine Zukunft, mein Beruf",
                "Fünf Ferientage mit Workshops, Betriebsbesuchen und Theater – für Jugendliche "
                "der Klassen 8 bis 10 aus verschiedenen Herkunftsländern.",
                "In der Seminarwoche arbeiten Jugendliche mit unterschiedlichen Geschichten "
                "zusammen: Wer bin ich, was kann ich, wohin will ich? Neben Betriebsbesuchen gibt "
                "es Workshops zu Vorurteilen und Zusammenarbeit im Team; am letzten Tag zeigt die "
                "Gruppe ein kurzes Theaterstück. Mittagessen ist inklusive.",
                "Eine Ferienwoche, Montag bis Freitag, 9:00–15:00 Uhr",
                "Anmeldung beim VNB; Eltern unterschreiben die Einverständniserklärung.",
            ),
            "en": Text(
                "Intercultural seminar week in the holidays: my future, my job",
                "Five holiday days with workshops, company visits and theatre – for young people "
                "in years 8 to 10 from different countries of origin.",
                "In the seminar week young people with different stories work together: who am "
                "I, what can I do, where do I want to go? Besides company visits there are "
                "workshops on prejudice and teamwork; on the last day the group performs a short "
                "play. Lunch is included.",
                "One holiday week, Monday to Friday, 9 am–3 pm",
                "Register with the VNB; parents sign the consent form.",
            ),
            "ar": Text(
                "أسبوع ندوات بين الثقافات في العطلة: مستقبلي، مهنتي",
                "خمسة أيام من العطلة مع ورش عمل وزيارات لشركات ومسرح، لشباب الصفوف من الثامن إلى "
                "العاشر من بلدان أصل مختلفة.",
                "في أسبوع الندوات يعمل شباب ذوو قصص مختلفة معًا: من أنا؟ ماذا أستطيع؟ إلى أين أريد "
                "أن أصل؟ وإلى جانب زيارات الشركات هناك ورش عمل حول الأحكام المسبقة والعمل "
                "الجماعي، وفي اليوم الأخير تعرض المجموعة مسرحية قصيرة. الغداء مشمول.",
                "أسبوع في العطلة، من الاثنين إلى الجمعة، 9:00–15:00",
                "التسجيل لدى VNB، ويوقّع الأهل على استمارة الموافقة.",
            ),
        },
    ),
    # --- ALBuM-VIP: Stärkung der Migrantenselbstorganisationen ------------------------------
    OfferingSeed(
        key="amfn-seminarreihe-selbstorganisation",
        network="album",
        provider="amfn",
        kind=OfferingKind.SEMINAR,
        source="pm2012",
        fields_of_action=(seeds.FOA_ORGANISATIONS,),
        target_groups=(seeds.TG_MSO,),
        age_min=18,
        starts_in_days=20,
        days=7 * 10,
        schedule_form=ScheduleForm.WEEKEND,
        hours_per_week=6,
        place=(H, "Nordstadt"),
        capacity=20,
        support=("ar", "tr", "fa"),
        texts={
            "de": Text(
                "Verein stärken: Seminarreihe für Migrantenselbstorganisationen",
                "Satzung, Vorstand, Finanzen, Förderanträge: fünf Samstage für Haupt- und "
                "Ehrenamtliche in Vereinen und Initiativen.",
                "Die Seminarreihe qualifiziert Mitarbeitende und Engagierte von "
                "Migrantenselbstorganisationen und anderen Nichtregierungsorganisationen. "
                "Themen sind Selbstorganisation und Vereinsrecht, Buchführung, Fördermittel, "
                "Öffentlichkeitsarbeit und die Gewinnung neuer Mitglieder. Die Termine liegen am "
                "Wochenende, damit auch Ehrenamtliche teilnehmen können.",
                "Fünf Samstage, 10:00–16:00 Uhr",
                "Anmeldung bei der AMFN; ein Verein kann bis zu drei Personen schicken.",
            ),
            "en": Text(
                "Strengthening associations: seminar series for migrant organisations",
                "Statutes, board, finances, funding applications: five Saturdays for staff and "
                "volunteers in associations and initiatives.",
                "The seminar series trains staff and volunteers of migrant organisations and "
                "other non-governmental organisations. Topics are self-organisation and the law "
                "on associations, bookkeeping, funding, public relations and winning new "
                "members. The dates are at weekends so that volunteers can take part too.",
                "Five Saturdays, 10 am–4 pm",
                "Register with the AMFN; an association can send up to three people.",
            ),
            "ar": Text(
                "تقوية الجمعيات: سلسلة ندوات لمنظمات المهاجرين الذاتية",
                "النظام الأساسي، ومجلس الإدارة، والمالية، وطلبات التمويل: خمسة أيام سبت للعاملين "
                "والمتطوعين في الجمعيات والمبادرات.",
                "تؤهّل سلسلة الندوات العاملين والمتطوعين في منظمات المهاجرين الذاتية وغيرها من "
                "المنظمات غير الحكومية. وتتناول التنظيم الذاتي وقانون الجمعيات، ومسك الدفاتر، "
                "والتمويل، والعلاقات العامة، واستقطاب أعضاء جدد. وتُعقد في عطلة نهاية الأسبوع كي "
                "يتمكّن المتطوعون أيضًا من المشاركة.",
                "خمسة أيام سبت، 10:00–16:00",
                "التسجيل لدى AMFN، ويمكن لكل جمعية إرسال ثلاثة أشخاص كحدّ أقصى.",
            ),
        },
    ),
    OfferingSeed(
        key="arbeit-und-leben-politische-bildung",
        network="album",
        provider="arbeit-und-leben",
        kind=OfferingKind.SEMINAR,
        source="pm2012",
        fields_of_action=(seeds.FOA_CIVIC, seeds.FOA_ORGANISATIONS),
        target_groups=(seeds.TG_MSO,),
        age_min=16,
        starts_in_days=50,
        days=7 * 6,
        schedule_form=ScheduleForm.EVENING,
        hours_per_week=3,
        place=(H, "Linden-Mitte"),
        capacity=20,
        texts={
            "de": Text(
                "Mitreden in der Stadt: Politische Bildung für Engagierte in Vereinen",
                "Wie entscheidet der Rat, wer sitzt im Integrationsbeirat, wie bringt man ein "
                "Anliegen ein? Sechs Abende mit Gästen aus Politik und Verwaltung.",
                "Die Abendreihe richtet sich an Menschen, die sich in Vereinen und Initiativen "
                "für integrationspolitische Themen engagieren. Sie lernen kommunale Gremien und "
                "Beteiligungswege kennen, üben einen Redebeitrag und einen Antrag und besuchen "
                "gemeinsam eine Ratssitzung.",
                "Sechs Mittwochabende, 18:30–21:00 Uhr",
                "Anmeldung bei Arbeit und Leben; die Teilnahme ist kostenlos.",
            ),
            "en": Text(
                "Having a say in the city: civic education for people active in associations",
                "How does the council decide, who sits on the integration advisory board, how do "
                "you raise a concern? Six evenings with guests from politics and administration.",
                "The evening series is for people who work on integration issues in associations "
                "and initiatives. They get to know the municipal bodies and ways of taking part, "
                "practise a speech and a motion and visit a council meeting together.",
                "Six Wednesday evenings, 6:30–9 pm",
                "Register with Arbeit und Leben; taking part is free of charge.",
            ),
            "ar": Text(
                "المشاركة في قرار المدينة: تثقيف سياسي للناشطين في الجمعيات",
                "كيف يتخذ مجلس المدينة قراراته؟ من يجلس في المجلس الاستشاري للاندماج؟ كيف تطرح "
                "قضية ما؟ ستّ أمسيات مع ضيوف من السياسة والإدارة.",
                "سلسلة الأمسيات موجّهة إلى الناشطين في الجمعيات والمبادرات في قضايا سياسات "
                "الاندماج. يتعرّفون على الهيئات البلدية وطرق المشاركة، ويتدرّبون على إلقاء مداخلة "
                "وتقديم اقتراح، ويحضرون معًا جلسة لمجلس المدينة.",
                "ستّ أمسيات أربعاء، 18:30–21:00",
                "التسجيل لدى Arbeit und Leben، والمشاركة مجانية.",
            ),
        },
    ),
    OfferingSeed(
        key="vnb-e-learning-vereinsarbeit",
        network="album",
        provider="vnb",
        kind=OfferingKind.SEMINAR,
        source="pm2012",
        fields_of_action=(seeds.FOA_ORGANISATIONS,),
        target_groups=(seeds.TG_MSO,),
        age_min=16,
        starts_in_days=15,
        days=7 * 4,
        schedule_form=ScheduleForm.EVENING,
        hours_per_week=2,
        is_online=True,
        capacity=30,
        texts={
            "de": Text(
                "E-Learning-Plattformen für die Vereinsarbeit (online)",
                "Vier Online-Abende: Lernplattformen, Videokonferenzen und gemeinsame Dokumente "
                "sicher und datensparsam im Verein nutzen.",
                "Viele Vereine arbeiten mit Ehrenamtlichen, die sich selten alle treffen können. "
                "Der Kurs zeigt, wie eine Lernplattform eingerichtet wird, wie Schulungen online "
                "gelingen und worauf beim Datenschutz zu achten ist. Sie brauchen einen Computer "
                "oder ein Tablet mit Kamera und Mikrofon.",
                "Vier Dienstagabende, 19:00–20:30 Uhr",
                "Anmeldung beim VNB; den Zugang erhalten Sie vor dem ersten Termin.",
            ),
            "en": Text(
                "E-learning platforms for work in associations (online)",
                "Four online evenings: using learning platforms, video conferences and shared "
                "documents safely and sparingly with data in an association.",
                "Many associations work with volunteers who can rarely all meet. The course "
                "shows how to set up a learning platform, how training works online and what to "
                "watch for in data protection. You need a computer or tablet with camera and "
                "microphone.",
                "Four Tuesday evenings, 7–8:30 pm",
                "Register with the VNB; you receive the access details before the first session.",
            ),
            "ar": Text(
                "منصات التعلّم الإلكتروني لعمل الجمعيات (عبر الإنترنت)",
                "أربع أمسيات عبر الإنترنت: استخدام منصات التعلّم ومؤتمرات الفيديو والمستندات "
                "المشتركة في الجمعية بأمان ومع أقل قدر من البيانات.",
                "تعمل جمعيات كثيرة مع متطوعين نادرًا ما يجتمعون كلّهم. تبيّن الدورة كيف تُجهَّز "
                "منصة تعلّم، وكيف تنجح التدريبات عبر الإنترنت، وما الذي يجب مراعاته في حماية "
                "البيانات. تحتاج إلى حاسوب أو جهاز لوحي مزوّد بكاميرا وميكروفون.",
                "أربع أمسيات ثلاثاء، 19:00–20:30",
                "التسجيل لدى VNB، وتحصل على بيانات الدخول قبل الموعد الأول.",
            ),
        },
    ),
    OfferingSeed(
        key="amfn-organisationsberatung",
        network="album",
        provider="amfn",
        kind=OfferingKind.COUNSELLING,
        source="pm2012",
        fields_of_action=(seeds.FOA_ORGANISATIONS,),
        target_groups=(seeds.TG_MSO,),
        schedule_form=ScheduleForm.BY_APPOINTMENT,
        place=(H, "Nordstadt"),
        support=("ar", "tr", "fa", "ru"),
        texts={
            "de": Text(
                "Organisationsberatung für Migrantenorganisationen",
                "Einzelberatung für Vereine: Gründung, Gemeinnützigkeit, Förderanträge, "
                "Kooperationen mit Schulen und Verwaltung.",
                "Die Beratung kommt auf Wunsch in den Verein und begleitet über mehrere Termine, "
                "etwa bei der Gründung, beim ersten Förderantrag oder bei der Suche nach "
                "Kooperationspartnern. Beratung ist auch auf Arabisch, Türkisch, Farsi und "
                "Russisch möglich.",
                "Termine nach Vereinbarung",
                "Schreiben Sie der AMFN, worum es geht; wir melden uns für einen Termin.",
            ),
            "en": Text(
                "Organisational advice for migrant organisations",
                "Individual advice for associations: founding, charitable status, funding "
                "applications, cooperation with schools and administration.",
                "On request the advisers come to the association and support it over several "
                "meetings, for instance when founding it, with its first funding application or "
                "when looking for partners. Advice is also available in Arabic, Turkish, Farsi "
                "and Russian.",
                "By appointment",
                "Tell the AMFN what it is about; we will get back to you with an appointment.",
            ),
            "ar": Text(
                "استشارات تنظيمية لمنظمات المهاجرين",
                "استشارة فردية للجمعيات: التأسيس، وصفة النفع العام، وطلبات التمويل، والتعاون مع "
                "المدارس والإدارة.",
                "يأتي المستشارون عند الطلب إلى الجمعية ويرافقونها على مدى عدة مواعيد، مثلًا عند "
                "التأسيس أو عند تقديم أول طلب تمويل أو عند البحث عن شركاء. والاستشارة ممكنة أيضًا "
                "بالعربية والتركية والفارسية والروسية.",
                "حسب الموعد",
                "اكتب إلى AMFN بموضوع استفسارك، وسنتواصل معك لتحديد موعد.",
            ),
        },
    ),
    # --- ALBuM-VIP: Stadtteilorientiertes Übergangsmanagement (young people 15 to 25) --------
    OfferingSeed(
        key="kargah-lernfoerderung",
        network="album",
        provider="kargah",
        kind=OfferingKind.LEARNING_SUPPORT,
        source="pm2012",
        fields_of_action=(seeds.FOA_TRANSITION, seeds.FOA_LANGUAGE),
        target_groups=(seeds.TG_YOUTH,),
        age_min=15,
        age_max=25,
        schedule_form=ScheduleForm.PART_TIME,
        hours_per_week=6,
        place=(H, "Linden-Nord"),
        capacity=15,
        support=("fa", "prs", "ar"),
        texts={
            "de": Text(
                "Lernförderung und Hausaufgabenhilfe für Jugendliche",
                "Für Jugendliche von 15 bis 25: Unterstützung in Deutsch, Mathe und Englisch, "
                "bei Hausaufgaben und bei der Vorbereitung auf Prüfungen.",
                "In kleinen Gruppen lernen Jugendliche mit Schülerinnen, Studierenden und "
                "Fachkräften von kargah. Wer neu in Deutschland ist, bekommt Hilfe auch auf "
                "Farsi, Dari und Arabisch. Die Lernförderung ist Teil des stadtteilorientierten "
                "Übergangsmanagements: Wer möchte, bekommt zusätzlich eine individuelle "
                "Betreuung auf dem Weg in Ausbildung oder Beruf.",
                "Montags, mittwochs und donnerstags, 15:00–17:00 Uhr",
                "Kommen Sie zu einem Kennenlerngespräch vorbei; danach vereinbaren wir feste "
                "Lernzeiten.",
            ),
            "en": Text(
                "Learning support and homework help for young people",
                "For young people aged 15 to 25: help with German, maths and English, with "
                "homework and preparing for exams.",
                "Young people learn in small groups with pupils, students and kargah's staff. "
                "Newcomers to Germany also get help in Farsi, Dari and Arabic. The learning "
                "support is part of the neighbourhood-based transition management: anyone who "
                "wishes also gets individual support on the way into training or work.",
                "Mondays, Wednesdays and Thursdays, 3–5 pm",
                "Drop in for a first conversation; after that we agree fixed learning times.",
            ),
            "ar": Text(
                "دعم تعليمي ومساعدة في الواجبات المدرسية للشباب",
                "للشباب من 15 إلى 25 عامًا: مساعدة في الألمانية والرياضيات والإنجليزية، وفي "
                "الواجبات والاستعداد للامتحانات.",
                "يتعلّم الشباب في مجموعات صغيرة مع تلاميذ وطلاب جامعيين ومختصين من kargah. ومن "
                "وصل حديثًا إلى ألمانيا يحصل على المساعدة أيضًا بالفارسية والدارية والعربية. "
                "والدعم التعليمي جزء من إدارة الانتقال في الحي: ومن يرغب يحصل إضافة إلى ذلك على "
                "مرافقة فردية في طريقه إلى التدريب المهني أو العمل.",
                "الاثنين والأربعاء والخميس، 15:00–17:00",
                "تعال إلى لقاء تعارف، وبعده نتفق على أوقات تعلّم ثابتة.",
            ),
            "de-simple": Text(
                "Hilfe beim Lernen für Jugendliche",
                "Du bist zwischen 15 und 25 Jahre alt? Du brauchst Hilfe in der Schule? Wir "
                "helfen dir.",
                "Du lernst in einer kleinen Gruppe. Wir helfen bei Deutsch, Mathe und Englisch. "
                "Wir helfen bei den Haus-Aufgaben. Und wir helfen dir bei Prüfungen. Wir sprechen "
                "auch Farsi, Dari und Arabisch. Wir helfen dir auch: Welcher Beruf passt zu dir?",
                "Montag, Mittwoch und Donnerstag von 15 bis 17 Uhr",
                "Komm vorbei. Wir lernen uns kennen. Dann machen wir feste Zeiten aus.",
            ),
        },
    ),
    OfferingSeed(
        key="kargah-alleinerziehende-muetter",
        network="album",
        provider="kargah",
        kind=OfferingKind.COUNSELLING,
        source="pm2012",
        fields_of_action=(seeds.FOA_TRANSITION, "Ankommen im Alltag"),
        target_groups=(seeds.TG_SINGLE_MOTHERS, seeds.TG_PARENTS),
        schedule_form=ScheduleForm.BY_APPOINTMENT,
        place=(H, "Linden-Nord"),
        childcare=True,
        support=("fa", "prs", "ar", "ku"),
        texts={
            "de": Text(
                "Beratung und Gruppe für alleinerziehende Mütter",
                "Beruf, Kinderbetreuung, Geld und Behörden: Beratung und ein monatliches Treffen "
                "für alleinerziehende Mütter, mit Kinderbetreuung.",
                "Alleinerziehende Mütter bekommen Unterstützung bei der Suche nach einem "
                "Sprachkurs, einer Ausbildung in Teilzeit oder einem Kita-Platz und bei Anträgen "
                "an Jobcenter und Familienkasse. Einmal im Monat trifft sich die Gruppe zum "
                "Austausch; die Kinder spielen in der Zeit nebenan. Beratung auf Farsi, Dari, "
                "Arabisch und Kurdisch.",
                "Beratung nach Vereinbarung; Gruppentreffen am ersten Freitag im Monat, "
                "10:00–12:00 Uhr",
                "Rufen Sie bei kargah an oder kommen Sie zum Gruppentreffen.",
            ),
            "en": Text(
                "Advice and group for single mothers",
                "Work, childcare, money and authorities: advice and a monthly meeting for single "
                "mothers, with childcare.",
                "Single mothers get support in finding a language course, part-time vocational "
                "training or a day-care place, and with applications to the Jobcenter and the "
                "family benefits office. Once a month the group meets to share experiences; the "
                "children play next door meanwhile. Advice in Farsi, Dari, Arabic and Kurdish.",
                "Advice by appointment; group meeting on the first Friday of the month, 10 am–12 "
                "noon",
                "Call kargah or come to the group meeting.",
            ),
            "ar": Text(
                "استشارة ومجموعة للأمهات العازبات",
                "العمل ورعاية الأطفال والمال والدوائر الرسمية: استشارة ولقاء شهري للأمهات "
                "العازبات، مع رعاية الأطفال.",
                "تحصل الأمهات العازبات على دعم في البحث عن دورة لغة أو تدريب مهني بدوام جزئي أو "
                "مكان في الحضانة، وفي الطلبات المقدّمة إلى الجوب سنتر وصندوق الإعانات العائلية. "
                "وتلتقي المجموعة مرة في الشهر لتبادل الخبرات، بينما يلعب الأطفال في الغرفة "
                "المجاورة. الاستشارة بالفارسية والدارية والعربية والكردية.",
                "الاستشارة حسب الموعد؛ ولقاء المجموعة يوم الجمعة الأول من كل شهر، 10:00–12:00",
                "اتصلي بـ kargah أو تعالي إلى لقاء المجموعة.",
            ),
            "de-simple": Text(
                "Hilfe für Mütter ohne Partner",
                "Sie sind allein mit Ihren Kindern? Wir beraten Sie. Ihre Kinder können mitkommen.",
                "Wir helfen Ihnen: Sie suchen einen Sprach-Kurs. Oder eine Arbeit. Oder einen "
                "Platz in der Kita. Wir helfen bei Briefen vom Jobcenter. Einmal im Monat "
                "treffen sich Mütter. Sie können sich dort austauschen. Wir sprechen auch Farsi, "
                "Dari, Arabisch und Kurdisch.",
                "Beratung: Sie machen einen Termin aus. Treffen: am 1. Freitag im Monat von 10 "
                "bis 12 Uhr.",
                "Rufen Sie bei kargah an. Oder kommen Sie zum Treffen.",
            ),
        },
    ),
    OfferingSeed(
        key="kargah-sprachferien-familien",
        network="album",
        provider="kargah",
        kind=OfferingKind.LANGUAGE_COURSE,
        source="pm2012",
        course_type=CourseType.OTHER,
        entry_level="A1",
        target_level="A2",
        fields_of_action=(seeds.FOA_LANGUAGE, "Dialog und Begegnung"),
        target_groups=(seeds.TG_PARENTS, seeds.TG_YOUTH),
        starts_in_days=220,
        days=10,
        schedule_form=ScheduleForm.FULL_TIME,
        hours_per_week=25,
        place=(H, "Linden-Nord"),
        capacity=30,
        childcare=True,
        support=("fa", "ar"),
        texts={
            "de": Text(
                "Sprachferien für Migrantenfamilien",
                "Zwei Wochen in den Sommerferien: Deutsch lernen mit der ganzen Familie, mit "
                "Ausflügen in die Stadt und in die Natur.",
                "Eltern lernen vormittags Deutsch für den Alltag, die Kinder spielen, basteln und "
                "lesen in eigenen Gruppen. Nachmittags ist die ganze Familie unterwegs: "
                "Stadtbibliothek, Zoo, Herrenhäuser Gärten, ein Tag am See. So üben alle Deutsch "
                "dort, wo sie es brauchen. Mittagessen und Fahrkarten sind inklusive.",
                "Zwei Wochen in den Sommerferien, Montag bis Freitag, 9:30–15:00 Uhr",
                "Melden Sie die ganze Familie bei kargah an; die Plätze werden in der Reihenfolge "
                "der Anmeldung vergeben.",
            ),
            "en": Text(
                "Language holidays for migrant families",
                "Two weeks in the summer holidays: learning German with the whole family, with "
                "trips into the city and into nature.",
                "Parents learn everyday German in the mornings while children play, make things "
                "and read in their own groups. In the afternoons the whole family goes out: the "
                "city library, the zoo, the Herrenhausen Gardens, a day at the lake. That way "
                "everyone practises German where they need it. Lunch and tickets are included.",
                "Two weeks in the summer holidays, Monday to Friday, 9:30 am–3 pm",
                "Register the whole family with kargah; places are given in order of registration.",
            ),
            "ar": Text(
                "عطلة لغوية للعائلات المهاجرة",
                "أسبوعان في العطلة الصيفية: تعلّم الألمانية مع العائلة كلها، مع رحلات في المدينة "
                "وإلى الطبيعة.",
                "يتعلّم الأهل صباحًا الألمانية للحياة اليومية، بينما يلعب الأطفال ويصنعون أشياء "
                "ويقرؤون في مجموعاتهم. وبعد الظهر تخرج العائلة كلها: مكتبة المدينة، وحديقة "
                "الحيوان، وحدائق Herrenhausen، ويوم عند البحيرة. وهكذا يتدرّب الجميع على الألمانية "
                "حيث يحتاجونها. الغداء والتذاكر مشمولة.",
                "أسبوعان في العطلة الصيفية، من الاثنين إلى الجمعة، 9:30–15:00",
                "سجّلوا العائلة كلها لدى kargah، وتوزَّع الأماكن بحسب ترتيب التسجيل.",
            ),
        },
    ),
    OfferingSeed(
        key="can-arkadas-pc-schulung",
        network="album",
        provider="can-arkadas",
        kind=OfferingKind.LEARNING_SUPPORT,
        source="pm2012",
        fields_of_action=(seeds.FOA_TRANSITION,),
        target_groups=(seeds.TG_YOUTH, seeds.TG_PARENTS),
        age_min=15,
        starts_in_days=28,
        days=7 * 8,
        schedule_form=ScheduleForm.EVENING,
        hours_per_week=3,
        place=(H, "Vahrenwald"),
        capacity=12,
        support=("tr",),
        texts={
            "de": Text(
                "PC-Schulung für Jugendliche und Eltern",
                "Acht Abende am Computer: Textverarbeitung, Tabellen, sicher im Internet, "
                "Bewerbung per E-Mail.",
                "Jugendliche und ihre Eltern lernen gemeinsam oder in getrennten Gruppen die "
                "Grundlagen am PC. Im Mittelpunkt stehen Dinge, die für Schule, Ausbildung und "
                "Beruf gebraucht werden: ein Lebenslauf, eine Bewerbung per E-Mail, ein Online-"
                "Formular. Erklärungen gibt es auf Deutsch und Türkisch.",
                "Dienstags, 18:00–21:00 Uhr, acht Wochen lang",
                "Anmeldung bei Can Arkadaş; bitte sagen Sie, ob Sie allein oder mit Ihrem Kind "
                "kommen.",
            ),
            "en": Text(
                "Computer training for young people and parents",
                "Eight evenings at the computer: word processing, spreadsheets, staying safe on "
                "the internet, applying by e-mail.",
                "Young people and their parents learn computer basics together or in separate "
                "groups. The focus is on what school, training and work require: a CV, an "
                "application by e-mail, an online form. Explanations are given in German and "
                "Turkish.",
                "Tuesdays, 6–9 pm, for eight weeks",
                "Register with Can Arkadaş; please say whether you come alone or with your child.",
            ),
            "ar": Text(
                "تدريب على الحاسوب للشباب والأهل",
                "ثماني أمسيات على الحاسوب: معالجة النصوص، والجداول، والأمان على الإنترنت، وتقديم "
                "الطلبات بالبريد الإلكتروني.",
                "يتعلّم الشباب وأهلهم أساسيات الحاسوب معًا أو في مجموعات منفصلة. ويتركّز التعلّم "
                "على ما تحتاجه المدرسة والتدريب المهني والعمل: سيرة ذاتية، وطلب توظيف بالبريد "
                "الإلكتروني، واستمارة إلكترونية. الشرح بالألمانية والتركية.",
                "كل ثلاثاء، 18:00–21:00، لمدة ثمانية أسابيع",
                "التسجيل لدى Can Arkadaş، ويُرجى ذكر ما إذا كنت ستأتي وحدك أو مع طفلك.",
            ),
        },
    ),
    OfferingSeed(
        key="can-arkadas-schreibwerkstatt",
        network="album",
        provider="can-arkadas",
        kind=OfferingKind.CULTURE_AND_MEETING,
        source="pm2012",
        fields_of_action=("Kulturelle Bildung", seeds.FOA_LANGUAGE),
        target_groups=(seeds.TG_YOUTH,),
        age_min=15,
        age_max=25,
        starts_in_days=14,
        days=7 * 12,
        schedule_form=ScheduleForm.PART_TIME,
        hours_per_week=2,
        place=(H, "Vahrenwald"),
        capacity=14,
        texts={
            "de": Text(
                "Schreibwerkstatt: Meine Geschichte, meine Worte",
                "Für junge Menschen, die schreiben wollen – Gedichte, Rap-Texte, Geschichten, "
                "Bewerbungen. Am Ende steht eine Lesung.",
                "In der Schreibwerkstatt probieren Jugendliche verschiedene Textformen aus und "
                "bekommen Rückmeldung von einer Autorin. Mehrsprachige Texte sind ausdrücklich "
                "willkommen. Nebenbei wird die Sprache sicherer – auch für Schule und "
                "Bewerbungen. Zum Abschluss lesen alle im Stadtteil vor Publikum.",
                "Donnerstags, 16:30–18:30 Uhr",
                "Einfach zum ersten Termin kommen; ein Heft und Lust aufs Schreiben reichen.",
            ),
            "en": Text(
                "Writing workshop: my story, my words",
                "For young people who want to write – poems, rap lyrics, stories, applications. "
                "It ends with a public reading.",
                "In the writing workshop young people try out different kinds of text and get "
                "feedback from an author. Texts in several languages are explicitly welcome. "
                "Along the way their German becomes more confident – for school and "
                "applications too. At the end everyone reads to an audience in the "
                "neighbourhood.",
                "Thursdays, 4:30–6:30 pm",
                "Just come to the first session; a notebook and a wish to write are enough.",
            ),
            "ar": Text(
                "ورشة كتابة: قصتي، كلماتي",
                "للشباب الذين يريدون الكتابة: قصائد، ونصوص راب، وقصص، وطلبات توظيف. وفي الختام "
                "أمسية قراءة.",
                "في ورشة الكتابة يجرّب الشباب أشكالًا مختلفة من النصوص، ويحصلون على ملاحظات من "
                "كاتبة. والنصوص متعددة اللغات مرحَّب بها صراحة. وفي أثناء ذلك تصبح اللغة أكثر ثقة، "
                "للمدرسة ولطلبات التوظيف أيضًا. وفي الختام يقرأ الجميع أمام جمهور في الحي.",
                "كل خميس، 16:30–18:30",
                "تعال ببساطة إلى الموعد الأول؛ يكفي دفتر ورغبة في الكتابة.",
            ),
        },
    ),
    OfferingSeed(
        key="arbeit-und-leben-hauptschulabschluss",
        network="album",
        provider="arbeit-und-leben",
        kind=OfferingKind.LEARNING_SUPPORT,
        source="pm2012",
        fields_of_action=(seeds.FOA_TRANSITION,),
        target_groups=(seeds.TG_YOUTH,),
        age_min=16,
        age_max=25,
        starts_in_days=90,
        days=7 * 42,
        schedule_form=ScheduleForm.FULL_TIME,
        hours_per_week=25,
        place=(H, "Linden-Süd"),
        capacity=18,
        minimum_size=10,
        texts={
            "de": Text(
                "Hauptschulabschluss nachholen",
                "In zehn Monaten zum Hauptschulabschluss – mit Praktikum, Bewerbungstraining und "
                "Begleitung in die Ausbildung.",
                "Der Kurs bereitet junge Menschen ohne Schulabschluss auf die externe Prüfung "
                "zum Hauptschulabschluss vor: Deutsch, Mathematik, Englisch und "
                "Gesellschaftslehre. Ein Betriebspraktikum und Kurse „Berufe in der Praxis“ "
                "gehören dazu. Auch wer in einem anderen Land zur Schule gegangen ist, ist "
                "willkommen; Deutsch auf dem Niveau A2 wird vorausgesetzt.",
                "Montag bis Freitag, 8:30–13:30 Uhr",
                "Kommen Sie zu einem Beratungsgespräch zu Arbeit und Leben; bringen Sie "
                "vorhandene Zeugnisse mit.",
            ),
            "en": Text(
                "Catching up on the lower secondary school certificate (Hauptschulabschluss)",
                "Ten months to the Hauptschulabschluss – with a placement, application training "
                "and support into an apprenticeship.",
                "The course prepares young people without a school-leaving certificate for the "
                "external Hauptschulabschluss exam: German, maths, English and social studies. "
                "A company placement and courses on 'jobs in practice' are part of it. Those who "
                "went to school in another country are welcome too; German at level A2 is "
                "required.",
                "Monday to Friday, 8:30 am–1:30 pm",
                "Come to an advice meeting at Arbeit und Leben; bring any school reports you have.",
            ),
            "ar": Text(
                "الحصول على شهادة المدرسة الأساسية (Hauptschulabschluss)",
                "عشرة أشهر حتى شهادة Hauptschulabschluss، مع تدريب عملي وتدريب على طلبات التوظيف "
                "ومرافقة نحو التدريب المهني.",
                "تُعدّ الدورة الشباب الذين لا يحملون شهادة مدرسية لامتحان Hauptschulabschluss "
                "الخارجي: الألمانية، والرياضيات، والإنجليزية، والعلوم الاجتماعية. ويشمل البرنامج "
                "تدريبًا عمليًا في شركة ودورات «المهن في الممارسة». ومن درس في بلد آخر مرحَّب به "
                "أيضًا، ويُشترط مستوى A2 في الألمانية.",
                "من الاثنين إلى الجمعة، 8:30–13:30",
                "تعال إلى جلسة استشارة لدى Arbeit und Leben، وأحضر ما لديك من شهادات مدرسية.",
            ),
        },
    ),
    OfferingSeed(
        key="kargah-berufliche-einstiegskompetenz",
        network="album",
        provider="kargah",
        kind=OfferingKind.VOCATIONAL_QUALIFICATION,
        source="pm2012",
        fields_of_action=(seeds.FOA_TRANSITION,),
        target_groups=(seeds.TG_YOUTH,),
        age_min=18,
        age_max=25,
        starts_in_days=63,
        days=7 * 20,
        schedule_form=ScheduleForm.FULL_TIME,
        hours_per_week=30,
        place=(H, "Linden-Nord"),
        capacity=16,
        minimum_size=8,
        support=("fa", "ar"),
        texts={
            "de": Text(
                "Berufliche Einstiegskompetenz: in fünf Monaten fit für Ausbildung und Arbeit",
                "Mehrmonatige Qualifizierung für junge Erwachsene: Grundlagen in Lager, Küche und "
                "Büro, Deutsch für den Beruf und zwei Praktika.",
                "Die Qualifizierung verbindet Praxis in Werkstatt und Lehrküche mit Unterricht in "
                "berufsbezogenem Deutsch, Rechnen und Arbeitsrecht. In zwei Praktika in Betrieben "
                "aus dem Stadtteil zeigen die Teilnehmenden, was sie können. Am Ende stehen ein "
                "Zertifikat, ein Ausbildungs- oder Arbeitsplatzangebot als Ziel und eine "
                "Begleitung in den ersten Wochen danach.",
                "Montag bis Freitag, 8:00–14:00 Uhr",
                "Melden Sie sich bei kargah; die Kosten übernimmt in der Regel das Jobcenter "
                "über einen Bildungsgutschein.",
            ),
            "en": Text(
                "Vocational entry skills: ready for training and work in five months",
                "A qualification over several months for young adults: basics in warehouse, "
                "kitchen and office work, German for work and two placements.",
                "The qualification combines practice in the workshop and training kitchen with "
                "lessons in job-related German, arithmetic and employment law. In two placements "
                "with companies from the neighbourhood the participants show what they can do. "
                "It ends with a certificate, the aim of an apprenticeship or job offer, and "
                "support during the first weeks afterwards.",
                "Monday to Friday, 8 am–2 pm",
                "Register with kargah; the costs are usually covered by the Jobcenter with an "
                "education voucher.",
            ),
            "ar": Text(
                "كفاءات الدخول المهني: جاهز للتدريب المهني والعمل خلال خمسة أشهر",
                "تأهيل لعدة أشهر للشباب البالغين: أساسيات العمل في المستودع والمطبخ والمكتب، "
                "والألمانية المهنية، وتدريبان عمليان.",
                "يجمع التأهيل بين التطبيق العملي في الورشة ومطبخ التدريب ودروس في الألمانية "
                "المهنية والحساب وقانون العمل. وفي تدريبين عمليين لدى شركات من الحي يُظهر "
                "المشاركون ما يستطيعون. وفي النهاية شهادة، وهدفٌ هو الحصول على عرض تدريب مهني أو "
                "عمل، ومرافقة خلال الأسابيع الأولى بعد ذلك.",
                "من الاثنين إلى الجمعة، 8:00–14:00",
                "سجّل لدى kargah، وعادةً يتحمّل الجوب سنتر التكاليف بقسيمة تعليم.",
            ),
        },
    ),
    OfferingSeed(
        key="arbeit-und-leben-berufe-in-der-praxis",
        network="album",
        provider="arbeit-und-leben",
        kind=OfferingKind.CAREER_ORIENTATION,
        source="pm2012",
        fields_of_action=(seeds.FOA_TRANSITION,),
        target_groups=(seeds.TG_YOUTH, seeds.TG_COMPANIES),
        age_min=15,
        age_max=25,
        starts_in_days=35,
        days=7 * 6,
        schedule_form=ScheduleForm.PART_TIME,
        hours_per_week=8,
        place=(H, "Ricklingen"),
        capacity=12,
        texts={
            "de": Text(
                "Berufe in der Praxis: Handwerk, Pflege und Handel kennenlernen",
                "Sechs Wochen, drei Berufsfelder, echte Betriebe: Jugendliche arbeiten in "
                "Kleinstbetrieben im Stadtteil mit.",
                "Jeweils zwei Wochen lang verbringen die Teilnehmenden zwei Tage pro Woche in "
                "einem kleinen Betrieb – einer Tischlerei, einem Pflegedienst, einem "
                "Lebensmittelgeschäft. Begleitend gibt es Gruppentreffen, in denen Erfahrungen "
                "besprochen und Bewerbungen vorbereitet werden. Für Betriebe ist das eine "
                "Gelegenheit, künftige Auszubildende kennenzulernen.",
                "Dienstags und donnerstags, 8:00–12:00 Uhr",
                "Anmeldung bei Arbeit und Leben; Betriebe, die mitmachen wollen, melden sich "
                "ebenfalls dort.",
            ),
            "en": Text(
                "Jobs in practice: getting to know crafts, care and retail",
                "Six weeks, three fields of work, real companies: young people work alongside "
                "staff in micro-businesses in the neighbourhood.",
                "For two weeks each, participants spend two days a week in a small business – a "
                "joinery, a care service, a grocery shop. Group meetings alongside discuss the "
                "experiences and prepare applications. For companies it is a chance to meet "
                "future apprentices.",
                "Tuesdays and Thursdays, 8 am–12 noon",
                "Register with Arbeit und Leben; companies who want to take part also contact "
                "them there.",
            ),
            "ar": Text(
                "المهن في الممارسة: التعرّف على الحِرف والتمريض والتجارة",
                "ستة أسابيع، وثلاثة مجالات مهنية، وشركات حقيقية: يعمل الشباب في منشآت صغيرة جدًا "
                "في الحي.",
                "يقضي المشاركون يومين في الأسبوع، لمدة أسبوعين في كل مجال، في منشأة صغيرة: ورشة "
                "نجارة، أو خدمة رعاية، أو متجر مواد غذائية. وتُرافق ذلك لقاءات جماعية لمناقشة "
                "التجارب وتحضير طلبات التوظيف. وهي فرصة للمنشآت للتعرّف على متدرّبين مستقبليين.",
                "الثلاثاء والخميس، 8:00–12:00",
                "التسجيل لدى Arbeit und Leben، ويمكن للمنشآت الراغبة في المشاركة التواصل معهم "
                "هناك أيضًا.",
            ),
        },
    ),
    # --- Bildungsberatung im Stadtteil (2010: outreach offers into the education system) -------
    OfferingSeed(
        key="amfn-bildungsberatung-stadtteil",
        network="album",
        provider="amfn",
        kind=OfferingKind.COUNSELLING,
        source="pm2010",
        fields_of_action=(seeds.FOA_LANGUAGE, "Ankommen im Alltag"),
        target_groups=(seeds.TG_MIGRANTS, seeds.TG_PARENTS),
        schedule_form=ScheduleForm.PART_TIME,
        hours_per_week=3,
        place=(H, "Sahlkamp"),
        support=("ar", "tr", "ru", "uk", "fa"),
        texts={
            "de": Text(
                "Bildungsberatung im Stadtteil: Wege in Schule, Ausbildung und Weiterbildung",
                "Offene Sprechstunde im Sahlkamp: Welcher Kurs, welche Schule, welcher Abschluss "
                "passt? Beratung in vielen Sprachen.",
                "Die Beraterinnen kennen die Angebote der Partner im Netzwerk ALBuM und "
                "darüber hinaus: Sprachkurse, Schulabschlüsse für Erwachsene, Anerkennung, "
                "Ausbildung in Teilzeit. Sie helfen, den nächsten Schritt zu finden, und "
                "begleiten auf Wunsch zum ersten Termin. Beratung auch auf Arabisch, Türkisch, "
                "Russisch, Ukrainisch und Farsi.",
                "Offene Sprechstunde mittwochs, 14:00–17:00 Uhr; weitere Termine nach Vereinbarung",
                "Keine Anmeldung nötig: Kommen Sie in die Sprechstunde.",
            ),
            "en": Text(
                "Education advice in the neighbourhood: routes into school, training and further "
                "education",
                "Drop-in advice in Sahlkamp: which course, which school, which qualification "
                "fits? Advice in many languages.",
                "The advisers know the offers of the ALBuM network's partners and beyond: "
                "language courses, school qualifications for adults, recognition, part-time "
                "vocational training. They help find the next step and, if wished, accompany you "
                "to the first appointment. Advice also in Arabic, Turkish, Russian, Ukrainian and "
                "Farsi.",
                "Drop-in hours on Wednesdays, 2–5 pm; other times by appointment",
                "No need to register: come to the drop-in hours.",
            ),
            "ar": Text(
                "استشارات تعليمية في الحي: طرق إلى المدرسة والتدريب المهني والتعليم المستمر",
                "ساعات استشارة مفتوحة في حي Sahlkamp: أي دورة، وأي مدرسة، وأي شهادة تناسبك؟ "
                "استشارة بلغات كثيرة.",
                "تعرف المستشارات عروض شركاء شبكة ALBuM وغيرها: دورات اللغة، والشهادات المدرسية "
                "للبالغين، والاعتراف بالشهادات، والتدريب المهني بدوام جزئي. ويساعدن في إيجاد "
                "الخطوة التالية، ويرافقن عند الرغبة إلى الموعد الأول. الاستشارة أيضًا بالعربية "
                "والتركية والروسية والأوكرانية والفارسية.",
                "ساعات مفتوحة كل أربعاء، 14:00–17:00؛ ومواعيد أخرى بالاتفاق",
                "لا حاجة إلى التسجيل: تعال في ساعات الاستشارة.",
            ),
            "de-simple": Text(
                "Beratung: Welche Schule oder welcher Kurs passt zu mir?",
                "Sie wollen etwas lernen? Oder einen Abschluss machen? Wir beraten Sie. Wir "
                "sprechen viele Sprachen.",
                "Wir kennen viele Kurse. Zum Beispiel: Sprach-Kurse. Kurse für einen Schul-"
                "Abschluss. Eine Ausbildung. Wir sagen Ihnen: Was ist der nächste Schritt? Wir "
                "können auch mit Ihnen zu einem Termin gehen. Wir sprechen Arabisch, Türkisch, "
                "Russisch, Ukrainisch und Farsi.",
                "Jeden Mittwoch von 14 bis 17 Uhr. Andere Termine können Sie ausmachen.",
                "Sie müssen sich nicht anmelden. Kommen Sie einfach am Mittwoch.",
            ),
        },
    ),
    # --- ALBuM-VIP: Diversity Management in der Ausbildung; 2021: Diversity Netzwerk ---------
    OfferingSeed(
        key="vhs-diversity-management-ausbildung",
        network="album",
        provider="vhs-hannover",
        kind=OfferingKind.COUNSELLING,
        source="pm2012",
        fields_of_action=(seeds.FOA_DIVERSITY, seeds.FOA_TRANSITION),
        target_groups=(seeds.TG_COMPANIES,),
        schedule_form=ScheduleForm.BY_APPOINTMENT,
        place=(H, "Mitte"),
        texts={
            "de": Text(
                "Diversity Management in der Ausbildung: Beratung und Qualifizierung für Betriebe",
                "Für Ausbildungsbetriebe: mehr Bewerbungen von jungen Menschen mit "
                "Migrationsgeschichte, faire Auswahl, gutes Ankommen im Betrieb.",
                "Betriebe erhalten Begleitung, Beratung und Qualifizierung, um ihr Diversity "
                "Management vor allem im Ausbildungsbereich zu verbessern: Stellenanzeigen, "
                "Auswahlverfahren, Ausbildende als Mentorinnen, Umgang mit Sprache im Betrieb. "
                "Die Beratung kommt in den Betrieb; kurze Schulungen für Ausbilderinnen und "
                "Ausbilder sind möglich.",
                "Termine nach Vereinbarung",
                "Betriebe wenden sich an die Volkshochschule, Fachbereich berufliche Bildung.",
            ),
            "en": Text(
                "Diversity management in vocational training: advice and training for companies",
                "For training companies: more applications from young people with a migration "
                "history, fair selection, a good start in the company.",
                "Companies receive support, advice and training to improve their diversity "
                "management, above all in vocational training: job adverts, selection "
                "procedures, trainers as mentors, dealing with language at work. The advisers "
                "come to the company; short courses for trainers are possible.",
                "By appointment",
                "Companies contact the adult-education centre's vocational training department.",
            ),
            "ar": Text(
                "إدارة التنوّع في التدريب المهني: استشارة وتأهيل للشركات",
                "لشركات التدريب المهني: مزيد من طلبات الشباب ذوي الأصول المهاجرة، واختيار عادل، "
                "وبداية جيدة في الشركة.",
                "تحصل الشركات على مرافقة واستشارة وتأهيل لتحسين إدارة التنوّع لديها، ولا سيما في "
                "مجال التدريب المهني: إعلانات الوظائف، وإجراءات الاختيار، والمدرّبون بوصفهم "
                "مرشدين، والتعامل مع اللغة في مكان العمل. يأتي المستشارون إلى الشركة، ويمكن "
                "تنظيم تدريبات قصيرة للمدرّبين المهنيين.",
                "حسب الموعد",
                "تتواصل الشركات مع قسم التعليم المهني في الجامعة الشعبية (VHS).",
            ),
        },
    ),
    OfferingSeed(
        key="album-diversity-netzwerk",
        network="album",
        provider="album-office",
        kind=OfferingKind.CULTURE_AND_MEETING,
        source="ds2021",
        fields_of_action=(seeds.FOA_DIVERSITY, "Dialog und Begegnung"),
        target_groups=(seeds.TG_COMPANIES,),
        starts_in_days=75,
        days=1,
        schedule_form=ScheduleForm.EVENING,
        hours_per_week=3,
        place=(H, "Mitte"),
        capacity=40,
        wheelchair_accessible=True,
        texts={
            "de": Text(
                "Diversity Netzwerk: Treffen für Personal- und Ausbildungsverantwortliche",
                "Zwei- bis viermal im Jahr: ein Forum für Unternehmen zu Vielfalt in Ausbildung "
                "und Personalarbeit.",
                "Das Diversity Netzwerk bietet Personal- und Ausbildungsverantwortlichen aus "
                "Unternehmen ein Forum zum Dialog. Jedes Treffen hat ein Thema – etwa Ausbildung "
                "von Geflüchteten, Sprache am Arbeitsplatz oder religiöse Vielfalt im Betrieb – "
                "mit einem kurzen Impuls und viel Zeit für den Austausch.",
                "Nächstes Treffen an einem Donnerstag, 17:00–20:00 Uhr; zwei bis vier Treffen im "
                "Jahr",
                "Anmeldung bei der Koordinierungsstelle ALBuM.",
            ),
            "en": Text(
                "Diversity network: meetings for HR and training managers",
                "Two to four times a year: a forum for companies on diversity in vocational "
                "training and HR.",
                "The diversity network offers HR and training managers from companies a forum "
                "for dialogue. Each meeting has a topic – such as training refugees, language at "
                "work or religious diversity in the company – with a short input and plenty of "
                "time for exchange.",
                "Next meeting on a Thursday, 5–8 pm; two to four meetings a year",
                "Register with the ALBuM coordination office.",
            ),
            "ar": Text(
                "شبكة التنوّع: لقاءات لمسؤولي شؤون الموظفين والتدريب المهني",
                "من مرتين إلى أربع مرات في السنة: منتدى للشركات حول التنوّع في التدريب المهني "
                "وشؤون الموظفين.",
                "تقدّم شبكة التنوّع لمسؤولي شؤون الموظفين والتدريب المهني في الشركات منتدى للحوار. "
                "لكل لقاء موضوع، مثل تدريب اللاجئين، أو اللغة في مكان العمل، أو التنوّع الديني في "
                "الشركة، مع مداخلة قصيرة ووقت واسع لتبادل الخبرات.",
                "اللقاء القادم يوم خميس، 17:00–20:00؛ من لقاءين إلى أربعة لقاءات في السنة",
                "التسجيل لدى مكتب تنسيق ALBuM.",
            ),
        },
    ),
    OfferingSeed(
        key="album-blickwechsel",
        network="album",
        provider="album-office",
        kind=OfferingKind.CULTURE_AND_MEETING,
        source="ds2021",
        fields_of_action=("Dialog und Begegnung", seeds.FOA_CIVIC),
        target_groups=(seeds.TG_MULTIPLIERS, seeds.TG_MIGRANTS),
        starts_in_days=160,
        days=1,
        schedule_form=ScheduleForm.PART_TIME,
        hours_per_week=4,
        place=(H, "Mitte"),
        capacity=120,
        wheelchair_accessible=True,
        texts={
            "de": Text(
                "Blickwechsel – das jährliche Forum des Netzwerks ALBuM",
                "Ein aktuelles gesellschaftspolitisches Thema, aus verschiedenen Blickwinkeln "
                "beleuchtet: Vorträge, Gespräche, Begegnung. Eintritt frei.",
                "Einmal im Jahr lädt das Netzwerk ALBuM zum „Blickwechsel“ ein. Menschen mit und "
                "ohne Migrationsgeschichte, aus Vereinen, Verwaltung, Politik und Wirtschaft "
                "diskutieren ein Thema, das die Stadt bewegt. Gebärdensprach- und "
                "Schriftdolmetschung können bei der Anmeldung gewünscht werden.",
                "Einmal im Jahr, nachmittags 14:00–18:00 Uhr",
                "Anmeldung bei der Koordinierungsstelle ALBuM; bitte nennen Sie Wünsche zur "
                "Dolmetschung.",
            ),
            "en": Text(
                "Blickwechsel – the ALBuM network's annual forum",
                "A current social and political topic seen from different angles: talks, "
                "discussions, encounters. Free admission.",
                "Once a year the ALBuM network invites people to “Blickwechsel” (change of "
                "perspective). People with and without a migration history, from associations, "
                "administration, politics and business discuss a topic that concerns the city. "
                "Sign-language and speech-to-text interpreting can be requested when "
                "registering.",
                "Once a year, in the afternoon, 2–6 pm",
                "Register with the ALBuM coordination office; please mention any interpreting "
                "needs.",
            ),
            "ar": Text(
                "Blickwechsel – المنتدى السنوي لشبكة ALBuM",
                "موضوع اجتماعي وسياسي راهن يُنظر إليه من زوايا مختلفة: محاضرات، وحوارات، ولقاءات. "
                "الدخول مجاني.",
                "مرة في السنة تدعو شبكة ALBuM إلى «Blickwechsel» (تبادل وجهات النظر). يناقش أشخاص "
                "من أصول مهاجرة وغيرها، من الجمعيات والإدارة والسياسة والاقتصاد، موضوعًا يشغل "
                "المدينة. ويمكن طلب ترجمة بلغة الإشارة أو ترجمة نصية فورية عند التسجيل.",
                "مرة في السنة، بعد الظهر 14:00–18:00",
                "التسجيل لدى مكتب تنسيق ALBuM، ويُرجى ذكر أي احتياجات للترجمة.",
            ),
        },
    ),
    OfferingSeed(
        key="album-wir-leben-in-hannover",
        network="album",
        provider="album-office",
        kind=OfferingKind.CULTURE_AND_MEETING,
        source="ds2021",
        fields_of_action=("Kulturelle Teilhabe", "Kulturelle Bildung", "Dialog und Begegnung"),
        target_groups=(seeds.TG_MIGRANTS,),
        starts_in_days=10,
        days=7 * 16,
        schedule_form=ScheduleForm.WEEKEND,
        hours_per_week=3,
        place=(H, "Linden-Mitte"),
        capacity=25,
        texts={
            "de": Text(
                "Wir leben in Hannover: Kultur und Begegnung im Stadtteil nach dem Sprachkurs",
                "Für Absolventinnen und Absolventen berufsbezogener Sprachkurse: Theater, "
                "Museum, Chor oder Stadtteilgarten – gemeinsam mit Nachbarinnen und Nachbarn.",
                "Mikroprojekte der Programmlinie „Wir leben in Hannover“ führen Menschen nach "
                "ihrem Sprachkurs in kulturelle Bildungs- und Begegnungsangebote in ihrem "
                "Wohnstadtteil. Dort treffen sie Menschen mit anderer Herkunft und Geschichte, "
                "aber ähnlichen Interessen. Das Programm entsteht in Kooperation mit dem "
                "Fachbereich Kultur und Kultureinrichtungen der Stadt.",
                "Samstags, 14:00–17:00 Uhr, im Wechsel an verschiedenen Orten",
                "Fragen Sie in Ihrem Sprachkurs nach oder melden Sie sich bei der "
                "Koordinierungsstelle ALBuM.",
            ),
            "en": Text(
                "We live in Hannover: culture and encounters in the neighbourhood after the "
                "language course",
                "For graduates of job-related language courses: theatre, museum, choir or "
                "community garden – together with neighbours.",
                "Micro-projects of the programme line “Wir leben in Hannover” lead people after "
                "their language course into cultural education and meeting offers in the "
                "neighbourhood where they live. There they meet people of different origins and "
                "histories but similar interests. The programme is run in cooperation with the "
                "city's culture department and cultural institutions.",
                "Saturdays, 2–5 pm, at changing places",
                "Ask in your language course or contact the ALBuM coordination office.",
            ),
            "ar": Text(
                "نحن نعيش في هانوفر: ثقافة ولقاءات في الحي بعد دورة اللغة",
                "لخرّيجي دورات اللغة المهنية: مسرح، أو متحف، أو جوقة، أو حديقة حيّ، مع الجيران.",
                "تقود المشاريع الصغيرة ضمن برنامج «Wir leben in Hannover» المشاركين بعد دورة "
                "اللغة إلى عروض التعليم الثقافي واللقاء في الحي الذي يسكنون فيه. وهناك يلتقون "
                "بأشخاص من أصول وتجارب مختلفة لكن باهتمامات مشابهة. ويُنفَّذ البرنامج بالتعاون مع "
                "إدارة الثقافة في المدينة ومؤسساتها الثقافية.",
                "كل سبت، 14:00–17:00، في أماكن متغيّرة",
                "اسأل في دورة اللغة التي تحضرها أو تواصل مع مكتب تنسيق ALBuM.",
            ),
        },
    ),
)

MR = "Marburg"
FOA_WORK_MR = "(Aus-)Bildung und Integration in den Arbeitsmarkt"
FOA_INFO_MR = "Information und Vermittlung im Bildungsbereich"

MARBURG_OFFERINGS = (
    OfferingSeed(
        key="jmd-marburg-beratung",
        network="marburg",
        provider="ib-jmd",
        kind=OfferingKind.COUNSELLING,
        source="marburg2013",
        fields_of_action=(FOA_WORK_MR, FOA_INFO_MR),
        target_groups=("Junge Migrantinnen und Migranten",),
        age_min=12,
        age_max=27,
        schedule_form=ScheduleForm.BY_APPOINTMENT,
        at_provider=True,
        texts={
            "de": Text(
                "Jugendmigrationsdienst: Beratung für junge Menschen von 12 bis 27 Jahren",
                "Schule, Ausbildung, Studium, Arbeit: Der Jugendmigrationsdienst berät junge "
                "Migrantinnen und Migranten und begleitet sie auf ihrem Weg.",
                "Für die berufliche Zukunft junger Migrantinnen und Migranten ist eine gute "
                "Ausbildung wichtig. Der Jugendmigrationsdienst beim Internationalen Bund berät "
                "zu Schulabschlüssen, Anerkennung, Sprachkursen, Ausbildung und Studium, hilft "
                "bei Bewerbungen und vermittelt an Fachstellen. Die Beratung ist kostenlos und "
                "vertraulich.",
                "Termine nach Vereinbarung",
                "Vereinbaren Sie einen Termin beim Internationalen Bund in der Biegenstraße 3.",
            ),
            "en": Text(
                "Youth migration service: advice for young people aged 12 to 27",
                "School, training, university, work: the youth migration service advises young "
                "migrants and accompanies them on their way.",
                "A good education matters for the working future of young migrants. The youth "
                "migration service at the Internationaler Bund advises on school "
                "qualifications, recognition, language courses, vocational training and "
                "university, helps with applications and refers to specialist services. Advice "
                "is free and confidential.",
                "By appointment",
                "Make an appointment at the Internationaler Bund, Biegenstraße 3.",
            ),
            "ar": Text(
                "خدمة هجرة الشباب: استشارات للشباب من 12 إلى 27 عامًا",
                "المدرسة، والتدريب المهني، والدراسة الجامعية، والعمل: تقدّم خدمة هجرة الشباب "
                "الاستشارة للشباب المهاجرين وترافقهم في طريقهم.",
                "التعليم الجيد مهم لمستقبل الشباب المهاجرين المهني. تقدّم خدمة هجرة الشباب لدى "
                "Internationaler Bund الاستشارة حول الشهادات المدرسية، والاعتراف بالشهادات، "
                "ودورات اللغة، والتدريب المهني، والدراسة الجامعية، وتساعد في طلبات التوظيف وتحيل "
                "إلى الجهات المتخصصة. الاستشارة مجانية وسرية.",
                "حسب الموعد",
                "احجز موعدًا لدى Internationaler Bund في شارع Biegenstraße 3.",
            ),
            "de-simple": Text(
                "Beratung für junge Menschen von 12 bis 27 Jahren",
                "Du bist jung und neu in Deutschland? Du hast Fragen zu Schule oder Arbeit? Wir "
                "beraten dich.",
                "Wir helfen dir bei Fragen zur Schule. Zur Ausbildung. Zum Studium. Zur Arbeit. "
                "Wir helfen bei der Bewerbung. Die Beratung kostet nichts. Wir erzählen "
                "niemandem, was du sagst.",
                "Du machst einen Termin aus.",
                "Mach einen Termin beim Internationalen Bund. Die Adresse ist: Biegenstraße 3.",
            ),
        },
    ),
    OfferingSeed(
        key="marburg-bildungsbeauftragte-eltern",
        network="marburg",
        provider="ib-jmd",
        kind=OfferingKind.COUNSELLING,
        source="marburg2013",
        fields_of_action=(FOA_INFO_MR,),
        target_groups=("Eltern mit Migrationshintergrund",),
        schedule_form=ScheduleForm.PART_TIME,
        hours_per_week=2,
        place=(MR, "Richtsberg"),
        support=("ar", "tr", "ru", "fa"),
        texts={
            "de": Text(
                "Bildungsberatung für Eltern mit den Bildungsbeauftragten",
                "Geschulte Bildungsbeauftragte aus Migrantenorganisationen erklären Eltern das "
                "Schul- und Ausbildungssystem und begleiten zur Bildungsberatung.",
                "Im Projekt „Mit MigrantInnen für MigrantInnen“ wurden Migrantinnen und "
                "Migranten als Bildungsbeauftragte geschult. Sie machen Eltern mit "
                "Migrationshintergrund die Bildungsberatungsstellen bekannt, beantworten erste "
                "Fragen in der Sprache der Familie und gehen auf Wunsch mit zum Termin. Der "
                "Arbeitskreis „Gemeinsam Chancen schaffen“ stellt das Angebot mit Flyern und "
                "Plakaten vor.",
                "Sprechstunde im Stadtteil dienstags, 16:00–18:00 Uhr",
                "Keine Anmeldung nötig; Termine in anderen Stadtteilen über den "
                "Jugendmigrationsdienst.",
            ),
            "en": Text(
                "Education advice for parents with the education mentors",
                "Trained education mentors from migrant organisations explain the school and "
                "training system to parents and accompany them to education advice services.",
                "In the project “Mit MigrantInnen für MigrantInnen” migrants were trained as "
                "education mentors (Bildungsbeauftragte). They make education advice services "
                "known to parents with a migration history, answer first questions in the "
                "family's language and, if wished, go along to the appointment. The working "
                "group “Gemeinsam Chancen schaffen” presents the offer with flyers and posters.",
                "Neighbourhood drop-in hours on Tuesdays, 4–6 pm",
                "No need to register; appointments in other districts via the youth migration "
                "service.",
            ),
            "ar": Text(
                "استشارات تعليمية للأهل مع مندوبي التعليم",
                "يشرح مندوبو تعليم مدرَّبون من منظمات المهاجرين للأهل النظام المدرسي ونظام "
                "التدريب المهني، ويرافقونهم إلى مراكز الاستشارة التعليمية.",
                "في مشروع «Mit MigrantInnen für MigrantInnen» دُرِّب مهاجرون ومهاجرات ليصبحوا "
                "مندوبي تعليم. يعرّفون الأهل من أصول مهاجرة بمراكز الاستشارة التعليمية، ويجيبون عن "
                "الأسئلة الأولى بلغة العائلة، ويرافقونهم إلى الموعد عند الرغبة. ويعرّف فريق العمل "
                "«Gemeinsam Chancen schaffen» بهذا العرض من خلال المنشورات والملصقات.",
                "ساعات مفتوحة في الحي كل ثلاثاء، 16:00–18:00",
                "لا حاجة إلى التسجيل؛ والمواعيد في أحياء أخرى عبر خدمة هجرة الشباب.",
            ),
        },
    ),
    OfferingSeed(
        key="marburg-arbeitskreis-treffen",
        network="marburg",
        provider="ib-jmd",
        kind=OfferingKind.CULTURE_AND_MEETING,
        source="marburg2013",
        fields_of_action=(FOA_WORK_MR, FOA_INFO_MR),
        target_groups=("Migrantenorganisationen",),
        schedule_form=ScheduleForm.EVENING,
        hours_per_week=2,
        at_provider=True,
        texts={
            "de": Text(
                "Offenes Treffen des interkulturellen Arbeitskreises „Gemeinsam Chancen schaffen“",
                "Migrantenorganisationen, Stadt, Landkreis und Ausländerbeirat planen gemeinsam, "
                "wie Bildungs- und Berufschancen von Migrantinnen und Migranten besser werden.",
                "Der Arbeitskreis ist die gemeinsame Plattform der Migrantenorganisationen in "
                "der Region Marburg-Biedenkopf. Er wird vom Internationalen Bund / "
                "Jugendmigrationsdienst in Kooperation mit dem Büro für Integration des "
                "Landkreises und mit Unterstützung durch den Ausländerbeirat koordiniert. "
                "Interessierte Migrantenorganisationen sind herzlich eingeladen, sich zu "
                "beteiligen.",
                "Regelmäßig dienstags, 18:00–20:00 Uhr, beim Internationalen Bund",
                "Keine Anmeldung nötig; neue Organisationen stellen sich beim ersten Besuch kurz "
                "vor.",
            ),
            "en": Text(
                "Open meeting of the intercultural working group “Gemeinsam Chancen schaffen”",
                "Migrant organisations, city, district and the foreigners' advisory council plan "
                "together how to improve migrants' chances in education and work.",
                "The working group is the shared platform of the migrant organisations in the "
                "Marburg-Biedenkopf region. It is coordinated by the Internationaler Bund / youth "
                "migration service in cooperation with the district's integration office and "
                "with the support of the foreigners' advisory council. Interested migrant "
                "organisations are warmly invited to take part.",
                "Regularly on Tuesdays, 6–8 pm, at the Internationaler Bund",
                "No need to register; new organisations briefly introduce themselves at their "
                "first visit.",
            ),
            "ar": Text(
                "لقاء مفتوح لفريق العمل بين الثقافات «Gemeinsam Chancen schaffen»",
                "تخطّط منظمات المهاجرين والمدينة والمقاطعة ومجلس الأجانب معًا لتحسين فرص المهاجرين "
                "في التعليم والعمل.",
                "فريق العمل هو المنصة المشتركة لمنظمات المهاجرين في منطقة Marburg-Biedenkopf. "
                "وينسّقه Internationaler Bund / خدمة هجرة الشباب بالتعاون مع مكتب الاندماج في "
                "المقاطعة وبدعم من مجلس الأجانب. ومنظمات المهاجرين المهتمة مدعوة بحرارة إلى "
                "المشاركة.",
                "بانتظام كل ثلاثاء، 18:00–20:00، لدى Internationaler Bund",
                "لا حاجة إلى التسجيل، وتعرّف المنظمات الجديدة بنفسها باختصار في زيارتها الأولى.",
            ),
        },
    ),
    OfferingSeed(
        key="marburg-infoabend-ausbildung",
        network="marburg",
        provider="buero-integration-mr",
        kind=OfferingKind.SEMINAR,
        source="marburg2013",
        fields_of_action=(FOA_WORK_MR, FOA_INFO_MR),
        target_groups=("Eltern mit Migrationshintergrund", "Junge Migrantinnen und Migranten"),
        starts_in_days=48,
        days=1,
        schedule_form=ScheduleForm.EVENING,
        hours_per_week=2,
        place=("Stadtallendorf", "Stadtallendorf"),
        capacity=50,
        childcare=True,
        support=("tr", "ar", "ru"),
        texts={
            "de": Text(
                "Informationsabend: Ausbildung in Deutschland – für Jugendliche und ihre Eltern",
                "Wie funktioniert die duale Ausbildung, was verdient man, welche Schulabschlüsse "
                "braucht es? Ein Abend mit Betrieben und Beratungsstellen aus dem Landkreis.",
                "Der Abend erklärt Jugendlichen und Eltern das Ausbildungssystem und stellt "
                "Ansprechpersonen aus Betrieben, Berufsberatung und Jugendmigrationsdienst vor. "
                "Bildungsbeauftragte aus Migrantenorganisationen übersetzen ins Türkische, "
                "Arabische und Russische. Für Kinder gibt es eine Spielecke mit Betreuung.",
                "Ein Abend, 18:00–20:00 Uhr",
                "Anmeldung beim Büro für Integration des Landkreises; spontane Gäste sind "
                "willkommen.",
            ),
            "en": Text(
                "Information evening: vocational training in Germany – for young people and "
                "their parents",
                "How does dual vocational training work, what do apprentices earn, which school "
                "qualifications are needed? An evening with companies and advice services from "
                "the district.",
                "The evening explains the training system to young people and parents and "
                "introduces contacts from companies, careers guidance and the youth migration "
                "service. Education mentors from migrant organisations interpret into Turkish, "
                "Arabic and Russian. There is a supervised play corner for children.",
                "One evening, 6–8 pm",
                "Register with the district's integration office; spontaneous guests are welcome.",
            ),
            "ar": Text(
                "أمسية إعلامية: التدريب المهني في ألمانيا للشباب وأهلهم",
                "كيف يعمل التدريب المهني المزدوج؟ كم يكسب المتدرّب؟ ما الشهادات المدرسية "
                "المطلوبة؟ أمسية مع شركات ومراكز استشارة من المقاطعة.",
                "تشرح الأمسية للشباب والأهل نظام التدريب المهني، وتعرّفهم بأشخاص للتواصل من "
                "الشركات والإرشاد المهني وخدمة هجرة الشباب. ويترجم مندوبو تعليم من منظمات "
                "المهاجرين إلى التركية والعربية والروسية. وهناك ركن لعب للأطفال مع إشراف.",
                "أمسية واحدة، 18:00–20:00",
                "التسجيل لدى مكتب الاندماج في المقاطعة، والضيوف دون تسجيل مسبق مرحَّب بهم.",
            ),
        },
    ),
)

B = "Berlin"
KOMMUNE = seeds.KOMMUNE_TITLE
VIA_REGISTRATION = {
    "de": "Anmeldung bei VIA Berlin/Brandenburg e.V., Projekt „Kommune interkulturell“; die "
    "Ansprechpartnerin ist Maria Oikonomidou.",
    "en": "Register with VIA Berlin/Brandenburg e.V., project “Kommune interkulturell”; the "
    "contact person is Maria Oikonomidou.",
    "ar": "التسجيل لدى VIA Berlin/Brandenburg e.V.، مشروع «Kommune interkulturell»؛ والشخص "
    "المسؤول عن التواصل هو ماريا أويكونوميدو.",
}


def _via(key, kind, texts, **options) -> OfferingSeed:
    """An offering of VIA's IQ project: its contact person, project and programme."""
    defaults = {
        "network": "iq-berlin",
        "provider": "via",
        "source": "via",
        "fields_of_action": (seeds.IQ_FOCUS_3,),
        "contact": "Oikonomidou",
        "project": KOMMUNE,
        "programme": seeds.IQ,
    }
    texts = {
        language: Text(*fields, registration_note=VIA_REGISTRATION[language])
        for language, fields in texts.items()
    }
    return OfferingSeed(key=key, kind=kind, texts=texts, **{**defaults, **options})


BERLIN_OFFERINGS = (
    _via(
        "via-qualifizierung-arbeitsmarktberatung",
        OfferingKind.SEMINAR,
        target_groups=(seeds.TG_MO_MEMBERS,),
        starts_in_days=24,
        days=7 * 6,
        schedule_form=ScheduleForm.WEEKEND,
        hours_per_week=6,
        at_provider=True,
        capacity=18,
        texts={
            "de": (
                "Qualifizierungsseminar: Arbeitsmarktberatung in Migrantenorganisationen",
                "Für haupt- und ehrenamtliche Beraterinnen und Berater in Berliner MO: "
                "Grundlagen der Beratung zu Arbeit, Anerkennung und Weiterbildung.",
                "Viele Migrantenorganisationen beraten Menschen auf dem Weg in Arbeit – oft "
                "ehrenamtlich. Das Seminar vermittelt rechtliche Grundlagen, die Angebote von "
                "Jobcenter, Arbeitsagentur und IQ-Beratungsstellen und Methoden der "
                "Beratungsgespräche. Es dient der Professionalisierung der Arbeit der MO und "
                "ihrer Anerkennung als Arbeitsmarktakteure.",
                "Drei Samstage, 10:00–16:00 Uhr",
            ),
            "en": (
                "Training seminar: labour-market counselling in migrant organisations",
                "For paid and volunteer counsellors in Berlin's migrant organisations: basics of "
                "advice on work, recognition and further training.",
                "Many migrant organisations advise people on their way into work – often as "
                "volunteers. The seminar covers the legal basics, the services of the Jobcenter, "
                "the employment agency and IQ advice centres, and methods for counselling "
                "conversations. It serves the professionalisation of the organisations' work "
                "and their recognition as labour-market actors.",
                "Three Saturdays, 10 am–4 pm",
            ),
            "ar": (
                "ندوة تأهيلية: استشارات سوق العمل في منظمات المهاجرين",
                "للمستشارين العاملين والمتطوعين في منظمات المهاجرين في برلين: أسس الاستشارة حول "
                "العمل والاعتراف بالشهادات والتدريب المستمر.",
                "تقدّم منظمات مهاجرين كثيرة الاستشارة لأشخاص في طريقهم إلى العمل، وغالبًا بشكل "
                "تطوعي. تتناول الندوة الأسس القانونية، وخدمات الجوب سنتر ووكالة العمل ومراكز "
                "استشارة IQ، وأساليب إجراء المحادثات الاستشارية. وتهدف إلى إضفاء الطابع المهني على "
                "عمل هذه المنظمات والاعتراف بها فاعلًا في سوق العمل.",
                "ثلاثة أيام سبت، 10:00–16:00",
            ),
        },
    ),
    _via(
        "via-ikoe-bezirksverwaltung",
        OfferingKind.SEMINAR,
        target_groups=(seeds.TG_MUNICIPAL,),
        starts_in_days=38,
        days=1,
        schedule_form=ScheduleForm.FULL_TIME,
        hours_per_week=7,
        place=(B, "Neukölln"),
        capacity=20,
        texts={
            "de": (
                "Interkulturelle Öffnung in der Bezirksverwaltung: Seminar für Mitarbeitende",
                "Ein Tag für Fachverwaltungen und Bürgerämter: Willkommenskultur im Alltag der "
                "Verwaltung, mit Beispielen aus der Zusammenarbeit mit MO.",
                "Das Seminar unterstützt bezirkliche Verwaltungen bei der interkulturellen "
                "Öffnung. Mitarbeitende lernen Migrantenorganisationen als Partner kennen, "
                "reflektieren Zugänge und Hürden ihrer Angebote und entwickeln erste Schritte "
                "für eine bezirkliche Willkommensstruktur.",
                "Ein Tag, 9:00–16:00 Uhr",
            ),
            "en": (
                "Intercultural opening of district administrations: seminar for staff",
                "One day for specialist departments and citizens' offices: a culture of welcome "
                "in everyday administration, with examples of cooperation with migrant "
                "organisations.",
                "The seminar supports district administrations in their intercultural opening. "
                "Staff get to know migrant organisations as partners, reflect on access to and "
                "barriers in their services and develop first steps towards a district welcome "
                "structure.",
                "One day, 9 am–4 pm",
            ),
            "ar": (
                "الانفتاح بين الثقافات في إدارة الدائرة البلدية: ندوة للعاملين",
                "يوم للإدارات المتخصصة ومكاتب خدمة المواطنين: ثقافة الترحيب في العمل الإداري "
                "اليومي، مع أمثلة من التعاون مع منظمات المهاجرين.",
                "تدعم الندوة إدارات الدوائر البلدية في الانفتاح بين الثقافات. يتعرّف العاملون على "
                "منظمات المهاجرين بوصفها شريكة، ويتأمّلون سُبل الوصول إلى خدماتهم والعقبات التي "
                "تعترضها، ويضعون خطوات أولى نحو بنية ترحيب في الدائرة.",
                "يوم واحد، 9:00–16:00",
            ),
        },
    ),
    _via(
        "via-fachtag-mo-arbeitsmarkt",
        OfferingKind.SEMINAR,
        target_groups=(seeds.TG_MO_MEMBERS, seeds.TG_MUNICIPAL, seeds.TG_SPECIALIST),
        starts_in_days=95,
        days=1,
        schedule_form=ScheduleForm.FULL_TIME,
        hours_per_week=6,
        place=(B, "Moabit"),
        capacity=100,
        wheelchair_accessible=True,
        texts={
            "de": (
                "Fachtag: Migrantenorganisationen als Arbeitsmarktakteure im Bezirk",
                "MO, Bezirksverwaltungen, Wirtschaftsbündnisse und Fachdienste an einem Tisch: "
                "Beispiele gelungener Zusammenarbeit und neue Vorhaben.",
                "Der Fachtag bündelt Potenziale und Erfahrungen von MO und vermittelt sie an "
                "kommunale Akteure. In Foren berichten MO, Fachdienste und bezirkliche "
                "Fachverwaltungen von gemeinsamen Projekten in der beruflichen Orientierung, "
                "Beratung und Weiterbildung erwachsener Migrantinnen, Migranten und Geflüchteter.",
                "Ein Tag, 9:30–15:30 Uhr",
            ),
            "en": (
                "Conference day: migrant organisations as labour-market actors in the district",
                "Migrant organisations, district administrations, business alliances and "
                "specialist services at one table: examples of successful cooperation and new "
                "plans.",
                "The conference day brings together the potential and experience of migrant "
                "organisations and passes it on to municipal actors. In forums, organisations, "
                "specialist services and district departments report on joint projects in "
                "career orientation, counselling and further training of adult migrants and "
                "refugees.",
                "One day, 9:30 am–3:30 pm",
            ),
            "ar": (
                "يوم متخصص: منظمات المهاجرين فاعلًا في سوق العمل في الدائرة البلدية",
                "منظمات المهاجرين وإدارات الدوائر وتحالفات الاقتصاد والخدمات المتخصصة على طاولة "
                "واحدة: أمثلة على تعاون ناجح وخطط جديدة.",
                "يجمع اليوم المتخصص طاقات منظمات المهاجرين وخبراتها وينقلها إلى الجهات البلدية. "
                "وفي منتديات تعرض المنظمات والخدمات المتخصصة وإدارات الدوائر مشاريع مشتركة في "
                "التوجيه المهني والاستشارة والتدريب المستمر للمهاجرين واللاجئين البالغين.",
                "يوم واحد، 9:30–15:30",
            ),
        },
    ),
    _via(
        "via-werkstattgespraech-willkommensstruktur",
        OfferingKind.SEMINAR,
        target_groups=(seeds.TG_MUNICIPAL, seeds.TG_MO_MEMBERS),
        starts_in_days=62,
        days=1,
        schedule_form=ScheduleForm.PART_TIME,
        hours_per_week=3,
        at_provider=True,
        capacity=25,
        texts={
            "de": (
                "Werkstattgespräch: Eine bezirkliche Willkommensstruktur aufbauen",
                "Wie finden Neuzugewanderte im Bezirk die richtige Stelle? Ein Arbeitsgespräch "
                "für Verwaltung und MO mit konkreten Ergebnissen.",
                "Im Werkstattgespräch arbeiten Mitarbeitende aus Bezirksverwaltungen und "
                "Vertreterinnen und Vertreter von MO an einer Frage: Wie wird aus vielen "
                "einzelnen Angeboten eine effiziente bezirkliche Willkommensstruktur? "
                "Ergebnisse werden dokumentiert und in die Fachrunden getragen.",
                "Ein Nachmittag, 14:00–17:00 Uhr",
            ),
            "en": (
                "Workshop talk: building a district welcome structure",
                "How do newcomers find the right office in the district? A working discussion "
                "for administration and migrant organisations with concrete results.",
                "In the workshop talk, staff of district administrations and representatives of "
                "migrant organisations work on one question: how can many single services "
                "become an efficient district welcome structure? Results are documented and "
                "taken into the thematic rounds.",
                "One afternoon, 2–5 pm",
            ),
            "ar": (
                "حوار ورشة عمل: بناء بنية ترحيب في الدائرة البلدية",
                "كيف يجد القادمون الجدد الجهة المناسبة في الدائرة؟ نقاش عمل للإدارة ومنظمات "
                "المهاجرين بنتائج ملموسة.",
                "في حوار الورشة يعمل موظفون من إدارات الدوائر وممثلون عن منظمات المهاجرين على سؤال "
                "واحد: كيف تتحوّل عروض كثيرة متفرقة إلى بنية ترحيب فعّالة في الدائرة؟ وتوثَّق "
                "النتائج وتُنقل إلى جولات النقاش المتخصصة.",
                "بعد ظهر يوم واحد، 14:00–17:00",
            ),
        },
    ),
    _via(
        "via-fachrunde-anerkennung",
        OfferingKind.CULTURE_AND_MEETING,
        target_groups=(seeds.TG_SPECIALIST, seeds.TG_MO_MEMBERS),
        schedule_form=ScheduleForm.EVENING,
        hours_per_week=2,
        at_provider=True,
        capacity=30,
        texts={
            "de": (
                "Thematische Fachrunde: Anerkennung und Weiterbildung",
                "Netzwerktreffen von MO und Facheinrichtungen zu Anerkennung ausländischer "
                "Abschlüsse, Anpassungsqualifizierung und Weiterbildung.",
                "Die Fachrunden verbinden MO mit Facheinrichtungen und -diensten zu den Themen, "
                "auf die sich die MO spezialisiert haben. Jede Runde beginnt mit einem kurzen "
                "Bericht aus der Praxis; danach werden Fälle, Lücken im Angebot und gemeinsame "
                "Vorhaben besprochen.",
                "Alle zwei Monate, donnerstags 17:00–19:00 Uhr",
            ),
            "en": (
                "Thematic round: recognition and further training",
                "Network meeting of migrant organisations and specialist services on the "
                "recognition of foreign qualifications, bridging qualifications and further "
                "training.",
                "The thematic rounds connect migrant organisations with specialist institutions "
                "and services on the topics the organisations specialise in. Each round begins "
                "with a short report from practice; then cases, gaps in the services and joint "
                "plans are discussed.",
                "Every two months, Thursdays 5–7 pm",
            ),
            "ar": (
                "جولة نقاش متخصصة: الاعتراف بالشهادات والتدريب المستمر",
                "لقاء شبكي لمنظمات المهاجرين والجهات المتخصصة حول الاعتراف بالشهادات الأجنبية "
                "والتأهيل التكميلي والتدريب المستمر.",
                "تربط جولات النقاش المتخصصة منظمات المهاجرين بالمؤسسات والخدمات المتخصصة في "
                "المواضيع التي تتخصص فيها المنظمات. وتبدأ كل جولة بتقرير قصير من الممارسة، ثم "
                "تُناقش الحالات والثغرات في العروض والخطط المشتركة.",
                "كل شهرين، يوم الخميس 17:00–19:00",
            ),
        },
    ),
    _via(
        "via-arbeitsmarktgespraech",
        OfferingKind.CULTURE_AND_MEETING,
        target_groups=(seeds.TG_MO_MEMBERS, seeds.TG_MUNICIPAL),
        starts_in_days=110,
        days=1,
        schedule_form=ScheduleForm.EVENING,
        hours_per_week=2,
        place=(B, "Spandau"),
        capacity=40,
        texts={
            "de": (
                "Arbeitsmarktgespräch mit dem bezirklichen Wirtschaftsbündnis",
                "Unternehmen, Bezirk und MO im Gespräch: Wie kommen Geflüchtete und "
                "Migrantinnen in Ausbildung und Arbeit bei Betrieben im Bezirk?",
                "Das Arbeitsmarktgespräch fördert den Dialog und die partnerschaftliche "
                "Zusammenarbeit zwischen bezirklichen Verwaltungen, Wirtschaftsbündnissen und "
                "MO. Betriebe berichten, was sie suchen; MO berichten, wen sie erreichen – und "
                "gemeinsam werden Wege für Praktika und Einstellungen verabredet.",
                "Ein Abend, 18:00–20:00 Uhr",
            ),
            "en": (
                "Labour-market talk with the district business alliance",
                "Companies, district and migrant organisations in conversation: how do refugees "
                "and migrants get into training and work with local companies?",
                "The labour-market talk fosters dialogue and partnership between district "
                "administrations, business alliances and migrant organisations. Companies say "
                "what they are looking for; organisations say whom they reach – and together "
                "they agree routes into placements and jobs.",
                "One evening, 6–8 pm",
            ),
            "ar": (
                "حوار حول سوق العمل مع تحالف الاقتصاد في الدائرة",
                "الشركات والدائرة ومنظمات المهاجرين في حوار: كيف يصل اللاجئون والمهاجرون إلى "
                "التدريب المهني والعمل في شركات الدائرة؟",
                "يعزّز حوار سوق العمل التواصل والتعاون بين إدارات الدوائر وتحالفات الاقتصاد "
                "ومنظمات المهاجرين. تخبر الشركات عمّا تبحث عنه، وتخبر المنظمات عمّن تصل إليهم، "
                "ويتفق الجميع على طرق للتدريب العملي والتوظيف.",
                "أمسية واحدة، 18:00–20:00",
            ),
        },
    ),
    _via(
        "via-fachgespraech-vorbilder-zeigen",
        OfferingKind.CULTURE_AND_MEETING,
        target_groups=(seeds.TG_MO_MEMBERS, seeds.TG_SPECIALIST),
        starts_in_days=140,
        days=1,
        schedule_form=ScheduleForm.EVENING,
        hours_per_week=2,
        place=(B, "Kreuzberg"),
        capacity=60,
        wheelchair_accessible=True,
        texts={
            "de": (
                "Fachgespräch „Vorbilder zeigen“",
                "Menschen mit Migrationsgeschichte erzählen von ihrem Weg in Beruf, "
                "Selbstständigkeit und Ehrenamt – und was ihnen geholfen hat.",
                "Im Fachgespräch „Vorbilder zeigen“ kommen Berlinerinnen und Berliner mit "
                "Migrationsgeschichte zu Wort, deren Weg in Arbeit oder Gründung gelungen ist, "
                "oft mit Unterstützung einer MO. Fachkräfte aus Beratung und Verwaltung "
                "diskutieren mit ihnen, was Wege öffnet und was sie versperrt.",
                "Ein Abend, 18:30–20:30 Uhr",
            ),
            "en": (
                "Expert talk “Showing role models”",
                "People with a migration history tell of their path into work, "
                "self-employment and volunteering – and what helped them.",
                "In the expert talk “Vorbilder zeigen” Berliners with a migration history speak "
                "whose path into work or business succeeded, often with the support of a migrant "
                "organisation. Professionals from counselling and administration discuss with "
                "them what opens doors and what blocks them.",
                "One evening, 6:30–8:30 pm",
            ),
            "ar": (
                "حوار متخصص «Vorbilder zeigen» (عرض قدوات)",
                "أشخاص من أصول مهاجرة يروون طريقهم إلى العمل والعمل الحر والعمل التطوعي، وما الذي "
                "ساعدهم.",
                "في الحوار المتخصص «Vorbilder zeigen» يتحدّث سكان من برلين من أصول مهاجرة نجحوا في "
                "طريقهم إلى العمل أو تأسيس مشروع، غالبًا بدعم من منظمة مهاجرين. ويناقش معهم مختصون "
                "من الاستشارة والإدارة ما يفتح الطرق وما يسدّها.",
                "أمسية واحدة، 18:30–20:30",
            ),
        },
    ),
    _via(
        "via-beratung-professionalisierung-mo",
        OfferingKind.COUNSELLING,
        target_groups=(seeds.TG_MO_MEMBERS,),
        schedule_form=ScheduleForm.BY_APPOINTMENT,
        at_provider=True,
        support=("en",),
        texts={
            "de": (
                "Beratung für Migrantenorganisationen: Professionalisierung nach Bedarf",
                "Bedarfsorientierte Beratung für MO: Strukturen, Beratungsangebote, "
                "Kooperationen mit Bezirk und Fachdiensten.",
                "VIA berät MO, die bei der beruflichen Integration von Berlinerinnen und "
                "Berlinern mit Migrationshintergrund auf bezirklicher Ebene mitwirken wollen: "
                "beim Aufbau eines Beratungsangebots, bei Qualitätsstandards, bei "
                "Kooperationsvereinbarungen mit Bezirksverwaltungen und beim Zugang zu "
                "Förderprogrammen.",
                "Termine nach Vereinbarung",
            ),
            "en": (
                "Advice for migrant organisations: professionalisation as needed",
                "Needs-based advice for migrant organisations: structures, counselling services, "
                "cooperation with the district and specialist services.",
                "VIA advises migrant organisations that want to contribute at district level to "
                "the labour-market integration of Berliners with a migration background: setting "
                "up a counselling service, quality standards, cooperation agreements with "
                "district administrations and access to funding programmes.",
                "By appointment",
            ),
            "ar": (
                "استشارات لمنظمات المهاجرين: الاحتراف بحسب الحاجة",
                "استشارة موجّهة بحسب الحاجة لمنظمات المهاجرين: البنى التنظيمية، وعروض الاستشارة، "
                "والتعاون مع الدائرة والخدمات المتخصصة.",
                "تقدّم VIA الاستشارة لمنظمات المهاجرين التي تريد المساهمة على مستوى الدائرة في "
                "الاندماج المهني لسكان برلين من أصول مهاجرة: في بناء خدمة استشارية، ومعايير "
                "الجودة، واتفاقيات التعاون مع إدارات الدوائر، والوصول إلى برامج التمويل.",
                "حسب الموعد",
            ),
        },
    ),
)

OFFERINGS = ALBUM_OFFERINGS + MARBURG_OFFERINGS + BERLIN_OFFERINGS
