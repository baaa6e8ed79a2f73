import datetime
from decimal import Decimal

import factory

from verbund.network.tests.factories import NetworkFactory, OrganisationFactory
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    FundingSource,
    Indicator,
    IndicatorKind,
    PartnerRole,
    Project,
    ProjectStatus,
    SubProject,
    SubProjectPartner,
)


class FundingProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FundingProgramme

    network = factory.SubFactory(NetworkFactory)
    name = factory.Sequence(lambda n: f"XENOS – Integration und Vielfalt {n}")
    short_name = factory.Sequence(lambda n: f"XENOS {n}")
    funders = "Bundesministerium für Arbeit und Soziales, Europäischer Sozialfonds"


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    network = factory.SubFactory(NetworkFactory)
    title = factory.Sequence(lambda n: f"Vielfalt – Inklusion – Perspektiven {n}")
    acronym = factory.Sequence(lambda n: f"VIP-{n}")
    status = ProjectStatus.RUNNING
    starts_on = datetime.date(2012, 5, 2)
    ends_on = datetime.date(2014, 12, 31)
    description = "Berufsorientierung und Ausbildung für junge Menschen."


class SubProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SubProject

    project = factory.SubFactory(ProjectFactory)
    title = factory.Sequence(lambda n: f"Teilprojekt {n}")
    activities = "Interkulturelle Trainings"


class SubProjectPartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SubProjectPartner

    sub_project = factory.SubFactory(SubProjectFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = PartnerRole.PROJECT_PARTNER


class FundingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Funding

    project = factory.SubFactory(ProjectFactory)
    source = FundingSource.EU
    amount = Decimal("100000.00")


class IndicatorFactory(factory.django.DjangoModelFactory):
    """A figure of a project; pass ``project=None`` (and a period) for one of the network."""

    class Meta:
        model = Indicator

    project = factory.SubFactory(ProjectFactory)
    network = factory.LazyAttribute(lambda o: o.project.network if o.project else None)
    kind = IndicatorKind.PARTICIPANTS
    planned = Decimal("200")
    achieved = Decimal("150")
