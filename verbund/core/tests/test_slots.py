import pytest

from verbund.core import slots


def test_contributions_are_collected_in_order_and_empty_ones_dropped(monkeypatch):
    monkeypatch.setattr(slots, "_contributions", slots.defaultdict(list))
    slots.contribute("public_network")(lambda request, network: slots.Section("A", "a.html"))
    slots.contribute("public_network")(lambda request, network: None)
    sections = slots.collect("public_network", request=None, network=None)
    assert [s.title for s in sections] == ["A"]


def test_unknown_slot_is_refused():
    with pytest.raises(LookupError):
        slots.contribute("no_such_slot")


def test_wrong_arguments_are_refused():
    with pytest.raises(TypeError):
        slots.collect("public_network", network=None)
