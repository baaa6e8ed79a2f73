"""Plans in which a course's start follows from the week it fills (``engine/plan.py``): the
cases that a single window per course gets wrong, and hindsight carried out week by week."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from verbund.placement.engine import simulate
from verbund.placement.engine.model import Course, CourseStatus, Person
from verbund.placement.engine.plan import Rules, fill_weeks, plan

NOW = date(2027, 1, 4)
HERE = (52.37, 9.73)
WEEK = timedelta(weeks=1)
RULES = Rules(earliest_weeks=2, join_weeks=4)


def person(ident, *, arrives=0, leaves=25):
    """On the list from week ``arrives`` to week ``leaves``, counted from NOW."""
    return Person(
        id=ident,
        level="B1",
        course_types=frozenset({"basic_b1_b2"}),
        availability=frozenset({"evenings"}),
        home=HERE,
        max_travel_minutes=45,
        waiting_since=NOW + arrives * WEEK,
        available_from=NOW + arrives * WEEK,
        available_until=NOW + (leaves + 1) * WEEK - timedelta(days=1),
    )


def course(ident, *, announced=0, latest=6, minimum=2, capacity=25, **kwargs):
    return Course(
        id=ident,
        provider="vhs",
        course_type="basic_b1_b2",
        level="B1",
        schedule="evenings",
        location=HERE,
        start=NOW + latest * WEEK,
        minimum=minimum,
        capacity=capacity,
        joinable_from=NOW + announced * WEEK,
        **kwargs,
    )


def test_a_course_can_fill_in_any_week_up_to_its_latest_start_and_then_runs_four_weeks():
    options = fill_weeks(course("c", announced=0, latest=6), NOW, RULES)
    # Filled in week f it begins a week later (not before week 2, not after week 6), and can
    # be joined for four weeks from then.
    assert options == [(0, 5), (1, 5), (2, 6), (3, 7), (4, 8), (5, 9), (6, 9)]
    assert fill_weeks(course("c"), NOW, Rules(2, 4, last_day=NOW + 7 * WEEK))[-1] == (6, 7)


def test_a_course_waits_to_fill_for_someone_who_comes_after_an_early_start_would_close():
    people = [person("a"), person("b"), person("c", arrives=8)]
    made = plan(NOW, people, [course("c1")], RULES, placed_first=True)
    assert made.optimal
    assert made.placed == 3
    # Filled before week 4 it would close before week 8, when c comes.
    assert made.fills["c1"] >= 4


def test_those_who_fill_a_course_are_on_the_list_together_in_that_week():
    # a leaves after week 1, c comes in week 3: the minimum of 2 is never there at once with
    # a and c alone, though their windows each meet the course's.
    people = [person("a", leaves=1), person("c", arrives=3)]
    assert plan(NOW, people, [course("c1")], RULES, placed_first=True).placed == 0
    people.append(person("b"))
    made = plan(NOW, people, [course("c1")], RULES, placed_first=True)
    assert made.placed == 3
    assert made.fills["c1"] in (0, 1)  # while a is still there


def test_expected_people_count_but_are_never_the_ones_placed_now():
    expected = [person("expected:x", arrives=2)]
    made = plan(NOW, [person("a")], [course("c1")], RULES, expected=expected)
    assert made.assignments == {"a": "c1", "expected:x": "c1"}
    assert made.fills["c1"] == 2


def test_a_course_fills_no_later_than_its_latest_start_nor_takes_more_than_its_capacity():
    people = [person(f"p{i}") for i in range(5)]
    made = plan(NOW, people, [course("c1", capacity=3, latest=2)], RULES, placed_first=True)
    assert made.placed == 3
    assert 0 <= made.fills["c1"] <= 2


def test_with_several_forecasts_this_weeks_decisions_serve_them_all():
    # c1 runs with one place left; c2 starts only with three, and a alone is not enough.
    running = course(
        "c1",
        latest=-1,
        capacity=3,
        enrolled=2,
        status=CourseStatus.RUNNING,
        joinable_until=NOW + 3 * WEEK - timedelta(days=1),
    )
    courses = [running, course("c2", minimum=3)]
    comes = [person(f"expected:{i}", arrives=1) for i in range(2)]
    a = [person("a")]
    assert plan(NOW, a, courses, RULES).assignments == {"a": "c1"}
    assert plan(NOW, a, courses, RULES, expected=comes).assignments["a"] == "c2"
    # If the two come in half the futures, a waits for c2 in all of them: in the first one,
    # where nobody comes, a is not placed now.
    assert "a" not in plan(NOW, a, courses, RULES, scenarios=[[], comes]).assignments
    # If they come in one of four, a joins c1 now in all of them, the first one included.
    made = plan(NOW, a, courses, RULES, scenarios=[comes, [], [], []])
    assert made.assignments == {"a": "c1"}
    with pytest.raises(ValueError):
        plan(NOW, a, courses, RULES, expected=comes, scenarios=[comes])


def test_a_course_begins_soon_after_its_people_came_where_that_costs_nobody_their_place():
    a = [person("a")]
    made = plan(NOW, a, [course("c1", minimum=1)], RULES, soon_value=50.0)
    # Filled in week 2 at the latest, it begins by week 3: a waits three weeks at most.
    assert made.fills["c1"] <= 2
    # Someone expected in week 8 can join only if it fills in week 4 or later; a place is
    # worth more than a short wait.
    later = [person("expected:x", arrives=8)]
    made = plan(NOW, a, [course("c1", minimum=1)], RULES, expected=later, soon_value=50.0)
    assert made.placed == 2
    assert made.fills["c1"] >= 4
    # A course whose start is settled begins in week 3, a little farther away than one that
    # can begin in week 6 at the soonest: a short wait outweighs a few minutes of travel.
    farther = (HERE[0] + 0.02, HERE[1])
    settled = replace(
        course("c2", minimum=1, enrolled=1, latest=3),
        location=farther,
        joinable_until=NOW + 7 * WEEK - timedelta(days=1),
    )
    courses = [course("c1", minimum=1, announced=4, latest=8), settled]
    assert plan(NOW, a, courses, RULES).assignments == {"a": "c1"}
    assert plan(NOW, a, courses, RULES, soon_value=50.0).assignments == {"a": "c2"}
    with pytest.raises(ValueError):
        plan(NOW, a, courses, RULES, placed_share=0.9)


def test_a_short_wait_counts_from_the_day_someone_came_on_the_list():
    # Both wait now; one came five weeks ago. The one place in a course beginning in week 2 is
    # a short wait only for the one who came now: the other has waited too long already.
    people = [replace(person("old"), waiting_since=NOW - 5 * WEEK), person("new")]
    settled = replace(
        course("c2", minimum=1, enrolled=1, capacity=2, latest=2),
        joinable_until=NOW + 6 * WEEK - timedelta(days=1),
    )
    courses = [course("c1", minimum=1, announced=4, latest=8), settled]
    made = plan(NOW, people, courses, RULES, soon_value=50.0)
    assert made.assignments == {"new": "c2", "old": "c1"}


def test_a_short_wait_of_someone_only_expected_counts_only_when_asked_for():
    # One place each in a course whose start is settled for week 2: for "old", who came ten
    # weeks ago, no wait can be short any more; for "new", expected in week 1, it is.
    old = [replace(person("old"), waiting_since=NOW - 10 * WEEK)]
    new = [person("expected:new", arrives=1)]
    settled = replace(
        course("c", minimum=1, enrolled=1, latest=2),
        joinable_until=NOW + 6 * WEEK - timedelta(days=1),
    )

    def value(**soon):
        made = plan(NOW, old, [settled], RULES, expected=new, **soon)
        assert made.optimal and made.placed == 2
        return made.bound  # the weighed objective's, proven: its value

    assert value(soon_value=50.0) == pytest.approx(value() + 50.0)
    assert value(soon_value=50.0, soon_expected=False) == pytest.approx(value())


def test_a_short_wait_counts_only_for_someone_who_fits_enough_courses_when_asked_for():
    # "a" came now; the course whose start is settled for week 2 is a short wait for them.
    a = [person("a")]
    settled = replace(
        course("c", minimum=1, enrolled=1, latest=2),
        joinable_until=NOW + 6 * WEEK - timedelta(days=1),
    )
    other = replace(course("d", minimum=1), location=(HERE[0] + 0.02, HERE[1]))

    def value(courses, **soon):
        made = plan(NOW, a, courses, RULES, **soon)
        assert made.optimal and made.assignments == {"a": "c"}
        return made.bound  # the weighed objective's, proven: its value

    alone = value([settled])
    assert value([settled], soon_value=50.0, soon_min_courses=1) == pytest.approx(alone + 50.0)
    # With one course to choose from, "a" needs it to stay open: the short wait counts not.
    assert value([settled], soon_value=50.0, soon_min_courses=2) == pytest.approx(alone)
    # With two, it counts again.
    both = value([settled, other])
    assert value([settled, other], soon_value=50.0, soon_min_courses=2) == pytest.approx(
        both + 50.0
    )


def test_short_waits_kept_to_the_plans_fills_change_who_goes_where_not_when():
    # "old" came ten weeks ago, "one" and "two" now. A running course has one free place; a
    # planned one takes two and, filled late, stays open longest.
    people = [
        replace(person("old"), waiting_since=NOW - 10 * WEEK),
        person("one"),
        person("two"),
    ]
    running = replace(
        course("r", minimum=1, enrolled=1, capacity=2, latest=-1),
        status=CourseStatus.RUNNING,
        joinable_until=NOW + 3 * WEEK - timedelta(days=1),
    )
    courses = [running, course("p", minimum=1, capacity=2, latest=6)]
    late = plan(NOW, people, courses, RULES, delay_per_day=-0.2)
    assert late.placed == 3 and late.fills["p"] >= 5
    # A value for short waits fills the planned course at once, so that both who came now
    # begin within three weeks.
    soon = plan(NOW, people, courses, RULES, delay_per_day=-0.2, soon_value=100.0)
    assert soon.placed == 3 and soon.fills["p"] <= 2
    # Kept to the plan's fills, it only gives the running course's place to someone who came
    # now: one short wait, and the planned course still fills late.
    kept = plan(
        NOW, people, courses, RULES, delay_per_day=-0.2, soon_value=100.0, soon_keeps_fills=True
    )
    assert kept.placed == 3 and kept.fills["p"] >= 5
    assert sorted(kept.assignments.values()) == ["p", "p", "r"]
    assert kept.assignments["old"] == "p"
    # One place left, in a course whose start is settled: the plan gives it to "old", who has
    # waited longest. A short wait for "one" does not take it from them.
    last = [running]
    assert plan(NOW, people[:2], last, RULES).assignments == {"old": "r"}
    alone = plan(NOW, people[:2], last, RULES, soon_value=100.0)
    assert alone.assignments == {"one": "r"}
    kept = plan(NOW, people[:2], last, RULES, soon_value=100.0, soon_keeps_fills=True)
    assert kept.assignments == {"old": "r"}
    with pytest.raises(ValueError):
        plan(
            NOW, people, courses, RULES, soon_value=100.0, soon_keeps_fills=True, placed_first=True
        )
    with pytest.raises(ValueError):
        plan(
            NOW, people, courses, RULES, scenarios=[[], []], soon_value=100.0, soon_keeps_fills=True
        )


def test_a_delay_per_day_fills_a_course_soon_and_a_negative_one_late():
    a = [person("a")]
    c1 = [course("c1", minimum=1, latest=6)]
    # Filled in week 1 at the latest it begins in week 2, the soonest; filled in week 5 or 6,
    # in week 6, and stays open until week 9 for whoever comes.
    assert plan(NOW, a, c1, RULES, delay_per_day=0.2).fills["c1"] <= 1
    assert plan(NOW, a, c1, RULES, delay_per_day=-0.2).fills["c1"] >= 5


def test_the_look_ahead_forecasts_the_replay_and_weeks_drawn_from_the_recent_past():
    history = [
        (NOW - k * WEEK, person(f"p{k}-{i}", arrives=-k)) for k in range(30) for i in range(k % 3)
    ]
    ahead = simulate.LookAhead(RULES, scenarios=3, seed=1)
    replay, *drawn = ahead.forecasts(NOW, history)
    assert replay == ahead.expected(NOW, history)
    assert len(drawn) == 2
    for forecast in drawn:
        ids = [p.id for p in forecast]
        assert len(ids) == len(set(ids))
        # Every coming week brings one past week's arrivals, on the list from then on.
        assert {p.available_from for p in forecast} <= {NOW + k * WEEK for k in range(1, 13)}
    assert ahead.forecasts(NOW, history) == [replay, *drawn]  # the same for the same seed
    assert simulate.LookAhead(RULES).forecasts(NOW, history) == [replay]


@pytest.fixture(scope="module")
def year():
    return simulate.city_year(
        weeks=10, arrivals_per_week=12, providers=4, warmup=2, drain=8, seed=5
    )


class Replay(simulate.Policy):
    """Carries out hindsight's placements in the weeks it says, under the run's rules."""

    name = "replay"

    def __init__(self, outcome):
        self.outcome = outcome

    def decide(self, day, waiting, courses, context):
        here = {p.id for p in waiting}
        open_ = {c.id for c in courses}
        return {
            p: c
            for p, (c, joined) in self.outcome.placed.items()
            if joined == day and p in here and c in open_
        }


def test_hindsight_can_be_carried_out_week_by_week_and_no_policy_places_more(year):
    best = simulate.hindsight(year, seed=5)
    assert best.optimal
    replayed = simulate.run(year, Replay(best))  # raises if a week breaks a rule
    assert replayed.placed == best.placed
    assert replayed.starts == best.starts
    assert replayed.started == best.started
    for name in ("pooled", "weekly", "lookahead"):
        outcome = simulate.run(year, simulate.policy(name, year, seed=5))
        assert len(outcome.placed) <= len(best.placed), name


def test_hindsight_with_short_waits_places_as_many_and_more_of_them_within_three_weeks(year):
    best = simulate.hindsight(year, seed=5)
    short = simulate.hindsight(year, seed=5, short_waits_share=1.0)
    assert short.optimal
    assert len(short.placed) == len(best.placed)
    assert simulate.run(year, Replay(short)).placed == short.placed

    arrived = {p.id: p.available_from for _week, p in year.arrivals}

    def within_three_weeks(outcome):
        return sum(
            (max(outcome.starts[c], joined) - arrived[p]).days <= 21
            for p, (c, joined) in outcome.placed.items()
        )

    # Hindsight is one of the plans that place as many; the short waits' is the best of them.
    assert within_three_weeks(short) >= within_three_weeks(best)
    assert within_three_weeks(short) > 0
