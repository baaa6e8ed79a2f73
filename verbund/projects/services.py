"""Actions on projects and funding. Each is one transaction, validates the whole row and the
tenant of everything it refers to before writing, and leaves a log entry naming the changed
fields and ids (never values).

Bad input raises ``ValidationError`` (field errors, for forms and the API) or ``DomainError`` (an
action that is not allowed, with a message for the user); either way nothing is written.
"""

from collections.abc import Iterable

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.translation import gettext

from verbund.audit.services import log_action
from verbund.core.errors import DomainError
from verbund.core.services import apply_changes, locked, set_many_to_many
from verbund.network.models import ContactPerson, FieldOfAction, Network, Organisation, TargetGroup
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    Indicator,
    Project,
    SubProject,
    SubProjectPartner,
)

PROGRAMME_FIELDS = frozenset({"name", "short_name", "funders", "description", "website"})
PROJECT_FIELDS = frozenset(
    {
        "title",
        "acronym",
        "programme",
        "lead_organisation",
        "status",
        "starts_on",
        "ends_on",
        "description",
        "contacts",
        "is_public",
    }
)
SUB_PROJECT_FIELDS = frozenset(
    {
        "title",
        "lead_partner",
        "description",
        "activities",
        "target_groups",
        "fields_of_action",
        "position",
    }
)
FUNDING_FIELDS = frozenset({"source", "amount", "funder", "note"})
INDICATOR_FIELDS = frozenset(
    {
        "kind",
        "label",
        "period_start",
        "period_end",
        "planned",
        "achieved",
        "is_approximate",
        "source",
    }
)


def _outside(values: Iterable, allowed_ids) -> bool:
    ids = {value.pk for value in values}
    return bool(ids - set(allowed_ids.filter(pk__in=ids).values_list("pk", flat=True)))


def _in_network(organisation: Organisation | None, network_id: int) -> bool:
    return organisation is None or (
        Organisation.objects.in_network(network_id).filter(pk=organisation.pk).exists()
    )


def _raise(errors: dict) -> None:
    if errors:
        raise ValidationError(errors)


# --- funding programmes --------------------------------------------------------------------------


def _check_programme(programme: FundingProgramme) -> None:
    name = (programme.name or "").strip()
    taken = FundingProgramme.objects.filter(network_id=programme.network_id, name__iexact=name)
    if programme.pk:
        taken = taken.exclude(pk=programme.pk)
    if name and taken.exists():
        _raise({"name": gettext("This network already has a programme with this name.")})
    programme.full_clean()


@transaction.atomic
def programme_create(*, actor, network: Network, data: dict) -> FundingProgramme:
    programme = FundingProgramme(network=network)
    apply_changes(programme, data, allowed=PROGRAMME_FIELDS)
    _check_programme(programme)
    programme.save()
    log_action(
        actor=actor,
        action="projects.programme.created",
        obj=programme,
        network=network,
        data={"fields": sorted(data)},
    )
    return programme


@transaction.atomic
def programme_update(*, actor, programme: FundingProgramme, data: dict) -> FundingProgramme:
    programme = locked(programme)
    changed, _ = apply_changes(programme, data, allowed=PROGRAMME_FIELDS)
    _check_programme(programme)
    programme.save()
    log_action(
        actor=actor,
        action="projects.programme.changed",
        obj=programme,
        network=programme.network,
        data={"fields": sorted(changed)},
    )
    return programme


@transaction.atomic
def programme_delete(*, actor, programme: FundingProgramme) -> None:
    """Delete a programme that funds no project; one that does is refused, as the projects'
    funding history would lose its programme."""
    programme = locked(programme)
    used = programme.projects.count()
    if used:
        raise DomainError(
            gettext(
                "“%(name)s” still funds %(count)s project(s) and cannot be deleted. Choose "
                "another programme for them first."
            )
            % {"name": programme, "count": used}
        )
    log_action(
        actor=actor,
        action="projects.programme.deleted",
        obj=programme,
        network=programme.network,
        data={},
    )
    programme.delete()


# --- projects ------------------------------------------------------------------------------------


def _check_project(project: Project, many: dict) -> None:
    network_id = project.network_id
    errors = {}
    if project.programme_id and not (
        FundingProgramme.objects.filter(pk=project.programme_id, network_id=network_id).exists()
    ):
        errors["programme"] = gettext("Choose a funding programme of this network.")
    if not _in_network(project.lead_organisation, network_id):
        errors["lead_organisation"] = gettext("Choose an organisation of this network.")
    contacts = ContactPerson.objects.filter(
        organisation__in=Organisation.objects.in_network(network_id)
    )
    if _outside(many.get("contacts", ()), contacts):
        errors["contacts"] = gettext("Choose contact persons of the organisations of this network.")
    _raise(errors)
    project.full_clean()


@transaction.atomic
def project_create(*, actor, network: Network, data: dict) -> Project:
    project = Project(network=network)
    _, many = apply_changes(project, data, allowed=PROJECT_FIELDS)
    _check_project(project, many)
    project.save()
    set_many_to_many(project, many)
    log_action(
        actor=actor,
        action="projects.project.created",
        obj=project,
        network=network,
        data={"fields": sorted(data)},
    )
    return project


@transaction.atomic
def project_update(*, actor, project: Project, data: dict) -> Project:
    project = locked(project)
    changed, many = apply_changes(project, data, allowed=PROJECT_FIELDS)
    _check_project(project, many)
    project.save()
    changed += set_many_to_many(project, many)
    log_action(
        actor=actor,
        action="projects.project.changed",
        obj=project,
        network=project.network,
        data={"fields": sorted(changed)},
    )
    return project


@transaction.atomic
def project_delete(*, actor, project: Project) -> None:
    """Delete a project with its sub-projects, funding and indicators."""
    log_action(
        actor=actor,
        action="projects.project.deleted",
        obj=project,
        network=project.network,
        data={
            "sub_projects": sorted(project.sub_projects.values_list("pk", flat=True)),
            "funding": sorted(project.funding.values_list("pk", flat=True)),
            "indicators": sorted(project.indicators.values_list("pk", flat=True)),
        },
    )
    project.delete()


@transaction.atomic
def project_export_logged(*, actor, network: Network, fmt: str, count: int) -> None:
    """Record that ``actor`` downloaded the project list (``count`` rows as ``fmt``)."""
    log_action(
        actor=actor,
        action="projects.project.exported",
        obj=network,
        network=network,
        data={"format": fmt, "rows": count},
    )


# --- sub-projects and partners -------------------------------------------------------------------


def _check_sub_project(sub_project: SubProject, many: dict) -> None:
    network_id = sub_project.project.network_id
    errors = {}
    if not _in_network(sub_project.lead_partner, network_id):
        errors["lead_partner"] = gettext("Choose an organisation of this network.")
    elif (
        sub_project.pk
        and sub_project.lead_partner_id
        and sub_project.partners.filter(organisation_id=sub_project.lead_partner_id).exists()
    ):
        errors["lead_partner"] = gettext(
            "This organisation is a cooperating partner of the sub-project; remove it there "
            "before making it the lead partner."
        )
    for name, model in (("target_groups", TargetGroup), ("fields_of_action", FieldOfAction)):
        if _outside(many.get(name, ()), model.objects.filter(network_id=network_id)):
            errors[name] = gettext("Choose entries of this network's list.")
    _raise(errors)
    sub_project.full_clean()


@transaction.atomic
def sub_project_create(*, actor, project: Project, data: dict) -> SubProject:
    sub_project = SubProject(project=project)
    _, many = apply_changes(sub_project, data, allowed=SUB_PROJECT_FIELDS)
    _check_sub_project(sub_project, many)
    sub_project.save()
    set_many_to_many(sub_project, many)
    log_action(
        actor=actor,
        action="projects.sub_project.created",
        obj=sub_project,
        network=project.network,
        data={"project": project.pk, "fields": sorted(data)},
    )
    return sub_project


@transaction.atomic
def sub_project_update(*, actor, sub_project: SubProject, data: dict) -> SubProject:
    sub_project = locked(sub_project)
    changed, many = apply_changes(sub_project, data, allowed=SUB_PROJECT_FIELDS)
    _check_sub_project(sub_project, many)
    sub_project.save()
    changed += set_many_to_many(sub_project, many)
    log_action(
        actor=actor,
        action="projects.sub_project.changed",
        obj=sub_project,
        network=sub_project.project.network,
        data={"project": sub_project.project_id, "fields": sorted(changed)},
    )
    return sub_project


@transaction.atomic
def sub_project_delete(*, actor, sub_project: SubProject) -> None:
    log_action(
        actor=actor,
        action="projects.sub_project.deleted",
        obj=sub_project,
        network=sub_project.project.network,
        data={
            "project": sub_project.project_id,
            "partners": sorted(sub_project.partners.values_list("organisation_id", flat=True)),
        },
    )
    sub_project.delete()


@transaction.atomic
def sub_project_partner_add(
    *, actor, sub_project: SubProject, organisation: Organisation, role: str
) -> SubProjectPartner:
    """Make ``organisation`` (of the project's network) a cooperating partner in ``role``."""
    # Locks the sub-project so that two coordinators cannot add the same partner at once.
    sub_project = locked(sub_project)
    if not _in_network(organisation, sub_project.project.network_id):
        _raise({"organisation": gettext("Choose an organisation of this network.")})
    if sub_project.lead_partner_id == organisation.pk:
        _raise({"organisation": gettext("This organisation already leads the sub-project.")})
    if sub_project.partners.filter(organisation=organisation).exists():
        _raise({"organisation": gettext("This organisation is already a partner here.")})
    partner = SubProjectPartner(sub_project=sub_project, organisation=organisation, role=role)
    partner.full_clean()
    partner.save()
    log_action(
        actor=actor,
        action="projects.sub_project_partner.added",
        obj=partner,
        network=sub_project.project.network,
        data={"sub_project": sub_project.pk, "organisation": organisation.pk, "role": role},
    )
    return partner


@transaction.atomic
def sub_project_partner_remove(*, actor, partner: SubProjectPartner) -> None:
    log_action(
        actor=actor,
        action="projects.sub_project_partner.removed",
        obj=partner,
        network=partner.sub_project.project.network,
        data={"sub_project": partner.sub_project_id, "organisation": partner.organisation_id},
    )
    partner.delete()


# --- funding -------------------------------------------------------------------------------------


@transaction.atomic
def funding_add(*, actor, project: Project, data: dict) -> Funding:
    """Add an amount from one source; amounts are euros, zero or more."""
    funding = Funding(project=project)
    apply_changes(funding, data, allowed=FUNDING_FIELDS)
    funding.full_clean()
    funding.save()
    log_action(
        actor=actor,
        action="projects.funding.added",
        obj=funding,
        network=project.network,
        data={"project": project.pk, "fields": sorted(data)},
    )
    return funding


@transaction.atomic
def funding_update(*, actor, funding: Funding, data: dict) -> Funding:
    funding = locked(funding)
    changed, _ = apply_changes(funding, data, allowed=FUNDING_FIELDS)
    funding.full_clean()
    funding.save()
    log_action(
        actor=actor,
        action="projects.funding.changed",
        obj=funding,
        network=funding.project.network,
        data={"project": funding.project_id, "fields": sorted(changed)},
    )
    return funding


@transaction.atomic
def funding_delete(*, actor, funding: Funding) -> None:
    log_action(
        actor=actor,
        action="projects.funding.deleted",
        obj=funding,
        network=funding.project.network,
        data={"project": funding.project_id, "source": funding.source},
    )
    funding.delete()


# --- indicators ----------------------------------------------------------------------------------


def _check_indicator(indicator: Indicator) -> None:
    if indicator.project_id is None:
        # A figure of the whole network is a balance over a period ("2005–2010: …").
        _raise(
            {
                name: gettext("A figure of the whole network needs its period.")
                for name in ("period_start", "period_end")
                if not getattr(indicator, name)
            }
        )
    if indicator.project_id and not (
        Project.objects.filter(pk=indicator.project_id, network_id=indicator.network_id).exists()
    ):
        _raise({"project": gettext("Choose a project of this network.")})
    if indicator.planned is None and indicator.achieved is None:
        _raise({NON_FIELD_ERRORS: gettext("Give a planned or an achieved figure, or both.")})
    indicator.full_clean()


@transaction.atomic
def indicator_create(
    *, actor, network: Network, project: Project | None = None, data: dict
) -> Indicator:
    """A planned and achieved figure of ``project``, or without a project a figure of the
    network as a whole over a period (a balance such as "2005–2010: about 2,500 participants")."""
    indicator = Indicator(network=network, project=project)
    apply_changes(indicator, data, allowed=INDICATOR_FIELDS)
    _check_indicator(indicator)
    indicator.save()
    log_action(
        actor=actor,
        action="projects.indicator.created",
        obj=indicator,
        network=network,
        data={"project": project.pk if project else None, "fields": sorted(data)},
    )
    return indicator


@transaction.atomic
def indicator_update(*, actor, indicator: Indicator, data: dict) -> Indicator:
    indicator = locked(indicator)
    changed, _ = apply_changes(indicator, data, allowed=INDICATOR_FIELDS)
    _check_indicator(indicator)
    indicator.save()
    log_action(
        actor=actor,
        action="projects.indicator.changed",
        obj=indicator,
        network=indicator.network,
        data={"project": indicator.project_id, "fields": sorted(changed)},
    )
    return indicator


@transaction.atomic
def indicator_delete(*, actor, indicator: Indicator) -> None:
    log_action(
        actor=actor,
        action="projects.indicator.deleted",
        obj=indicator,
        network=indicator.network,
        data={"project": indicator.project_id, "kind": indicator.kind},
    )
    indicator.delete()
