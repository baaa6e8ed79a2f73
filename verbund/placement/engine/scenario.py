"""Batches as JSON, in and out: the format that ``verbund placement solve`` reads and writes
(documented in docs/placement.md).

Reading checks every field and names the one that is wrong (``people[3].level: must be one of
A1, A2, B1, B2, C1``); nothing half-read is ever returned.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from .model import (
    DEFAULT_CAPACITY,
    DEFAULT_MINIMUM,
    DEFAULT_SPEED_KMH,
    Batch,
    Course,
    CourseStatus,
    Person,
    Result,
    ScenarioError,
)

FORMAT = "verbund-placement-batch/1"

PERSON_FIELDS = {
    "id": (str, None),
    "level": (str, None),
    "course_types": (list, None),
    "availability": (list, None),
    "home": (list, None),
    "max_travel_minutes": (int, None),
    "waiting_since": (date, None),
    "needs_childcare": (bool, False),
    "obliged": (bool, False),
    "provider": (str, None),
    "available_from": (date, None),
    "available_until": (date, None),
}
OPTIONAL_PERSON = {"needs_childcare", "obliged", "provider", "available_from", "available_until"}
COURSE_FIELDS = {
    "id": (str, None),
    "provider": (str, None),
    "course_type": (str, None),
    "level": (str, None),
    "schedule": (str, None),
    "location": (list, None),
    "start": (date, None),
    "status": (str, CourseStatus.PLANNED.value),
    "capacity": (int, DEFAULT_CAPACITY),
    "minimum": (int, DEFAULT_MINIMUM),
    "enrolled": (int, 0),
    "childcare": (bool, False),
    "joinable_from": (date, None),
    "joinable_until": (date, None),
}
OPTIONAL_COURSE = {
    "status",
    "capacity",
    "minimum",
    "enrolled",
    "childcare",
    "joinable_from",
    "joinable_until",
}
TYPE_NAMES = {
    str: "a text",
    list: "a list",
    int: "a whole number",
    bool: "true or false",
    date: "a date (YYYY-MM-DD)",
    dict: "an object",
    float: "a number",
}


def _value(raw: Any, kind: type, where: str):
    if kind is date:
        if isinstance(raw, str):
            try:
                return date.fromisoformat(raw)
            except ValueError:
                pass
        raise ScenarioError(where, f"must be {TYPE_NAMES[date]}, not {raw!r}")
    if kind is int and (isinstance(raw, bool) or not isinstance(raw, int)):
        raise ScenarioError(where, f"must be {TYPE_NAMES[int]}, not {raw!r}")
    if kind is float and (isinstance(raw, bool) or not isinstance(raw, int | float)):
        raise ScenarioError(where, f"must be {TYPE_NAMES[float]}, not {raw!r}")
    if kind in (str, list, bool, dict) and not isinstance(raw, kind):
        raise ScenarioError(where, f"must be {TYPE_NAMES[kind]}, not {raw!r}")
    return raw


def _fields(raw: Any, spec: dict, optional: set, where: str) -> dict:
    if not isinstance(raw, dict):
        raise ScenarioError(where, "must be an object")
    unknown = sorted(set(raw) - set(spec))
    if unknown:
        raise ScenarioError(f"{where}.{unknown[0]}", "is not a field of this format")
    values = {}
    for name, (kind, default) in spec.items():
        if name not in raw:
            if name not in optional:
                raise ScenarioError(f"{where}.{name}", "is missing")
            values[name] = default
            continue
        if raw[name] is None and name in optional:
            values[name] = default
            continue
        values[name] = _value(raw[name], kind, f"{where}.{name}")
    return values


def _names(raw: list, where: str) -> frozenset[str]:
    for i, item in enumerate(raw):
        if not isinstance(item, str):
            raise ScenarioError(f"{where}[{i}]", f"must be a text, not {item!r}")
    return frozenset(raw)


def _point(raw: list, where: str) -> tuple[float, float]:
    if len(raw) != 2 or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in raw
    ):
        raise ScenarioError(where, "must be [latitude, longitude], two numbers")
    try:
        return (float(raw[0]), float(raw[1]))
    except OverflowError:  # an integer of hundreds of digits
        raise ScenarioError(where, "is not a latitude and longitude") from None


def _model(make, where: str):
    """Build a model object; its own checks name a field, which we place in the file."""
    try:
        return make()
    except ScenarioError as error:
        inner = error.field.rsplit(".", 1)[-1]
        raise ScenarioError(f"{where}.{inner}", error.message) from None


def person_from(raw: Any, where: str) -> Person:
    v = _fields(raw, PERSON_FIELDS, OPTIONAL_PERSON, where)
    return _model(
        lambda: Person(
            id=v["id"],
            level=v["level"],
            course_types=_names(v["course_types"], f"{where}.course_types"),
            availability=_names(v["availability"], f"{where}.availability"),
            home=_point(v["home"], f"{where}.home"),
            max_travel_minutes=v["max_travel_minutes"],
            waiting_since=v["waiting_since"],
            needs_childcare=v["needs_childcare"],
            obliged=v["obliged"],
            provider=v["provider"],
            available_from=v["available_from"],
            available_until=v["available_until"],
        ),
        where,
    )


def course_from(raw: Any, where: str, *, extra: dict | None = None) -> Course:
    spec = {**COURSE_FIELDS, **(extra or {})}
    v = _fields(raw, spec, OPTIONAL_COURSE | set(extra or {}), where)
    try:
        status = CourseStatus(v["status"])
    except ValueError:
        raise ScenarioError(f"{where}.status", "must be planned or running") from None
    return _model(
        lambda: Course(
            id=v["id"],
            provider=v["provider"],
            course_type=v["course_type"],
            level=v["level"],
            schedule=v["schedule"],
            location=_point(v["location"], f"{where}.location"),
            start=v["start"],
            status=status,
            capacity=v["capacity"],
            minimum=v["minimum"],
            enrolled=v["enrolled"],
            childcare=v["childcare"],
            joinable_from=v["joinable_from"],
            joinable_until=v["joinable_until"],
        ),
        where,
    )


def _list(data: dict, name: str) -> list:
    if name not in data:
        raise ScenarioError(name, "is missing")
    if not isinstance(data[name], list):
        raise ScenarioError(name, "must be a list")
    return data[name]


def travel_from(data: dict) -> tuple[float, float]:
    """(speed in km/h, delay minutes per day) of the ``travel`` object."""
    travel = data.get("travel", {})
    if not isinstance(travel, dict):
        raise ScenarioError("travel", "must be an object")
    unknown = sorted(set(travel) - {"speed_kmh", "delay_minutes_per_day"})
    if unknown:
        raise ScenarioError(f"travel.{unknown[0]}", "is not a field of this format")
    speed = _value(travel.get("speed_kmh", DEFAULT_SPEED_KMH), float, "travel.speed_kmh")
    delay = _value(travel.get("delay_minutes_per_day", 0.0), float, "travel.delay_minutes_per_day")
    return speed, delay


def batch_from(data: Any) -> Batch:
    if not isinstance(data, dict):
        raise ScenarioError("(file)", "must be a JSON object with day, people and courses")
    unknown = sorted(set(data) - {"format", "day", "travel", "providers", "people", "courses"})
    if unknown:
        raise ScenarioError(unknown[0], "is not a field of this format")
    if data.get("format", FORMAT) != FORMAT:
        raise ScenarioError("format", f"must be {FORMAT!r}")
    if "day" not in data:
        raise ScenarioError("day", "is missing")
    day = _value(data["day"], date, "day")
    people = [person_from(raw, f"people[{i}]") for i, raw in enumerate(_list(data, "people"))]
    courses = [course_from(raw, f"courses[{i}]") for i, raw in enumerate(_list(data, "courses"))]
    providers = _value(data.get("providers", []), list, "providers")
    speed, delay = travel_from(data)
    return _model_batch(day, people, courses, speed, _names(providers, "providers"), delay)


def _model_batch(day, people, courses, speed, providers=frozenset(), delay=0.0) -> Batch:
    for key, items in (("people", people), ("courses", courses)):
        first: dict[str, int] = {}
        for i, item in enumerate(items):
            if item.id in first:
                raise ScenarioError(
                    f"{key}[{i}].id", f"{item.id!r} is {key}[{first[item.id]}]'s id"
                )
            first[item.id] = i
    try:
        return Batch(
            day=day,
            people=tuple(people),
            courses=tuple(courses),
            speed_kmh=speed,
            providers=tuple(sorted(providers)),
            delay_minutes_per_day=delay,
        )
    except ScenarioError as error:
        # Batch names "person 'p7'.waiting_since": say where p7 is in the file (a person and a
        # course may share an id; an id may hold a quote, which repr then changes).
        for kind, key, items in (("person", "people", people), ("course", "courses", courses)):
            for i, item in enumerate(items):
                prefix = f"{kind} {item.id!r}."
                if error.field.startswith(prefix):
                    rest = error.field[len(prefix) :]
                    raise ScenarioError(f"{key}[{i}].{rest}", error.message) from None
        raise


def load_batch(text: str) -> Batch:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ScenarioError(
            f"line {error.lineno}, column {error.colno}", f"not valid JSON: {error.msg}"
        ) from None
    except RecursionError:
        raise ScenarioError("(file)", "not valid JSON here: nested too deeply") from None
    except ValueError as error:  # an integer of more digits than Python converts
        raise ScenarioError("(file)", f"not valid JSON here: {error}") from None
    return batch_from(data)


def batch_to_dict(batch: Batch) -> dict:
    return {
        "format": FORMAT,
        "day": batch.day.isoformat(),
        "travel": {
            "speed_kmh": batch.speed_kmh,
            **(
                {"delay_minutes_per_day": batch.delay_minutes_per_day}
                if batch.delay_minutes_per_day
                else {}
            ),
        },
        **({"providers": list(batch.providers)} if batch.providers else {}),
        "people": [person_to_dict(p) for p in batch.people],
        "courses": [course_to_dict(c) for c in batch.courses],
    }


def person_to_dict(p: Person) -> dict:
    data = {
        "id": p.id,
        "level": p.level,
        "course_types": sorted(p.course_types),
        "availability": sorted(p.availability),
        "home": list(p.home),
        "max_travel_minutes": p.max_travel_minutes,
        "waiting_since": p.waiting_since.isoformat(),
        "needs_childcare": p.needs_childcare,
        "obliged": p.obliged,
    }
    for name in ("provider", "available_from", "available_until"):
        value = getattr(p, name)
        if value is not None:
            data[name] = value if isinstance(value, str) else value.isoformat()
    return data


def course_to_dict(c: Course) -> dict:
    data = {
        "id": c.id,
        "provider": c.provider,
        "course_type": c.course_type,
        "level": c.level,
        "schedule": c.schedule,
        "location": list(c.location),
        "start": c.start.isoformat(),
        "status": c.status.value,
        "capacity": c.capacity,
        "minimum": c.minimum,
        "enrolled": c.enrolled,
        "childcare": c.childcare,
    }
    for name in ("joinable_from", "joinable_until"):
        value = getattr(c, name)
        if value is not None:
            data[name] = value.isoformat()
    return data


def result_to_dict(result: Result) -> dict:
    return {
        "format": "verbund-placement-result/1",
        "optimal": result.optimal,
        "seconds": result.seconds,
        "components": result.components,
        "objective": result.objective.as_dict(),
        "bounds": {
            b.part: {"value": b.value, "bound": b.bound, "gap": b.gap} for b in result.bounds
        },
        "starting_courses": list(result.starting_courses),
        "assignments": [
            {
                "person": a.person,
                "course": a.course,
                "travel_minutes": a.travel_minutes,
                "waiting_days": a.waiting_days,
                "explanation": a.explanation,
            }
            for a in result.assignments
        ],
        "waiting": [
            {"person": w.person, "reason": w.reason.value, "fitting_courses": w.fitting_courses}
            for w in result.waiting
        ],
    }
