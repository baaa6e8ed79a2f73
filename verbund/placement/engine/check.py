"""An independent check of any placement: written apart from the solver, in plain Python, so
that a mistake in the solver's arrays cannot hide in the checker too."""

from __future__ import annotations

import math

from .model import Batch, CourseStatus, Objective, windows_meet

_EARTH_RADIUS_KM = 6371.0088


def journey_minutes(a, b, speed_kmh: float) -> int:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    km = 2 * _EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))
    return math.ceil(km / speed_kmh * 60 - 1e-6)


def fits(batch: Batch, person, course) -> bool:
    return (
        course.course_type in person.course_types
        and course.level == person.level
        and course.schedule in person.availability
        and (course.childcare or not person.needs_childcare)
        and windows_meet(person, course)
        and journey_minutes(person.home, course.location, batch.speed_kmh)
        <= person.max_travel_minutes
    )


def objective_of(batch: Batch, placement: dict[str, str]) -> Objective:
    people = {p.id: p for p in batch.people}
    courses = {c.id: c for c in batch.courses}
    return Objective(
        placed=len(placement),
        obliged=sum(people[p].obliged for p in placement),
        waiting_days=sum(batch.waiting_days(people[p]) for p in placement),
        travel_minutes=sum(
            journey_minutes(people[p].home, courses[c].location, batch.speed_kmh)
            + batch.delay_cost(people[p], courses[c])
            for p, c in placement.items()
        ),
    )


def violations(batch: Batch, placement: dict[str, str]) -> list[str]:
    """Every rule the placement (person id → course id) breaks; empty when it is feasible."""
    people = {p.id: p for p in batch.people}
    courses = {c.id: c for c in batch.courses}
    found = []
    new: dict[str, int] = {}
    early: dict[str, int] = {}
    for person_id, course_id in placement.items():
        if person_id not in people:
            found.append(f"unknown person {person_id}")
            continue
        if course_id not in courses:
            found.append(f"unknown course {course_id}")
            continue
        if not fits(batch, people[person_id], courses[course_id]):
            found.append(f"{person_id} does not fit {course_id}")
        new[course_id] = new.get(course_id, 0) + 1
        person, course = people[person_id], courses[course_id]
        if person.available_from is None or person.available_from <= course.start:
            early[course_id] = early.get(course_id, 0) + 1
    for course_id, count in new.items():
        course = courses[course_id]
        if course.enrolled + count > course.capacity:
            found.append(f"{course_id} over its capacity")
        if (
            course.status is CourseStatus.PLANNED
            and course.enrolled + early.get(course_id, 0) < course.minimum
        ):
            # Only those on the list by its start count: a course needs them to start.
            found.append(f"{course_id} gets people but stays below its minimum")
    return found


def check(batch: Batch, result) -> list[str]:
    """Violations of a solver result, including its own account of itself."""
    placement = {}
    found = []
    for a in result.assignments:
        if a.person in placement:
            found.append(f"{a.person} placed twice")
        placement[a.person] = a.course
    found += violations(batch, placement)
    if not found and objective_of(batch, placement) != result.objective:
        found.append(
            f"objective reported {result.objective}, placement gives "
            f"{objective_of(batch, placement)}"
        )
    placed = set(placement)
    waiting = {w.person for w in result.waiting}
    if placed & waiting:
        found.append("people both placed and waiting")
    if placed | waiting != {p.id for p in batch.people}:
        found.append("people neither placed nor waiting")
    return found
