"""A plan over the coming weeks in which a course's start follows from the week it fills.

In the simulated city (``simulate.py``) a planned course begins a week after the week it reaches
its minimum, not sooner than ``earliest_weeks`` after its announcement and not later than its
latest start, and can be joined for its first ``join_weeks`` weeks. So the week a course fills
decides who can still join it: one filled early also closes early. A batch with windows
(``model.Batch``) gives each course one window, from its announcement to four weeks after its
latest start; a plan made with it keeps people for courses that will have closed by the time
they could join, and hindsight made with it is a bound that no policy can reach, not even one
that knows every arrival. Here each planned course chooses the week it fills, and its window
follows from that choice:

    x[p, c]  person p goes into course c (fitting pairs only)
    y[c, f]  course c reaches its minimum in week f
    Σ_c x[p, c] ≤ 1                      a person gets at most one course
    Σ_f y[c, f] ≤ 1                      a course fills once, or never
    Σ_p x[p, c] ≤ free_c · Σ_f y[c, f]   it takes people only if it fills, up to its capacity
    Σ_{p on the list in week f} x[p, c] ≥ minimum_c · y[c, f]
                                         those who fill it are there in that week
    x[p, c] ≤ Σ_{f: p is on the list while c, filled in week f, can be joined} y[c, f]

A course already at its minimum (running, or filled and about to begin) has its window fixed
and no y. Every solution can be carried out week by week under the simulation's rules: in week f
everyone planned for c who is on the list joins it, bringing it to its minimum; the others join
in the first week they are on the list, before it closes. So with every arrival known in advance
this is hindsight, and its optimum is the most any policy can place.

Weeks are counted from ``now``; every day in a plan (arrivals, announcements, starts) falls on
the weekly grid of ``now``, as in the simulation.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy as np

from .fit import fitting_pairs
from .mip import Mip
from .model import Batch, Course, CourseStatus, Person

WEEK = timedelta(weeks=1)
# What a placement is worth in the plan's weighed objective; every other term of a pair is far
# smaller, so a plan gives up a person placed only for about ten obliged people placed instead.
PLACED = 1000.0
OBLIGED = 100.0
WAITED = 20.0  # for the longest wait, half a year; less for shorter ones
CERTAIN = 5.0  # someone already on the list before someone only expected
PER_MINUTE = 0.1  # of travel


@dataclass(frozen=True)
class Rules:
    """When a course that fills begins, and how long it can be joined (see ``simulate``)."""

    earliest_weeks: int = 2
    join_weeks: int = 4
    # The last day on which anyone can join a course (the end of a simulated run); None: none.
    last_day: date | None = None

    def last_week(self, now: date) -> int | None:
        return None if self.last_day is None else _week(now, self.last_day)


@dataclass
class Plan:
    assignments: dict[str, str]  # person id → course id
    fills: dict[str, int]  # course id → the week (from now) in which it reaches its minimum
    bound: float  # on people placed, when placed came first; else on the weighed objective
    optimal: bool

    @property
    def placed(self) -> int:
        return len(self.assignments)


def _week(now: date, day: date) -> int:
    return (day - now).days // 7


def fill_weeks(course: Course, now: date, rules: Rules) -> list[tuple[int, int]]:
    """(fill week, last week it can be joined) for each week a planned course can fill in."""
    announced = _week(now, course.joinable_from or now)
    latest = _week(now, course.start)
    end = rules.last_week(now)
    options = []
    for fill in range(max(0, announced), latest + 1 if end is None else min(latest, end) + 1):
        begins = min(latest, max(announced + rules.earliest_weeks, fill + 1))
        closes = begins + rules.join_weeks - 1
        options.append((fill, closes if end is None else min(closes, end)))
    return options


def is_filled(course: Course) -> bool:
    """Whether its start is settled: it runs, or has reached its minimum and waits to begin."""
    return course.status is CourseStatus.RUNNING or course.enrolled >= max(1, course.minimum)


def plan(
    now: date,
    waiting: list[Person],
    courses: list[Course],
    rules: Rules,
    *,
    expected: list[Person] = (),
    scenarios: list[list[Person]] = (),
    placed_first: bool = False,
    delay_per_day: float = 0.0,
    placed_share: float = 1.0,
    soon_weeks: int = 3,
    soon_value: float = 0.0,
    soon_expected: bool = True,
    soon_min_courses: int = 0,
    soon_keeps_fills: bool = False,
    seed: int = 0,
    time_limit: float = 30.0,
    relative_gap: float = 0.0,
    threads: int = 1,
) -> Plan:
    """The best plan for ``waiting`` (on the list from ``now``) and ``expected`` people (each
    from its ``available_from``) over ``courses``: running ones, filled ones with their
    ``joinable_until``, planned ones announced on their ``joinable_from``.

    The objective weighs each placement (``PLACED`` and the smaller terms above), to within
    ``relative_gap``. With ``placed_first`` it first finds the most people that can be placed,
    proven when time allows, and then the best weighed plan that places as many.
    ``delay_per_day`` counts each day from now until a planned course begins against filling it
    in that week, once per person it needs, so that courses begin sooner where that costs
    little; a negative one counts them for it, so that courses fill late and stay open longer.

    ``soon_value`` is added for each person placed in a course that begins at most
    ``soon_weeks`` after they came on the list (``waiting_since``); with ``soon_expected``
    false, for people waiting now only, not for expected ones; with ``soon_min_courses``, only
    for people who fit at least that many of ``courses`` (in the weeks they are on the list).
    Someone with many courses to choose from was nearly always placed in side runs, whatever
    the plan, so their short waits cost few places; someone with few needs the courses they
    fit to stay open until they come, and a value for beginning soon would close them early.
    With ``soon_keeps_fills``, the plan is first solved without the value for short waits;
    then the weeks its courses fill in are kept, and so are the numbers it places of everyone
    and of obliged people, and the place of everyone waiting now whom it places, and the value
    for short waits decides only who goes where: someone who came lately may take a place that
    begins soon, and someone who has waited longer a place in a course that fills later. It
    tests a reading of side runs: that short waits cost places through the weeks courses fill
    in, a course filled soon having closed, or being full, when someone with few courses to
    choose from comes. In four simulated years it placed a little more than the value alone,
    with fewer short waits (docs/placement.md, *Side runs*).
    With ``placed_first`` and a ``placed_share`` below 1, the weighed plan places at least that
    share of the most people: together they ask how many can wait a short time when a plan
    places a little fewer than it could.

    ``scenarios``, in place of ``expected``, are several forecasts of who arrives. The plan then
    takes this week's decisions once for all of them (who joins which course now, which courses
    fill now) and the weeks after for each scenario apart, weighing the scenarios alike: what
    it does now has to serve every future it may meet, not the one forecast it was shown. The
    plan returned is the first scenario's; its decisions for now are every scenario's.
    """
    if scenarios and (expected or placed_first):
        raise ValueError("scenarios replace expected people and do not count placed first")
    if soon_keeps_fills and (len(scenarios) > 1 or placed_first):
        raise ValueError("keeping the fills is for the plan of one forecast, weighed alone")
    if placed_share < 1.0 and not placed_first:
        raise ValueError("placed_share is a share of the most people placed: it needs placed_first")
    deadline = time.monotonic() + time_limit
    real = [replace(p, available_from=max(now, p.available_from or now)) for p in waiting]
    mip = Mip(seed=seed, threads=threads)
    forecasts = [list(f) for f in scenarios] or [list(expected)]
    futures = []
    for forecast in forecasts:
        people = real + forecast
        pairs = _fitting_pairs(now, people, courses, rules)
        soon = soon_weeks if soon_value else None
        # Whose short waits count: every pair of theirs is a course they fit.
        fits = np.bincount(pairs.person, minlength=len(people))
        judged = (pairs.person < (len(people) if soon_expected else len(real))) & (
            fits[pairs.person] >= soon_min_courses
        )
        model = _Model(now, people, courses, rules, pairs, mip, soon, judged)
        futures.append((people, pairs, model))
    if not any(len(pairs) for _people, pairs, _model in futures):
        return Plan({}, {}, 0.0, True)
    _decide_now_alike(courses, len(real), futures)
    share = 1.0 / len(futures)
    x = np.concatenate([model.x for _p, _pairs, model in futures])
    fills = np.array(
        [col for _p, _pairs, model in futures for _c, _week, col, _delay in model.fills],
        dtype=np.int32,
    )
    placements = share * np.concatenate(
        [_values(now, people, len(real), pairs) for people, pairs, _model in futures]
    )
    values = placements + share * soon_value * np.concatenate(
        [model.soon_pairs for _p, _pairs, model in futures]
    )
    soon = np.concatenate([model.soon for _p, _pairs, model in futures]).astype(np.int32)
    delays = share * np.array(
        [delay_per_day * days for _p, _pairs, m in futures for _c, _week, _col, days in m.fills]
    )
    bound, optimal = float("nan"), True
    if placed_first:
        mip.objective(x, np.ones(len(x)), maximise=True)
        most, _value, bound, optimal = mip.solve(deadline)
        if most is None:
            return Plan({}, {}, bound, False)
        mip.row(x, np.ones(len(x)), lower=math.ceil(placed_share * round(float(most[x].sum()))))
        mip.start(most)
        # The weighed plan gets a second at least, where the count took all the time.
        deadline = max(deadline, time.monotonic() + 1.0)
    mip.h.setOptionValue("mip_rel_gap", relative_gap)
    if soon_keeps_fills and soon_value:
        _keep_fills(mip, x, fills, placements, delays, futures, len(real), deadline)
        # The second solve gets ten seconds at least, where the first took all the time.
        deadline = max(deadline, time.monotonic() + 10.0)
    mip.objective(
        np.concatenate([x, fills, soon]),
        np.concatenate([values, -delays, np.full(len(soon), share * soon_value)]),
        maximise=True,
    )
    weighed, _value, weighed_bound, weighed_optimal = mip.solve(deadline)
    if weighed is None:
        if not placed_first:
            return Plan({}, {}, weighed_bound, False)
        weighed = most
    if not placed_first:
        bound, optimal = weighed_bound, weighed_optimal
    people, pairs, model = futures[0]
    chosen = np.flatnonzero(weighed[model.x] > 0.5)
    return Plan(
        assignments={people[pairs.person[k]].id: courses[pairs.course[k]].id for k in chosen},
        fills={courses[c].id: week for c, week, col, _ in model.fills if weighed[col] > 0.5},
        bound=bound,
        optimal=optimal,
    )


def _keep_fills(mip, x, fills, values, delays, futures, real, deadline) -> None:
    """Solves the plan without short waits, then fixes the weeks its courses fill in and adds
    rows that keep as many people placed and obliged people placed as in it, and everyone
    waiting now whom it places placed, and starts from it: short waits may then change who
    goes where, not when a course fills, how many are placed, nor whether someone waiting now
    is."""
    mip.objective(np.concatenate([x, fills]), np.concatenate([values, -delays]), maximise=True)
    first, _value, _bound, _optimal = mip.solve(deadline)
    if first is None:
        return
    kept = np.round(first[fills])
    mip.h.changeColsBounds(len(fills), fills, kept, kept)
    people, pairs, _model = futures[0]
    placed = first[x] > 0.5
    obliged = np.array([p.obliged for p in people])[pairs.person]
    for counted in (np.ones(len(x), dtype=bool), obliged):
        mip.row(x[counted], np.ones(int(counted.sum())), lower=int(placed[counted].sum()))
    # Nobody waiting now whom the plan places loses that to someone else's short wait.
    keeps = np.zeros(len(people), dtype=bool)
    keeps[pairs.person[placed & (pairs.person < real)]] = True
    for ks in _per_person(pairs):
        if keeps[pairs.person[ks[0]]]:
            mip.row(x[ks], np.ones(len(ks)), lower=1)
    mip.start(first)


def _per_person(pairs) -> list[np.ndarray]:
    """The indices of each person's pairs (the pairs are sorted by person), one array each."""
    if not len(pairs):
        return []
    return np.split(np.arange(len(pairs)), np.flatnonzero(np.diff(pairs.person)) + 1)


def _decide_now_alike(courses: list[Course], real: int, futures) -> None:
    """Rows that make every scenario take the first one's decisions for this week: the same
    courses fill now, and the same people on the list now (the first ``real`` of each
    scenario's people) join a course now, which is a filled course or one that fills now."""
    if len(futures) < 2:
        return
    _people, first_pairs, first = futures[0]
    mip = first.mip
    fills_now = {c: col for c, week, col, _ in first.fills if week == 0}
    mine = {
        (p, c): col
        for p, c, col in zip(
            first_pairs.person.tolist(), first_pairs.course.tolist(), first.x, strict=True
        )
        if p < real
    }
    for _people, pairs, model in futures[1:]:
        for c, week, col, _ in model.fills:
            if week == 0:
                mip.row([col, fills_now[c]], [1.0, -1.0], lower=0, upper=0)
        for p, c, col in zip(pairs.person.tolist(), pairs.course.tolist(), model.x, strict=True):
            if p >= real:
                continue
            theirs = mine[p, c]
            if is_filled(courses[c]):
                mip.row([col, theirs], [1.0, -1.0], lower=0, upper=0)
            elif c in fills_now:
                # Equal when the course fills now: |x - x'| <= 1 - y.
                y = fills_now[c]
                mip.row([col, theirs, y], [1.0, -1.0, 1.0], upper=1)
                mip.row([theirs, col, y], [1.0, -1.0, 1.0], upper=1)


def _fitting_pairs(now: date, people: list[Person], courses: list[Course], rules: Rules):
    """Who fits which course if the windows allowed: a planned course's widest window runs from
    its announcement to four weeks after its latest start; the model narrows it per fill week."""
    windows = [
        replace(c, joinable_from=now)
        if is_filled(c)
        else replace(
            c,
            joinable_from=max(now, c.joinable_from or now),
            joinable_until=c.start + rules.join_weeks * WEEK - timedelta(days=1),
        )
        for c in courses
    ]
    # A batch's day is when its waits are counted, after everyone's arrival; fit ignores it.
    latest = max([now, *(p.waiting_since for p in people)])
    providers = {c.provider for c in courses} | {p.provider for p in people if p.provider}
    batch = Batch(latest, tuple(people), tuple(windows), providers=tuple(sorted(providers)))
    return fitting_pairs(batch)


class _Model:
    """The rows of the module's docstring, over the fitting pairs (``x``, one column each) and
    a column per course and week it can fill in (``fills``: course, week, column, and the
    days from now until it would begin, times the people it needs).

    With ``soon_weeks``, ``soon_pairs`` marks the pairs whose course surely begins within
    that many weeks of the person's arrival, and ``soon`` holds a column for each pair whose
    course does so only if it fills in some weeks: 1 at most if the person is placed in it and
    it fills in one of those. Both only for the pairs marked in ``judged``."""

    def __init__(self, now, people, courses, rules, pairs, mip: Mip, soon_weeks, judged):
        self.mip = mip
        self.soon_weeks = soon_weeks
        n = len(pairs)
        self.soon_pairs = np.zeros(n)
        self.soon: list[int] = []
        self.x = mip.cols(
            np.zeros(n), np.ones(n), np.zeros(n, dtype=np.int32), [], [], integer=True
        )
        self.fills: list[tuple[int, int, int, int]] = []
        first = np.array([_week(now, p.available_from) for p in people])
        last = np.array(
            [_week(now, p.available_until) if p.available_until else 10**6 for p in people]
        )
        if rules.last_day is not None:
            last = np.minimum(last, rules.last_week(now))
        # A wait counts from the week someone came on the list, which for people waiting now
        # lies before now; only the waits of the pairs in ``judged`` count.
        arrived = np.array([_week(now, p.waiting_since) for p in people])
        self.arrived = arrived[pairs.person]
        self.judged = judged
        for ks in _per_person(pairs):
            if len(ks) > 1:
                mip.row(self.x[ks], np.ones(len(ks)), upper=1)
        by_course = np.split(
            np.argsort(pairs.course, kind="stable"),
            np.cumsum(np.bincount(pairs.course, minlength=len(courses)))[:-1],
        )
        for c, course in enumerate(courses):
            ks = by_course[c]
            on_list = first[pairs.person[ks]], last[pairs.person[ks]]
            if is_filled(course):
                self._filled(now, course, ks, on_list)
            else:
                self._planned(now, rules, c, course, ks, on_list)

    def _never(self, ks) -> None:
        zeros = np.zeros(len(ks))
        self.mip.h.changeColsBounds(len(ks), self.x[ks], zeros, zeros)

    def _filled(self, now, course, ks, on_list) -> None:
        """Its window is settled: people on the list before it closes, up to its free places."""
        a, b = on_list
        closes = _week(now, course.joinable_until) if course.joinable_until else 10**6
        self._never(ks[a > np.minimum(b, closes)])
        if len(ks):
            self.mip.row(self.x[ks], np.ones(len(ks)), upper=course.free)
        if self.soon_weeks is not None:
            ks = ks[self.judged[ks]]
            begins = _week(now, course.start)
            self.soon_pairs[ks] = _waits(begins, self.arrived[ks]) <= self.soon_weeks

    def _planned(self, now, rules, c, course, ks, on_list) -> None:
        mip, x = self.mip, self.x
        a, b = on_list
        options = fill_weeks(course, now, rules)
        if not options:
            self._never(ks)
            return
        k = len(options)
        ys = mip.cols(np.zeros(k), np.ones(k), np.zeros(k, dtype=np.int32), [], [], integer=True)
        announced = _week(now, course.joinable_from or now)
        latest = _week(now, course.start)
        needed = max(1, course.minimum) - course.enrolled
        begins = [min(latest, max(announced + rules.earliest_weeks, f + 1)) for f, _ in options]
        for (fill, _closes), y, week in zip(options, ys, begins, strict=True):
            self.fills.append((c, fill, int(y), 7 * week * needed))
        mip.row(ys, np.ones(k), upper=1)
        if not len(ks):
            return
        mip.row(
            np.concatenate([x[ks], ys]),
            np.concatenate([np.ones(len(ks)), np.full(k, -course.free)]),
            upper=0,
        )
        for (fill, _closes), y in zip(options, ys, strict=True):
            there = ks[(a <= fill) & (fill <= b)]
            mip.row(np.append(x[there], y), np.append(np.ones(len(there)), -needed), lower=0)
        # Which fill weeks leave each person time to join: those whose window meets theirs.
        meets = np.array([np.maximum(a, fill) <= np.minimum(b, closes) for fill, closes in options])
        for pair, row in zip(ks, meets.T, strict=True):
            if not row.all():
                mip.row(np.append(x[pair], ys[row]), np.append(1.0, -np.ones(row.sum())), upper=0)
        if self.soon_weeks is not None:
            self._soon(ks[self.judged[ks]], ys, begins)

    def _soon(self, ks, ys, begins) -> None:
        """Marks the pairs whose wait is short whenever the course fills, and gives the pairs
        whose wait is short in some fill weeks a column: at most the pair's, and 0 unless the
        course fills in one of those weeks."""
        arrives = self.arrived[ks]
        short = np.array([_waits(week, arrives) <= self.soon_weeks for week in begins])
        always, sometimes = short.all(axis=0), short.any(axis=0) & ~short.all(axis=0)
        self.soon_pairs[ks[always]] = 1.0
        pairs, weeks = ks[sometimes], short[:, sometimes].T
        n = len(pairs)
        if not n:
            return
        soon = self.mip.cols(
            np.zeros(n), np.ones(n), np.zeros(n, dtype=np.int32), [], [], integer=False
        )
        self.mip.pairs_at_most(soon, self.x[pairs])
        for column, row in zip(soon, weeks, strict=True):
            self.mip.row(np.append(column, ys[row]), np.append(1.0, -np.ones(row.sum())), upper=0)
        self.soon.extend(soon.tolist())


def _waits(begins: int, arrives: np.ndarray) -> np.ndarray:
    """Weeks from arrival until a course that begins in week ``begins`` (from now), for people
    who join it on arrival, or now if they are on the list already."""
    return np.maximum(begins, np.maximum(arrives, 0)) - arrives


def _values(now: date, people: list[Person], certain: int, pairs) -> np.ndarray:
    """What each pair is worth in the weighed objective; the first ``certain`` people are on
    the list now, the others expected."""
    is_certain = np.arange(len(people)) < certain
    obliged = np.array([p.obliged for p in people])
    waited = np.array([(now - p.waiting_since).days for p in people])
    person = pairs.person
    return (
        PLACED
        + OBLIGED * obliged[person]
        + WAITED * np.clip(waited[person], 0, 182) / 182
        + CERTAIN * is_certain[person]
        - PER_MINUTE * pairs.minutes
    )
