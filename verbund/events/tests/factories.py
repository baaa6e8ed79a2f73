import datetime
from zoneinfo import ZoneInfo

import factory

from verbund.events.choices import Audience, EventKind, EventStatus, RegistrationStatus
from verbund.events.models import Event, EventText, Registration
from verbund.network.tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory

BERLIN = ZoneInfo("Europe/Berlin")
# Far enough ahead that registration is open whenever the suite runs.
NEXT_YEAR = datetime.datetime.now(tz=BERLIN).year + 1


class EventFactory(factory.django.DjangoModelFactory):
    """A published public event with its German text, organised by ``organiser`` (a member of
    ``network``, made one if it is not)."""

    class Meta:
        model = Event
        skip_postgeneration_save = True

    network = factory.SubFactory(NetworkFactory)
    kind = EventKind.PUBLIC_FORUM
    status = EventStatus.PUBLISHED
    audience = Audience.PUBLIC
    title = factory.Sequence(lambda n: f"Forum {n}")
    starts_at = datetime.datetime(NEXT_YEAR, 5, 15, 14, 0, tzinfo=BERLIN)
    ends_at = datetime.datetime(NEXT_YEAR, 5, 15, 17, 0, tzinfo=BERLIN)
    venue = "Leibnizhaus"
    street = "Holzmarkt 4-6"
    postal_code = "30159"
    city = "Hannover"
    capacity = 20

    @factory.post_generation
    def organiser(self, create, extracted, **kwargs):
        if not create:
            return
        organisation = extracted or OrganisationFactory()
        if not organisation.memberships.filter(network=self.network).exists():
            MembershipFactory(network=self.network, organisation=organisation)
        self.organisers.add(organisation)

    @factory.post_generation
    def german(self, create, extracted, **kwargs):
        if not create or extracted is False:
            return
        EventTextFactory(event=self, language="de", title=self.title, **kwargs)


class EventTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventText

    event = factory.SubFactory(EventFactory)
    language = "de"
    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    summary = "Kurz gesagt"
    description = "Ausführliche Beschreibung"


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed registration written directly (tests of seats use the service)."""

    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    status = RegistrationStatus.CONFIRMED
    name = factory.Faker("name", locale="de_DE")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    email_key = factory.LazyAttribute(lambda r: r.email.lower())
    token_hash = factory.Sequence(lambda n: f"{n:064x}")
    consent_at = factory.LazyFunction(lambda: datetime.datetime.now(tz=BERLIN))
