"""Solve one weekly batch to the lexicographic optimum: most people placed, then most obliged
people placed, then the longest waiting first, then the least travel.

The batch falls apart into components that no fitting pair links (levels, course types, cities);
each is solved on its own (``component.py``), the largest first, in as many processes as asked
(the solvers hold Python's lock, so threads would take turns).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor

import numpy as np

from .component import PartResult, solve_part
from .fit import Pairs, arrays, components, fitting_pairs
from .flows import Part
from .model import (
    OBJECTIVE_PARTS,
    Assignment,
    Batch,
    CourseStatus,
    Objective,
    PartBound,
    Result,
    Waiting,
    WaitingReason,
)

Progress = Callable[[dict], None]


def solve(
    batch: Batch,
    *,
    time_limit: float = 60.0,
    seed: int = 0,
    workers: int | None = None,
    progress: Progress | None = None,
) -> Result:
    started = time.monotonic()
    deadline = started + time_limit
    all_pairs = fitting_pairs(batch, include_full=True)
    with_room = np.array([c.free > 0 for c in batch.courses], dtype=bool)
    keep = with_room[all_pairs.course] if len(all_pairs) else np.zeros(0, dtype=bool)
    pairs = Pairs(
        all_pairs.person[keep],
        all_pairs.course[keep],
        all_pairs.minutes[keep],
        all_pairs.early[keep],
    )
    cols = arrays(batch)
    person_label, course_label = components(len(batch.people), len(batch.courses), pairs)
    parts = _parts(pairs, cols, person_label, course_label)
    report = progress or (lambda event: None)
    report({"event": "start", "components": len(parts), "pairs": len(pairs)})

    results: list[PartResult | None] = [None] * len(parts)
    order = sorted(range(len(parts)), key=lambda i: -len(parts[i].pair_person))
    workers = max(1, min(workers or os.cpu_count() or 1, len(parts)))
    # Small parts are not worth a process of their own: they are solved here meanwhile.
    big = [i for i in order if len(parts[i].pair_person) >= 2000] if workers > 1 else []
    small = [i for i in order if i not in set(big)]
    done = 0

    def finished(i: int) -> None:
        nonlocal done
        done += 1
        res = results[i]
        report(
            {
                "event": "component",
                "done": done,
                "of": len(parts),
                "people": parts[i].n,
                "courses": parts[i].m,
                "method": res.method,
                "proven": all(res.proven),
                "stages": res.stats.get("stages", {}),
                "seconds": round(time.monotonic() - started, 3),
            }
        )

    pool: Executor | None = None
    # One slot per big part, settled when its worker is done: parts are handed to workers
    # one at a time as they free, so each gets its share of the time left when it starts.
    slots: dict[int, Future] = {i: Future() for i in big}
    queue = list(big)
    lock = threading.Lock()

    def submit_next() -> None:
        with lock:
            if not queue:
                return
            i = queue.pop(0)
            waiting = sum(len(parts[j].pair_person) for j in queue)
            own = _share(parts[i], waiting, workers, deadline)
            try:
                future = pool.submit(solve_part, parts[i], deadline=own, seed=seed)
            except Exception as error:  # a broken pool: raised where each part is awaited
                for j in (i, *queue):
                    slots[j].set_exception(error)
                queue.clear()
                return
        future.add_done_callback(lambda done: _settle(slots[i], done, submit_next))

    if big:
        pool = ProcessPoolExecutor(
            max_workers=min(workers, len(big)), mp_context=multiprocessing.get_context("fork")
        )
        for _ in range(min(workers, len(big))):
            submit_next()
    try:
        waiting = sum(len(parts[i].pair_person) for i in small)
        for i in small:
            waiting -= len(parts[i].pair_person)
            own = _share(parts[i], waiting, 1, deadline)
            results[i] = solve_part(parts[i], deadline=own, seed=seed)
            finished(i)
        for i in big:
            results[i] = slots[i].result()
            finished(i)
    finally:
        if pool is not None:
            with lock:
                queue.clear()
            pool.shutdown(cancel_futures=True)
    result = _assemble(batch, pairs, all_pairs, parts, results, started)
    report({"event": "done", "seconds": result.seconds, "optimal": result.optimal})
    return result


def _settle(slot: Future, done: Future, then: Callable[[], None]) -> None:
    """Hand a worker's outcome to the part's slot, then give the worker the next part."""
    error = done.exception()
    if error is None:
        slot.set_result(done.result())
    else:
        slot.set_exception(error)
    then()


def _share(part: Part, waiting_pairs: int, workers: int, deadline: float) -> float:
    """A part's own deadline: its share, by fitting pairs, of the time left, beside the parts
    still waiting after it, which the workers share. Without it the first parts would take
    the whole time and the last none; a part done early leaves its time to those after it."""
    now = time.monotonic()
    pairs = len(part.pair_person)
    return now + (deadline - now) * pairs / (pairs + waiting_pairs / workers)


def _parts(pairs, cols, person_label, course_label) -> list[Part]:
    labels = np.unique(person_label[person_label >= 0])
    pair_label = person_label[pairs.person]
    order = np.argsort(pair_label, kind="stable")  # keeps pairs sorted by person within a label
    bounds = np.searchsorted(pair_label[order], labels, side="left")
    ends = np.searchsorted(pair_label[order], labels, side="right")
    parts = []
    for label, first, last in zip(labels, bounds, ends, strict=True):
        index = order[first:last]
        people = np.flatnonzero(person_label == label)
        courses = np.flatnonzero(course_label == label)
        local_person = np.searchsorted(people, pairs.person[index])
        local_course = np.searchsorted(courses, pairs.course[index])
        parts.append(
            Part(
                people=people,
                courses=courses,
                pair_person=local_person,
                pair_course=local_course,
                minutes=pairs.minutes[index],
                early=pairs.early[index],
                obliged=cols.obliged[people],
                waiting=cols.waiting[people],
                free=cols.course_free[courses],
                needed=cols.course_needed[courses],
            )
        )
    return parts


def _gap(value: float, bound: float) -> float:
    return abs(bound - value) / max(1.0, abs(bound))


def _assemble(batch, pairs, all_pairs, parts, results, started) -> Result:
    people, courses = batch.people, batch.courses
    assignments = []
    new = np.zeros(len(courses), dtype=np.int64)
    placed = np.zeros(len(people), dtype=bool)
    for part, res in zip(parts, results, strict=True):
        for pair in res.chosen:
            p = int(part.people[part.pair_person[pair]])
            c = int(part.courses[part.pair_course[pair]])
            person, course = people[p], courses[c]
            # The last objective part may hold days until the course begins (delay): the
            # journey itself is what the person is told.
            delay = batch.delay_cost(person, course)
            minutes = int(part.minutes[pair]) - delay
            waiting = batch.waiting_days(person)
            placed[p] = True
            new[c] += 1
            assignments.append(
                Assignment(
                    person=person.id,
                    course=course.id,
                    travel_minutes=minutes,
                    waiting_days=waiting,
                    explanation={
                        "level": course.level,
                        "course_type": course.course_type,
                        "schedule": course.schedule,
                        "travel_minutes": minutes,
                        "travel_limit_minutes": person.max_travel_minutes,
                        "waiting_days": waiting,
                        "obliged": person.obliged,
                        "childcare": person.needs_childcare,
                        **({"delay_cost_minutes": delay} if delay else {}),
                    },
                )
            )
    assignments.sort(key=lambda a: (a.course, a.person))
    starting = tuple(
        course.id
        for c, course in enumerate(courses)
        if course.status is CourseStatus.PLANNED
        and course.enrolled + new[c] >= course.minimum
        and course.enrolled + new[c] > 0
    )
    waiting = _reasons(batch, all_pairs, placed, new)
    values = np.zeros(4, dtype=np.int64)
    bounds = np.zeros(4)
    for res in results:
        values += res.values
        bounds += res.bounds
    # Every part is a whole number: so is its best possible value.
    bounds[:3] = np.floor(bounds[:3] + 1e-6)
    bounds[3] = np.ceil(bounds[3] - 1e-6)
    objective = Objective(*(int(v) for v in values))
    part_bounds = tuple(
        PartBound(
            part=name,
            value=int(values[i]),
            bound=int(bounds[i]),
            gap=float(_gap(values[i], bounds[i])),
        )
        for i, name in enumerate(OBJECTIVE_PARTS)
    )
    return Result(
        assignments=tuple(assignments),
        starting_courses=starting,
        waiting=waiting,
        objective=objective,
        bounds=part_bounds,
        optimal=all(all(res.proven) for res in results),
        seconds=round(time.monotonic() - started, 3),
        components=len(parts),
        stats={
            "pairs": len(pairs),
            "methods": {m: sum(r.method == m for r in results) for m in ("flow", "mip")},
        },
    )


def _reasons(batch, pairs, placed, new) -> tuple[Waiting, ...]:
    courses = batch.courses
    started_or_running = np.array(
        [
            c.status is CourseStatus.RUNNING or c.enrolled + new[i] >= max(c.minimum, 1)
            for i, c in enumerate(courses)
        ],
        dtype=bool,
    )
    fitting = np.bincount(pairs.person, minlength=len(batch.people))
    # A fitting course that does not start this week kept the person waiting for its minimum.
    below = np.zeros(len(batch.people), dtype=np.int64)
    if len(pairs):
        np.add.at(below, pairs.person, (~started_or_running[pairs.course]).astype(np.int64))
    waiting = []
    for p, person in enumerate(batch.people):
        if placed[p]:
            continue
        if fitting[p] == 0:
            reason = WaitingReason.NO_FITTING_COURSE
        elif below[p]:
            reason = WaitingReason.BELOW_MINIMUM
        else:
            reason = WaitingReason.FITTING_COURSES_FULL
        waiting.append(Waiting(person=person.id, reason=reason, fitting_courses=int(fitting[p])))
    return tuple(waiting)
