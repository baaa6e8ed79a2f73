"""Fixtures of the projects' tests: ALBuM-VIP in small."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest

from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    TargetGroupFactory,
)
from verbund.projects.models import FundingSource, IndicatorKind, PartnerRole
from verbund.projects.tests.factories import (
    FundingFactory,
    FundingProgrammeFactory,
    IndicatorFactory,
    ProjectFactory,
    SubProjectFactory,
    SubProjectPartnerFactory,
)


@dataclass
class Vip:
    programme: object
    project: object
    opening: object  # sub-project led by X, Y cooperating
    orientation: object  # sub-project led by Y, X as project partner
    eu: object
    federal: object
    participants: object
    companies: object
    public_contact: object
    private_contact: object
    target_group: object
    field_of_action: object


@pytest.fixture
def vip(world):
    """ALBuM-VIP in small: a XENOS project led by X with two sub-projects, partners, funding
    from the EU (2 × 500,000) and the federal government (900,000), two indicators and a public
    and a private contact person."""
    network = world.network
    programme = FundingProgrammeFactory(
        network=network, name="XENOS – Integration und Vielfalt", short_name="XENOS"
    )
    public_contact = ContactPersonFactory(
        organisation=world.organisation, last_name="Öffentlich", is_public=True
    )
    private_contact = ContactPersonFactory(
        organisation=world.other_organisation, last_name="Intern", is_public=False
    )
    project = ProjectFactory(
        network=network,
        title="Vielfalt – Inklusion – Perspektiven",
        acronym="ALBuM-VIP",
        programme=programme,
        lead_organisation=world.organisation,
        starts_on=datetime.date(2012, 5, 2),
        ends_on=datetime.date(2014, 12, 31),
    )
    project.contacts.set([public_contact, private_contact])
    target_group = TargetGroupFactory(network=network, name="Jugendliche von 15 bis 25")
    field_of_action = FieldOfActionFactory(network=network, name="Übergang Schule – Beruf")
    opening = SubProjectFactory(
        project=project,
        title="Interkulturelle Öffnung im JobCenter",
        lead_partner=world.organisation,
        position=1,
    )
    opening.target_groups.set([target_group])
    opening.fields_of_action.set([field_of_action])
    SubProjectPartnerFactory(
        sub_project=opening,
        organisation=world.other_organisation,
        role=PartnerRole.COOPERATION_PARTNER,
    )
    orientation = SubProjectFactory(
        project=project,
        title="Berufsorientierung und Ausbildung",
        lead_partner=world.other_organisation,
        position=2,
    )
    SubProjectPartnerFactory(
        sub_project=orientation, organisation=world.organisation, role=PartnerRole.PROJECT_PARTNER
    )
    eu = FundingFactory(project=project, source=FundingSource.EU, amount=Decimal("500000.00"))
    FundingFactory(
        project=project, source=FundingSource.EU, amount=Decimal("500000.00"), note="2. Tranche"
    )
    federal = FundingFactory(
        project=project, source=FundingSource.FEDERAL, amount=Decimal("900000.00")
    )
    participants = IndicatorFactory(
        project=project,
        kind=IndicatorKind.PARTICIPANTS,
        planned=Decimal("400"),
        achieved=Decimal("300"),
    )
    companies = IndicatorFactory(
        project=project,
        kind=IndicatorKind.COMPANIES_REACHED,
        planned=Decimal("50"),
        achieved=None,
    )
    return Vip(
        programme=programme,
        project=project,
        opening=opening,
        orientation=orientation,
        eu=eu,
        federal=federal,
        participants=participants,
        companies=companies,
        public_contact=public_contact,
        private_contact=private_contact,
        target_group=target_group,
        field_of_action=field_of_action,
    )
