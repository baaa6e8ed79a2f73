"""Writes the demo's offerings: those of the seeds through the offers services, the synthetic
ones in bulk. Both are idempotent, keyed on the provider and the offering's external key.

Seed offerings go through ``offering_create`` / ``offering_update``, ``offering_text_save`` and
``offering_publish``, so versions, search documents and the audit log are what a person typing
them in would have produced; a second run finds every row unchanged and writes nothing, not even
a log entry. Their dates count from the first day of the current month, so the finder has current
courses whenever the demo is loaded (a run in a later month moves them, and logs that).

Synthetic offerings are a few hundred rows of ``offering_templates``: written with
``bulk_create`` and given their search documents by one ``refresh_documents`` at the end. Their
translations show every state the staff overview knows: missing, machine-made, checked, and
outdated (the German text had a major edit after the translation was made).
"""

import datetime
import random
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from verbund.demo import offering_seeds, offering_templates, places
from verbund.network.models import ContactPerson, FieldOfAction, TargetGroup
from verbund.offers import search, services
from verbund.offers.choices import OfferingStatus, TranslationState
from verbund.offers.languages import SOURCE_LANGUAGE
from verbund.offers.models import Offering, OfferingLanguage, OfferingText
from verbund.projects.models import FundingProgramme, Project

DEFAULT_SYNTHETIC_OFFERINGS = 300
SEED_PREFIX = "demo:"
SYNTHETIC_PREFIX = "demo-synthetic-"
# Nobody in particular typed the demo in; the log shows such entries without an actor.
LOADER = AnonymousUser()
TEXT_LANGUAGES = offering_templates.LANGUAGES  # the languages a synthetic text can have
UPDATED_NOTE = (
    "Aktualisiert: Zeiten und Ort wurden geändert; die Übersetzungen zeigen noch den alten Stand."
)


def anchor_day(today: datetime.date | None = None) -> datetime.date:
    """The day demo dates count from: the first of the current month."""
    today = today or timezone.localdate()
    return today.replace(day=1)


# --- Seed offerings -----------------------------------------------------------------------


def _by_name(model, network, names):
    found = {row.name: row for row in model.objects.filter(network=network, name__in=names)}
    missing = set(names) - set(found)
    if missing:
        raise LookupError(f"{model.__name__} {sorted(missing)} not in {network.slug}")
    return [found[name] for name in names]


def _location(spec: offering_seeds.OfferingSeed, provider) -> dict:
    if spec.is_online:
        return {}
    if spec.at_provider:
        try:
            district = places.in_postal_code(provider.postal_code).name
        except StopIteration:
            district = ""
        return {
            "street": provider.street,
            "postal_code": provider.postal_code,
            "city": provider.city,
            "district": district,
            "latitude": provider.latitude,
            "longitude": provider.longitude,
        }
    where = places.district(*spec.place)
    return {
        "postal_code": where.postal_code,
        "city": where.city,
        "district": where.name,
        "latitude": where.latitude,
        "longitude": where.longitude,
    }


def _seed_data(spec: offering_seeds.OfferingSeed, *, network, provider, anchor) -> dict:
    starts_on = ends_on = None
    if spec.starts_in_days is not None:
        starts_on = anchor + datetime.timedelta(days=spec.starts_in_days)
        ends_on = starts_on + datetime.timedelta(days=(spec.days or 1) - 1)
    data = {
        "external_id": SEED_PREFIX + spec.key,
        "networks": [network],
        "kind": spec.kind,
        "course_type": spec.course_type,
        "entry_level": spec.entry_level,
        "target_level": spec.target_level,
        "fields_of_action": _by_name(FieldOfAction, network, spec.fields_of_action),
        "target_groups": _by_name(TargetGroup, network, spec.target_groups),
        "age_min": spec.age_min,
        "age_max": spec.age_max,
        "starts_on": starts_on,
        "ends_on": ends_on,
        "schedule_form": spec.schedule_form,
        "hours_per_week": spec.hours_per_week,
        "is_online": spec.is_online,
        "venue": "",
        "street": "",
        "postal_code": "",
        "city": "",
        "district": "",
        "latitude": None,
        "longitude": None,
        "capacity": spec.capacity,
        "minimum_size": spec.minimum_size,
        "is_free": True,
        "fee": None,
        "childcare": spec.childcare,
        "wheelchair_accessible": spec.wheelchair_accessible,
        "registration_url": "",
        "registration_email": "",
        "registration_phone": "",
        "contact": (
            ContactPerson.objects.get(organisation=provider, last_name=spec.contact)
            if spec.contact
            else None
        ),
        "project": (
            Project.objects.get(network=network, title=spec.project) if spec.project else None
        ),
        "programme": (
            FundingProgramme.objects.get(network=network, name=spec.programme)
            if spec.programme
            else None
        ),
    }
    data.update(_location(spec, provider))
    return data


def _seed_text(spec: offering_seeds.OfferingSeed, language: str, text) -> dict:
    return {
        "title": text.title,
        "summary": text.summary,
        "description": f"{text.description}\n\n{offering_seeds.note(spec, language)}",
        "schedule_note": text.schedule_note,
        "registration_note": text.registration_note,
    }


def load_seed_offering(spec: offering_seeds.OfferingSeed, *, networks, organisations, anchor):
    network = networks[spec.network]
    provider = organisations[spec.provider]
    data = _seed_data(spec, network=network, provider=provider, anchor=anchor)
    languages = {"instruction": list(spec.instruction), "support": list(spec.support)}
    german = _seed_text(spec, SOURCE_LANGUAGE, spec.texts[SOURCE_LANGUAGE])
    offering = Offering.objects.filter(provider=provider, external_id=data["external_id"]).first()
    if offering is None:
        offering = services.offering_create(
            actor=LOADER, provider=provider, data=data, text=german, languages=languages
        )
    else:
        offering = services.offering_update(
            actor=LOADER, offering=offering, data=data, languages=languages
        )
        services.offering_text_save(
            actor=LOADER, offering=offering, language=SOURCE_LANGUAGE, text=german
        )
    for language, text in spec.texts.items():
        if language != SOURCE_LANGUAGE:
            services.offering_text_save(
                actor=LOADER,
                offering=offering,
                language=language,
                text=_seed_text(spec, language, text),
            )
    for language, text in spec.machine_texts.items():
        services.offering_text_save(
            actor=LOADER,
            offering=offering,
            language=language,
            text=_seed_text(spec, language, text),
            machine_translated=True,
        )
    return services.offering_publish(actor=LOADER, offering=offering)


def load_seed_offerings(*, networks, organisations, anchor) -> list[Offering]:
    return [
        load_seed_offering(spec, networks=networks, organisations=organisations, anchor=anchor)
        for spec in offering_seeds.OFFERINGS
    ]


# --- Synthetic offerings ------------------------------------------------------------------


@dataclass
class SyntheticOfferings:
    count: int = 0
    states: Counter = field(default_factory=Counter)  # translation state → number of texts
    statuses: Counter = field(default_factory=Counter)


@dataclass
class PlannedOffering:
    """A synthetic offering to write: the template's draft, its network and its texts' state."""

    draft: offering_templates.Draft
    network: object
    # language → (version, source_version, machine_translated)
    versions: dict[str, tuple[int, int, bool]]


def _status(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.06:
        return OfferingStatus.DRAFT
    if roll < 0.10:
        return OfferingStatus.ARCHIVED
    return OfferingStatus.PUBLISHED


def _translation_plan(rng: random.Random, outdated: bool) -> dict[str, tuple[int, int, bool]]:
    """Which languages exist and in which state; German first."""
    source_version = 2 if outdated else 1
    plan = {SOURCE_LANGUAGE: (source_version, source_version, False)}
    for language in TEXT_LANGUAGES:
        if language == SOURCE_LANGUAGE or rng.random() < 0.25:
            continue
        plan[language] = (1, 1, rng.random() < 0.6)
    return plan


def plan_synthetic_offerings(
    *, count: int, seed: int, providers: list[tuple[object, object, str]], anchor
) -> list[PlannedOffering]:
    """``count`` offerings spread over ``providers`` ((organisation, network, area) triples)."""
    if not providers or count <= 0:
        return []
    rng = random.Random(f"offerings-{seed}")
    networks = {network.pk: network for _org, network, _area in providers}
    fields = {pk: list(FieldOfAction.objects.filter(network_id=pk)) for pk in networks}
    groups = {pk: list(TargetGroup.objects.filter(network_id=pk)) for pk in networks}
    contacts: dict[int, ContactPerson] = {}
    for person in ContactPerson.objects.filter(
        organisation__in=[org for org, _n, _a in providers], is_public=True
    ).order_by("pk"):
        contacts.setdefault(person.organisation_id, person)
    planned = []
    for index in range(count):
        provider, network, area = providers[rng.randrange(len(providers))]
        template = rng.choice(offering_templates.templates_for(provider.kind))
        try:
            home = places.in_postal_code(provider.postal_code)
        except StopIteration:
            home = None
        district = (
            home if home and rng.random() < 0.5 else rng.choice(places.DISTRICTS_BY_AREA[area])
        )
        outdated = rng.random() < 0.15
        versions = _translation_plan(rng, outdated)
        draft = offering_templates.build(
            rng=rng,
            template=template,
            provider=provider,
            district=district,
            anchor=anchor,
            street=provider.street if home is district else "",
            fields_of_action=fields[network.pk],
            target_groups=groups[network.pk],
            contact=contacts.get(provider.pk),
            external_id=f"{SYNTHETIC_PREFIX}{seed}-{index:04d}",
            status=_status(rng),
            languages=list(versions),
        )
        if outdated:
            german = draft.texts[SOURCE_LANGUAGE]
            german["description"] = f"{german['description']}\n\n{UPDATED_NOTE}"
        planned.append(PlannedOffering(draft=draft, network=network, versions=versions))
    return planned


_OFFERING_FIELDS = [
    f.name
    for f in Offering._meta.concrete_fields
    if f.name not in ("id", "provider", "created_by", "created_at", "updated_at", "external_id")
]
_TEXT_UPDATE_FIELDS = [
    *OfferingText.TRANSLATED_FIELDS,
    "version",
    "source_version",
    "minor_edit",
    "machine_translated",
    "approved_by",
    "updated_by",
]


def write_synthetic_offerings(
    planned: list[PlannedOffering], *, refresh: bool = True
) -> SyntheticOfferings:
    """Create or refresh the planned offerings in bulk; a second run changes no counts.

    ``refresh=False`` leaves the search documents to the caller, who writes many batches and
    rebuilds them once.
    """
    result = SyntheticOfferings()
    if not planned:
        return result
    keys = {(p.draft.offering.provider_id, p.draft.offering.external_id) for p in planned}
    existing = {
        (o.provider_id, o.external_id): o
        for o in Offering.objects.filter(
            is_synthetic=True, external_id__in=[key for _pk, key in keys]
        )
    }
    new, known = [], []
    for plan in planned:
        offering = plan.draft.offering
        stored = existing.get((offering.provider_id, offering.external_id))
        if stored is None:
            new.append(offering)
            continue
        for name in _OFFERING_FIELDS:
            setattr(stored, name, getattr(offering, name))
        plan.draft.offering = stored
        known.append(stored)
    Offering.objects.bulk_create(new, batch_size=500)
    Offering.objects.bulk_update(known, _OFFERING_FIELDS, batch_size=500)
    ids = [plan.draft.offering.pk for plan in planned]

    # What belongs to an offering is replaced whole: the plan is the truth.
    OfferingLanguage.objects.filter(offering_id__in=ids).delete()
    through = {
        "networks": Offering.networks.through,
        "fields_of_action": Offering.fields_of_action.through,
        "target_groups": Offering.target_groups.through,
    }
    for model in through.values():
        model.objects.filter(offering_id__in=ids).delete()
    languages, networks, fields, groups, texts = [], [], [], [], []
    for plan in planned:
        offering = plan.draft.offering
        languages += [
            OfferingLanguage(offering=offering, language=code, role=role)
            for code, role in plan.draft.languages
        ]
        networks.append(through["networks"](offering_id=offering.pk, network_id=plan.network.pk))
        fields += [
            through["fields_of_action"](offering_id=offering.pk, fieldofaction_id=f.pk)
            for f in plan.draft.fields_of_action
        ]
        groups += [
            through["target_groups"](offering_id=offering.pk, targetgroup_id=g.pk)
            for g in plan.draft.target_groups
        ]
        source = plan.versions[SOURCE_LANGUAGE]
        for language, (version, source_version, machine) in plan.versions.items():
            texts.append(
                OfferingText(
                    offering=offering,
                    language=language,
                    version=version,
                    source_version=source_version,
                    machine_translated=machine,
                    **plan.draft.texts[language],
                )
            )
            if language != SOURCE_LANGUAGE:
                state = (
                    TranslationState.OUTDATED
                    if source_version < source[1]
                    else TranslationState.MACHINE
                    if machine
                    else TranslationState.UP_TO_DATE
                )
                result.states[state] += 1
        result.states[TranslationState.MISSING] += len(TEXT_LANGUAGES) - len(plan.versions)
        result.statuses[offering.status] += 1
    OfferingLanguage.objects.bulk_create(languages, batch_size=1000)
    for model, rows in zip(through.values(), (networks, fields, groups), strict=True):
        model.objects.bulk_create(rows, batch_size=1000)
    OfferingText.objects.bulk_create(
        texts,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["offering", "language"],
        update_fields=_TEXT_UPDATE_FIELDS,
    )
    wanted = {(p.draft.offering.pk, language) for p in planned for language in p.versions}
    stale = [
        pk
        for pk, offering_id, language in OfferingText.objects.filter(offering_id__in=ids)
        .values_list("pk", "offering_id", "language")
        .iterator()
        if (offering_id, language) not in wanted
    ]
    OfferingText.objects.filter(pk__in=stale).delete()
    if refresh:
        search.refresh_documents(OfferingText.objects.filter(offering_id__in=ids))
    result.count = len(planned)
    return result
