"""A thin, array-fed wrapper over HiGHS for the engine's models.

Columns are added with their matrix entries in one call, rows first with their bounds only; the
same model is re-solved with a new objective after each lexicographic stage, with the stage's
optimum added as a row and the previous solution given as the start.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time

import highspy
import numpy as np

INF = highspy.kHighsInf
# Columns beyond which a model counts as large (``stages`` solves it without presolve in stage B).
LARGE_MODEL = 50_000
# Columns from which HiGHS solves in a child process that the deadline can stop (solve_apart):
# HiGHS does not look at the clock everywhere. Seen in a simulated year: a look-ahead plan ran
# 70 minutes past its 30 seconds in the presolve of a sub-MIP of its RINS heuristic
# (``strengthenInequalities``). Smaller models stay in this process: the fork costs about 10 ms
# (measured on a model of two columns, solved in 1 ms here), and the property tests solve
# thousands of small models.
APART_FROM = 1_000
# How long past the deadline a child may take to hand back what it has before it is stopped.
GRACE_SECONDS = 1.0


def _without_banner() -> None:
    """HiGHS prints its banner on standard output when a process makes its first model, before
    any option can silence it; where standard output carries a JSON result, that breaks it."""
    sys.stdout.flush()
    saved = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


_without_banner()


class Mip:
    def __init__(self, *, seed: int, threads: int = 1):
        self.h = highspy.Highs()
        self.h.silent()
        for name, value in (
            ("threads", threads),
            ("random_seed", seed),
            ("mip_rel_gap", 0.0),
            # Every objective below has integer coefficients on integer columns: a gap under 1
            # proves the optimum.
            ("mip_abs_gap", 0.999),
            ("presolve", "on"),
            # Probing, in presolve, does not look at the time limit: on the big parts' models
            # it ran minutes past it.
            ("presolve_rule_off", 2**15),
        ):
            self.h.setOptionValue(name, value)
        self.n_cols = 0
        self.n_rows = 0
        self.start_values: np.ndarray | None = None
        # HiGHS checks its time limit between phases, and a large root LP can run far past
        # it: these callbacks, called within simplex, interior point and branch and bound,
        # stop it at the deadline.
        self.deadline = float("inf")
        self.h.cbSimplexInterrupt += self._interrupt
        self.h.cbIpmInterrupt += self._interrupt
        self.h.cbMipInterrupt += self._interrupt

    def _interrupt(self, event) -> None:
        if time.monotonic() >= self.deadline:
            event.interrupt()

    def rows(self, lower, upper) -> np.ndarray:
        lower = np.asarray(lower, dtype=float)
        upper = np.asarray(upper, dtype=float)
        n = len(lower)
        empty_i = np.zeros(0, dtype=np.int32)
        self.h.addRows(n, lower, upper, 0, empty_i, empty_i, np.zeros(0))
        first = self.n_rows
        self.n_rows += n
        return np.arange(first, first + n, dtype=np.int32)

    def cols(self, lower, upper, starts, indices, values, *, integer: bool) -> np.ndarray:
        lower = np.asarray(lower, dtype=float)
        n = len(lower)
        self.h.addCols(
            n,
            np.zeros(n),
            lower,
            np.asarray(upper, dtype=float),
            len(indices),
            np.asarray(starts, dtype=np.int32),
            np.asarray(indices, dtype=np.int32),
            np.asarray(values, dtype=float),
        )
        first = self.n_cols
        self.n_cols += n
        index = np.arange(first, first + n, dtype=np.int32)
        if integer and n:
            self.h.changeColsIntegrality(n, index, np.ones(n, dtype=np.uint8))
        return index

    def row(self, cols, coefs, lower=-INF, upper=INF) -> None:
        cols = np.asarray(cols, dtype=np.int32)
        self.h.addRow(float(lower), float(upper), len(cols), cols, np.asarray(coefs, dtype=float))
        self.n_rows += 1

    def pairs_at_most(self, cols, bound_cols, factors=None) -> None:
        """Rows ``cols[i] <= factors[i] * bound_cols[i]`` (factor 1 unless given), in one call."""
        n = len(cols)
        if not n:
            return
        factors = np.ones(n) if factors is None else np.asarray(factors, dtype=float)
        indices = np.empty(2 * n, dtype=np.int32)
        indices[0::2] = cols
        indices[1::2] = bound_cols
        values = np.empty(2 * n)
        values[0::2] = 1.0
        values[1::2] = -factors
        self.h.addRows(
            n,
            np.full(n, -INF),
            np.zeros(n),
            2 * n,
            np.arange(0, 2 * n, 2, dtype=np.int32),
            indices,
            values,
        )
        self.n_rows += n

    def objective(self, cols, coefs, *, maximise: bool) -> None:
        costs = np.zeros(self.n_cols)
        costs[np.asarray(cols, dtype=np.int64)] = coefs
        self.costs = costs
        self.h.changeColsCost(self.n_cols, np.arange(self.n_cols, dtype=np.int32), costs)
        sense = highspy.ObjSense.kMaximize if maximise else highspy.ObjSense.kMinimize
        self.h.changeObjectiveSense(sense)

    def start(self, values: np.ndarray) -> None:
        self.started = True
        self.start_values = np.asarray(values, dtype=float)
        solution = highspy.HighsSolution()
        solution.col_value = list(map(float, values))
        solution.value_valid = True
        self.h.setSolution(solution)

    def solve(self, deadline: float) -> tuple[np.ndarray | None, float, float, bool]:
        """Returns (column values, objective value, dual bound, proven optimal); the bound is
        infinite when HiGHS stopped before it had one."""
        if self.n_cols >= APART_FROM and hasattr(os, "fork"):
            return self.solve_apart(deadline)
        return self._solve(deadline)

    def solve_apart(self, deadline: float) -> tuple[np.ndarray | None, float, float, bool]:
        """``solve`` in a forked child that is stopped at the deadline. Parts of HiGHS neither
        look at the clock nor call back (seen: 46 s in central rounding past a 20 s limit, 70
        minutes in a sub-MIP's presolve, see ``APART_FROM``); the child sends each improving
        solution and bound as it finds them, so stopping it loses nothing found."""
        context = multiprocessing.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=self._solve_in_child, args=(sender, deadline))
        child.start()
        sender.close()
        best: tuple | None = None
        bound = float("nan")
        final = None
        try:
            while final is None:
                wait = deadline + GRACE_SECONDS - time.monotonic()
                if wait <= 0 or not receiver.poll(wait):
                    break
                try:
                    kind, *message = receiver.recv()
                except EOFError:
                    break  # the child ended without its result: what it sent so far stands
                if kind == "solution":
                    best = (message[0], message[1])
                    bound = message[2]
                elif kind == "bound":
                    bound = message[0]
                else:
                    final = tuple(message)
        finally:
            if child.is_alive():
                child.kill()
            child.join()
            receiver.close()
        if final is not None:
            return final
        if best is None and self.start_values is not None:
            best = (self.start_values, float(self.costs @ self.start_values))
        if best is None:
            return None, float("nan"), float("nan"), False
        return best[0], best[1], bound, False

    def _solve_in_child(self, sender, deadline: float) -> None:
        def improving(event) -> None:
            out = event.data_out
            solution = np.asarray(out.mip_solution, dtype=float)
            sender.send(
                (
                    "solution",
                    solution,
                    float(out.objective_function_value),
                    float(out.mip_dual_bound),
                )
            )

        last = [float("nan")]

        def bound(event) -> None:
            value = float(event.data_out.mip_dual_bound)
            if value != last[0]:
                last[0] = value
                sender.send(("bound", value))

        self.h.cbMipImprovingSolution += improving
        self.h.cbMipLogging += bound
        self.h.cbMipInterrupt += bound
        sender.send(("done", *self._solve(deadline)))
        sender.close()

    def _solve(self, deadline: float) -> tuple[np.ndarray | None, float, float, bool]:
        self.deadline = deadline
        self.h.setOptionValue("time_limit", max(0.01, deadline - time.monotonic()))
        self.h.run()
        values = np.asarray(self.h.getSolution().col_value)
        info = self.h.getInfo()
        if (
            getattr(self, "started", False)
            and info.primal_solution_status == 2
            and abs(float(self.costs @ values) - info.objective_function_value) > 0.5
        ):
            # HiGHS (1.16) can report a better objective yet hand back the start it was
            # given (seen when presolve alone solves the model): solve again without it.
            self.started = False
            self.h.clearSolver()
            self.h.setOptionValue("time_limit", max(0.01, deadline - time.monotonic()))
            self.h.run()
            values = np.asarray(self.h.getSolution().col_value)
            info = self.h.getInfo()
        status = self.h.getModelStatus()
        if info.primal_solution_status != 2:  # no feasible solution found in time
            return None, float("nan"), float("nan"), False
        value = info.objective_function_value
        proven = status == highspy.HighsModelStatus.kOptimal
        # Stopped before HiGHS had a bound (in presolve, say): it is infinite, not the value.
        bound = value if proven else info.mip_dual_bound
        return values, value, bound, proven
