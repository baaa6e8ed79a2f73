"""Today's practice, as baselines: first come, first served.

Each person, in the order they joined the list, takes a place in the nearest fitting course
that has room. A planned course that stays below its minimum does not start: the people on it
go back to the list and try their next course, and so on until every course that gets anyone
starts. With ``per_provider``, each person waits on one provider's list only (the provider of
their nearest fitting course unless the batch names it), as when every provider keeps its own queue.
"""

from __future__ import annotations

import numpy as np

from .fit import fitting_pairs
from .model import Batch


def first_come_first_served(batch: Batch, *, per_provider: bool = False) -> dict[str, str]:
    people, courses = batch.people, batch.courses
    pairs = fitting_pairs(batch)
    order = np.lexsort((pairs.minutes, pairs.person))  # per person, nearest first
    by_person: list[list[int]] = [[] for _ in people]
    early: set[tuple[int, int]] = set()  # (person, course): on the list by the course's start
    for i in order:
        by_person[pairs.person[i]].append(int(pairs.course[i]))
        if pairs.early[i]:
            early.add((int(pairs.person[i]), int(pairs.course[i])))
    if per_provider:
        for p, options in enumerate(by_person):
            if options:
                own = people[p].provider or courses[options[0]].provider
                by_person[p] = [c for c in options if courses[c].provider == own]
    queue = sorted(range(len(people)), key=lambda p: (people[p].waiting_since, people[p].id))
    free = np.array([c.free for c in courses], dtype=np.int64)
    needed = np.array([c.needed for c in courses], dtype=np.int64)
    closed = np.zeros(len(courses), dtype=bool)
    while True:
        load = np.zeros(len(courses), dtype=np.int64)
        load_early = np.zeros(len(courses), dtype=np.int64)
        chosen: dict[int, int] = {}
        for p in queue:
            for c in by_person[p]:
                if not closed[c] and load[c] < free[c]:
                    chosen[p] = c
                    load[c] += 1
                    load_early[c] += (p, c) in early
                    break
        short = np.flatnonzero((load > 0) & (load_early < needed))
        if not len(short):
            break
        # The courses furthest from their minimum are cancelled first, a tenth at a time.
        short = short[np.argsort(load_early[short] - needed[short], kind="stable")]
        closed[short[: max(1, len(short) // 10)]] = True
    return {people[p].id: courses[c].id for p, c in chosen.items()}
