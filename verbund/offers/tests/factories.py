import datetime
from decimal import Decimal

import factory

from verbund.network.tests.factories import MembershipFactory, OrganisationFactory
from verbund.offers.models import (
    Offering,
    OfferingKind,
    OfferingLanguage,
    OfferingStatus,
    OfferingText,
    PostalCode,
)


class OfferingFactory(factory.django.DjangoModelFactory):
    """A published offering with its German text, shown in ``network`` (required)."""

    class Meta:
        model = Offering
        skip_postgeneration_save = True

    provider = factory.SubFactory(OrganisationFactory)
    kind = OfferingKind.COUNSELLING
    title = factory.Sequence(lambda n: f"Beratung {n}")
    status = OfferingStatus.PUBLISHED
    starts_on = datetime.date(2026, 12, 1)
    city = "Hannover"
    postal_code = "30159"
    latitude = Decimal("52.374500")
    longitude = Decimal("9.738600")

    @factory.post_generation
    def network(self, create, extracted, **kwargs):
        if not create or extracted is None:
            return
        if not self.provider.memberships.filter(network=extracted).exists():
            MembershipFactory(network=extracted, organisation=self.provider)
        self.networks.add(extracted)

    @factory.post_generation
    def german(self, create, extracted, **kwargs):
        if not create or extracted is False:
            return
        text = OfferingTextFactory(offering=self, language="de", title=self.title, **kwargs)
        from verbund.offers import search

        search.refresh_documents(OfferingText.objects.filter(pk=text.pk))


class OfferingTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OfferingText

    offering = factory.SubFactory(OfferingFactory)
    language = "de"
    title = factory.Sequence(lambda n: f"Angebot {n}")
    summary = "Kurz gesagt"
    description = "Ausführliche Beschreibung"


class OfferingLanguageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OfferingLanguage

    offering = factory.SubFactory(OfferingFactory)
    language = "ar"
    role = "support"


class PostalCodeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PostalCode

    code = "30159"
    place = "Hannover"
    district = "Mitte"
    latitude = Decimal("52.374500")
    longitude = Decimal("9.738600")
