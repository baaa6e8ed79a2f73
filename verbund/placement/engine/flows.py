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
    early: np.ndarray  # per pair: counts towards the course's minimum (see fit.Pairs)
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


class _Network:
    """Course side of both networks. Each course has two nodes: people who count towards its
    minimum come in through its *early* node, whose arc into the course carries the minimum as
    a lower bound when the course is open; later joiners come in directly. The course's arc to
    the sink carries its free places."""

    def __init__(self, part: Part, n_owners: int):
        self.part = part
        self.course_node = n_owners + np.arange(part.m)
        self.early_node = n_owners + part.m + np.arange(part.m)
        self.source = n_owners + 2 * part.m
        self.sink = self.source + 1
        self.n_nodes = self.sink + 1

    def entry(self, courses: np.ndarray, early: np.ndarray) -> np.ndarray:
        return np.where(early, self.early_node[courses], self.course_node[courses])

    def course_arcs(self, state: np.ndarray):
        part, m = self.part, self.part.m
        lower = np.where(state == OPEN, part.needed, 0)
        free = np.where(state > CLOSED, part.free, 0)
        tails = np.concatenate([self.early_node, self.course_node])
        heads = np.concatenate([self.course_node, np.full(m, self.sink)])
        caps = np.concatenate([free - lower, free])
        return tails, heads, caps, lower

    def supplies(self, total: int, lower: np.ndarray) -> np.ndarray:
        supplies = np.zeros(self.n_nodes, dtype=np.int64)
        supplies[self.source] = total
        supplies[self.sink] = -total
        # A lower bound l on early -> course: l leaves the early node and enters the course.
        supplies[self.early_node] -= lower
        supplies[self.course_node] += lower
        return supplies


class Classes:
    """People grouped by the courses they fit and whether they are obliged: interchangeable in
    every part but travel."""

    def __init__(self, part: Part):
        starts = np.searchsorted(part.pair_person, np.arange(part.n + 1))
        groups: dict[tuple, int] = {}
        label = np.empty(part.n, dtype=np.int64)
        fits = []
        early_fits = []
        for p in range(part.n):
            fit = part.pair_course[starts[p] : starts[p + 1]]
            early = part.early[starts[p] : starts[p + 1]]
            k = (bool(part.obliged[p]), fit.tobytes(), early.tobytes())
            if k not in groups:
                groups[k] = len(groups)
                fits.append(fit)
                early_fits.append(early)
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
        self.pair_early = np.concatenate(early_fits).astype(bool)
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
        net = _Network(part, classes.count)
        ctails, cheads, ccaps, lower = net.course_arcs(state)
        usable = state[classes.pair_course] > CLOSED
        ng, npairs = len(classes.wait_class), len(classes.pair_class)
        tails = np.concatenate([np.full(ng, net.source), classes.pair_class, ctails, [net.source]])
        heads = np.concatenate(
            [
                classes.wait_class,
                net.entry(classes.pair_course, classes.pair_early),
                cheads,
                [net.sink],
            ]
        )
        caps = np.concatenate(
            [classes.wait_count, np.where(usable, classes.pair_bound, 0), ccaps, [part.n]]
        )
        costs = np.concatenate(
            [self.group_cost, np.zeros(npairs + len(ctails) + 1, dtype=np.int64)]
        )
        flows = _solve_flow(net.n_nodes, tails, heads, caps, costs, net.supplies(part.n, lower))
        if flows is None:
            return None
        return flows[ng : ng + npairs]

    def loads(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """New people per course, and how many of them count towards its minimum."""
        classes, m = self.classes, self.part.m
        total = np.bincount(classes.pair_course, weights=x, minlength=m)
        early = np.bincount(classes.pair_course, weights=x * classes.pair_early, minlength=m)
        return total.astype(np.int64), early.astype(np.int64)

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

    def _through_people(self, state, pair_cost, kind, quota, *, spill: bool):
        """The chosen local pairs of a min-cost flow from feeders through people into the open
        and relaxed courses of ``state``: feeder ``k`` sends ``quota[k]`` people, each of
        ``kind`` k; with ``spill``, the single feeder may send some straight to the sink (not
        placed). None if the open courses cannot all reach their minimum that way."""
        part = self.part
        self.calls += 1
        n, feeders = part.n, len(quota)
        net = _Network(part, n + feeders)
        pair_index = np.flatnonzero(state[part.pair_course] > CLOSED)
        ctails, cheads, ccaps, lower = net.course_arcs(state)
        spilled = [n] if spill else []
        tails = np.concatenate([n + kind, part.pair_person[pair_index], ctails, spilled])
        heads = np.concatenate(
            [
                np.arange(n),
                net.entry(part.pair_course[pair_index], part.early[pair_index]),
                cheads,
                [net.sink] * len(spilled),
            ]
        )
        caps = np.concatenate([np.ones(n), np.ones(len(pair_index)), ccaps, quota[: len(spilled)]])
        costs = np.concatenate(
            [
                np.zeros(n, dtype=np.int64),
                pair_cost[pair_index],
                np.zeros(len(ctails) + len(spilled), dtype=np.int64),
            ]
        )
        supplies = net.supplies(0, lower)
        supplies[n : n + feeders] = quota
        supplies[net.sink] -= quota.sum()
        flows = _solve_flow(net.n_nodes, tails, heads, caps, costs, supplies)
        if flows is None:
            return None
        return pair_index[flows[n : n + len(pair_index)] > 0]

    def solve(self, state: np.ndarray) -> np.ndarray | None:
        """The chosen local pairs, or None if the open courses cannot all reach their minimum."""
        everyone = np.zeros(self.part.n, dtype=np.int64)
        return self._through_people(
            state, self.pair_cost, everyone, np.array([self.part.n]), spill=True
        )

    def least_travel(self, count: int) -> int:
        """The least travel of any ``count`` people placed with every course relaxed: a lower
        bound on the travel of every placement of at least that many, whoever they are."""
        part = self.part
        chosen = self._through_people(
            np.full(part.m, RELAXED),
            part.minutes,
            np.zeros(part.n, dtype=np.int64),
            np.array([count]),
            spill=False,
        )
        return 0 if chosen is None else int(part.minutes[chosen].sum())

    def journeys_keeping(self, state: np.ndarray, chosen: np.ndarray) -> np.ndarray | None:
        """The least travel, in the open and relaxed courses of ``state``, among placements
        that take as many people of each kind (obliged or not, days waited) as ``chosen``
        does: the first three parts stay exactly as they are, whoever of a kind goes where.
        None if the open courses cannot all reach their minimum that way."""
        part = self.part
        kinds, kind = np.unique(
            np.stack([part.obliged.astype(np.int64), part.waiting], axis=1),
            axis=0,
            return_inverse=True,
        )
        kind = kind.reshape(-1)
        quota = np.bincount(kind[part.pair_person[chosen]], minlength=len(kinds))
        return self._through_people(state, part.minutes, kind, quota, spill=False)

    def loads(self, chosen: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        part = self.part
        total = np.bincount(part.pair_course[chosen], minlength=part.m)
        early = np.bincount(part.pair_course[chosen[part.early[chosen]]], minlength=part.m)
        return total, early


def short(part: Part, state: np.ndarray, loads) -> np.ndarray:
    """Relaxed courses with a minimum that got people, but too few of them by its start."""
    total, early = loads
    return part.hard & (state == RELAXED) & (total > 0) & (early < part.needed)


def settled_state(part: Part, state: np.ndarray, loads) -> np.ndarray:
    """Relaxed courses become open if enough people come by their start, else closed."""
    _total, early = loads
    settled = state.copy()
    relaxed_hard = part.hard & (state == RELAXED)
    settled[relaxed_hard] = np.where(early[relaxed_hard] >= part.needed[relaxed_hard], OPEN, CLOSED)
    return settled


def feasible(part: Part, state: np.ndarray, loads) -> bool:
    """The relaxation keeps every minimum: it is a placement."""
    return not np.any(short(part, state, loads))
