"""Realistic generated batches, for benchmarks, the simulation and anyone trying the engine.

What makes them realistic (from the seeds and the field): levels skewed to A2/B1; the employed
(about a third) can come in the evenings or at weekends only; homes cluster in districts, and
providers sit at district centres; about a third are obliged by the Jobcenter; some need
childcare, which a quarter of the day-time courses offer; travel limits of 30 to 60 minutes.
Cities lie far apart, so no journey links two of them.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, timedelta

from .model import Batch, Course, CourseStatus, Person

LEVEL_SHARE = {"A1": 0.10, "A2": 0.25, "B1": 0.35, "B2": 0.20, "C1": 0.10}
# Course types by entry level, with the share of people at that level entitled to each set.
ENTITLEMENTS = {
    "A1": [
        ({"integration_course"}, 0.6),
        ({"special_below_a2"}, 0.25),
        ({"integration_course", "special_below_a2"}, 0.15),
    ],
    "A2": [
        ({"integration_course"}, 0.45),
        ({"special_a2_b1"}, 0.4),
        ({"integration_course", "special_a2_b1"}, 0.15),
    ],
    "B1": [({"basic_b1_b2"}, 0.9), ({"basic_b1_b2", "specialist"}, 0.1)],
    "B2": [({"basic_b2_c1"}, 0.9), ({"basic_b2_c1", "specialist"}, 0.1)],
    "C1": [({"basic_c1_c2"}, 1.0)],
}
COURSE_TYPES_BY_LEVEL = {
    "A1": [("integration_course", 0.65), ("special_below_a2", 0.35)],
    "A2": [("integration_course", 0.5), ("special_a2_b1", 0.5)],
    "B1": [("basic_b1_b2", 0.93), ("specialist", 0.07)],
    "B2": [("basic_b2_c1", 0.93), ("specialist", 0.07)],
    "C1": [("basic_c1_c2", 1.0)],
}
# Schedules of courses, and the availability of people in and out of work.
COURSE_SCHEDULES = [
    ("full_time", 0.35),
    ("mornings", 0.2),
    ("afternoons", 0.1),
    ("evenings", 0.28),
    ("weekend", 0.07),
]
EMPLOYED_AVAILABILITY = [({"evenings"}, 0.55), ({"evenings", "weekend"}, 0.35), ({"weekend"}, 0.1)]
NOT_EMPLOYED_AVAILABILITY = [
    ({"full_time", "mornings", "afternoons"}, 0.35),
    ({"full_time", "mornings"}, 0.2),
    ({"mornings"}, 0.15),
    ({"afternoons", "evenings"}, 0.1),
    ({"full_time", "mornings", "afternoons", "evenings"}, 0.2),
]
TRAVEL_LIMITS = [(30, 0.3), (45, 0.45), (60, 0.25)]
KM_PER_DEGREE_LAT = 111.2


def _pick(rng: random.Random, weighted):
    items, weights = zip(*weighted, strict=True)
    return rng.choices(items, weights=weights)[0]


@dataclass(frozen=True)
class District:
    city: int
    centre: tuple[float, float]
    weight: float


@dataclass(frozen=True)
class City:
    index: int
    centre: tuple[float, float]
    districts: tuple[District, ...]


def _offset(point, rng: random.Random, sd_km: float) -> tuple[float, float]:
    lat, lon = point
    dlat = rng.gauss(0, sd_km) / KM_PER_DEGREE_LAT
    dlon = rng.gauss(0, sd_km) / (KM_PER_DEGREE_LAT * math.cos(math.radians(lat)))
    return (round(lat + dlat, 5), round(lon + dlon, 5))


def cities(rng: random.Random, n_cities: int, people_per_city: int) -> list[City]:
    # A city of 2,000 waiting spreads some 8 km around its centre; a big one further.
    radius_km = 5 + 3 * math.sqrt(max(1, people_per_city) / 1000)
    made = []
    for i in range(n_cities):
        centre = (48.0 + 1.5 * (i % 5), 7.0 + 2.0 * (i // 5))
        n_districts = max(6, round(radius_km * 1.2))
        districts = tuple(
            District(i, _offset(centre, rng, radius_km / 2), rng.uniform(0.4, 1.6))
            for _ in range(n_districts)
        )
        made.append(City(i, centre, districts))
    return made


def person(rng: random.Random, ident: str, city: City, day: date, *, max_wait_days=180) -> Person:
    district = rng.choices(city.districts, weights=[d.weight for d in city.districts])[0]
    level = _pick(rng, LEVEL_SHARE.items())
    employed = rng.random() < 0.35
    obliged = not employed and rng.random() < 0.5
    availability = _pick(rng, EMPLOYED_AVAILABILITY if employed else NOT_EMPLOYED_AVAILABILITY)
    needs_childcare = rng.random() < (0.08 if employed else 0.18)
    waited = min(max_wait_days, int(rng.expovariate(1 / 60)))
    return Person(
        id=ident,
        level=level,
        course_types=frozenset(_pick(rng, ENTITLEMENTS[level])),
        availability=frozenset(availability),
        home=_offset(district.centre, rng, 1.5),
        max_travel_minutes=_pick(rng, TRAVEL_LIMITS),
        waiting_since=day - timedelta(days=waited),
        needs_childcare=needs_childcare,
        obliged=obliged,
    )


def course(
    rng: random.Random, ident: str, provider: str, site, day: date, *, status=None, start=None
) -> Course:
    level = _pick(rng, LEVEL_SHARE.items())
    schedule = _pick(rng, COURSE_SCHEDULES)
    # Courses for people in work (evenings, weekends) often run from 7, as BAMF allows.
    minimum = 7 if schedule in ("evenings", "weekend") and rng.random() < 0.3 else 15
    if status is None:
        status = CourseStatus.RUNNING if rng.random() < 0.4 else CourseStatus.PLANNED
    if status is CourseStatus.RUNNING:
        enrolled = rng.randint(max(minimum, 12), 24)
        start = start or day - timedelta(weeks=rng.randint(1, 8))
    else:
        enrolled = rng.choice([0, 0, 0, 2, 4, 6, 8])
        enrolled = min(enrolled, minimum - 1)
        start = start or day + timedelta(weeks=rng.randint(1, 8))
    return Course(
        id=ident,
        provider=provider,
        course_type=_pick(rng, COURSE_TYPES_BY_LEVEL[level]),
        level=level,
        schedule=schedule,
        location=site,
        start=start,
        status=status,
        capacity=25,
        minimum=minimum,
        enrolled=enrolled,
        childcare=schedule in ("full_time", "mornings", "afternoons") and rng.random() < 0.25,
    )


def generate(
    *,
    people: int,
    courses: int,
    providers: int,
    cities_count: int = 1,
    seed: int = 0,
    day: date = date(2027, 1, 4),
) -> Batch:
    """A batch of ``people`` waiting and ``courses`` courses of ``providers`` providers, spread
    evenly over ``cities_count`` cities."""
    if min(people, courses, providers, cities_count) < 0 or cities_count == 0:
        raise ValueError("people, courses, providers must be 0 or more, cities at least 1")
    rng = random.Random(seed)
    made_cities = cities(rng, cities_count, people // cities_count)
    # Providers sit at district centres; each city gets its share of them, at least one.
    sites: list[tuple[str, City, tuple[float, float]]] = []
    for i in range(max(providers, cities_count)):
        city = made_cities[i % cities_count]
        district = city.districts[(i // cities_count) % len(city.districts)]
        sites.append((f"provider-{i + 1}", city, district.centre))
    made_people = [
        person(rng, f"person-{i + 1}", made_cities[i % cities_count], day) for i in range(people)
    ]
    made_courses = []
    for i in range(courses):
        name, _city, site = sites[i % len(sites)]
        made_courses.append(course(rng, f"course-{i + 1}", name, site, day))
    return Batch(day=day, people=tuple(made_people), courses=tuple(made_courses))
