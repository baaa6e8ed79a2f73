"""Actions on offerings and their texts. Each is one transaction, checks the tenant of everything
it links before writing and leaves a log entry naming fields and ids, never values.

Bad input raises ``ValidationError`` (field errors) or ``DomainError`` (an action that is not
allowed now); either way nothing is written.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from verbund.audit.services import log_action
from verbund.core.errors import DomainError
from verbund.core.services import apply_changes, locked, set_many_to_many
from verbund.core.translations import approve_text, delete_text, save_text
from verbund.network.models import ContactPerson, Membership, Network
from verbund.offers import search
from verbund.offers.caching import forget_catalogue_versions
from verbund.offers.languages import SOURCE_LANGUAGE
from verbund.offers.models import (
    CatalogueVersion,
    LanguageRole,
    Offering,
    OfferingLanguage,
    OfferingStatus,
    OfferingText,
)

OFFERING_FIELDS = frozenset(
    {
        "networks",
        "kind",
        "course_type",
        "entry_level",
        "target_level",
        "fields_of_action",
        "target_groups",
        "age_min",
        "age_max",
        "starts_on",
        "ends_on",
        "schedule_form",
        "hours_per_week",
        "is_online",
        "venue",
        "street",
        "postal_code",
        "city",
        "district",
        "latitude",
        "longitude",
        "capacity",
        "minimum_size",
        "is_free",
        "fee",
        "childcare",
        "wheelchair_accessible",
        "registration_url",
        "registration_email",
        "registration_phone",
        "contact",
        "project",
        "programme",
        "publish_from",
        "publish_until",
        "external_id",
    }
)
TEXT_FIELDS = frozenset(OfferingText.TRANSLATED_FIELDS)


def _provider_networks(provider) -> set[int]:
    return set(provider.memberships.values_list("network_id", flat=True))


def _check_links(offering: Offering, many: dict) -> None:
    """Everything an offering points to must belong to its provider's networks."""
    errors = {}
    allowed_networks = _provider_networks(offering.provider)
    networks = many.get("networks")
    if networks is not None:
        if not networks:
            errors["networks"] = _("Choose at least one network to show the offering in.")
        elif any(n.pk not in allowed_networks for n in networks):
            errors["networks"] = _("The provider is not a member of every network chosen.")
    network_ids = {n.pk for n in networks} if networks is not None else None
    if network_ids is None and offering.pk:
        network_ids = set(offering.networks.values_list("pk", flat=True))
    network_ids = network_ids or set()
    for name in ("fields_of_action", "target_groups"):
        values = many.get(name)
        if values and any(v.network_id not in network_ids for v in values):
            errors[name] = _("Choose only entries of the networks the offering is shown in.")
    if (
        offering.contact_id
        and not ContactPerson.objects.filter(
            pk=offering.contact_id, organisation_id=offering.provider_id
        ).exists()
    ):
        errors["contact"] = _("Choose a contact person of the provider.")
    for name in ("project", "programme"):
        linked = getattr(offering, name)
        if linked is not None and linked.network_id not in allowed_networks:
            errors[name] = _("Choose a project or programme of the provider's networks.")
    if errors:
        raise ValidationError(errors)


def _set_languages(offering: Offering, languages: dict[str, list[str]] | None) -> bool:
    """``languages`` maps a role (instruction, support) to language codes."""
    if languages is None:
        return False
    wanted = {
        (code, role) for role in LanguageRole.values for code in languages.get(role, ()) or ()
    }
    current = set(offering.languages.values_list("language", "role"))
    if wanted == current:
        return False
    offering.languages.exclude(
        pk__in=[
            pk
            for pk, code, role in offering.languages.values_list("pk", "language", "role")
            if (code, role) in wanted
        ]
    ).delete()
    OfferingLanguage.objects.bulk_create(
        [
            OfferingLanguage(offering=offering, language=code, role=role)
            for code, role in sorted(wanted - current)
        ]
    )
    return True


def touch_catalogue(provider_id: int) -> None:
    """Raise the catalogue version of every network the provider belongs or belonged to, in the
    caller's transaction: cached public pages of those networks are stale from the commit on."""
    network_ids = set(
        Membership.objects.filter(organisation_id=provider_id).values_list("network_id", flat=True)
    )
    if not network_ids:
        return
    CatalogueVersion.objects.bulk_create(
        [CatalogueVersion(network_id=network_id) for network_id in sorted(network_ids)],
        ignore_conflicts=True,
    )
    CatalogueVersion.objects.filter(network_id__in=network_ids).update(version=F("version") + 1)
    slugs = list(Network.objects.filter(pk__in=network_ids).values_list("slug", flat=True))
    # After the commit, so that no request reads the old version back into the cache meanwhile.
    transaction.on_commit(lambda: forget_catalogue_versions(slugs))


def _record(*, obj: Offering, **entry) -> None:
    """Every change to an offering: logged, and its networks' public pages made stale."""
    log_action(obj=obj, **entry)
    touch_catalogue(obj.provider_id)


def _validate_text(text: OfferingText) -> None:
    text.full_clean(exclude=["offering", "search_document", "approved_by", "updated_by"])


def _primary_network(offering: Offering):
    return offering.networks.order_by("pk").first()


@transaction.atomic
def offering_create(
    *, actor, provider, data: dict, text: dict, languages: dict | None = None
) -> Offering:
    """A new offering as a draft, with its German text."""
    offering = Offering(provider=provider, created_by=actor if actor.is_authenticated else None)
    _changed, many = apply_changes(offering, data, allowed=OFFERING_FIELDS)
    source = OfferingText(language=SOURCE_LANGUAGE, updated_by=offering.created_by)
    apply_changes(source, text, allowed=TEXT_FIELDS)
    offering.title = source.title
    offering.full_clean(exclude=["networks"])
    _validate_text(source)
    _check_links(offering, {"networks": many.get("networks", []), **many})
    offering.save()
    set_many_to_many(offering, many)
    _set_languages(offering, languages)
    source.offering = offering
    source.save()
    search.refresh_documents(OfferingText.objects.filter(pk=source.pk))
    _record(
        actor=actor,
        action="offers.offering.created",
        obj=offering,
        network=_primary_network(offering),
    )
    return offering


@transaction.atomic
def offering_update(
    *, actor, offering: Offering, data: dict, languages: dict | None = None
) -> Offering:
    current = locked(offering)
    changed, many = apply_changes(current, data, allowed=OFFERING_FIELDS)
    current.full_clean(exclude=["networks"])
    _check_links(current, many)
    current.save()
    changed += set_many_to_many(current, many)
    if _set_languages(current, languages):
        changed.append("languages")
    if changed:
        _record(
            actor=actor,
            action="offers.offering.changed",
            obj=current,
            network=_primary_network(current),
            data={"fields": sorted(changed)},
        )
    return current


@transaction.atomic
def offering_text_save(
    *,
    actor,
    offering: Offering,
    language: str,
    text: dict,
    minor_edit: bool = False,
    machine_translated: bool = False,
) -> OfferingText:
    """Write the offering's text in ``language``.

    German: a major edit raises the source version, which outdates every translation; a minor
    edit (a typo fix) keeps it. A translation records the German version it was made from. A
    person's save counts as checked; only the machine-translation service saves unchecked text.
    """
    offering = locked(offering)
    row, changed = save_text(
        actor=actor,
        rows=OfferingText.objects.filter(offering=offering),
        new_row=lambda code: OfferingText(offering=offering, language=code),
        language=language,
        text=text,
        validate=_validate_text,
        minor_edit=minor_edit,
        machine_translated=machine_translated,
    )
    if changed is None:
        return row
    if language == SOURCE_LANGUAGE:
        offering.title = row.title
        offering.save(update_fields=["title", "updated_at"])
    search.refresh_documents(OfferingText.objects.filter(pk=row.pk))
    _record(
        actor=actor,
        action="offers.text.saved",
        obj=offering,
        network=_primary_network(offering),
        data={
            "language": language,
            "fields": sorted(changed),
            "minor_edit": row.minor_edit,
            "machine_translated": machine_translated,
        },
    )
    return row


@transaction.atomic
def offering_text_approve(*, actor, offering: Offering, language: str) -> OfferingText:
    """A person checked a machine translation and vouches for it as it is."""
    row = approve_text(
        actor=actor, rows=OfferingText.objects.filter(offering=offering), language=language
    )
    _record(
        actor=actor,
        action="offers.text.approved",
        obj=offering,
        network=_primary_network(offering),
        data={"language": language},
    )
    return row


@transaction.atomic
def offering_text_delete(*, actor, offering: Offering, language: str) -> None:
    if delete_text(rows=OfferingText.objects.filter(offering=offering), language=language):
        _record(
            actor=actor,
            action="offers.text.deleted",
            obj=offering,
            network=_primary_network(offering),
            data={"language": language},
        )


def _set_status(*, actor, offering: Offering, status: str, action: str) -> Offering:
    current = locked(offering)
    if current.status == status:
        return current
    if status == OfferingStatus.PUBLISHED:
        if not current.texts.filter(language=SOURCE_LANGUAGE).exists():
            raise DomainError(_("An offering needs its German text before it can be published."))
        if not current.networks.exists():
            raise DomainError(_("Choose a network to show the offering in before publishing."))
        if current.publish_until and current.publish_until <= timezone.now():
            raise DomainError(
                _("The publication window has already ended; change it before publishing.")
            )
    current.status = status
    current.save(update_fields=["status", "updated_at"])
    _record(actor=actor, action=action, obj=current, network=_primary_network(current))
    return current


@transaction.atomic
def offering_publish(*, actor, offering: Offering) -> Offering:
    return _set_status(
        actor=actor,
        offering=offering,
        status=OfferingStatus.PUBLISHED,
        action="offers.offering.published",
    )


@transaction.atomic
def offering_archive(*, actor, offering: Offering) -> Offering:
    return _set_status(
        actor=actor,
        offering=offering,
        status=OfferingStatus.ARCHIVED,
        action="offers.offering.archived",
    )


@transaction.atomic
def offering_unpublish(*, actor, offering: Offering) -> Offering:
    """Back to draft: taken off the public pages, kept for editing."""
    return _set_status(
        actor=actor,
        offering=offering,
        status=OfferingStatus.DRAFT,
        action="offers.offering.unpublished",
    )


@transaction.atomic
def offering_copy(*, actor, offering: Offering) -> Offering:
    """A draft copy with every field, link, language and text, for next term's course."""
    source = Offering.objects.get(pk=offering.pk)
    networks = list(source.networks.all())
    fields_of_action = list(source.fields_of_action.all())
    target_groups = list(source.target_groups.all())
    languages = list(source.languages.values_list("language", "role"))
    texts = list(source.texts.all())
    copy = source
    copy.pk = None
    copy.id = None
    copy._state.adding = True
    copy.status = OfferingStatus.DRAFT
    copy.publish_from = None
    copy.publish_until = None
    copy.created_by = actor if actor.is_authenticated else None
    copy.is_synthetic = False
    # The provider's key names the original; the copy is a new offering until given its own.
    copy.external_id = ""
    copy.save()
    copy.networks.set(networks)
    copy.fields_of_action.set(fields_of_action)
    copy.target_groups.set(target_groups)
    OfferingLanguage.objects.bulk_create(
        [OfferingLanguage(offering=copy, language=c, role=r) for c, r in languages]
    )
    for text in texts:
        text.pk = None
        text.offering = copy
        text.updated_by = copy.created_by
    OfferingText.objects.bulk_create(texts)
    search.refresh_documents(OfferingText.objects.filter(offering=copy))
    _record(
        actor=actor,
        action="offers.offering.copied",
        obj=copy,
        network=_primary_network(copy),
        data={"from": offering.pk},
    )
    return copy


@transaction.atomic
def offering_delete(*, actor, offering: Offering) -> None:
    """Only drafts that were never published go; anything public is archived instead."""
    current = locked(offering)
    if current.status != OfferingStatus.DRAFT:
        raise DomainError(_("Only drafts can be deleted; archive a published offering instead."))
    network = _primary_network(current)
    _record(actor=actor, action="offers.offering.deleted", obj=current, network=network)
    current.delete()


def offering_export_logged(*, actor, network: Network, fmt: str, count: int) -> None:
    """Record that a list of offerings left the system: who, how many rows (never which)."""
    log_action(
        actor=actor,
        action="offers.offering.exported",
        obj=network,
        network=network,
        data={"count": count, "format": fmt},
    )


def networks_of(provider) -> list[Network]:
    return list(Network.objects.filter(memberships__organisation=provider).distinct())
