"""The MIPs that prove what the flows cannot: which planned courses open.

Stage A (placed, then obliged, as one objective) and stage B (waiting) run on the classes of
interchangeable people, a column per class and course; stage C (travel) needs a column per
fitting pair. Each stage keeps the optimum of the stages before as a row and starts from the
best placement known, so HiGHS mostly has to prove the bound.
"""

from __future__ import annotations

import numpy as np

from .flows import CLOSED, OPEN, RELAXED, Classes, Part
from .mip import INF, LARGE_MODEL, Mip


def _course_rows(mip: Mip, part: Part):
    """Capacity rows (load - free*y <= 0 for a course with a minimum, load <= free otherwise)
    and minimum rows (load - needed*y >= 0); returns them with the hard courses' y columns."""
    hard = np.flatnonzero(part.hard)
    cap_rows = mip.rows(np.full(part.m, -INF), np.where(part.hard, 0.0, part.free))
    min_rows = mip.rows(np.zeros(len(hard)), np.full(len(hard), INF))
    min_row_of = np.full(part.m, -1)
    min_row_of[hard] = min_rows
    return hard, cap_rows, min_row_of


def _x_columns(mip, owner_rows, courses, early, upper, cap_rows, min_row_of):
    """Columns for (owner, course) pairs: in the owner's row, the course's capacity row and,
    where it has one and the owner comes by its start, its minimum row."""
    has_min = (min_row_of[courses] >= 0) & early
    counts = 2 + has_min.astype(np.int64)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
    indices = np.empty(int(counts.sum()), dtype=np.int64)
    indices[starts] = owner_rows
    indices[starts + 1] = cap_rows[courses]
    indices[(starts + 2)[has_min]] = min_row_of[courses[has_min]]
    n = len(courses)
    return mip.cols(np.zeros(n), upper, starts, indices, np.ones(len(indices)), integer=True)


def _y_columns(mip, part, hard, cap_rows, min_row_of):
    k = len(hard)
    indices = np.empty(2 * k, dtype=np.int64)
    indices[0::2] = cap_rows[hard]
    indices[1::2] = min_row_of[hard]
    values = np.empty(2 * k)
    values[0::2] = -part.free[hard]
    values[1::2] = -part.needed[hard]
    return mip.cols(np.zeros(k), np.ones(k), np.arange(0, 2 * k, 2), indices, values, integer=True)


def _tie_to_y(mip, part, hard, x, x_course, x_upper, y):
    """A course that does not open takes nobody: x <= upper * y, column by column (a much
    tighter relaxation than the course rows alone)."""
    hard_pos = np.full(part.m, -1)
    hard_pos[hard] = np.arange(len(hard))
    on_hard = np.flatnonzero(hard_pos[x_course] >= 0)
    mip.pairs_at_most(x[on_hard], y[hard_pos[x_course[on_hard]]], x_upper[on_hard])


class ClassModel:
    """Stages A and B."""

    def __init__(self, part: Part, classes: Classes, *, seed: int):
        self.part, self.classes = part, classes
        mip = self.mip = Mip(seed=seed)
        class_rows = mip.rows(np.zeros(classes.count), np.zeros(classes.count))
        self.hard, cap_rows, min_row_of = _course_rows(mip, part)
        self.x = _x_columns(
            mip,
            class_rows[classes.pair_class],
            classes.pair_course,
            classes.pair_early,
            classes.pair_bound,
            cap_rows,
            min_row_of,
        )
        self.y = _y_columns(mip, part, self.hard, cap_rows, min_row_of)
        # z: how many of a class's people who waited so long are placed; the class row ties
        # them to the class's x columns (sum x - sum z = 0). Longest waits first is optimal.
        ng = len(classes.wait_class)
        self.z = mip.cols(
            np.zeros(ng),
            classes.wait_count,
            np.arange(ng),
            class_rows[classes.wait_class],
            -np.ones(ng),
            integer=False,
        )
        _tie_to_y(mip, part, self.hard, self.x, classes.pair_course, classes.pair_bound, self.y)
        self.k_obliged = int(part.obliged.sum()) + 1
        self.a_coefs = self.k_obliged + classes.obliged[classes.pair_class].astype(float)

    def start(self, x: np.ndarray) -> np.ndarray:
        classes = self.classes
        values = np.zeros(self.mip.n_cols)
        values[self.x] = x
        loads = np.bincount(classes.pair_course, weights=x, minlength=self.part.m)
        values[self.y] = (loads[self.hard] > 0).astype(float)
        remaining = np.bincount(classes.pair_class, weights=x, minlength=classes.count)
        for i, (k, count) in enumerate(zip(classes.wait_class, classes.wait_count, strict=True)):
            take = min(remaining[k], count)
            values[self.z[i]] = take
            remaining[k] -= take
        return values

    def _result(self, solved, deadline):
        values, value, bound, proven = solved
        if values is None:
            return None, float("nan"), float(bound), False, None
        x = np.round(values[self.x]).astype(np.int64)
        state = np.full(self.part.m, RELAXED)
        state[self.hard] = np.where(values[self.y] > 0.5, OPEN, CLOSED)
        return x, value, bound, proven, state

    def stage_a(self, x_start, deadline):
        """Max placed * k_obliged + obliged. Returns (x, value, bound, proven, state)."""
        self.mip.objective(self.x, self.a_coefs, maximise=True)
        self.mip.start(self.start(x_start))
        return self._result(self.mip.solve(deadline), deadline)

    def stage_b(self, a_value, x_start, deadline):
        """Max waiting among placements reaching ``a_value`` in stage A."""
        self.mip.row(self.x, self.a_coefs, lower=a_value - 0.5)
        if self.mip.n_cols > LARGE_MODEL:
            # Presolve with that dense row took minutes on a big city's part, time the
            # search needs; stage A's presolve has done most of its work anyway.
            self.mip.h.setOptionValue("presolve", "off")
        self.mip.objective(self.z, self.classes.wait_days.astype(float), maximise=True)
        self.mip.start(self.start(x_start))
        return self._result(self.mip.solve(deadline), deadline)


def travel_stage(part: Part, chosen, values, *, deadline: float, seed: int):
    """Stage C: least travel among placements as good in the first three parts as ``values``.
    Returns (chosen pairs or None, bound, proven)."""
    mip = Mip(seed=seed)
    person_rows = mip.rows(np.zeros(part.n), np.ones(part.n))
    hard, cap_rows, min_row_of = _course_rows(mip, part)
    n_pairs = len(part.pair_person)
    ones = np.ones(n_pairs)
    x = _x_columns(
        mip,
        person_rows[part.pair_person],
        part.pair_course,
        part.early,
        ones,
        cap_rows,
        min_row_of,
    )
    y = _y_columns(mip, part, hard, cap_rows, min_row_of)
    _tie_to_y(mip, part, hard, x, part.pair_course, ones, y)
    k_obliged = int(part.obliged.sum()) + 1
    a_value = values[0] * k_obliged + values[1]
    mip.row(x, k_obliged + part.obliged[part.pair_person].astype(float), lower=a_value - 0.5)
    mip.row(x, part.waiting[part.pair_person].astype(float), lower=values[2] - 0.5)
    mip.objective(x, part.minutes.astype(float), maximise=False)
    start = np.zeros(mip.n_cols)
    start[x[chosen]] = 1
    loads = np.bincount(part.pair_course[chosen], minlength=part.m)
    start[y] = (loads[hard] > 0).astype(float)
    mip.start(start)
    solution, _value, bound, proven = mip.solve(deadline)
    if solution is None:
        return None, bound, False
    return np.flatnonzero(solution[x] > 0.5), bound, proven
