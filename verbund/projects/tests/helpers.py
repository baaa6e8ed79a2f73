"""Shared checks of the projects' tests."""

from django.forms.models import model_to_dict

from verbund.audit.models import LogEntry
from verbund.projects.models import (
    Funding,
    FundingProgramme,
    Indicator,
    Project,
    SubProject,
    SubProjectPartner,
)

MODELS = (FundingProgramme, Project, SubProject, SubProjectPartner, Funding, Indicator)


def snapshot() -> dict:
    """Every row of the projects' tables (with their many-to-many ids) and the log's length:
    equal snapshots before and after prove that a refused action changed nothing."""
    state = {}
    for model in MODELS:
        rows = []
        for row in model.objects.order_by("pk"):
            data = model_to_dict(row)
            for name, value in data.items():
                if isinstance(value, list):
                    data[name] = sorted(item.pk for item in value)
            rows.append(sorted(data.items(), key=str))
        state[model.__name__] = rows
    state["log"] = LogEntry.objects.count()
    return state


def last_log():
    return LogEntry.objects.order_by("-pk").first()
