"""Solve one independent part of a batch to the lexicographic optimum, with a proven bound.

1. **Flows.** Once it is settled which planned courses open, the placement is a min-cost flow
   (``flows.py``). Letting every planned course open without its minimum gives a bound; when
   that relaxation happens to keep every minimum, it is the optimum and we are done.
2. **Which courses open**, for the first three parts (placed, obliged, waiting): on the small
   flow over classes of interchangeable people, close the planned course furthest from its
   minimum until none is short, then open or close one course at a time while that improves.
   If the result meets the relaxation's first three parts, it is proven; otherwise the class
   MIP (stages A and B of ``stages.py``) proves or improves it.
3. **Travel.** The people-level flow places people for the chosen courses. A branch and bound
   over the planned courses, each node a flow, finds the least travel among placements as good
   in the first three parts (the relaxation's travel bounds each subtree); should it run out of
   nodes, stage C's MIP takes over.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from .flows import (
    CLOSED,
    OPEN,
    RELAXED,
    Classes,
    ClassFlow,
    Part,
    PersonFlow,
    feasible,
    key,
    settled_state,
    short,
    values_of,
)
from .stages import ClassModel, travel_stage

__all__ = ["Part", "PartResult", "solve_part"]


@dataclass
class PartResult:
    chosen: np.ndarray  # local pair indices placed
    values: tuple[int, int, int, int]
    bounds: tuple[float, float, float, float]
    proven: tuple[bool, bool, bool, bool]
    method: str
    stats: dict = field(default_factory=dict)


def _flip(state: np.ndarray, course: int) -> np.ndarray:
    trial = state.copy()
    trial[course] = CLOSED if state[course] == OPEN else OPEN
    return trial


def _open_courses(part, cflow, relaxed_x, deadline):
    """Step 2's heuristic: a good choice of courses for the first three parts."""
    state = np.full(part.m, RELAXED)
    x = relaxed_x
    while True:
        loads = cflow.loads(x)
        below = np.flatnonzero(short(part, state, loads))
        if not len(below):
            break
        # The course whose shortfall is largest in proportion is the least likely to start.
        early = loads[1][below]
        worst = below[np.argmax((part.needed[below] - early) / part.needed[below])]
        state[worst] = CLOSED
        x = cflow.solve(state)
    state = settled_state(part, state, cflow.loads(x))
    best_x = cflow.solve(state)
    best = cflow.values(best_x)
    # Worth flipping: the courses open now, and the closed ones the relaxation gave people who
    # count towards their minimum.
    relaxed_early = cflow.loads(relaxed_x)[1]
    candidates = np.flatnonzero(part.hard & ((state == OPEN) | (relaxed_early > 0)))
    # Nothing beats the relaxation: once it is met, the search is over.
    upper = cflow.values(relaxed_x)
    improved = True
    while improved and best < upper and time.monotonic() < deadline:
        improved = False
        for course in candidates:
            if best == upper or time.monotonic() >= deadline:
                break
            trial = _flip(state, course)
            x = cflow.solve(trial)
            if x is not None and cflow.values(x) > best:
                best_x, best, state, improved = x, cflow.values(x), trial, True
    return best_x, state


# Beyond this many nodes a search hands over to stage C's MIP.
NODE_LIMIT = 100
# Beyond this many fitting pairs stage C's MIP neither finishes nor improves in any time we
# have: a part's travel is bounded by a flow instead.
LARGE_PART = 100_000
# Flows the journeys need after the first three parts: the dive's and a few more.
JOURNEY_FLOWS = 15


def _branch_and_bound(pflow, evaluate, chosen, first_three, deadline, *, node_limit):
    """Branch and bound over the planned courses for the least travel, each node a flow.

    A node fixes some courses open or closed and relaxes the rest; ``evaluate`` gives the
    node's best placement (None: it has none), lexicographically. Worse in the first three
    parts, the node is pruned; equal, its travel bounds the subtree; better, the relaxation
    was used and the node is split further. Returns
    (best placement, travel bound, nodes); the bound is 0 when nodes were left unexplored."""
    part = pflow.part
    best, best_travel = chosen, values_of(part, chosen)[3]
    stack = [np.full(part.m, RELAXED)]
    nodes = 0
    while stack:
        if nodes >= node_limit or time.monotonic() >= deadline:
            return best, 0.0, nodes  # unexplored nodes: nothing proven about them
        state = stack.pop()
        nodes += 1
        found = evaluate(state)
        if found is None:
            continue
        values = values_of(part, found)
        if values[:3] < first_three:
            continue  # the node's best is worse in the first three parts: so is its subtree
        relaxes_more = values[:3] > first_three
        if not relaxes_more and values[3] >= best_travel:
            continue
        loads = pflow.loads(found)
        early = loads[1]
        below = np.flatnonzero(short(part, state, loads))
        if not len(below):
            if values[:3] == first_three:
                best, best_travel = found, values[3]
            continue
        course = below[np.argmax(early[below] / part.needed[below])]
        first, second = (
            (OPEN, CLOSED) if early[course] * 2 >= part.needed[course] else (CLOSED, OPEN)
        )
        for choice in (second, first):  # the likelier child is popped first
            child = state.copy()
            child[course] = choice
            stack.append(child)
    return best, float(best_travel), nodes


def _dive(pflow, evaluate, deadline, *, node_limit):
    """A quick placement keeping every minimum, for the least travel: from the relaxation,
    close at once every short course that got less than half its minimum (or, if none did,
    the one furthest from it) and solve again, until no course is short. A handful of flows
    where the branch and bound, one course at a time, would need one per short course. When
    closing them all leaves no placement, close only the furthest; when even that does, let
    it open instead."""
    part = pflow.part
    state = np.full(part.m, RELAXED)
    found = evaluate(state)
    for _ in range(node_limit):
        if found is None or time.monotonic() >= deadline:
            return None
        loads = pflow.loads(found)
        below = np.flatnonzero(short(part, state, loads))
        if not len(below):
            return found
        ratio = loads[1][below] / part.needed[below]
        furthest = below[np.argmin(ratio)]
        far = below[ratio < 0.5]
        closing_far, closing, opening = state.copy(), state.copy(), state.copy()
        closing_far[far] = CLOSED
        closing[furthest] = CLOSED
        opening[furthest] = OPEN
        for trial in (closing_far, closing, opening) if len(far) > 1 else (closing, opening):
            found = evaluate(trial)
            if found is not None:
                state = trial
                break
    return None


def _same_kinds(pflow, chosen):
    """A node's least travel taking as many people of each kind as ``chosen``: it keeps the
    first three parts whatever the person flow can weigh, but other kinds might travel less,
    so the search's bound proves nothing."""
    return lambda state: pflow.journeys_keeping(state, chosen)


def _people_from_classes(part: Part, classes: Classes, x: np.ndarray) -> np.ndarray:
    """A placement of people for class flows: in each class, the longest waits first."""
    starts = np.searchsorted(part.pair_person, np.arange(part.n + 1))
    members = {
        k: sorted(np.flatnonzero(classes.label == k), key=lambda p: -part.waiting[p])
        for k in range(classes.count)
    }
    chosen = []
    for k, c, count in zip(classes.pair_class, classes.pair_course, x, strict=True):
        for _ in range(int(count)):
            p = members[k].pop(0)
            pairs = np.arange(starts[p], starts[p + 1])
            chosen.append(int(pairs[part.pair_course[pairs] == c][0]))
    return np.array(sorted(chosen), dtype=np.int64)


def solve_part(part: Part, *, deadline: float, seed: int) -> PartResult:
    stats: dict = {"pairs": len(part.pair_person), "stages": {}}
    pflow = PersonFlow(part)
    relaxed_state = np.full(part.m, RELAXED)
    started = time.monotonic()
    relaxed = pflow.solve(relaxed_state)
    # The first three parts must leave time for the journeys' flows, timed by this one.
    proof_deadline = deadline - JOURNEY_FLOWS * (time.monotonic() - started)
    upper = values_of(part, relaxed)
    if pflow.tiers == 4 and feasible(part, relaxed_state, pflow.loads(relaxed)):
        # Every planned course the relaxation uses reaches its minimum: it is a placement.
        stats["flows"] = pflow.calls
        return PartResult(relaxed, upper, upper, (True,) * 4, "flow", stats)

    classes = Classes(part)
    cflow = ClassFlow(part, classes)
    relaxed_x = cflow.solve(relaxed_state)
    upper3 = cflow.values(relaxed_x)
    stats["classes"] = classes.count
    # The heuristic gets a third of the time left; proofs and journeys need the rest.
    now = time.monotonic()
    x, state = _open_courses(part, cflow, relaxed_x, now + (proof_deadline - now) / 3)
    first_three = cflow.values(x)
    bounds = [float(v) for v in upper3] + [0.0]
    proven = [False] * 4
    method = "flow"
    if first_three == upper3:
        proven[:3] = [True] * 3
    else:
        method = "mip"
        proven, bounds, x, state = _prove_first_three(
            part, classes, cflow, x, state, upper3, proof_deadline, seed, stats
        )
        first_three = cflow.values(x)

    chosen = pflow.solve(state)
    if chosen is None or values_of(part, chosen)[:3] != first_three:
        # The people-level flow could not weigh waiting (see PersonFlow.tiers).
        chosen = _people_from_classes(part, classes, x)
    if pflow.tiers < 4:
        # The flow could not weigh journeys: the same kinds of people with the least travel.
        shorter = pflow.journeys_keeping(state, chosen)
        chosen = chosen if shorter is None else shorter
    values = values_of(part, chosen)
    first_three = values[:3]

    # The relaxation's travel bounds every placement as good as it in the first three parts.
    exact = all(proven[:3]) and pflow.tiers == 4 and first_three == upper3
    travel_bound = float(upper[3]) if exact and upper[:3] == first_three else 0.0
    stage_c = all(proven[:3]) and len(part.pair_person) <= LARGE_PART
    if values[3] > travel_bound and time.monotonic() < deadline:
        t = time.monotonic()
        dived = _dive(pflow, _same_kinds(pflow, chosen), deadline, node_limit=NODE_LIMIT)
        if dived is not None and values_of(part, dived)[3] < values[3]:
            chosen, values = dived, values_of(part, dived)
        stats["stages"]["dive"] = round(time.monotonic() - t, 3)
        t = time.monotonic()
        if exact:
            evaluate = pflow.solve  # weighs all four parts: its search proves the optimum
            search_deadline = deadline
        else:
            evaluate = _same_kinds(pflow, chosen)
            # Its bound proves nothing. Where stage C follows, the search's placement is its
            # start, which decides how soon it proves: half the time left. Elsewhere it seldom
            # gains much after the dive: a quarter of the part's time so far, the rest being
            # other parts' to use.
            if stage_c:
                search_deadline = t + (deadline - t) / 2
            else:
                search_deadline = min(deadline, t + (t - started) / 4)
        chosen, bound, nodes = _branch_and_bound(
            pflow, evaluate, chosen, first_three, search_deadline, node_limit=NODE_LIMIT
        )
        values = values_of(part, chosen)
        if exact:
            travel_bound = max(travel_bound, bound)
        stats["stages"]["search"] = round(time.monotonic() - t, 3)
        stats["nodes"] = nodes
    if values[3] > travel_bound and stage_c and time.monotonic() < deadline:
        method = "mip"
        t = time.monotonic()
        found, bound, c_proven = travel_stage(part, chosen, values, deadline=deadline, seed=seed)
        stats["stages"]["C"] = round(time.monotonic() - t, 3)
        if found is not None and key(values_of(part, found)) > key(values):
            chosen, values = found, values_of(part, found)
        if c_proven:
            travel_bound = float(values[3])
        elif np.isfinite(bound):
            travel_bound = max(travel_bound, float(bound))
    if values[3] > travel_bound:
        # No placement of as many people travels less than the least travel of any of them.
        travel_bound = max(travel_bound, float(pflow.least_travel(values[0])))
    bounds[3] = min(travel_bound, float(values[3]))
    proven[3] = all(proven[:3]) and bounds[3] >= values[3]
    stats["flows"] = pflow.calls + cflow.calls
    return PartResult(chosen, values, tuple(bounds), tuple(proven), method, stats)


def _prove_first_three(part, classes, cflow, x, state, upper3, deadline, seed, stats):
    model = ClassModel(part, classes, seed=seed)
    k_obliged = model.k_obliged
    bounds = [float(v) for v in upper3] + [0.0]
    proven = [False] * 4
    best = cflow.values(x)

    t = time.monotonic()
    xa, _value, bound, a_proven, state_a = model.stage_a(x, deadline)
    stats["stages"]["A"] = round(time.monotonic() - t, 3)
    if xa is not None and cflow.values(xa)[:2] > best[:2]:
        x, state, best = xa, state_a, cflow.values(xa)
    a_value = best[0] * k_obliged + best[1]
    a_bound = max(float(bound), a_value) if np.isfinite(bound) else upper3[0] * k_obliged
    if a_proven:
        a_bound = a_value
    bounds[0] = min(float(upper3[0]), np.floor(a_bound / k_obliged + 1e-9))
    proven[0] = bounds[0] <= best[0]
    if proven[0]:
        bounds[1] = min(float(upper3[1]), np.floor(a_bound + 1e-9) - k_obliged * best[0])
    proven[1] = proven[0] and bounds[1] <= best[1]
    if not proven[1] or time.monotonic() >= deadline:
        return proven, bounds, x, state

    t = time.monotonic()
    xb, _value, bound, b_proven, state_b = model.stage_b(a_value, x, deadline)
    stats["stages"]["B"] = round(time.monotonic() - t, 3)
    if xb is not None and cflow.values(xb) > best:
        x, state, best = xb, state_b, cflow.values(xb)
    if b_proven:
        bounds[2] = float(best[2])
    elif np.isfinite(bound):
        bounds[2] = min(bounds[2], max(float(bound), best[2]))
    proven[2] = bounds[2] <= best[2]
    # The MIP's own state may leave a course open that it gave nobody: settle it by loads.
    state = settled_state(part, np.where(part.hard, RELAXED, state), cflow.loads(x))
    return proven, bounds, x, state
