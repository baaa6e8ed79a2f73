"""Batches as JSON: a round trip keeps everything, and bad input gets one error naming its field
(``ScenarioError.field``), never a traceback."""

import copy
import dataclasses
import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verbund.placement.engine import ScenarioError, solve
from verbund.placement.engine.generate import generate
from verbund.placement.engine.scenario import (
    batch_from,
    batch_to_dict,
    load_batch,
    result_to_dict,
)

BASE = {
    "format": "verbund-placement-batch/1",
    "day": "2027-01-04",
    "travel": {"speed_kmh": 20},
    "people": [
        {
            "id": "p1",
            "level": "B1",
            "course_types": ["basic_b1_b2"],
            "availability": ["evenings"],
            "home": [52.37, 9.73],
            "max_travel_minutes": 45,
            "waiting_since": "2026-11-02",
            "provider": "vhs",
        },
        {
            "id": "p2",
            "level": "A2",
            "course_types": ["integration_course", "special_a2_b1"],
            "availability": ["mornings", "full_time"],
            "home": [52.38, 9.75],
            "max_travel_minutes": 30,
            "waiting_since": "2026-12-20",
            "needs_childcare": True,
            "obliged": True,
        },
    ],
    "courses": [
        {
            "id": "c1",
            "provider": "vhs",
            "course_type": "basic_b1_b2",
            "level": "B1",
            "schedule": "evenings",
            "location": [52.37, 9.74],
            "start": "2027-02-01",
        },
        {
            "id": "c2",
            "provider": "caritas",
            "course_type": "integration_course",
            "level": "A2",
            "schedule": "mornings",
            "location": [52.39, 9.72],
            "start": "2026-11-02",
            "status": "running",
            "capacity": 20,
            "minimum": 12,
            "enrolled": 18,
            "childcare": True,
        },
        {
            "id": "c3",
            "provider": "caritas",
            "course_type": "special_a2_b1",
            "level": "A2",
            "schedule": "full_time",
            "location": [52.36, 9.71],
            "start": "2027-03-01",
        },
    ],
}


def literal(token: str) -> str:
    """A value to write into the JSON text as is (``1e999``, ``NaN``), not as a string."""
    return f"<<{token}>>"


def text_of(data) -> str:
    text = json.dumps(data)
    for token in ("1e999", "-1e999", "NaN", "Infinity", "1" + "0" * 400):
        text = text.replace(json.dumps(literal(token)), token)
    return text


def test_the_base_scenario_of_these_tests_is_valid():
    batch = load_batch(json.dumps(BASE))
    assert [p.id for p in batch.people] == ["p1", "p2"]
    assert batch.courses[1].enrolled == 18
    assert batch.courses[0].capacity == 25  # the default


@pytest.mark.parametrize("cities", [1, 3])
def test_a_generated_batch_comes_back_equal_from_json(cities):
    batch = generate(people=120, courses=12, providers=4, cities_count=cities, seed=7)
    # The generator names no person's provider: give some one, so the field travels too.
    people = tuple(
        dataclasses.replace(p, provider=batch.courses[i % 4].provider) if i % 3 == 0 else p
        for i, p in enumerate(batch.people)
    )
    batch = dataclasses.replace(batch, people=people)
    again = load_batch(json.dumps(batch_to_dict(batch)))
    assert again == batch
    assert batch_to_dict(again) == batch_to_dict(batch)


def test_a_dictionary_is_read_as_its_json_text_is():
    assert batch_from(copy.deepcopy(BASE)) == load_batch(json.dumps(BASE))


def test_optional_fields_may_be_null_and_take_their_defaults():
    data = copy.deepcopy(BASE)
    data["courses"][0].update(status=None, capacity=None, childcare=None)
    data["people"][0].update(provider=None, obliged=None)
    batch = batch_from(data)
    assert batch.courses[0].status == "planned"
    assert batch.courses[0].capacity == 25
    assert batch.people[0].provider is None
    assert batch.people[0].obliged is False


def change(function):
    """A copy of BASE changed by ``function`` (which changes its argument in place)."""
    data = copy.deepcopy(BASE)
    function(data)
    return data


def person(index, **fields):
    return lambda data: data["people"][index].update(fields)


def course(index, **fields):
    return lambda data: data["courses"][index].update(fields)


def drop(*path):
    def dropping(data):
        for key in path[:-1]:
            data = data[key]
        del data[path[-1]]

    return dropping


def both(*functions):
    return lambda data: [f(data) for f in functions]


def top(**fields):
    return lambda data: data.update(fields)


BAD = [
    # Impossible values.
    ("people[1].level", person(1, level="D7"), "unknown level"),
    ("people[0].level", person(0, level="b1"), "level in lower case"),
    ("courses[0].minimum", course(0, minimum=30), "minimum above capacity"),
    ("courses[1].enrolled", course(1, enrolled=21), "enrolled above capacity"),
    ("courses[0].enrolled", course(0, enrolled=-1), "negative enrolled"),
    ("courses[0].capacity", course(0, capacity=0), "capacity 0"),
    ("courses[0].capacity", course(0, capacity=10**30), "capacity beyond 64 bits"),
    ("people[0].home", person(0, home=[95, 9.73]), "latitude 95"),
    ("people[0].home", person(0, home=[52.37, 200]), "longitude 200"),
    ("people[0].home", person(0, home=[literal("1e999"), 9.73]), "latitude 1e999 is inf"),
    ("courses[2].location", course(2, location=[52.3, literal("-1e999")]), "longitude -inf"),
    ("people[1].home", person(1, home=[literal("NaN"), 9.73]), "NaN, which Python reads"),
    ("people[0].home", person(0, home=[literal("1" + "0" * 400), 9.0]), "no float holds it"),
    ("people[0].home", person(0, home=[52.37]), "one coordinate"),
    ("people[0].home", person(0, home=[52.37, 9.73, 0]), "three coordinates"),
    ("people[0].home", person(0, home=[True, 9.73]), "bool for a coordinate"),
    ("courses[2].status", course(2, status="cancelled"), "unknown status"),
    ("people[0].waiting_since", person(0, waiting_since="2027-01-05"), "after the day"),
    ("people[0].max_travel_minutes", person(0, max_travel_minutes=0), "no travel"),
    ("people[0].max_travel_minutes", person(0, max_travel_minutes=601), "over ten hours"),
    ("people[0].max_travel_minutes", person(0, max_travel_minutes=30.5), "fraction of a min"),
    ("people[0].provider", person(0, provider="elsewhere"), "unknown provider"),
    ("people[0].provider", person(0, provider=""), "empty provider"),
    ("people[0].course_types", person(0, course_types=["cooking"]), "unknown course type"),
    ("people[0].course_types", person(0, course_types=[]), "no course type"),
    ("people[0].course_types[1]", person(0, course_types=["basic_b1_b2", 3]), "number as type"),
    ("courses[1].course_type", course(1, course_type="cooking"), "unknown course type"),
    ("courses[1].schedule", course(1, schedule="nights"), "unknown schedule"),
    ("people[1].availability", person(1, availability=[]), "empty availability"),
    ("people[1].availability", person(1, availability=["sundays"]), "unknown schedule"),
    ("people[0].id", person(0, id=""), "empty id"),
    ("courses[0].provider", course(0, provider=""), "empty provider of a course"),
    ("travel.speed_kmh", lambda d: d["travel"].update(speed_kmh=0), "speed 0"),
    ("travel.speed_kmh", lambda d: d["travel"].update(speed_kmh=-5), "negative speed"),
    ("travel.speed_kmh", lambda d: d["travel"].update(speed_kmh=literal("1e999")), "speed inf"),
    ("travel.speed_kmh", lambda d: d["travel"].update(speed_kmh=literal("NaN")), "speed NaN"),
    ("travel.speed_kmh", lambda d: d["travel"].update(speed_kmh="fast"), "speed as text"),
    ("travel.speed_kmh", lambda d: d["travel"].update(speed_kmh=True), "speed as bool"),
    # Dates.
    ("day", top(day="2027-02-30"), "no such day"),
    ("day", top(day="04.01.2027"), "German date"),
    ("day", top(day=20270104), "a number for a date"),
    ("courses[1].start", course(1, start="soon"), "text for a date"),
    # Ids.
    ("people[1].id", person(1, id="p1"), "duplicate person id"),
    ("courses[2].id", course(2, id="c1"), "duplicate course id"),
    # A person and a course may share an id: the person's error is still found at its place.
    (
        "people[1].waiting_since",
        both(course(0, id="p2"), person(1, waiting_since="2027-06-01")),
        "person and course share an id",
    ),
    (
        "people[1].waiting_since",
        both(person(1, id="Ay's"), person(1, waiting_since="2027-06-01")),
        "quote in the id",
    ),
    # Shape: unknown, missing and mistyped fields.
    ("people[0].colour", person(0, colour="blue"), "unknown field of a person"),
    ("courses[1].teacher", course(1, teacher="Frau K."), "unknown field of a course"),
    ("weather", top(weather="fine"), "unknown top-level field"),
    ("travel.mode", lambda d: d["travel"].update(mode="bus"), "unknown field of travel"),
    ("people[0].level", drop("people", 0, "level"), "missing level"),
    ("courses[2].start", drop("courses", 2, "start"), "missing start"),
    ("day", drop("day"), "missing day"),
    ("people", drop("people"), "missing people"),
    ("courses", drop("courses"), "missing courses"),
    ("courses[0].capacity", course(0, capacity="25"), "capacity as text"),
    ("courses[0].capacity", course(0, capacity=25.0), "capacity as float"),
    ("courses[0].minimum", course(0, minimum=True), "bool for an int"),
    ("people[0].max_travel_minutes", person(0, max_travel_minutes=True), "bool for minutes"),
    ("people[0].obliged", person(0, obliged="yes"), "text for a bool"),
    ("people[0].obliged", person(0, obliged=1), "number for a bool"),
    ("people[0].id", person(0, id=None), "null for a required field"),
    ("people[0].id", person(0, id=7), "number for an id"),
    ("courses[1].location", course(1, location=None), "null location"),
    ("people[1].home", person(1, home="52.38, 9.75"), "text for a point"),
    ("people[1].course_types", person(1, course_types="integration_course"), "text for a list"),
    ("people", top(people={"p1": {}}), "object for a list"),
    ("people[1]", lambda d: d["people"].__setitem__(1, ["p2"]), "list for a person"),
    ("courses[0]", lambda d: d["courses"].__setitem__(0, None), "null for a course"),
    ("travel", top(travel=None), "null travel"),
    ("travel", top(travel=20), "number for travel"),
    ("format", top(format="verbund-placement-batch/2"), "a later format"),
]


@pytest.mark.parametrize(("field", "function"), [pytest.param(f, fn, id=why) for f, fn, why in BAD])
def test_bad_input_is_refused_naming_its_field(field, function):
    with pytest.raises(ScenarioError) as refused:
        load_batch(text_of(change(function)))
    assert refused.value.field == field
    assert refused.value.message
    assert str(refused.value) == f"{field}: {refused.value.message}"


@pytest.mark.parametrize(
    ("field", "data"),
    [
        pytest.param("(file)", [], id="a list"),
        pytest.param("(file)", None, id="null"),
        pytest.param("(file)", "a batch", id="text"),
    ],
)
def test_a_dictionary_that_is_no_object_is_refused(field, data):
    with pytest.raises(ScenarioError) as refused:
        batch_from(data)
    assert refused.value.field == field


@pytest.mark.parametrize(
    ("field", "text"),
    [
        pytest.param("(file)", "[]", id="a list"),
        pytest.param("(file)", "42", id="a number"),
        pytest.param("(file)", '"batch"', id="a text"),
        pytest.param("line 1, column 1", "", id="empty"),
        pytest.param("line 1, column 9", '{"day": }', id="no value"),
        pytest.param("line 3, column 1", '{"day": "2027-01-04",\n "people": [],\n', id="cut off"),
        pytest.param("line 1, column 2", "{'day': '2027-01-04'}", id="single quotes"),
        pytest.param("(file)", "[" * 100_000, id="nested too deeply"),
        pytest.param("(file)", '{"day": ' + "9" * 5000 + "}", id="5000 digits"),
    ],
)
def test_a_text_that_is_no_json_object_is_refused(field, text):
    with pytest.raises(ScenarioError) as refused:
        load_batch(text)
    assert refused.value.field == field


def _paths(data, prefix=()):
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_paths(BASE)), JSON_VALUES, st.booleans())
def test_any_one_value_changed_or_removed_is_read_or_refused_never_a_crash(path, value, remove):
    data = copy.deepcopy(BASE)
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    if remove:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    try:
        load_batch(json.dumps(data))
    except ScenarioError as error:
        assert error.field
        assert error.message


# --- results ------------------------------------------------------------------------------------


def _plain(value, where="result"):
    """Every leaf is a plain int, float, bool, str or None; containers are dict and list."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert type(key) is str, where
            _plain(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _plain(item, f"{where}[{index}]")
    else:
        assert type(value) in (int, float, bool, str, type(None)), (where, type(value))
        if type(value) is float:
            assert math.isfinite(value), where


def test_a_result_is_plain_json_and_lists_every_person_once():
    batch = generate(people=150, courses=12, providers=3, seed=2)
    result = solve(batch, workers=1, time_limit=20)
    data = result_to_dict(result)
    _plain(data)
    text = json.dumps(data, allow_nan=False)
    assert json.loads(text) == data
    assert data["format"] == "verbund-placement-result/1"
    assert (
        set(data["bounds"])
        == set(data["objective"])
        == {
            "placed",
            "obliged",
            "waiting_days",
            "travel_minutes",
        }
    )
    assigned = [a["person"] for a in data["assignments"]]
    waiting = [w["person"] for w in data["waiting"]]
    assert assigned, "the batch should place somebody, or the test proves little"
    assert waiting, "the batch should leave somebody waiting, or the test proves little"
    assert sorted(assigned + waiting) == sorted(p.id for p in batch.people)
    assert data["objective"]["placed"] == len(assigned)
    course_ids = {c.id for c in batch.courses}
    assert {a["course"] for a in data["assignments"]} <= course_ids
    assert set(data["starting_courses"]) <= course_ids
    reasons = {"no_fitting_course", "fitting_courses_full", "fitting_courses_below_minimum"}
    assert {w["reason"] for w in data["waiting"]} <= reasons
