"""Placement benchmark: the engine on weekly batches of network size, beside first come, first
served.

    .venv/bin/python -m benchmarks.placement                      # city, ten cities, one big city
    .venv/bin/python -m benchmarks.placement --sizes city --time-limit 60
    .venv/bin/python -m benchmarks.placement --quick              # small sizes, a smoke run

Sizes (issue): ``city`` is one city's pooled list, 2,000 waiting for 150 courses of 8 providers;
``ten`` is ten such cities in one batch (20,000 × 1,500, 80 providers; ``--cities``), which fall
apart into independent components; ``big`` is one city of the same 20,000 × 1,500 and 80
providers, where nothing falls apart by geography. Each batch comes from the generator
(``verbund.placement.engine.generate``) with ``--seed``.

Per size: the batch (seed, people, courses, providers, cities, fitting pairs, components), the
engine (``solve(batch, workers=--workers, time_limit=--time-limit)``): its time and, for each
part of the objective in its order of precedence (placed, obliged, waiting days, travel
minutes), the value, the best any placement could reach (bound) and the gap, and whether the
whole is proven optimal; beside it today's practice, first come, first served over the pooled
list and with every provider keeping its own list (``greedy.first_come_first_served``, objective
by ``check.objective_of``), with their time and how many fewer people (and obliged people) they
place than the engine, in percent. Every placement is verified by the independent checker
(``check``); the script exits with 1 if any breaks a rule.

Results go to ``benchmarks/results/placement.md`` and ``placement.json``; a run of some sizes
replaces those sizes and keeps the others, each with its date, machine and settings. ``--quick``
and ``--no-write`` only print. No Django, no database: the engine is pure Python.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from verbund.placement.engine import solve  # noqa: E402
from verbund.placement.engine.check import check, objective_of, violations  # noqa: E402
from verbund.placement.engine.fit import fitting_pairs  # noqa: E402
from verbund.placement.engine.generate import generate  # noqa: E402
from verbund.placement.engine.greedy import first_come_first_served  # noqa: E402
from verbund.placement.engine.model import OBJECTIVE_PARTS  # noqa: E402

RESULTS = Path(__file__).with_name("results")
PART_NAMES = {
    "placed": "placed",
    "obliged": "obliged placed",
    "waiting_days": "waiting days",
    "travel_minutes": "travel minutes",
}


@dataclass(frozen=True)
class Size:
    name: str
    about: str
    people: int
    courses: int
    providers: int
    cities: int


def sizes(*, quick: bool, cities: int) -> dict[str, Size]:
    if quick:
        # A few seconds in all: a smoke run of every path, not a figure to quote.
        few = min(cities, 3)
        return {
            "city": Size("city", "a small city (quick)", 300, 24, 3, 1),
            "ten": Size("ten", f"{few} small cities (quick)", 300 * few, 24 * few, 3 * few, few),
            "big": Size("big", "one city of their size (quick)", 300 * few, 24 * few, 3 * few, 1),
        }
    return {
        "city": Size("city", "one city", 2000, 150, 8, 1),
        "ten": Size(
            "ten", f"{cities} cities in one batch", 2000 * cities, 150 * cities, 8 * cities, cities
        ),
        "big": Size("big", "one big city", 2000 * cities, 150 * cities, 8 * cities, 1),
    }


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="city,ten,big", help="comma-separated: city,ten,big")
    parser.add_argument("--seed", type=int, default=1, help="generation and solver seed (1)")
    parser.add_argument("--time-limit", type=float, default=120.0, help="engine seconds (120)")
    parser.add_argument("--workers", type=int, default=2, help="engine processes (2)")
    parser.add_argument("--cities", type=int, default=10, help="cities of the ten size (10)")
    parser.add_argument("--quick", action="store_true", help="small sizes; prints only")
    parser.add_argument("--no-write", action="store_true", help="print only, store nothing")
    args = parser.parse_args(argv)
    known = sizes(quick=args.quick, cities=args.cities)
    args.size_names = [name.strip() for name in args.sizes.split(",") if name.strip()]
    unknown = [name for name in args.size_names if name not in known]
    if unknown or not args.size_names:
        parser.error(f"--sizes: unknown {', '.join(unknown) or 'empty'}; choose from city,ten,big")
    if args.time_limit <= 0 or args.workers < 1 or args.cities < 1:
        parser.error("--time-limit must be above 0, --workers and --cities at least 1")
    args.sizes = [known[name] for name in args.size_names]
    return args


def say(message: str) -> None:
    print(message, flush=True)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> dict:
    cpu = platform.processor() or "unknown CPU"
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "python": platform.python_version(),
        "highspy": _version("highspy"),
        "ortools": _version("ortools"),
        "numpy": _version("numpy"),
    }


def machine_line(facts: dict) -> str:
    return (
        f"{facts['cpu']}, {facts['cores']} cores, Python {facts['python']}, "
        f"highspy {facts['highspy']}, OR-Tools {facts['ortools']}, numpy {facts['numpy']}"
    )


def _fewer(engine: int, other: int) -> float:
    """How many fewer the baseline reaches than the engine, in percent of the engine's."""
    return 100.0 * (engine - other) / engine if engine else 0.0


def _progress(event: dict) -> None:
    # A city is one component or a few; ten cities are hundreds: report the large ones only.
    if event["event"] == "start":
        say(f"  engine: {event['components']} components, {event['pairs']:,} pairs")
    elif event["event"] == "component" and (event["people"] >= 500 or event["done"] == event["of"]):
        say(
            f"  engine: component {event['done']}/{event['of']} ({event['people']} people, "
            f"{event['courses']} courses) by {event['method']}, "
            f"{'proven' if event['proven'] else 'not proven'}, {event['seconds']:.1f} s"
        )


def baseline(batch, *, per_provider: bool, engine) -> dict:
    started = time.perf_counter()
    placement = first_come_first_served(batch, per_provider=per_provider)
    seconds = time.perf_counter() - started
    objective = objective_of(batch, placement)
    return {
        "seconds": seconds,
        "objective": objective.as_dict(),
        "fewer_placed_percent": _fewer(engine.placed, objective.placed),
        "fewer_obliged_percent": _fewer(engine.obliged, objective.obliged),
        "violations": violations(batch, placement),
    }


def run(size: Size, args) -> dict:
    say(
        f"{size.name}: {size.about}, {size.people:,} people × {size.courses:,} courses, "
        f"{size.providers} providers, seed {args.seed}…"
    )
    load_before = os.getloadavg()
    started = time.perf_counter()
    batch = generate(
        people=size.people,
        courses=size.courses,
        providers=size.providers,
        cities_count=size.cities,
        seed=args.seed,
    )
    generated = time.perf_counter() - started
    started = time.perf_counter()
    pairs = len(fitting_pairs(batch))
    pairs_seconds = time.perf_counter() - started
    started = time.perf_counter()
    result = solve(
        batch,
        time_limit=args.time_limit,
        seed=args.seed,
        workers=args.workers,
        progress=_progress,
    )
    wall = time.perf_counter() - started
    engine_violations = check(batch, result)
    say(f"  engine: {result.seconds:.1f} s, optimal: {result.optimal}, {result.objective}")
    pooled = baseline(batch, per_provider=False, engine=result.objective)
    own = baseline(batch, per_provider=True, engine=result.objective)
    say(
        f"  first come, first served: pooled {pooled['objective']['placed']:,} placed "
        f"({pooled['seconds']:.1f} s), per provider {own['objective']['placed']:,} "
        f"({own['seconds']:.1f} s)"
    )
    usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "size": size.name,
        "about": size.about,
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "load_average_before": round(load_before[0], 2),
        "load_average_after": round(os.getloadavg()[0], 2),
        "settings": {
            "seed": args.seed,
            "time_limit_s": args.time_limit,
            "workers": args.workers,
            "quick": args.quick,
        },
        "batch": {
            "seed": args.seed,
            "people": len(batch.people),
            "courses": len(batch.courses),
            "providers": size.providers,
            "cities": size.cities,
            "fitting_pairs": pairs,
            "components": result.components,
            "generate_s": generated,
            "pairs_s": pairs_seconds,
        },
        "engine": {
            "seconds": result.seconds,
            "wall_s": wall,
            "optimal": result.optimal,
            "objective": result.objective.as_dict(),
            "bounds": {
                b.part: {"value": b.value, "bound": b.bound, "gap": b.gap} for b in result.bounds
            },
            "methods": result.stats.get("methods", {}),
            "starting_courses": len(result.starting_courses),
            "violations": engine_violations,
        },
        "fcfs_pooled": pooled,
        "fcfs_per_provider": own,
        # Peak resident memory (Linux reports kB) of this process since it started, and of the
        # largest child (the engine's worker processes), so far in the run: sizes run in order.
        "peak_memory_mb": round(usage.ru_maxrss / 1024),
        "peak_memory_workers_mb": round(children.ru_maxrss / 1024),
    }


def _gap(gap: float) -> str:
    return "0" if gap == 0 else f"{100 * gap:.3g} %"


def summary_table(runs: list[dict]) -> str:
    lines = [
        "| size | seed | people | courses | providers | cities | fitting pairs | components | "
        "engine | proven optimal | placed | FCFS pooled | FCFS per provider |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        b, e = r["batch"], r["engine"]
        pooled, own = r["fcfs_pooled"], r["fcfs_per_provider"]
        lines.append(
            f"| {r['size']} ({r['about']}) | {b['seed']} | {b['people']:,} | {b['courses']:,} | "
            f"{b['providers']} | {b['cities']} | {b['fitting_pairs']:,} | {b['components']:,} | "
            f"{e['seconds']:.1f} s | {'yes' if e['optimal'] else '**no**'} | "
            f"{e['objective']['placed']:,} | "
            f"{pooled['objective']['placed']:,} (−{pooled['fewer_placed_percent']:.1f} %) | "
            f"{own['objective']['placed']:,} (−{own['fewer_placed_percent']:.1f} %) |"
        )
    return "\n".join(lines)


def detail_table(r: dict) -> str:
    e, pooled, own = r["engine"], r["fcfs_pooled"], r["fcfs_per_provider"]
    lines = [
        "| | engine: value | bound | gap | FCFS pooled | FCFS per provider |",
        "|---|---|---|---|---|---|",
        f"| time | {e['seconds']:.2f} s | | | {pooled['seconds']:.2f} s | {own['seconds']:.2f} s |",
    ]
    for part in OBJECTIVE_PARTS:
        bound = e["bounds"][part]
        cells = []
        for other in (pooled, own):
            cell = f"{other['objective'][part]:,}"
            if part == "placed":
                cell += f" (−{other['fewer_placed_percent']:.1f} %)"
            elif part == "obliged":
                cell += f" (−{other['fewer_obliged_percent']:.1f} %)"
            cells.append(cell)
        lines.append(
            f"| {PART_NAMES[part]} | {bound['value']:,} | {bound['bound']:,} | "
            f"{_gap(bound['gap'])} | {cells[0]} | {cells[1]} |"
        )
    lines.append(
        f"| proven optimal | {'yes' if e['optimal'] else '**no**'} | | | | |\n"
        f"| rules broken (checker) | {len(e['violations'])} | | | {len(pooled['violations'])} | "
        f"{len(own['violations'])} |"
    )
    return "\n".join(lines)


def about_run(r: dict) -> str:
    s, b, e = r["settings"], r["batch"], r["engine"]
    methods = e["methods"]
    return (
        f"{r['when']}; {machine_line(r['machine'])}; time limit {s['time_limit_s']:g} s, "
        f"{s['workers']} workers; load average {r['load_average_before']} before, "
        f"{r['load_average_after']} after; generating {b['generate_s']:.1f} s, fitting pairs "
        f"{b['pairs_s']:.1f} s; components solved by flows {methods.get('flow', 0)}, by MIP "
        f"{methods.get('mip', 0)}; {e['starting_courses']} courses start; peak memory so far "
        f"{r['peak_memory_mb']} MB (largest worker process {r['peak_memory_workers_mb']} MB)."
    )


def report(runs: list[dict]) -> str:
    parts = [summary_table(runs)]
    for r in runs:
        parts.append(f"### {r['size']}: {r['about']}\n\n{about_run(r)}\n\n{detail_table(r)}")
    return "\n\n".join(parts)


MD_HEAD = """# Placement: the engine beside first come, first served

One weekly batch per size, generated (`verbund.placement.engine.generate`); the engine places it
to the lexicographic optimum (placed, then obliged placed, then waiting days of those placed,
then least travel) within the time limit, with a bound for every part (gap 0: proven).
FCFS: each person in the order they joined takes the nearest fitting course with room, courses
below their minimum are cancelled and their people try again; pooled over one list, or per
provider (each person on one provider's list). "−x %": that many fewer placed (or obliged placed)
than the engine. Every placement passed the independent checker unless the table says otherwise.
Made by `benchmarks/placement.py`.
"""


def store(new_runs: list[dict]) -> list[dict]:
    """Merge into the stored runs (one per size), write the JSON and the Markdown; return all."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / "placement.json"
    stored = {}
    if path.exists():
        try:
            stored = json.loads(path.read_text(encoding="utf-8")).get("runs", {})
        except (ValueError, AttributeError):
            stored = {}
    stored.update({r["size"]: r for r in new_runs})
    order = ["city", "ten", "big"]
    runs = [stored[name] for name in order if name in stored]
    path.write_text(json.dumps({"runs": {r["size"]: r for r in runs}}, indent=2) + "\n")
    (RESULTS / "placement.md").write_text(f"{MD_HEAD}\n{report(runs)}\n", encoding="utf-8")
    return runs


def main(argv=None) -> int:
    args = parse_args(argv)
    say(machine_line(machine()))
    runs = [run(size, args) for size in args.sizes]
    print()
    print(report(runs))
    if not (args.quick or args.no_write):
        store(runs)
        say(f"\nWritten: {RESULTS / 'placement.md'}, {RESULTS / 'placement.json'}")
    broken = [
        f"{r['size']} {key}: {r[key]['violations'][:3]}"
        for r in runs
        for key in ("engine", "fcfs_pooled", "fcfs_per_provider")
        if r[key]["violations"]
    ]
    for line in broken:
        say(f"Rules broken: {line}")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
