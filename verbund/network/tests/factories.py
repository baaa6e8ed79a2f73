import datetime

import factory

from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Membership,
    MembershipRole,
    Network,
    Organisation,
    OrganisationKind,
    TargetGroup,
)


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network

    slug = factory.Sequence(lambda n: f"network-{n}")
    name = factory.Sequence(lambda n: f"Integrationsnetzwerk {n}")
    short_name = factory.Sequence(lambda n: f"NW{n}")
    region = "Hannover"
    founded_year = 2005


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Bildungsverein {n} e.V.")
    kind = OrganisationKind.MIGRANT_ORGANISATION
    city = "Hannover"
    postal_code = "30159"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    network = factory.SubFactory(NetworkFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = MembershipRole.MEMBER
    started_on = datetime.date(2020, 1, 1)


class ContactPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactPerson

    organisation = factory.SubFactory(OrganisationFactory)
    first_name = "Maria"
    last_name = factory.Sequence(lambda n: f"Muster{n}")
    function = "Projektleitung"
    email = factory.Sequence(lambda n: f"kontakt{n}@example.org")


class FieldOfActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FieldOfAction

    network = factory.SubFactory(NetworkFactory)
    name = factory.Sequence(lambda n: f"Handlungsfeld {n}")


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup

    network = factory.SubFactory(NetworkFactory)
    name = factory.Sequence(lambda n: f"Zielgruppe {n}")


def current_member(network, **organisation_fields):
    """An organisation that is a current member of ``network``."""
    organisation = OrganisationFactory(**organisation_fields)
    MembershipFactory(network=network, organisation=organisation)
    return organisation
