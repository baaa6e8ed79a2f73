"""A year of weekly placement in one city, policy beside policy.

The city: providers at district centres put courses in their calendars and open them for
registration 3 to 8 weeks before their latest start; a course runs once it has its minimum
("a course is to run once 15 entitled people have registered"): a week later, but not sooner
than two weeks after it opened; one that has not reached its minimum by its latest start is
cancelled. A running course can be joined for its first four weeks. About 40 people arrive a
week and leave the list after six months if nobody placed them. Every week each policy decides
who goes where, under the same rules as the engine (a planned course gets people only if they
bring it to its minimum):

- ``per_provider``: each provider's own list, first come first served (today);
- ``pooled``: one pooled list, first come first served;
- ``weekly``: the engine's weekly batch optimum, blind to the weeks ahead;
- ``lookahead``: a plan over the coming weeks (below);
- ``lookahead_short_waits``: the same, but counting each day until a course begins against
  filling it then, not for it, so that courses begin sooner where that costs few placements;
- ``foresight``: the look-ahead told who really arrives in the coming weeks instead of the
  forecast; nobody can follow it, but beside ``lookahead`` it shows what forecasting costs;
- ``hindsight``: every arrival of the whole run known in advance, one optimum over all of it
  under the same rules (no policy can place more: each one's placements, in the weeks it made
  them, are a solution of that problem).

**Looking ahead.** Each week the look-ahead solves a plan (``plan.py``) over the coming weeks:
the people waiting now, the expected arrivals (the last twelve weeks' arrivals, replayed twelve
weeks on: the best forecast of who comes is who came), every course open for registration and
the courses in the providers' calendars for the next sixteen weeks that are not open yet. In
the plan each course fills in a week it chooses, and begins and closes as the rules above let
it, so the plan knows that a course filled early closes early. From the plan it carries out
what is certain now: people the plan puts in a course whose start is settled, or in a course
the plan fills this week (only people on the list now can fill it now). People the plan keeps
for a course that fills later wait for it, rather than being used up this week by a course that
would start without them. The plan's objective puts real people before expected ones, so
expected people never take a place from someone already waiting. It counts each day until a
course begins for filling it then (``OPEN``): a course that begins later can be joined later,
by people the forecast does not know of.
"""

from __future__ import annotations

import math
import random
import statistics
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np

from .check import violations
from .fit import travel_minutes
from .generate import cities, course, person
from .greedy import first_come_first_served
from .model import Batch, Course, CourseStatus, Person
from .plan import PER_MINUTE, PLACED, Rules, is_filled, plan
from .solver import solve

POLICIES = (
    "per_provider",
    "pooled",
    "weekly",
    "lookahead",
    "lookahead_short_waits",
    "foresight",
    "hindsight",
)
# Policies for side runs (``--policies``), not in the tables until a run beside the baselines
# shows them better: the look-ahead and foresight as they were before they filled courses late
# (below), with a value for each person waiting now who goes into a course that begins within
# three weeks of their arrival; and the look-ahead filling courses late with that value only for
# people who fit ``MANY`` of the plan's courses or more; and the same value only after the
# look-ahead's plan is made, keeping the weeks its courses fill in (``lookahead_then_soon``).
VARIANTS = ("lookahead_soon", "foresight_soon", "lookahead_soon_many", "lookahead_then_soon")
# An obliged person's worth, a tenth of a placement's: the plan gives up a person placed only
# for ten or more short waits.
SOON = 100.0
# People who fit this many of the plan's courses have a choice: in side runs nearly all of those
# who fit eleven or more of a year's courses were placed, whatever the variant, and the places
# that a value for every short wait cost were of people who fit few (docs/placement.md, *Side
# runs*). Three of a plan's 50 or so courses is about eleven of a run's 200.
MANY = 3
# The look-ahead's delay per day (minutes of travel a day and person needed): negative, so that
# the plan fills courses late and they stay open longer for those who come later. A week later
# for a course that needs 15 is worth 21, a fifth of an obliged person: it decides between plans
# that place as many. In side runs on four years it placed more than the same plan without it
# in each (docs/placement.md, *Side runs*).
OPEN = -2.0
WEEK = timedelta(weeks=1)


@dataclass(frozen=True)
class Offer:
    """A course of the calendar: announced on ``announced``, joinable until ``joinable_until``."""

    course: Course
    announced: date

    @property
    def start(self) -> date:
        return self.course.start


@dataclass(frozen=True)
class CityYear:
    first_day: date  # the Monday of week 0
    weeks: int  # weeks whose arrivals are measured
    warmup: int  # weeks run before, so that week 0 starts with a list and courses
    drain: int  # weeks run after, so that the last arrivals can be placed or leave
    arrivals: tuple[tuple[int, Person], ...]  # (week, person)
    offers: tuple[Offer, ...]
    providers: tuple[str, ...]
    join_weeks: int = 4  # a running course can be joined for its first weeks
    earliest_weeks: int = 2  # a course starts no sooner after its announcement

    def day(self, week: int) -> date:
        return self.first_day + week * WEEK

    def rules(self) -> Rules:
        """The city's rules for plans. The run's end is one of them: nobody joins a course
        after its last week, so a plan that keeps someone for a later course loses them."""
        return Rules(self.earliest_weeks, self.join_weeks, self.day(self.weeks + self.drain - 1))


def city_year(
    *,
    providers: int = 8,
    arrivals_per_week: float = 40,
    weeks: int = 52,
    seed: int = 0,
    courses_per_week: float | None = None,
    warmup: int = 8,
    drain: int = 26,
    stay_weeks: int = 26,
    join_weeks: int = 4,
    first_day: date = date(2027, 1, 4),
) -> CityYear:
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    city = cities(rng, 1, int(arrivals_per_week * stay_weeks / 2))[0]
    sites = [
        (f"provider-{i + 1}", city.districts[i % len(city.districts)].centre)
        for i in range(providers)
    ]
    # Providers plan about as many places as people arrive, as they do: a course of 25 takes
    # some 16 people on average once minimums and fit are counted in.
    rate = courses_per_week if courses_per_week is not None else arrivals_per_week / 16
    arrivals = []
    offers = []
    for week in range(-warmup, weeks + drain):
        day = first_day + week * WEEK
        for _ in range(int(np_rng.poisson(arrivals_per_week))):
            made = person(rng, f"person-{len(arrivals) + 1}", city, day, max_wait_days=0)
            made = replace(
                made,
                available_from=day,
                available_until=day + stay_weeks * WEEK - timedelta(days=1),
            )
            arrivals.append((week, made))
        for _ in range(int(np_rng.poisson(rate))):
            name, site = sites[rng.randrange(len(sites))]
            start = day + rng.randint(3, 8) * WEEK
            made = course(
                rng,
                f"course-{len(offers) + 1}",
                name,
                site,
                day,
                status=CourseStatus.PLANNED,
                start=start,
            )
            made = replace(
                made, enrolled=0, joinable_until=start + join_weeks * WEEK - timedelta(days=1)
            )
            offers.append(Offer(made, day))
    # Each person is on the list of the nearest provider that offers their level and course type
    # (the one they would walk into today); the pooled policies do not look at it.
    offered: dict[str, set[tuple[str, str]]] = {name: set() for name, _ in sites}
    for offer in offers:
        offered[offer.course.provider].add((offer.course.level, offer.course.course_type))
    listed = []
    for week, made in arrivals:
        own = [
            s
            for s in sites
            if any((made.level, kind) in offered[s[0]] for kind in made.course_types)
        ] or sites
        nearest = min(own, key=lambda s: travel_minutes(made.home, s[1], 20.0))[0]
        listed.append((week, replace(made, provider=nearest)))
    arrivals = listed
    return CityYear(
        first_day,
        weeks,
        warmup,
        drain,
        tuple(arrivals),
        tuple(offers),
        tuple(s[0] for s in sites),
        join_weeks=join_weeks,
    )


# --- policies -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """What a policy may know besides who waits and which courses are open this week."""

    history: list[tuple[date, Person]]  # every arrival so far, with its day
    providers: tuple[str, ...]
    # Courses in the providers' calendars that are not open for registration yet, each with
    # the day it opens (``joinable_from``).
    calendar: list[Course]


def _batch(day, people, courses, context, **kwargs) -> Batch:
    return Batch(
        day=day,
        people=tuple(people),
        courses=tuple(courses),
        providers=context.providers,
        **kwargs,
    )


class Policy(ABC):
    """Who of ``waiting`` goes into which of ``courses`` this week: person id → course id."""

    name = ""

    @abstractmethod
    def decide(self, day: date, waiting: list[Person], courses: list[Course], context) -> dict:
        """Each policy decides in its own way; ``run`` checks every decision against the rules."""


class PerProvider(Policy):
    name = "per_provider"

    def decide(self, day, waiting, courses, context):
        batch = _batch(day, waiting, courses, context)
        return first_come_first_served(batch, per_provider=True)


class Pooled(Policy):
    name = "pooled"

    def decide(self, day, waiting, courses, context):
        batch = _batch(day, waiting, courses, context)
        return first_come_first_served(batch)


class Weekly(Policy):
    name = "weekly"

    def __init__(self, *, seed: int = 0, time_limit: float = 30.0):
        self.seed, self.time_limit = seed, time_limit

    def decide(self, day, waiting, courses, context):
        batch = _batch(day, waiting, courses, context)
        result = solve(batch, seed=self.seed, time_limit=self.time_limit, workers=1)
        return {a.person: a.course for a in result.assignments}


class LookAhead(Policy):
    """See the module's docstring."""

    name = "lookahead"

    def __init__(
        self,
        rules: Rules,
        *,
        name: str | None = None,
        horizon_weeks: int = 12,
        calendar_weeks: int = 16,
        delay_minutes_per_day: float = 0.0,
        scenarios: int = 1,
        soon_value: float = 0.0,
        soon_expected: bool = True,
        soon_min_courses: int = 0,
        soon_keeps_fills: bool = False,
        seed: int = 0,
        time_limit: float = 30.0,
    ):
        self.name = name or ("lookahead_short_waits" if delay_minutes_per_day > 0 else "lookahead")
        self.rules = rules
        self.horizon = horizon_weeks
        self.calendar_weeks = calendar_weeks
        self.delay = delay_minutes_per_day
        self.scenarios = scenarios
        self.soon_value, self.soon_expected = soon_value, soon_expected
        self.soon_min_courses = soon_min_courses
        self.soon_keeps_fills = soon_keeps_fills
        self.seed, self.time_limit = seed, time_limit

    def expected(self, day: date, history: list[tuple[date, Person]]) -> list[Person]:
        """The last ``horizon`` weeks' arrivals, each moved ``horizon`` weeks on."""
        shift = self.horizon * WEEK
        return [_moved(p, shift, "expected") for arrived, p in history if arrived > day - shift]

    def forecasts(self, day: date, history: list[tuple[date, Person]]) -> list[list[Person]]:
        """The replay (``expected``) and ``scenarios - 1`` more: in each, every coming week
        brings the arrivals of a week drawn at random from the last ``2 * horizon``."""
        forecasts = [self.expected(day, history)]
        weeks: dict[date, list[Person]] = {}
        for arrived, p in history:
            if arrived > day - 2 * self.horizon * WEEK:
                weeks.setdefault(arrived, []).append(p)
        drawn = sorted(weeks)
        rng = random.Random(f"{self.seed}:{day.isoformat()}")
        for s in range(1, self.scenarios if drawn else 1):
            forecast = []
            for ahead in range(1, self.horizon + 1):
                past = drawn[rng.randrange(len(drawn))]
                shift = day + ahead * WEEK - past
                forecast += [_moved(p, shift, f"expected:{s}:{ahead}") for p in weeks[past]]
            forecasts.append(forecast)
        return forecasts

    def decide(self, day, waiting, courses, context):
        upcoming = [c for c in context.calendar if c.start <= day + self.calendar_weeks * WEEK]
        made = plan(
            day,
            waiting,
            [*courses, *upcoming],
            self.rules,
            scenarios=self.forecasts(day, context.history),
            delay_per_day=self.delay * PER_MINUTE,
            soon_value=self.soon_value,
            soon_expected=self.soon_expected,
            soon_min_courses=self.soon_min_courses,
            soon_keeps_fills=self.soon_keeps_fills,
            seed=self.seed,
            time_limit=self.time_limit,
            relative_gap=1e-4,
        )
        # What is certain now: real people in a course whose start is settled, or in one the
        # plan fills this week (only people on the list now can fill it this week).
        now = {c.id for c in courses if is_filled(c) or made.fills.get(c.id) == 0}
        real = {p.id for p in waiting}
        return {p: c for p, c in made.assignments.items() if p in real and c in now}


def _moved(p: Person, shift: timedelta, prefix: str) -> Person:
    """Someone like ``p`` who arrives ``shift`` later: an expected person of a forecast."""
    return replace(
        p,
        id=f"{prefix}:{p.id}",
        waiting_since=p.waiting_since + shift,
        available_from=p.available_from + shift,
        available_until=p.available_until + shift,
    )


class Foresight(LookAhead):
    """The look-ahead with the true arrivals of its horizon in place of the forecast."""

    def __init__(self, year: CityYear, **kwargs):
        super().__init__(year.rules(), **{"name": "foresight", **kwargs})
        self.arrivals = [(year.day(week), p) for week, p in year.arrivals]

    def expected(self, day, history):
        until = day + self.horizon * WEEK
        return [
            replace(p, id=f"expected:{p.id}")
            for arrived, p in self.arrivals
            if day < arrived <= until
        ]


# --- the run ----------------------------------------------------------------------------------


@dataclass
class Outcome:
    policy: str
    placed: dict[str, tuple[str, date]] = field(default_factory=dict)  # person → (course, day)
    started: set[str] = field(default_factory=set)
    cancelled: set[str] = field(default_factory=set)
    starts: dict[str, date] = field(default_factory=dict)  # when a course that runs begins
    seconds: float = 0.0


def run(year: CityYear, policy: Policy, *, progress=None) -> Outcome:
    started_at = time.monotonic()
    outcome = Outcome(policy.name)
    enrolled = {o.course.id: 0 for o in year.offers}
    announced = {o.course.id: o.announced for o in year.offers}
    arrivals_by_week: dict[int, list[Person]] = {}
    for week, p in year.arrivals:
        arrivals_by_week.setdefault(week, []).append(p)
    waiting: dict[str, Person] = {}
    history: list[tuple[date, Person]] = []
    for week in range(-year.warmup, year.weeks + year.drain):
        day = year.day(week)
        for p in arrivals_by_week.get(week, []):
            waiting[p.id] = p
            history.append((day, p))
        for ident in [i for i, p in waiting.items() if p.available_until < day]:
            del waiting[ident]
        courses = []
        for offer in year.offers:
            c = offer.course
            if offer.announced > day or c.id in outcome.cancelled:
                continue
            begins = outcome.starts.get(c.id)
            if begins is None and c.start < day:
                # Its latest start has passed below its minimum: it is off.
                outcome.cancelled.add(c.id)
                continue
            if begins is not None and begins <= day:
                outcome.started.add(c.id)
            until = (begins or c.start) + year.join_weeks * WEEK - timedelta(days=1)
            if day > until or enrolled[c.id] >= c.capacity:
                continue
            status = CourseStatus.RUNNING if c.id in outcome.started else CourseStatus.PLANNED
            courses.append(
                replace(
                    c,
                    status=status,
                    enrolled=enrolled[c.id],
                    start=begins or c.start,
                    joinable_from=offer.announced,
                    joinable_until=until,
                )
            )
        people = sorted(waiting.values(), key=lambda p: p.id)
        calendar = [
            replace(o.course, joinable_from=o.announced) for o in year.offers if o.announced > day
        ]
        context = Context(history, year.providers, calendar)
        decided = policy.decide(day, people, courses, context) if people and courses else {}
        batch = Batch(
            day=day, people=tuple(people), courses=tuple(courses), providers=year.providers
        )
        broken = violations(batch, decided)
        if broken:
            raise AssertionError(f"{policy.name} broke the rules in week {week}: {broken[:3]}")
        for ident, course_id in decided.items():
            enrolled[course_id] += 1
            outcome.placed[ident] = (course_id, day)
            del waiting[ident]
        for c in courses:
            if c.id not in outcome.starts and enrolled[c.id] >= max(1, c.minimum):
                # "A course is to run once 15 entitled people have registered": a week to
                # get ready, not before the earliest start its provider set.
                earliest = announced[c.id] + year.earliest_weeks * WEEK
                outcome.starts[c.id] = min(c.start, max(earliest, day + WEEK))
        if progress:
            progress({"policy": policy.name, "week": week, "waiting": len(waiting)})
    for offer in year.offers:  # courses whose start lies beyond the run
        c = offer.course
        if c.id not in outcome.started and c.id not in outcome.cancelled:
            (outcome.started if c.id in outcome.starts else outcome.cancelled).add(c.id)
    outcome.seconds = time.monotonic() - started_at
    return outcome


def hindsight(
    year: CityYear,
    *,
    seed: int = 0,
    time_limit: float = 600.0,
    short_waits_share: float | None = None,
) -> Outcome:
    """Every arrival and course of the run in one plan, under the run's own rules: each course
    fills in the week the plan chooses, and begins and closes as ``run`` would let it.

    With ``short_waits_share``, the plan places at least that share of the most people it can
    place and, of all such plans, the most people in a course that begins within three weeks of
    their arrival: how short waits could be at that share, had a policy known every arrival.
    Its ``optimal`` says whether the most people was proven; the short waits are the best
    plan found in the time."""
    started_at = time.monotonic()
    first = year.day(-year.warmup)
    people = [p for _, p in year.arrivals]
    courses = [replace(o.course, joinable_from=o.announced) for o in year.offers]
    short = short_waits_share is not None
    made = plan(
        first,
        people,
        courses,
        year.rules(),
        placed_first=True,
        placed_share=short_waits_share or 1.0,
        # A short wait is worth more than a placement, above the floor of people placed.
        soon_value=2 * PLACED if short else 0.0,
        seed=seed,
        time_limit=time_limit,
        relative_gap=1e-4,
    )
    outcome = Outcome("hindsight_short_waits" if short else "hindsight")
    offers = {o.course.id: o for o in year.offers}
    arrived = {p.id: p.available_from for p in people}
    for c, fill in made.fills.items():
        offer = offers[c]
        filled = first + fill * WEEK
        earliest = offer.announced + year.earliest_weeks * WEEK
        outcome.starts[c] = min(offer.start, max(earliest, filled + WEEK))
    for p, c in made.assignments.items():
        # Those who fill a course join it that week; the others as soon as they arrive.
        filled = first + made.fills[c] * WEEK
        outcome.placed[p] = (c, max(arrived[p], filled))
    outcome.started = set(made.fills)
    outcome.cancelled = {o.course.id for o in year.offers} - outcome.started
    outcome.seconds = time.monotonic() - started_at
    outcome.optimal = made.optimal  # type: ignore[attr-defined]
    return outcome


# --- figures ----------------------------------------------------------------------------------


def waits(year: CityYear, outcome: Outcome) -> list[int]:
    """Days from arrival to the course: its start, or the day they joined it if it ran."""
    starts = {o.course.id: outcome.starts.get(o.course.id, o.start) for o in year.offers}
    arrived = {p.id: p.available_from for _, p in year.arrivals}
    measured = {p.id for week, p in year.arrivals if 0 <= week < year.weeks}
    return sorted(
        (max(starts[c], joined) - arrived[p]).days
        for p, (c, joined) in outcome.placed.items()
        if p in measured
    )


def figures(year: CityYear, outcome: Outcome, reference: Outcome | None = None) -> dict:
    measured = [p for week, p in year.arrivals if 0 <= week < year.weeks]
    placed = [p for p in measured if p.id in outcome.placed]
    offers = {o.course.id: o for o in year.offers}
    in_year = {
        i
        for i, o in offers.items()
        if year.first_day <= o.start < year.first_day + year.weeks * WEEK
    }
    location = {i: o.course.location for i, o in offers.items()}
    w = waits(year, outcome)
    travel = [travel_minutes(p.home, location[outcome.placed[p.id][0]], 20.0) for p in placed]
    row = {
        "policy": outcome.policy,
        "arrivals": len(measured),
        "placed": len(placed),
        "placed_share": len(placed) / max(1, len(measured)),
        "obliged_placed": sum(p.obliged for p in placed),
        "obliged": sum(p.obliged for p in measured),
        "median_wait_days": statistics.median(w) if w else math.nan,
        "p90_wait_days": w[min(len(w) - 1, int(0.9 * len(w)))] if w else math.nan,
        "courses_started": len(outcome.started & in_year),
        "courses_cancelled": len(outcome.cancelled & in_year),
        "mean_travel_minutes": statistics.fmean(travel) if travel else math.nan,
        "seconds": round(outcome.seconds, 1),
    }
    if reference is not None:
        # Over every arrival of the run: hindsight is the optimum of the whole run, not of
        # the measured weeks alone, so only there is it a bound.
        row["of_hindsight"] = len(outcome.placed) / max(1, len(reference.placed))
    return row


def policy(name: str, year: CityYear, *, seed: int = 0) -> Policy:
    # The look-ahead with the value for short waits of people with many courses to choose from.
    soon_for_many = {
        "delay_minutes_per_day": OPEN,
        "soon_value": SOON,
        "soon_expected": False,
        "soon_min_courses": MANY,
    }
    return {
        "per_provider": PerProvider,
        "pooled": Pooled,
        "weekly": lambda: Weekly(seed=seed),
        "lookahead": lambda: LookAhead(year.rules(), seed=seed, delay_minutes_per_day=OPEN),
        "lookahead_short_waits": lambda: LookAhead(
            year.rules(), seed=seed, delay_minutes_per_day=2.0
        ),
        "foresight": lambda: Foresight(year, seed=seed, delay_minutes_per_day=OPEN),
        "lookahead_soon": lambda: LookAhead(
            year.rules(), name=name, seed=seed, soon_value=SOON, soon_expected=False
        ),
        "foresight_soon": lambda: Foresight(
            year, name=name, seed=seed, soon_value=SOON, soon_expected=False
        ),
        "lookahead_soon_many": lambda: LookAhead(
            year.rules(), name=name, seed=seed, **soon_for_many
        ),
        "lookahead_then_soon": lambda: LookAhead(
            year.rules(), name=name, seed=seed, **soon_for_many, soon_keeps_fills=True
        ),
    }[name]()


def compare(
    year: CityYear, names=POLICIES, *, seed: int = 0, progress=None
) -> tuple[list[dict], dict[str, Outcome]]:
    outcomes = {}
    if "hindsight" in names:
        outcomes["hindsight"] = hindsight(year, seed=seed)
    for name in names:
        if name != "hindsight":
            outcomes[name] = run(year, policy(name, year, seed=seed), progress=progress)
    reference = outcomes.get("hindsight")
    return [figures(year, outcomes[name], reference) for name in names], outcomes


def table(rows: list[dict]) -> str:
    head = (
        "| policy | placed | % of hindsight | obliged placed | median wait (days) | "
        "90th pct. wait | courses started | cancelled | mean travel (min) | seconds |"
    )
    lines = [head, "|" + "---|" * 10]
    for r in rows:
        share = f"{100 * r['of_hindsight']:.1f} %" if "of_hindsight" in r else "–"
        lines.append(
            f"| {r['policy']} | {r['placed']} of {r['arrivals']} ({100 * r['placed_share']:.1f} %)"
            f" | {share} | {r['obliged_placed']} of {r['obliged']} | {r['median_wait_days']:.0f}"
            f" | {r['p90_wait_days']:.0f} | {r['courses_started']} | {r['courses_cancelled']}"
            f" | {r['mean_travel_minutes']:.1f} | {r['seconds']} |"
        )
    return "\n".join(lines)


def main(args) -> int:
    """``verbund placement simulate``."""
    import json

    names = tuple(args.policies.split(",")) if args.policies else POLICIES
    unknown = [n for n in names if n not in POLICIES + VARIANTS]
    if unknown:
        from .model import ScenarioError

        known = ", ".join(POLICIES + VARIANTS)
        raise ScenarioError("--policies", f"unknown policy {unknown[0]!r}: {known}")
    year = city_year(
        providers=args.providers,
        arrivals_per_week=args.arrivals,
        weeks=args.weeks,
        seed=args.seed,
    )
    rows, _ = compare(year, names, seed=args.seed)
    # Figures of nobody placed are not numbers: null in JSON, as strict readers want.
    clean = [
        {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in r.items()}
        for r in rows
    ]
    print(json.dumps(clean, indent=1) if args.json else table(rows))
    return 0
