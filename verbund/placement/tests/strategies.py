"""Hypothesis strategies for placement batches, and brute force for the tiny ones."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import numpy as np
from hypothesis import strategies as st

from verbund.placement.engine import Batch, Course, CourseStatus, Person
from verbund.placement.engine.check import fits, objective_of, violations
from verbund.placement.engine.flows import CLOSED, RELAXED

DAY = date(2027, 1, 4)
CENTRE = (52.37, 9.73)
# A couple of levels, types and schedules only: people must compete for the same courses.
LEVELS = ("A2", "B1")
TYPES = ("integration_course", "special_a2_b1", "basic_b1_b2")
SCHEDULES = ("mornings", "evenings", "full_time")


def _near(draw):
    # Within a few km of the centre: journeys of 0 to ~40 minutes at 20 km/h.
    return (
        round(CENTRE[0] + draw(st.floats(-0.06, 0.06)), 5),
        round(CENTRE[1] + draw(st.floats(-0.09, 0.09)), 5),
    )


@st.composite
def people(draw, index: int, contested: bool = False) -> Person:
    # Contested: one level and type, so that everyone competes for the same few courses and
    # which planned course opens is the whole question.
    levels, types = (LEVELS[1:], TYPES[2:]) if contested else (LEVELS, TYPES)
    return Person(
        id=f"p{index}",
        level=draw(st.sampled_from(levels)),
        course_types=frozenset(draw(st.sets(st.sampled_from(types), min_size=1))),
        availability=frozenset(draw(st.sets(st.sampled_from(SCHEDULES), min_size=1))),
        home=_near(draw),
        max_travel_minutes=draw(st.sampled_from([30, 60] if contested else [10, 20, 30, 60])),
        waiting_since=DAY - timedelta(days=draw(st.integers(0, 200))),
        needs_childcare=draw(st.booleans()) and not contested,
        obliged=draw(st.booleans()),
        # As in a plan over several weeks: some come later, and count towards the minimum
        # of a course only if they come by its start.
        available_from=draw(st.none() | st.integers(0, 6).map(lambda w: DAY + timedelta(weeks=w))),
    )


@st.composite
def courses(draw, index: int, max_capacity: int, contested: bool = False) -> Course:
    levels, types = (LEVELS[1:], TYPES[2:]) if contested else (LEVELS, TYPES)
    capacity = draw(st.integers(1, max_capacity))
    running = draw(st.booleans()) and not (contested and draw(st.booleans()))
    return Course(
        id=f"c{index}",
        provider=draw(st.sampled_from(["vhs", "awo", "caritas"])),
        course_type=draw(st.sampled_from(types)),
        level=draw(st.sampled_from(levels)),
        schedule=draw(st.sampled_from(SCHEDULES)),
        location=_near(draw),
        start=DAY + timedelta(weeks=draw(st.integers(-4, 8))),
        status=CourseStatus.RUNNING if running else CourseStatus.PLANNED,
        capacity=capacity,
        minimum=draw(st.integers(min(2, capacity) if contested else 0, capacity)),
        enrolled=draw(st.integers(0, 1 if contested else capacity)),
        childcare=draw(st.booleans()),
        joinable_until=draw(st.none() | st.integers(2, 10).map(lambda w: DAY + timedelta(weeks=w))),
    )


@st.composite
def batches(
    draw, max_people: int, max_courses: int, max_capacity: int = 4, contested: bool = False
) -> Batch:
    n = draw(st.integers(1, max_people))
    m = draw(st.integers(1, max_courses))
    return Batch(
        day=DAY,
        people=tuple(draw(people(i, contested)) for i in range(n)),
        courses=tuple(draw(courses(j, max_capacity, contested)) for j in range(m)),
    )


def any_batches(max_people: int, max_courses: int, max_capacity: int = 4):
    """Half of them contested."""
    return st.one_of(
        batches(max_people, max_courses, max_capacity),
        batches(max_people, max_courses, max_capacity, contested=True),
    )


def brute_force(batch: Batch):
    """The lexicographic optimum by trying every placement: each person in none or one of the
    courses they fit."""
    options = [[None] + [c.id for c in batch.courses if fits(batch, p, c)] for p in batch.people]
    best = None
    for choice in itertools.product(*options):
        placement = {p.id: c for p, c in zip(batch.people, choice, strict=True) if c is not None}
        if violations(batch, placement):
            continue
        objective = objective_of(batch, placement)
        if best is None or objective.key() > best.key():
            best = objective
    return best


def all_closed(part, cflow, relaxed_x, deadline):
    """Stands in for the engine's heuristic and finds nothing: every planned course below its
    minimum stays closed, so the MIP stages must find the optimum on their own."""
    state = np.where(part.hard, CLOSED, RELAXED)
    return cflow.solve(state), state
