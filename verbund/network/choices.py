"""Option lists of the registry. Kept apart from the models because public pages show them: their
labels are translated into every public language (see verbund/locale/public_sources.txt)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    MIGRANT_ORGANISATION = "migrant_organisation", _("migrant organisation")
    ADULT_EDUCATION_CENTRE = "adult_education_centre", _("adult-education centre")
    WELFARE_ASSOCIATION = "welfare_association", _("welfare association")
    EDUCATION_PROVIDER = "education_provider", _("education provider")
    PUBLIC_ADMINISTRATION = "public_administration", _("public administration")
    EMPLOYMENT_AGENCY = "employment_agency", _("jobcenter / employment agency")
    COMPANY = "company", _("company")
    OTHER_NGO = "other_ngo", _("foundation / other NGO")


class LegalForm(models.TextChoices):
    REGISTERED_ASSOCIATION = "ev", _("registered association (e.V.)")
    NONPROFIT_LIMITED = "ggmbh", _("non-profit limited company (gGmbH)")
    LIMITED = "gmbh", _("limited company (GmbH)")
    FOUNDATION = "foundation", _("foundation")
    PUBLIC_BODY = "public_body", _("public body")
    COOPERATIVE = "eg", _("cooperative (eG)")
    OTHER = "other", _("other")
    UNKNOWN = "", _("unknown")


class MembershipRole(models.TextChoices):
    COORDINATION = "coordination", _("coordination")
    MEMBER = "member", _("member")
    COOPERATION_PARTNER = "cooperation_partner", _("cooperation partner")
