"""Who fits which course, and how long the journey takes.

A person fits a course when its type is one they are entitled to, its entry level is theirs, its
schedule is in their availability, the journey is within their limit and childcare is offered if
they need it (and, in plans over several weeks, when they are on the list while it can be
joined); a course without free places fits nobody. Journeys are straight lines at the
batch's speed, counted in whole minutes rounded up, so the limit and the objective use one figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .model import COURSE_TYPES, LEVELS, SCHEDULES, Batch

EARTH_RADIUS_KM = 6371.0088


def travel_minutes(a: tuple[float, float], b: tuple[float, float], speed_kmh: float) -> int:
    """The same figure as :func:`fitting_pairs` computes, for one journey."""
    return int(_minutes(np.array([a[0]]), np.array([a[1]]), b[0], b[1], speed_kmh)[0])


def _minutes(lat, lon, lat0, lon0, speed_kmh):
    lat, lon = np.radians(lat), np.radians(lon)
    lat0, lon0 = np.radians(lat0), np.radians(lon0)
    h = np.sin((lat - lat0) / 2) ** 2 + np.cos(lat) * np.cos(lat0) * np.sin((lon - lon0) / 2) ** 2
    km = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(1.0, h)))
    # The small allowance keeps 45.0000001 minutes (rounding in the trigonometry) at 45.
    return np.ceil(km / speed_kmh * 60 - 1e-6).astype(np.int64)


@dataclass(frozen=True)
class Arrays:
    """The batch as columns, indexed like ``batch.people`` and ``batch.courses``."""

    obliged: np.ndarray
    waiting: np.ndarray
    course_free: np.ndarray
    course_needed: np.ndarray


@dataclass(frozen=True)
class Pairs:
    """Fitting (person, course) pairs as parallel arrays, sorted by person then course."""

    person: np.ndarray
    course: np.ndarray
    minutes: np.ndarray
    # Whether the person is on the list by the course's start, and so counts towards its
    # minimum; someone who comes later can only join it once it runs.
    early: np.ndarray

    def __len__(self) -> int:
        return len(self.person)


def arrays(batch: Batch) -> Arrays:
    return Arrays(
        obliged=np.array([p.obliged for p in batch.people], dtype=bool),
        waiting=np.array([batch.waiting_days(p) for p in batch.people], dtype=np.int64),
        course_free=np.array([c.free for c in batch.courses], dtype=np.int64),
        course_needed=np.array([c.needed for c in batch.courses], dtype=np.int64),
    )


def _bits(names, universe) -> int:
    return sum(1 << universe.index(name) for name in names)


def fitting_pairs(batch: Batch, *, include_full: bool = False) -> Pairs:
    """Every fitting pair; with ``include_full`` also pairs with courses that have no free place
    (they explain why a person waits)."""
    people, courses = batch.people, batch.courses
    if not people or not courses:
        empty = np.zeros(0, dtype=np.int64)
        return Pairs(empty, empty, empty, np.zeros(0, dtype=bool))
    level = np.array([LEVELS.index(p.level) for p in people])
    types = np.array([_bits(p.course_types, COURSE_TYPES) for p in people], dtype=np.int64)
    times = np.array([_bits(p.availability, SCHEDULES) for p in people], dtype=np.int64)
    lat = np.array([p.home[0] for p in people], dtype=float)
    lon = np.array([p.home[1] for p in people], dtype=float)
    limit = np.array([p.max_travel_minutes for p in people], dtype=np.int64)
    childcare = np.array([p.needs_childcare for p in people], dtype=bool)
    # Windows as day numbers; a missing bound is the far past or future.
    far_past, far_future = -(10**9), 10**9
    person_from = np.array(
        [p.available_from.toordinal() if p.available_from else far_past for p in people]
    )
    person_until = np.array(
        [p.available_until.toordinal() if p.available_until else far_future for p in people]
    )
    windows = person_from.min() > far_past or person_until.max() < far_future
    windows |= any(c.joinable_from or c.joinable_until for c in courses)
    by_level = {i: np.flatnonzero(level == i) for i in range(len(LEVELS))}

    found_person, found_course, found_minutes, found_early = [], [], [], []
    for c, course in enumerate(courses):
        if course.free <= 0 and not include_full:
            continue
        candidates = by_level[LEVELS.index(course.level)]
        mask = (types[candidates] & (1 << COURSE_TYPES.index(course.course_type))) != 0
        mask &= (times[candidates] & (1 << SCHEDULES.index(course.schedule))) != 0
        if not course.childcare:
            mask &= ~childcare[candidates]
        if windows:
            joinable_from = course.joinable_from.toordinal() if course.joinable_from else far_past
            joinable_until = (
                course.joinable_until.toordinal() if course.joinable_until else far_future
            )
            mask &= np.maximum(person_from[candidates], joinable_from) <= np.minimum(
                person_until[candidates], joinable_until
            )
        candidates = candidates[mask]
        if not len(candidates):
            continue
        minutes = _minutes(
            lat[candidates], lon[candidates], *course.location, speed_kmh=batch.speed_kmh
        )
        near = minutes <= limit[candidates]
        found_person.append(candidates[near])
        found_course.append(np.full(int(near.sum()), c, dtype=np.int64))
        if batch.delay_minutes_per_day:
            ready = np.where(person_from > far_past, person_from, batch.day.toordinal())
            delay = np.maximum(0, course.start.toordinal() - ready[candidates[near]])
            minutes = minutes.copy()
            minutes[near] += np.round(batch.delay_minutes_per_day * delay).astype(np.int64)
        found_minutes.append(minutes[near])
        found_early.append(person_from[candidates[near]] <= course.start.toordinal())
    if not found_person:
        empty = np.zeros(0, dtype=np.int64)
        return Pairs(empty, empty, empty, np.zeros(0, dtype=bool))
    person = np.concatenate(found_person)
    course = np.concatenate(found_course)
    minutes = np.concatenate(found_minutes)
    early = np.concatenate(found_early)
    order = np.lexsort((course, person))
    return Pairs(person[order], course[order], minutes[order], early[order])


def components(n_people: int, n_courses: int, pairs: Pairs) -> tuple[np.ndarray, np.ndarray]:
    """Connected parts of the fit graph: people and courses that no pair links are independent
    problems. Returns a label per person and per course (-1 for those in no pair)."""
    n = n_people + n_courses
    label = np.arange(n, dtype=np.int64)
    a, b = pairs.person, pairs.course + n_people
    # Pointer jumping over the edges: each round every node takes the smallest label among its
    # neighbours' roots; the number of rounds grows with the logarithm of a part's diameter.
    while True:
        la, lb = label[a], label[b]
        low = np.minimum(la, lb)
        before = label.copy()
        np.minimum.at(label, la, low)
        np.minimum.at(label, lb, low)
        label = label[label]
        while not np.array_equal(label, label[label]):
            label = label[label]
        if np.array_equal(label, before):
            break
    linked = np.zeros(n, dtype=bool)
    linked[a] = True
    linked[b] = True
    label = np.where(linked, label, -1)
    return label[:n_people], label[n_people:]
