"""Placement simulation benchmark: a year of weekly placement in one city, policy beside policy.

    .venv/bin/python -m benchmarks.placement_sim                  # one city year, seed 1
    .venv/bin/python -m benchmarks.placement_sim --seeds 1,2,3    # three years, and their mean
    .venv/bin/python -m benchmarks.placement_sim --seeds 1,2,3 --workers 2  # two at a time
    .venv/bin/python -m benchmarks.placement_sim --quick          # a short year, a smoke run

The year (``verbund.placement.engine.simulate.city_year``): ``--providers`` providers (8) at
district centres, ``--arrivals`` people a week (40) for ``--weeks`` measured weeks (52), after
eight weeks of warm-up and followed by 26 weeks in which the last arrivals can still be placed;
courses announced 3 to 8 weeks ahead, running once they reach their minimum, cancelled if they
do not by their latest start. Every policy of ``simulate.POLICIES`` (or ``--policies``) lives
through the same year in this process (``simulate.compare``): each provider's own list and the
pooled list first come first served, the engine's weekly optimum, the engine looking ahead (also
with short waits, and told the true arrivals of its horizon instead of the forecast), and
hindsight, every arrival known in advance (no policy can place more people over the whole run).
Each week's decision is checked against the rules; a policy that breaks one stops the run with
an error.

Per seed it prints ``simulate.table``: placed of the year's arrivals and in percent of hindsight,
obliged placed, median and 90th-percentile wait from arrival to the course, courses started and
cancelled, mean travel, seconds; for several seeds also the mean of these figures per policy.
Results go to ``benchmarks/results/placement_sim.md`` and ``placement_sim.json`` (date,
machine, parameters, every row) and ``placement_sim.svg``: the waiting times per policy, as the
cumulative share of the people placed by days waited. ``--quick`` (12 weeks, 15 arrivals a week,
4 weeks of warm-up and 12 after) and ``--no-write`` only print. No Django, no database.

A full run takes longer than a working session, so each year is stored as soon as it is done
(``results/placement_sim_parts/seed-N.json``, with the parameters and a fingerprint of the code
it was made with). ``--resume`` takes the years stored with the same parameters and code instead
of running them again: a run cut short goes on where it stopped, and the tables say when each
year was made. Every policy of a year is still run beside the others in one process.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import math
import os
import statistics
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from datetime import UTC, datetime
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.placement import machine, machine_line  # noqa: E402
from verbund.placement.engine import simulate  # noqa: E402

RESULTS = Path(__file__).with_name("results")
PARTS = "placement_sim_parts"
FULL = {"weeks": 52, "arrivals": 40.0, "warmup": 8, "drain": 26}
QUICK = {"weeks": 12, "arrivals": 15.0, "warmup": 4, "drain": 12}
# The figures averaged over seeds, as (key of simulate.figures, heading).
MEANS = (
    ("placed", "placed"),
    ("of_hindsight", "% of hindsight"),
    ("obliged_placed", "obliged placed"),
    ("median_wait_days", "median wait (days)"),
    ("p90_wait_days", "90th pct. wait"),
    ("courses_started", "courses started"),
    ("courses_cancelled", "cancelled"),
    ("mean_travel_minutes", "mean travel (min)"),
)
PLOT_DAYS = 200
# The target for the wait until an integration course (Bundesrechnungshof, 2020): six weeks.
TARGET_DAYS = 42


def _seeds(text: str) -> list[int]:
    try:
        seeds = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError("must be whole numbers separated by commas") from None
    if not seeds or len(set(seeds)) != len(seeds):
        raise argparse.ArgumentTypeError("must name at least one seed, each once")
    return seeds


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=_seeds, default=[1], help="comma-separated (1)")
    parser.add_argument("--providers", type=int, default=8, help="providers of the city (8)")
    parser.add_argument("--arrivals", type=float, default=None, help="people a week (40)")
    parser.add_argument("--weeks", type=int, default=None, help="weeks measured (52)")
    parser.add_argument(
        "--policies",
        default=",".join(simulate.POLICIES),
        help=f"comma-separated, from {','.join(simulate.POLICIES + simulate.VARIANTS)} "
        f"({','.join(simulate.POLICIES)})",
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="seeds run side by side in processes (1)"
    )
    parser.add_argument("--quick", action="store_true", help="a short year; prints only")
    parser.add_argument("--no-write", action="store_true", help="print only, store nothing")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="take the years an earlier run stored with the same parameters and code",
    )
    args = parser.parse_args(argv)
    base = QUICK if args.quick else FULL
    args.weeks = base["weeks"] if args.weeks is None else args.weeks
    args.arrivals = base["arrivals"] if args.arrivals is None else args.arrivals
    args.warmup, args.drain = base["warmup"], base["drain"]
    args.policies = [name.strip() for name in args.policies.split(",") if name.strip()]
    known = simulate.POLICIES + simulate.VARIANTS
    unknown = [name for name in args.policies if name not in known]
    if unknown or not args.policies:
        parser.error(
            f"--policies: unknown {', '.join(unknown) or 'empty'}; choose from {','.join(known)}"
        )
    if len(set(args.policies)) != len(args.policies):
        parser.error("--policies: each policy once")
    if args.providers < 1 or args.weeks < 1 or args.workers < 1 or not args.arrivals > 0:
        parser.error("--providers, --weeks and --workers must be at least 1, --arrivals above 0")
    return args


def say(message: str) -> None:
    print(message, flush=True)


def parameters(args) -> dict:
    return {
        "providers": args.providers,
        "arrivals_per_week": args.arrivals,
        "weeks": args.weeks,
        "warmup_weeks": args.warmup,
        "drain_weeks": args.drain,
        "seeds": args.seeds,
        "workers": args.workers,
        "policies": args.policies,
        "quick": args.quick,
    }


def fingerprint() -> str:
    """Of the code a year's figures come from: the engine and this script."""
    digest = hashlib.sha256()
    for path in [*sorted((ROOT / "verbund/placement/engine").glob("*.py")), Path(__file__)]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _year_parameters(args) -> dict:
    """What makes two runs of a seed the same year under the same policies."""
    return {k: v for k, v in parameters(args).items() if k not in ("seeds", "workers", "quick")}


def _part(seed: int) -> Path:
    return RESULTS / PARTS / f"seed-{seed}.json"


def store_part(result: dict, args) -> None:
    path = _part(result["seed"])
    path.parent.mkdir(parents=True, exist_ok=True)
    part = {"parameters": _year_parameters(args), "code": fingerprint(), "result": result}
    path.write_text(json.dumps(_plain(part)) + "\n")


def load_part(seed: int, args) -> dict | None:
    """The year an earlier run stored for ``seed`` with the same parameters and code, or None."""
    path = _part(seed)
    if not path.exists():
        return None
    part = json.loads(path.read_text())
    if part["parameters"] != _year_parameters(args) or part["code"] != fingerprint():
        return None
    result = part["result"]
    # JSON has no NaN: the figures nobody has come back as NaN, as ``simulate.figures`` made them.
    result["rows"] = [
        {k: (math.nan if v is None else v) for k, v in row.items()} for row in result["rows"]
    ]
    return result


def _progress(event: dict, last_week: int) -> None:
    if event["week"] == last_week:
        say(f"  {event['policy']}: done, {event['waiting']} still on the list at the end")


def run(seed: int, args) -> dict:
    """One city year, every policy; the rows of ``simulate.figures`` and the waits."""
    year = simulate.city_year(
        providers=args.providers,
        arrivals_per_week=args.arrivals,
        weeks=args.weeks,
        seed=seed,
        warmup=args.warmup,
        drain=args.drain,
    )
    measured = sum(1 for week, _ in year.arrivals if 0 <= week < year.weeks)
    say(
        f"seed {seed}: {len(year.arrivals):,} arrivals ({measured:,} in the {year.weeks} weeks "
        f"measured), {len(year.offers):,} courses in the calendar, {len(year.providers)} "
        f"providers; policies {', '.join(args.policies)}…"
    )
    last_week = year.weeks + year.drain - 1
    rows, outcomes = simulate.compare(
        year,
        tuple(args.policies),
        seed=seed,
        progress=lambda event: _progress(event, last_week),
    )
    reference = outcomes.get("hindsight")
    return {
        "seed": seed,
        "arrivals": len(year.arrivals),
        "measured_arrivals": measured,
        "courses": len(year.offers),
        "hindsight_optimal": getattr(reference, "optimal", None),
        # Over the whole run, warm-up and drain included: what hindsight maximises.
        "placed_in_run": {name: len(outcomes[name].placed) for name in args.policies},
        "rows": rows,
        "waits": {name: simulate.waits(year, outcomes[name]) for name in args.policies},
        "made": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def above_hindsight(result: dict) -> list[str]:
    """Policies that placed more people over the run than a proven hindsight: impossible."""
    placed = result["placed_in_run"]
    if "hindsight" not in placed or not result["hindsight_optimal"]:
        return []
    return [
        f"seed {result['seed']}: {name} placed {count} over the run, "
        f"hindsight {placed['hindsight']}"
        for name, count in placed.items()
        if count > placed["hindsight"]
    ]


def _finite(values) -> list[float]:
    return [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]


def means(results: list[dict]) -> list[dict]:
    """Per policy, the mean over the seeds of each figure of ``MEANS`` (NaN where none has it)."""
    rows = []
    for name in [row["policy"] for row in results[0]["rows"]]:
        per_seed = [next(r for r in res["rows"] if r["policy"] == name) for res in results]
        row = {"policy": name, "seeds": len(per_seed)}
        for key, _heading in (*MEANS, ("arrivals", ""), ("obliged", "")):
            values = _finite(r.get(key) for r in per_seed)
            row[key] = statistics.fmean(values) if values else math.nan
        rows.append(row)
    return rows


def _number(value, digits: int, suffix: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:,.{digits}f}{suffix}"


def mean_table(rows: list[dict]) -> str:
    lines = [
        "| policy | " + " | ".join(heading for _key, heading in MEANS) + " |",
        "|" + "---|" * (len(MEANS) + 1),
    ]
    for r in rows:
        share = 100 * r["placed"] / r["arrivals"] if r["arrivals"] else math.nan
        cells = [
            f"{_number(r['placed'], 1)} of {_number(r['arrivals'], 1)} ({_number(share, 1)} %)",
            _number(100 * r["of_hindsight"], 1, " %"),
            f"{_number(r['obliged_placed'], 1)} of {_number(r['obliged'], 1)}",
            _number(r["median_wait_days"], 1),
            _number(r["p90_wait_days"], 1),
            _number(r["courses_started"], 1),
            _number(r["courses_cancelled"], 1),
            _number(r["mean_travel_minutes"], 1),
        ]
        lines.append(f"| {r['policy']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def distribution(results: list[dict]) -> dict[str, dict]:
    """Per policy, over all seeds: people placed and how many waited at most d days, d = 0..200."""
    pooled: dict[str, list[int]] = {}
    for result in results:
        for name, waits in result["waits"].items():
            pooled.setdefault(name, []).extend(waits)
    made = {}
    for name in results[0]["waits"]:
        waits = sorted(pooled[name])
        made[name] = {
            "placed": len(waits),
            "median_days": statistics.median(waits) if waits else None,
            "within_target": bisect.bisect_right(waits, TARGET_DAYS),
            "at_most": [bisect.bisect_right(waits, day) for day in range(PLOT_DAYS + 1)],
        }
    return made


# --- the plot -----------------------------------------------------------------------------------

# Colours with at least 3:1 contrast on white, and a dash pattern each, so that no line is told
# from another by its colour alone.
STYLES = {
    "per_provider": ("#b3380b", "2 3"),
    "pooled": ("#8a6100", "9 4"),
    "weekly": ("#2f6f3e", "9 3 2 3"),
    "lookahead": ("#0b5fa5", ""),
    "lookahead_short_waits": ("#7b3294", "5 2"),
    "foresight": ("#a11d5d", "12 3 2 3 2 3"),
    "hindsight": ("#000000", "1 3"),
}
SPARE_STYLES = [("#555555", "6 2 1 2"), ("#006d77", "3 3")]


def _style(name: str, index: int) -> tuple[str, str]:
    return STYLES.get(name) or SPARE_STYLES[index % len(SPARE_STYLES)]


def _days(value) -> str:
    return "–" if value is None else f"{value:.0f}"


def svg(dist: dict[str, dict], about: str) -> str:
    """Cumulative share of the people placed by days waited, one step line per policy."""
    width, height = 860, 440
    left, right, top, bottom = 70, 540, 60, 370
    span_x, span_y = right - left, bottom - top

    def x(day: float) -> float:
        return left + span_x * day / PLOT_DAYS

    def y(share: float) -> float:
        return bottom - span_y * share

    summary = "; ".join(
        f"{name}: {d['placed']:,} placed, median wait {_days(d['median_days'])} days, "
        f"{100 * d['within_target'] / max(1, d['placed']):.0f} % within six weeks"
        for name, d in dist.items()
    )
    title = "Days from arrival on the waiting list to the course, by placement policy"
    desc = (
        f"Line chart: for each policy, the share of the people it placed (0 to 100 %, vertical "
        f"axis) who waited at most so many days (0 to {PLOT_DAYS}, horizontal axis) from arrival "
        f"to their course; higher and further left is shorter waiting. A dashed vertical line "
        f"marks six weeks. {about}. {summary}."
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="plot-title plot-desc" '
        'font-family="sans-serif" font-size="12">',
        f'<title id="plot-title">{escape(title)}</title>',
        f'<desc id="plot-desc">{escape(desc)}</desc>',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="10" y="22" font-size="15" font-weight="bold">{escape(title)}</text>',
        f'<text x="10" y="42" fill="#333">{escape(about)}</text>',
    ]
    # Grid and axes.
    for step in range(0, 101, 20):
        yy = y(step / 100)
        parts += [
            f'<line x1="{left}" y1="{yy:.1f}" x2="{right}" y2="{yy:.1f}" stroke="#ddd"/>',
            f'<text x="{left - 6}" y="{yy + 4:.1f}" text-anchor="end">{step} %</text>',
        ]
    for day in range(0, PLOT_DAYS + 1, 25):
        xx = x(day)
        parts += [
            f'<line x1="{xx:.1f}" y1="{top}" x2="{xx:.1f}" y2="{bottom}" stroke="#eee"/>',
            f'<text x="{xx:.1f}" y="{bottom + 18}" text-anchor="middle">{day}</text>',
        ]
    parts += [
        f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="#333"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" stroke="#333"/>',
        f'<text x="{(left + right) / 2:.0f}" y="{bottom + 40}" text-anchor="middle">'
        "days waited, from arrival on the list to the course</text>",
        f'<text transform="translate(18 {(top + bottom) / 2:.0f}) rotate(-90)" '
        'text-anchor="middle">share of the people placed who waited at most so long</text>',
        f'<line x1="{x(TARGET_DAYS):.1f}" y1="{top}" x2="{x(TARGET_DAYS):.1f}" y2="{bottom}" '
        'stroke="#666" stroke-dasharray="3 3"/>',
        f'<text x="{x(TARGET_DAYS) + 4:.1f}" y="{top + 12}" fill="#333">six weeks</text>',
    ]
    # The lines: at day d the share who waited d days or fewer, as steps.
    for index, (name, d) in enumerate(dist.items()):
        colour, dash = _style(name, index)
        placed = max(1, d["placed"])
        shares = [count / placed for count in d["at_most"]]
        path = [f"M{x(0):.1f} {y(shares[0]):.1f}"]
        for day in range(1, PLOT_DAYS + 1):
            if shares[day] != shares[day - 1]:
                path.append(f"H{x(day):.1f}V{y(shares[day]):.1f}")
        path.append(f"H{x(PLOT_DAYS):.1f}")
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<path d="{"".join(path)}" fill="none" stroke="{colour}" stroke-width="2.2"'
            f"{dashes}><title>{escape(name)}</title></path>"
        )
    # The legend, in the order of the lines.
    legend_x, legend_y = right + 24, top + 10
    parts.append(f'<text x="{legend_x}" y="{legend_y}" font-weight="bold">policy</text>')
    for index, (name, d) in enumerate(dist.items()):
        colour, dash = _style(name, index)
        yy = legend_y + 22 * (index + 1)
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        median = _days(d["median_days"])
        parts += [
            f'<line x1="{legend_x}" y1="{yy - 4}" x2="{legend_x + 34}" y2="{yy - 4}" '
            f'stroke="{colour}" stroke-width="2.2"{dashes}/>',
            f'<text x="{legend_x + 42}" y="{yy}">{escape(name)} (median {median} d)</text>',
        ]
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def plot_about(params: dict) -> str:
    seeds = params["seeds"]
    return (
        f"{params['providers']} providers, {params['arrivals_per_week']:g} arrivals a week, "
        f"{params['weeks']} weeks measured; {'seed' if len(seeds) == 1 else 'seeds'} "
        f"{', '.join(map(str, seeds))}"
    )


# --- the report ---------------------------------------------------------------------------------


def _plain(value):
    """JSON has no NaN: a figure nobody has (no one placed) is null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def report(results: list[dict]) -> str:
    parts = []
    for result in results:
        placed = result["placed_in_run"]
        run_line = ", ".join(f"{name} {count:,}" for name, count in placed.items())
        optimal = result["hindsight_optimal"]
        parts.append(
            f"### seed {result['seed']}\n\n"
            f"{result['arrivals']:,} arrivals in the whole run ({result['measured_arrivals']:,} "
            f"in the weeks measured), {result['courses']:,} courses in the calendar. Placed over "
            f"the whole run: {run_line}"
            + (f"; made {result['made']}" if "made" in result else "")
            + (
                ""
                if optimal is None
                else f" (hindsight {'proven optimal' if optimal else '**not proven optimal**'})"
            )
            + f".\n\n{simulate.table(result['rows'])}"
        )
    if len(results) > 1:
        parts.append(f"### mean over {len(results)} seeds\n\n{mean_table(means(results))}")
    return "\n\n".join(parts)


MD_HEAD = """# Placement: a year in one city, policy beside policy

Each seed is one city year (`verbund.placement.engine.simulate.city_year`): people arrive every
week and leave the list after six months unplaced; providers announce courses 3 to 8 weeks
ahead; a course runs once it has its minimum and is cancelled if it has not by its latest start.
Every policy lives through the same year; each week's decisions passed the rules' checker.
Placed, obliged placed and waits count the people who arrived in the weeks measured (the
warm-up before and the weeks after, in which they can still be placed, are not counted). Wait:
days from arrival to the course's start, or to the day they joined a course already running.
"% of hindsight": the people placed over the whole run (warm-up and the weeks after included) in
percent of those hindsight placed. Hindsight knows every arrival in advance and places the most
people over the whole run, so there it is a bound; of the people measured alone, a policy can
place a few more than hindsight did.
Hindsight plans under the run's own rules: it chooses the week each course fills, and so when it
begins and closes, and its plan can be carried out week by week.
Courses started and cancelled: those whose latest start lies in the weeks measured. Travel:
straight lines at 20 km/h. Made by `benchmarks/placement_sim.py`.
"""


def store(results: list[dict], params: dict, facts: dict) -> None:
    RESULTS.mkdir(exist_ok=True)
    dist = distribution(results)
    about = plot_about(params)
    data = {
        **facts,
        "parameters": params,
        "runs": [{k: v for k, v in r.items() if k != "waits"} for r in results],
        "means": means(results) if len(results) > 1 else [],
        "wait_distribution": dist,
    }
    (RESULTS / "placement_sim.json").write_text(json.dumps(_plain(data), indent=1) + "\n")
    (RESULTS / "placement_sim.svg").write_text(svg(dist, about), encoding="utf-8")
    head = (
        f"{facts['when']}; {machine_line(facts['machine'])}; load average "
        f"{facts['load_average_before']} before, {facts['load_average_after']} after; "
        f"{params['providers']} providers, {params['arrivals_per_week']:g} arrivals a week, "
        f"{params['weeks']} weeks measured after {params['warmup_weeks']} of warm-up and "
        f"followed by {params['drain_weeks']}; seeds {', '.join(map(str, params['seeds']))}."
    )
    (RESULTS / "placement_sim.md").write_text(
        f"{MD_HEAD}\n{head}\n\n{report(results)}\n\n"
        "![Waiting times per policy: cumulative share of the people placed by days waited]"
        "(placement_sim.svg)\n",
        encoding="utf-8",
    )


def _years(seeds: list[int], args):
    """Each seed's year as soon as it is done, so that it can be stored before the others."""
    if args.workers > 1 and len(seeds) > 1:
        # Each seed's year is independent; a policy's seconds then share the cores.
        with ProcessPoolExecutor(min(args.workers, len(seeds))) as pool:
            for future in as_completed([pool.submit(run, seed, args) for seed in seeds]):
                yield future.result()
    else:
        for seed in seeds:
            yield run(seed, args)


def main(argv=None) -> int:
    args = parse_args(argv)
    facts = {"when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine()}
    say(machine_line(facts["machine"]))
    load_before = os.getloadavg()
    keep = not (args.quick or args.no_write)
    done = {}
    for seed in args.seeds if args.resume else []:
        stored = load_part(seed, args)
        if stored is not None:
            say(f"seed {seed}: taken from the run of {stored['made']}")
            done[seed] = stored
    for result in _years([seed for seed in args.seeds if seed not in done], args):
        done[result["seed"]] = result
        if keep:
            store_part(result, args)
    results = [done[seed] for seed in args.seeds]
    facts["load_average_before"] = round(load_before[0], 2)
    facts["load_average_after"] = round(os.getloadavg()[0], 2)
    print()
    print(report(results))
    if keep:
        store(results, parameters(args), facts)
        say(
            f"\nWritten: {RESULTS / 'placement_sim.md'}, {RESULTS / 'placement_sim.json'}, "
            f"{RESULTS / 'placement_sim.svg'}"
        )
    impossible = [line for result in results for line in above_hindsight(result)]
    for line in impossible:
        say(f"More than hindsight: {line}")
    return 1 if impossible else 0


if __name__ == "__main__":
    raise SystemExit(main())
