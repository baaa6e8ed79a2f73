"""Properties of the engine on random batches: feasible, optimal, never behind the baselines."""

from unittest.mock import patch

from hypothesis import HealthCheck, given, settings

from verbund.placement.engine import component, flows, solve
from verbund.placement.engine.check import check, objective_of, violations
from verbund.placement.engine.greedy import first_come_first_served

from .strategies import all_closed, any_batches, brute_force

TINY = settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
PROPERTY = settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])


@TINY
@given(any_batches(max_people=6, max_courses=3))
def test_tiny_batches_equal_brute_force_in_all_four_parts(batch):
    result = solve(batch, workers=1)
    assert check(batch, result) == []
    assert result.objective == brute_force(batch)
    assert result.optimal
    assert all(b.gap == 0 and b.bound == b.value for b in result.bounds)


@PROPERTY
@given(any_batches(max_people=40, max_courses=8, max_capacity=12))
def test_every_result_passes_the_independent_checker(batch):
    result = solve(batch, workers=1)
    assert check(batch, result) == []
    # A bound never lies on the wrong side of the value.
    *maximised, travel = result.bounds
    assert all(part.bound >= part.value for part in maximised)
    assert travel.bound <= travel.value


@PROPERTY
@given(any_batches(max_people=40, max_courses=8, max_capacity=12))
def test_never_fewer_placed_than_first_come_first_served(batch):
    result = solve(batch, workers=1)
    for per_provider in (False, True):
        baseline = first_come_first_served(batch, per_provider=per_provider)
        assert violations(batch, baseline) == []
        assert result.objective.key() >= objective_of(batch, baseline).key()


@TINY
@given(any_batches(max_people=6, max_courses=3))
def test_the_mip_stages_alone_equal_brute_force(batch):
    """With the flows' heuristic and search switched off, stages A, B and C of HiGHS must reach
    the optimum on their own."""
    with (
        patch.object(component, "_open_courses", all_closed),
        patch.object(component, "NODE_LIMIT", 0),
    ):
        result = solve(batch, workers=1)
    assert check(batch, result) == []
    assert result.objective == brute_force(batch)
    assert result.optimal


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(any_batches(max_people=6, max_courses=3))
def test_where_the_person_flow_cannot_weigh_every_part_the_optimum_is_still_reached(batch):
    """A big city's components overflow the person flow's weights, which then leave travel and
    waiting out (a limit of 1 makes every component do so): the class flow, the flows keeping
    each kind of person, the dive, the search and stage C must still reach the optimum."""
    with patch.object(flows, "_COST_LIMIT", 1):
        result = solve(batch, workers=1)
    assert check(batch, result) == []
    assert result.objective == brute_force(batch)
    assert result.optimal
