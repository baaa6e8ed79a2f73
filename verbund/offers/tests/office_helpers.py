"""Shared pieces of the back-office tests of offerings: addresses, offerings of the personas'
organisations, and a snapshot that proves a refused action changed nothing."""

from django.forms.models import model_to_dict
from django.urls import reverse

from verbund.audit.models import LogEntry
from verbund.offers.models import Offering, OfferingLanguage, OfferingStatus, OfferingText
from verbund.offers.tests.factories import OfferingFactory, OfferingTextFactory


def office_url(name, network, **kwargs) -> str:
    return reverse(f"office:{name}", kwargs={"network": network.slug, **kwargs})


def offering_url(name, offering, network, **kwargs) -> str:
    return office_url(name, network, offering=offering.pk, **kwargs)


def own_offering(world, **fields) -> Offering:
    """An offering of X (the personas' organisation) shown in network A."""
    return OfferingFactory(provider=world.organisation, network=world.network, **fields)


def other_offering(world, **fields) -> Offering:
    """An offering of Y, another member of network A."""
    return OfferingFactory(provider=world.other_organisation, network=world.network, **fields)


def foreign_offering(world, **fields) -> Offering:
    """An offering of Z, shown in network B only."""
    return OfferingFactory(
        provider=world.foreign_organisation, network=world.other_network, **fields
    )


def translate(offering, language, **fields) -> OfferingText:
    """A translation made from the German text's current version."""
    source = offering.texts.get(language="de")
    return OfferingTextFactory(
        offering=offering,
        language=language,
        title=fields.pop("title", f"[{language}] {offering.title}"),
        source_version=source.source_version,
        **fields,
    )


def draft(world, **fields) -> Offering:
    return own_offering(world, status=OfferingStatus.DRAFT, **fields)


MODELS = (Offering, OfferingText, OfferingLanguage)


def snapshot() -> dict:
    """Every row of the offerings' tables (with many-to-many ids) and the log's length."""
    state = {}
    for model in MODELS:
        rows = []
        for row in model.objects.order_by("pk"):
            data = model_to_dict(row, exclude=["search_document"])
            data["updated_at"] = getattr(row, "updated_at", None)
            for name, value in data.items():
                if isinstance(value, list):
                    data[name] = sorted(item.pk for item in value)
            rows.append(sorted(data.items(), key=str))
        state[model.__name__] = rows
    state["log"] = LogEntry.objects.count()
    return state


def last_log():
    return LogEntry.objects.order_by("-pk").first()
