"""Exact placements by min-cost flow, once it is settled which planned courses open.

With the courses' states fixed — closed, open (its minimum must be reached: a lower bound on its
arc to the sink) or relaxed (it may take anyone up to its free places, minimum ignored) — the
placement is a flow problem that OR-Tools solves exactly. The objective parts are folded into
one integer cost whose weights keep them lexicographic: each part's whole range fits below one
unit of the part before it.

Two networks: ``ClassFlow`` over groups of interchangeable people (who fit the same courses and
are alike in being obliged), which sees the first three parts and is small; ``PersonFlow`` over
people, which sees travel too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from ortools.graph.python import min_cost_flow

# OR-Tools' cost scaling multiplies costs by the number of nodes: keep clear of int64's end.
_COST_LIMIT = 2**62

CLOSED, OPEN, RELAXED = 0, 1, 2


@dataclass
class Part:
    """A component in local indices: people 0..n-1, courses 0..m-1, pairs sorted by person."""

    people: np.ndarray  # global person indices
    courses: np.ndarray  # global course indices
    pair_person: np.ndarray  # local
    pair_course: np.ndarray  # local
    minutes: np.ndarray
    obliged: np.ndarray  # per local person
    waiting: np.ndarray
    free: np.ndarray  # per local course
    needed: np.ndarray  # new people a course needs before it starts (0: no minimum to reach)

    @property
    def n(self) -> int:
        return len(self.people)

    @property
    def m(self) -> int:
        return len(self.courses)

    @property
    def hard(self) -> np.ndarray:
        """Courses with a minimum still to reach: whether they open is the hard decision."""
        return self.needed > 0


def values_of(part: Part, chosen: np.ndarray) -> tuple[int, int, int, int]:
    """(placed, obliged, waiting days, travel minutes) of the chosen local pairs."""
    persons = part.pair_person[chosen]
    return (
        len(chosen),
        int(part.obliged[persons].sum()),
        int(part.waiting[persons].sum()),
        int(part.minutes[chosen].sum()),
    )


def key(values) -> tuple:
    """Larger is better, part by part (travel is minimised)."""
    return (*values[:3], -values[3]) if len(values) == 4 else tuple(values)


def _solve_flow(n_nodes, tails, heads, caps, costs, supplies):
    """Flow per arc, or None when the supplies cannot be met (an open course below minimum)."""
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(
        tails.astype(np.int32),
        heads.astype(np.int32),
        caps.astype(np.int64),
        costs.astype(np.int64),
    )
    flow.set_nodes_supplies(np.arange(n_nodes, dtype=np.int32), supplies.astype(np.int64))
    status = flow.solve()
    if status == flow.INFEASIBLE:
        return None
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow ended with status {status}")
    return flow.flows(np.arange(len(tails), dtype=np.int32))


def _course_arcs(part: Part, state: np.ndarray, first_course_node: int, sink: int):
    lower = np.where(state == OPEN, part.needed, 0)
    capacity = np.where(state > CLOSED, part.free - lower, 0)
    tails = first_course_node + np.arange(part.m)
    return tails, np.full(part.m, sink), capacity, lower


class Classes:
    """People grouped by the courses they fit and whether they are obliged: interchangeable in
    every part but travel."""

    def __init__(self, part: Part):
        starts = np.searchsorted(part.pair_person, np.arange(part.n + 1))
        groups: dict[tuple, int] = {}
        label = np.empty(part.n, dtype=np.int64)
        fits = []
        for p in range(part.n):
            fit = part.pair_course[starts[p] : starts[p + 1]]
            k = (bool(part.obliged[p]), fit.tobytes())
            if k not in groups:
                groups[k] = len(groups)
                fits.append(fit)
            label[p] = groups[k]
        self.label = label
        self.count = len(groups)
        self.size = np.bincount(label, minlength=self.count)
        self.obliged = np.zeros(self.count, dtype=bool)
        self.obliged[label] = part.obliged
        # Class-course pairs.
        self.pair_class = np.concatenate(
            [np.full(len(f), k, dtype=np.int64) for k, f in enumerate(fits)]
        )
        self.pair_course = np.concatenate(fits).astype(np.int64)
        self.pair_bound = np.minimum(self.size[self.pair_class], part.free[self.pair_course])
        # Per class, its distinct waiting times (longest first) and how many wait that long.
        rows = np.stack([label, -part.waiting], axis=1)
        unique, counts = np.unique(rows, axis=0, return_counts=True)
        self.wait_class = unique[:, 0]
        self.wait_days = -unique[:, 1]
        self.wait_count = counts

    def pair_index(self) -> dict[tuple[int, int], int]:
        return {
            (int(k), int(c)): i
            for i, (k, c) in enumerate(zip(self.pair_class, self.pair_course, strict=True))
        }


class ClassFlow:
    """The first three parts, exactly, over classes: a few hundred nodes for a city."""

    def __init__(self, part: Part, classes: Classes):
        self.part, self.classes = part, classes
        self.k_obliged = int(part.obliged.sum()) + 1
        self.k_waiting = int(part.waiting.sum()) + 1
        # A unit of flow through a class's waiting group is one person of that group placed.
        # The groups of a class are parallel arcs, the longest waits cheapest: taken first.
        ob = classes.obliged[classes.wait_class].astype(np.int64)
        self.group_cost = -((self.k_obliged + ob) * self.k_waiting + classes.wait_days)
        self.calls = 0

    def solve(self, state: np.ndarray):
        """Class-course flows (indexed like ``classes.pair_class``), or None if infeasible."""
        part, classes = self.part, self.classes
        self.calls += 1
        K, m = classes.count, part.m
        source, sink = K + m, K + m + 1
        ctails, cheads, ccaps, lower = _course_arcs(part, state, K, sink)
        usable = state[classes.pair_course] > CLOSED
        ng, npairs = len(classes.wait_class), len(classes.pair_class)
        tails = np.concatenate([np.full(ng, source), classes.pair_class, ctails, [source]])
        heads = np.concatenate([classes.wait_class, K + classes.pair_course, cheads, [sink]])
        caps = np.concatenate(
            [classes.wait_count, np.where(usable, classes.pair_bound, 0), ccaps, [part.n]]
        )
        costs = np.concatenate([self.group_cost, np.zeros(npairs + m + 1, dtype=np.int64)])
        supplies = np.zeros(K + m + 2, dtype=np.int64)
        supplies[source] = part.n
        supplies[sink] = -part.n + int(lower.sum())
        supplies[K : K + m] = -lower
        flows = _solve_flow(K + m + 2, tails, heads, caps, costs, supplies)
        if flows is None:
            return None
        return flows[ng : ng + npairs]

    def loads(self, x: np.ndarray) -> np.ndarray:
        return np.bincount(self.classes.pair_course, weights=x, minlength=self.part.m).astype(
            np.int64
        )

    def values(self, x: np.ndarray) -> tuple[int, int, int]:
        """(placed, obliged, waiting) of class flows: each class places its longest waits."""
        classes = self.classes
        per_class = np.bincount(classes.pair_class, weights=x, minlength=classes.count)
        placed = int(per_class.sum())
        obliged = int(per_class[classes.obliged].sum())
        waiting = 0
        remaining = per_class.astype(np.int64)
        # wait groups are sorted by class, then longest wait first
        for k, days, count in zip(
            classes.wait_class, classes.wait_days, classes.wait_count, strict=True
        ):
            take = min(remaining[k], count)
            waiting += int(take * days)
            remaining[k] -= take
        return placed, obliged, waiting


class PersonFlow:
    """All four parts over people, when the weights fit in int64 (``tiers`` says how many do)."""

    def __init__(self, part: Part):
        self.part = part
        n, m = part.n, part.m
        max_minutes = np.zeros(n, dtype=np.int64)
        np.maximum.at(max_minutes, part.pair_person, part.minutes)
        k_obliged = int(part.obliged.sum()) + 1
        k_waiting = int(part.waiting.sum()) + 1
        k_travel = int(max_minutes.sum()) + 1
        self.tiers = 4
        if n * (k_obliged + 1) * k_waiting * k_travel * (n + m + 2) >= _COST_LIMIT:
            self.tiers, k_travel = 3, 1  # travel left to the MIP
            if n * (k_obliged + 1) * k_waiting * (n + m + 2) >= _COST_LIMIT:
                self.tiers, k_waiting = 2, 1
        person_value = (k_obliged + part.obliged.astype(np.int64)) * k_waiting
        if self.tiers >= 3:
            person_value = person_value + part.waiting
        self.pair_cost = -(person_value * k_travel)[part.pair_person]
        if self.tiers == 4:
            self.pair_cost = self.pair_cost + part.minutes
        self.calls = 0

    def solve(self, state: np.ndarray) -> np.ndarray | None:
        """The chosen local pairs, or None if the open courses cannot all reach their minimum."""
        part = self.part
        self.calls += 1
        n, m = part.n, part.m
        source, sink = n + m, n + m + 1
        pair_index = np.flatnonzero(state[part.pair_course] > CLOSED)
        ctails, cheads, ccaps, lower = _course_arcs(part, state, n, sink)
        tails = np.concatenate([np.full(n, source), part.pair_person[pair_index], ctails, [source]])
        heads = np.concatenate([np.arange(n), n + part.pair_course[pair_index], cheads, [sink]])
        caps = np.concatenate([np.ones(n), np.ones(len(pair_index)), ccaps, [n]])
        costs = np.concatenate(
            [
                np.zeros(n, dtype=np.int64),
                self.pair_cost[pair_index],
                np.zeros(m + 1, dtype=np.int64),
            ]
        )
        supplies = np.zeros(n + m + 2, dtype=np.int64)
        supplies[source] = n
        supplies[sink] = -n + int(lower.sum())
        supplies[n : n + m] = -lower
        flows = _solve_flow(n + m + 2, tails, heads, caps, costs, supplies)
        if flows is None:
            return None
        return pair_index[flows[n : n + len(pair_index)] > 0]

    def loads(self, chosen: np.ndarray) -> np.ndarray:
        return np.bincount(self.part.pair_course[chosen], minlength=self.part.m)


def settled_state(part: Part, state: np.ndarray, loads: np.ndarray) -> np.ndarray:
    """Relaxed courses become open if their load reaches the minimum, else closed."""
    settled = state.copy()
    relaxed_hard = part.hard & (state == RELAXED)
    settled[relaxed_hard] = np.where(loads[relaxed_hard] >= part.needed[relaxed_hard], OPEN, CLOSED)
    return settled


def feasible(part: Part, state: np.ndarray, loads: np.ndarray) -> bool:
    """No relaxed course with a minimum got some people but fewer than its minimum."""
    relaxed_hard = part.hard & (state == RELAXED)
    return not np.any(relaxed_hard & (loads > 0) & (loads < part.needed))
