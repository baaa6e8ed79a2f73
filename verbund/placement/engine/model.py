"""The placement problem's data: people waiting, courses, a weekly batch, and the result.

Plain frozen dataclasses, checked when made, so that every part of the engine can trust them; a
value that cannot be right raises :class:`ScenarioError` naming the field.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

LEVELS = ("A1", "A2", "B1", "B2", "C1")
SCHEDULES = ("full_time", "mornings", "afternoons", "evenings", "weekend")
# The federal course types, as ``verbund.offers.choices.CourseType`` names them.
COURSE_TYPES = (
    "integration_course",
    "basic_b1_b2",
    "basic_b2_c1",
    "basic_c1_c2",
    "special_a2_b1",
    "special_below_a2",
    "specialist",
    "other",
)
DEFAULT_CAPACITY = 25
DEFAULT_MINIMUM = 15
# Far above any course; it keeps counts within the engine's 64-bit arrays.
MAX_CAPACITY = 10_000
DEFAULT_SPEED_KMH = 20.0


class ScenarioError(ValueError):
    """Input that cannot describe a placement problem; ``field`` says where it is wrong."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class CourseStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"


def _check(condition: bool, field_name: str, message: str) -> None:
    if not condition:
        raise ScenarioError(field_name, message)


def _check_point(point: tuple[float, float], field_name: str) -> None:
    _check(len(point) == 2, field_name, "must be [latitude, longitude]")
    lat, lon = point
    _check(
        all(isinstance(v, int | float) and math.isfinite(v) for v in point),
        field_name,
        "must be two numbers",
    )
    _check(-90 <= lat <= 90, field_name, f"latitude {lat} is not between -90 and 90")
    _check(-180 <= lon <= 180, field_name, f"longitude {lon} is not between -180 and 180")


def _check_window(start: date | None, end: date | None, field_name: str) -> None:
    _check(start is None or end is None or start <= end, field_name, f"{end} is before {start}")


def windows_meet(person: Person, course: Course) -> bool:
    """Whether the person is on the list at some time the course can be joined."""
    starts = [d for d in (person.available_from, course.joinable_from) if d is not None]
    ends = [d for d in (person.available_until, course.joinable_until) if d is not None]
    return not starts or not ends or max(starts) <= min(ends)


@dataclass(frozen=True)
class Person:
    id: str
    level: str
    course_types: frozenset[str]
    availability: frozenset[str]
    home: tuple[float, float]
    max_travel_minutes: int
    waiting_since: date
    needs_childcare: bool = False
    obliged: bool = False
    # The provider whose own waiting list the person is on today, if any (for the per-provider
    # baseline); the pooled list does not need it.
    provider: str | None = None
    # For plans over several weeks (look-ahead, hindsight): when the person is on the list.
    # None: from always, until always. A weekly batch needs neither.
    available_from: date | None = None
    available_until: date | None = None

    def __post_init__(self):
        where = f"person {self.id!r}"
        _check(bool(self.id), f"{where}.id", "must not be empty")
        _check(self.level in LEVELS, f"{where}.level", f"must be one of {', '.join(LEVELS)}")
        _check(bool(self.course_types), f"{where}.course_types", "must name at least one")
        unknown = sorted(set(self.course_types) - set(COURSE_TYPES))
        _check(not unknown, f"{where}.course_types", f"unknown course type {unknown}")
        _check(bool(self.availability), f"{where}.availability", "must name at least one")
        unknown = sorted(set(self.availability) - set(SCHEDULES))
        _check(not unknown, f"{where}.availability", f"unknown schedule {unknown}")
        _check_point(self.home, f"{where}.home")
        _check(
            isinstance(self.max_travel_minutes, int) and 0 < self.max_travel_minutes <= 600,
            f"{where}.max_travel_minutes",
            "must be a whole number of minutes between 1 and 600",
        )
        _check_window(self.available_from, self.available_until, f"{where}.available_until")


@dataclass(frozen=True)
class Course:
    id: str
    provider: str
    course_type: str
    level: str
    schedule: str
    location: tuple[float, float]
    start: date
    status: CourseStatus = CourseStatus.PLANNED
    capacity: int = DEFAULT_CAPACITY
    minimum: int = DEFAULT_MINIMUM
    enrolled: int = 0
    childcare: bool = False
    # For plans over several weeks: when people can still join (None: unbounded).
    joinable_from: date | None = None
    joinable_until: date | None = None

    def __post_init__(self):
        where = f"course {self.id!r}"
        _check(bool(self.id), f"{where}.id", "must not be empty")
        _check(bool(self.provider), f"{where}.provider", "must not be empty")
        _check(
            self.course_type in COURSE_TYPES,
            f"{where}.course_type",
            f"must be one of {', '.join(COURSE_TYPES)}",
        )
        _check(self.level in LEVELS, f"{where}.level", f"must be one of {', '.join(LEVELS)}")
        _check(
            self.schedule in SCHEDULES,
            f"{where}.schedule",
            f"must be one of {', '.join(SCHEDULES)}",
        )
        _check_point(self.location, f"{where}.location")
        for name in ("capacity", "minimum", "enrolled"):
            value = getattr(self, name)
            _check(
                isinstance(value, int) and not isinstance(value, bool) and value >= 0,
                f"{where}.{name}",
                "must be a whole number, 0 or more",
            )
        _check(
            1 <= self.capacity <= MAX_CAPACITY,
            f"{where}.capacity",
            f"must be between 1 and {MAX_CAPACITY}",
        )
        _check(
            self.minimum <= self.capacity,
            f"{where}.minimum",
            f"{self.minimum} is above the capacity {self.capacity}",
        )
        _check_window(self.joinable_from, self.joinable_until, f"{where}.joinable_until")
        _check(
            self.enrolled <= self.capacity,
            f"{where}.enrolled",
            f"{self.enrolled} people enrolled is above the capacity {self.capacity}",
        )

    @property
    def free(self) -> int:
        return self.capacity - self.enrolled

    @property
    def needed(self) -> int:
        """New people it needs before it may start: 0 when running or already at its minimum."""
        if self.status is CourseStatus.RUNNING:
            return 0
        return max(0, self.minimum - self.enrolled)


@dataclass(frozen=True)
class Batch:
    """One weekly decision: who of ``people`` goes into which of ``courses`` on ``day``."""

    day: date
    people: tuple[Person, ...]
    courses: tuple[Course, ...]
    speed_kmh: float = DEFAULT_SPEED_KMH
    # The providers of the network, when some have no course in this batch; by default those
    # of the courses. A person's ``provider`` must be one of them.
    providers: tuple[str, ...] = ()
    # For plans over several weeks: each day a person would wait for a course to begin counts,
    # in the last objective part, as so many minutes of travel (0: travel alone).
    delay_minutes_per_day: float = 0.0

    def __post_init__(self):
        _check(
            isinstance(self.speed_kmh, int | float) and 0 < self.speed_kmh <= 200,
            "travel.speed_kmh",
            "must be a speed above 0 and at most 200 km/h",
        )
        _check(
            isinstance(self.delay_minutes_per_day, int | float)
            and 0 <= self.delay_minutes_per_day <= 1440,
            "travel.delay_minutes_per_day",
            "must be a number of minutes from 0 to 1440",
        )
        for kind, items in (("people", self.people), ("courses", self.courses)):
            seen: set[str] = set()
            for item in items:
                _check(item.id not in seen, f"{kind}", f"id {item.id!r} appears twice")
                seen.add(item.id)
        providers = set(self.providers) or {c.provider for c in self.courses}
        for person in self.people:
            _check(
                person.provider is None or person.provider in providers,
                f"person {person.id!r}.provider",
                f"unknown provider {person.provider!r}",
            )
            _check(
                person.waiting_since <= self.day,
                f"person {person.id!r}.waiting_since",
                f"{person.waiting_since} is after the batch's day {self.day}",
            )

    def waiting_days(self, person: Person) -> int:
        return (self.day - person.waiting_since).days

    def delay_cost(self, person: Person, course: Course) -> int:
        """Minutes the wait for the course to begin adds to the last objective part."""
        if not self.delay_minutes_per_day:
            return 0
        ready = person.available_from or self.day
        return round(self.delay_minutes_per_day * max(0, (course.start - ready).days))


# --- the result ---------------------------------------------------------------------------------

OBJECTIVE_PARTS = ("placed", "obliged", "waiting_days", "travel_minutes")


@dataclass(frozen=True)
class Objective:
    """The four parts in their order of precedence; travel is minimised, the others maximised."""

    placed: int
    obliged: int
    waiting_days: int
    travel_minutes: int

    def key(self) -> tuple[int, int, int, int]:
        """Larger is better, part by part."""
        return (self.placed, self.obliged, self.waiting_days, -self.travel_minutes)

    def as_dict(self) -> dict[str, int]:
        return {part: getattr(self, part) for part in OBJECTIVE_PARTS}


@dataclass(frozen=True)
class PartBound:
    """One objective part: the value reached, the best any solution could reach, and the gap."""

    part: str
    value: int
    bound: int
    # Relative gap |bound - value| / max(1, |bound|); 0 when proven optimal.
    gap: float

    @property
    def proven(self) -> bool:
        return self.gap == 0


class WaitingReason(StrEnum):
    NO_FITTING_COURSE = "no_fitting_course"
    FITTING_COURSES_FULL = "fitting_courses_full"
    BELOW_MINIMUM = "fitting_courses_below_minimum"


@dataclass(frozen=True)
class Assignment:
    person: str
    course: str
    travel_minutes: int
    waiting_days: int
    explanation: dict = field(compare=False, default_factory=dict)


@dataclass(frozen=True)
class Waiting:
    person: str
    reason: WaitingReason
    fitting_courses: int = 0


@dataclass(frozen=True)
class Result:
    assignments: tuple[Assignment, ...]
    starting_courses: tuple[str, ...]
    waiting: tuple[Waiting, ...]
    objective: Objective
    bounds: tuple[PartBound, ...]
    optimal: bool
    seconds: float
    components: int = 0
    stats: dict = field(compare=False, default_factory=dict)
