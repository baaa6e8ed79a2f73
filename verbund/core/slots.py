"""Extension points: apps further down the dependency order add sections to pages of apps above.

The network overview shows the network's projects, an organisation's page shows the projects it
leads, the registry search finds projects too, yet ``network`` must not import ``projects``
(DESIGN.md). So ``projects`` contributes to named slots from its ``AppConfig.ready`` and the
network views collect whatever was contributed, in registration order.

A contribution is a callable taking keyword arguments (the slot documents which) and returning
a ``Section`` or ``None`` when it has nothing to show.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

# slot name -> the keyword arguments its contributions receive
SLOTS = {
    "office_network_overview": ("request", "network"),
    "office_organisation_detail": ("request", "network", "organisation"),
    "public_network": ("request", "network"),
    "public_organisation": ("request", "network", "organisation"),
    "office_search": ("request", "network", "query"),
    # The network's figures (projects): figures other apps count from their data.
    "office_network_figures": ("request", "network"),
}

_contributions: dict[str, list[Callable]] = defaultdict(list)


@dataclass
class Section:
    title: str
    template: str
    context: dict = field(default_factory=dict)


def contribute(slot: str):
    if slot not in SLOTS:
        raise LookupError(f"Unknown slot {slot!r}; known: {sorted(SLOTS)}")

    def register(func: Callable) -> Callable:
        if func not in _contributions[slot]:
            _contributions[slot].append(func)
        return func

    return register


def collect(slot: str, **kwargs) -> list[Section]:
    if set(kwargs) != set(SLOTS[slot]):
        raise TypeError(f"Slot {slot!r} takes {SLOTS[slot]}, got {sorted(kwargs)}")
    sections = (func(**kwargs) for func in _contributions[slot])
    return [section for section in sections if section is not None]
