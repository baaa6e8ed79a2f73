"""The engine's rules, case by case, and its two routes to a proof agreeing at city scale."""

import threading
import time
from datetime import date, timedelta
from unittest.mock import patch

import numpy as np
import pytest

from verbund.placement.engine import (
    Batch,
    Course,
    CourseStatus,
    Person,
    WaitingReason,
    component,
    mip,
    solve,
)
from verbund.placement.engine.check import check
from verbund.placement.engine.generate import generate

from .strategies import all_closed

DAY = date(2027, 1, 4)
HERE = (52.37, 9.73)


def person(ident, *, waited=30, obliged=False, home=HERE, limit=45, **kwargs):
    return Person(
        id=ident,
        level=kwargs.pop("level", "B1"),
        course_types=frozenset(kwargs.pop("types", {"basic_b1_b2"})),
        availability=frozenset(kwargs.pop("availability", {"evenings"})),
        home=home,
        max_travel_minutes=limit,
        waiting_since=DAY - timedelta(days=waited),
        obliged=obliged,
        **kwargs,
    )


def course(ident, *, status=CourseStatus.PLANNED, location=HERE, **kwargs):
    return Course(
        id=ident,
        provider=kwargs.pop("provider", "vhs"),
        course_type=kwargs.pop("course_type", "basic_b1_b2"),
        level=kwargs.pop("level", "B1"),
        schedule=kwargs.pop("schedule", "evenings"),
        location=location,
        start=DAY + timedelta(weeks=2),
        status=status,
        **kwargs,
    )


def placed(result):
    return {a.person: a.course for a in result.assignments}


def solved(people, courses):
    batch = Batch(day=DAY, people=tuple(people), courses=tuple(courses))
    result = solve(batch, workers=1)
    assert check(batch, result) == []
    return result


def test_a_planned_course_below_its_minimum_gets_nobody():
    result = solved([person(f"p{i}") for i in range(4)], [course("c", capacity=10, minimum=5)])
    assert placed(result) == {}
    assert result.starting_courses == ()
    assert {w.reason for w in result.waiting} == {WaitingReason.BELOW_MINIMUM}


def test_people_already_enrolled_count_towards_the_minimum():
    result = solved(
        [person(f"p{i}") for i in range(4)], [course("c", capacity=10, minimum=5, enrolled=1)]
    )
    assert len(placed(result)) == 4
    assert result.starting_courses == ("c",)


def test_a_running_course_takes_people_up_to_its_capacity_only():
    result = solved(
        [person(f"p{i}", waited=i) for i in range(5)],
        [course("c", status=CourseStatus.RUNNING, capacity=10, minimum=8, enrolled=7)],
    )
    # Three free places: the three who waited longest.
    assert set(placed(result)) == {"p4", "p3", "p2"}
    assert {w.reason for w in result.waiting} == {WaitingReason.FITTING_COURSES_FULL}


def test_more_people_placed_beats_obliged_people_placed():
    # s is the one both planned courses need: with the obliged o in y1 (two placed, one
    # obliged), or with a and b in y2 (three placed, none obliged). Three placed come first.
    mornings = {"mornings"}
    people = [
        person("o", obliged=True, availability=mornings),
        person("s", availability={"mornings", "evenings"}),
        person("a"),
        person("b"),
    ]
    courses = [
        course("y1", capacity=2, minimum=2, schedule="mornings"),
        course("y2", capacity=3, minimum=3),
    ]
    result = solved(people, courses)
    assert placed(result) == {"s": "y2", "a": "y2", "b": "y2"}
    assert result.objective.obliged == 0
    assert result.starting_courses == ("y2",)


def test_obliged_people_go_first_when_places_are_short():
    result = solved(
        [person("free", waited=300), person("obliged", obliged=True, waited=1)],
        [course("c", status=CourseStatus.RUNNING, capacity=1, minimum=0)],
    )
    assert placed(result) == {"obliged": "c"}


def test_among_equals_the_longest_waiting_go_first():
    result = solved(
        [person("short", waited=10), person("long", waited=100)],
        [course("c", status=CourseStatus.RUNNING, capacity=1, minimum=0)],
    )
    assert placed(result) == {"long": "c"}


def test_among_equals_the_shorter_journey_wins():
    far = (52.37, 9.90)  # some 12 km east
    result = solved(
        [person("p", limit=60)],
        [
            course("near", status=CourseStatus.RUNNING, minimum=0),
            course("far", status=CourseStatus.RUNNING, minimum=0, location=far),
        ],
    )
    assert placed(result) == {"p": "near"}
    assert result.assignments[0].travel_minutes == 0


@pytest.mark.parametrize(
    ("change", "value"),
    [
        ("level", "A2"),
        ("types", {"integration_course"}),
        ("availability", {"mornings"}),
        ("limit", 5),
        ("needs_childcare", True),
    ],
)
def test_a_person_fits_only_a_course_that_suits_them_in_every_respect(change, value):
    far_home = (52.37, 9.80)
    result = solved(
        [person("p", home=far_home, **{change: value})],
        [course("c", status=CourseStatus.RUNNING, minimum=0)],
    )
    assert placed(result) == {}
    assert result.waiting[0].reason is WaitingReason.NO_FITTING_COURSE


def test_childcare_offered_lets_a_parent_in():
    result = solved(
        [person("p", needs_childcare=True)],
        [course("c", status=CourseStatus.RUNNING, minimum=0, childcare=True)],
    )
    assert placed(result) == {"p": "c"}


def test_every_assignment_is_explained():
    result = solved([person("p", waited=40)], [course("c", status=CourseStatus.RUNNING)])
    assert result.assignments[0].explanation == {
        "level": "B1",
        "course_type": "basic_b1_b2",
        "schedule": "evenings",
        "travel_minutes": 0,
        "travel_limit_minutes": 45,
        "waiting_days": 40,
        "obliged": False,
        "childcare": False,
    }


def test_progress_is_reported_while_it_runs():
    events = []
    batch = generate(people=200, courses=20, providers=3, seed=5)
    solve(batch, workers=1, progress=events.append)
    kinds = [e["event"] for e in events]
    assert kinds[0] == "start" and kinds[-1] == "done"
    assert kinds.count("component") == events[0]["components"]
    for event in events[1:-1]:
        assert set(event["stages"]) <= {"A", "B", "dive", "search", "C"}
        assert all(seconds >= 0 for seconds in event["stages"].values())


def test_the_same_seed_gives_the_same_placement():
    batch = generate(people=400, courses=40, providers=4, seed=7)
    first, second = solve(batch, seed=3, workers=1), solve(batch, seed=3, workers=1)
    assert first.assignments == second.assignments


def test_a_tiny_time_limit_still_gives_a_feasible_placement_and_honest_bounds():
    batch = generate(people=2000, courses=150, providers=8, seed=1)
    result = solve(batch, time_limit=0.05, workers=1)
    assert check(batch, result) == []
    for part in result.bounds:
        assert part.gap >= 0
        if part.part == "travel_minutes":
            assert part.bound <= part.value
        else:
            assert part.bound >= part.value


@pytest.mark.parametrize("seed", [1, 2])
def test_flows_and_mip_stages_prove_the_same_optimum_for_a_district(seed):
    batch = generate(people=500, courses=40, providers=4, seed=seed)
    by_flows = solve(batch, workers=1)
    with (
        patch.object(component, "_open_courses", all_closed),
        patch.object(component, "NODE_LIMIT", 0),
    ):
        by_mip = solve(batch, workers=1)
    assert by_flows.optimal and by_mip.optimal
    assert by_flows.objective == by_mip.objective
    assert check(batch, by_mip) == []


def test_components_solved_in_processes_give_the_same_result():
    batch = generate(people=2000, courses=150, providers=8, seed=2)
    alone, together = solve(batch, workers=1), solve(batch, workers=2)
    assert alone.objective == together.objective
    assert alone.optimal and together.optimal


def test_large_models_solved_in_a_child_process_give_the_same_optimum():
    batch = generate(people=500, courses=40, providers=4, seed=1)
    with (
        patch.object(component, "_open_courses", all_closed),
        patch.object(component, "NODE_LIMIT", 0),
    ):
        here = solve(batch, workers=1)
        with patch.object(mip, "APART_FROM", 0):
            apart = solve(batch, workers=1)
    assert here.optimal and apart.optimal
    assert apart.objective == here.objective
    assert check(batch, apart) == []


def _one_of_two_started_on_the_worse() -> mip.Mip:
    """Two columns, at most one of them 1, worth 1 and 2; started on the first (worth 1)."""
    model = mip.Mip(seed=0)
    rows = model.rows([0.0], [1.0])
    cols = model.cols([0.0, 0.0], [1.0, 1.0], [0, 1], [rows[0], rows[0]], [1.0, 1.0], integer=True)
    model.objective(cols, [1.0, 2.0], maximise=True)
    model.start(np.array([1.0, 0.0]))
    return model


def test_a_solve_that_never_returns_is_stopped_at_the_deadline(monkeypatch):
    """HiGHS does not look at the clock everywhere (a RINS sub-MIP's presolve ran 70 minutes
    past a look-ahead's 30 seconds): a model of some size is solved in a child the deadline
    stops, so that a hang costs the time limit and the start given, never the run."""
    model = _one_of_two_started_on_the_worse()
    monkeypatch.setattr(mip, "APART_FROM", model.n_cols)
    monkeypatch.setattr(mip, "GRACE_SECONDS", 0.0)
    # The child inherits the hang; solved here instead, the call would hang for 30 seconds
    # and then fail.
    monkeypatch.setattr(model, "_solve", lambda deadline: threading.Event().wait(30))
    values, value, _bound, proven = model.solve(time.monotonic() + 0.2)
    assert list(values) == [1.0, 0.0] and value == 1.0 and not proven


def test_a_child_past_its_deadline_is_stopped_and_the_best_known_solution_stands():
    model = _one_of_two_started_on_the_worse()
    with patch.object(mip, "GRACE_SECONDS", -1.0):
        values, value, _bound, proven = model.solve_apart(time.monotonic())
    assert list(values) == [1.0, 0.0] and value == 1.0 and not proven
    values, value, bound, proven = model.solve_apart(time.monotonic() + 30)
    assert list(values) == [0.0, 1.0] and value == bound == 2.0 and proven
