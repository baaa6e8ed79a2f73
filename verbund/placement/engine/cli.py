"""``verbund placement …``: the engine on the command line, without Django.

    verbund placement generate --people 2000 --courses 150 --providers 8 --seed 1 > city.json
    verbund placement solve city.json > result.json
    verbund placement simulate --weeks 52 --seed 1

Formats: docs/placement.md. Bad input ends with one line naming the field, and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from .generate import generate
from .model import ScenarioError
from .scenario import batch_to_dict, load_batch, result_to_dict
from .solver import solve


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _at_least_one(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be above 0")
    return value


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="verbund placement", description=__doc__.split("\n")[0])
    commands = top.add_subparsers(dest="command", required=True)

    gen = commands.add_parser("generate", help="write a realistic batch as JSON")
    gen.add_argument("--people", type=_positive, required=True, help="people waiting, 0 or more")
    gen.add_argument("--courses", type=_positive, required=True, help="courses, 0 or more")
    gen.add_argument(
        "--providers",
        type=_at_least_one,
        required=True,
        help="providers, 1 or more (each city gets one at least)",
    )
    gen.add_argument("--cities", type=_at_least_one, default=1, help="cities far apart (default 1)")
    gen.add_argument("--seed", type=int, default=0, help="the same seed gives the same batch")
    gen.add_argument(
        "--day",
        type=date.fromisoformat,
        default=date(2027, 1, 4),
        help="YYYY-MM-DD (default 2027-01-04)",
    )
    gen.add_argument("--output", type=Path, help="file to write (default: standard output)")

    sol = commands.add_parser("solve", help="place a batch; print the result as JSON")
    sol.add_argument("scenario", help="a batch in JSON ('-' for standard input)")
    sol.add_argument("--time-limit", type=_seconds, default=120.0, help="seconds (default 120)")
    sol.add_argument("--seed", type=int, default=0, help="seed of the MIP solver (default 0)")
    sol.add_argument(
        "--workers", type=_at_least_one, default=None, help="processes (default: the cores)"
    )
    sol.add_argument("--progress", action="store_true", help="report progress on stderr")

    sim = commands.add_parser("simulate", help="a year of weekly placement, policy beside policy")
    sim.add_argument(
        "--weeks",
        type=_at_least_one,
        default=52,
        help="weeks measured (default 52); 8 before, 26 after",
    )
    sim.add_argument("--providers", type=_at_least_one, default=8, help="providers (default 8)")
    sim.add_argument(
        "--arrivals", type=_positive, default=40, help="new people a week on average (default 40)"
    )
    sim.add_argument(
        "--seed", type=int, default=0, help="of the city year and the solver (default 0)"
    )
    sim.add_argument(
        "--policies",
        default=None,
        help="comma-separated (default: the seven of docs/placement.md's tables)",
    )
    sim.add_argument("--json", action="store_true", help="print the figures as JSON")
    return top


def _write(text: str, path: Path | None) -> None:
    if path is None:
        sys.stdout.write(text + "\n")
    else:
        try:
            path.write_text(text + "\n", encoding="utf-8")
        except OSError as error:
            raise ScenarioError(str(path), f"cannot be written: {error.strerror}") from None


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "generate":
            batch = generate(
                people=args.people,
                courses=args.courses,
                providers=args.providers,
                cities_count=args.cities,
                seed=args.seed,
                day=args.day,
            )
            _write(json.dumps(batch_to_dict(batch), indent=1), args.output)
        elif args.command == "solve":
            text = _read(args.scenario)
            batch = load_batch(text)
            progress = None
            if args.progress:

                def progress(event):
                    print(json.dumps(event), file=sys.stderr, flush=True)

            result = solve(
                batch,
                time_limit=args.time_limit,
                seed=args.seed,
                workers=args.workers,
                progress=progress,
            )
            _write(json.dumps(result_to_dict(result), indent=1), None)
        else:
            from .simulate import main as simulate_main

            return simulate_main(args)
    except ScenarioError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError(name, "no such file") from None
    except (IsADirectoryError, PermissionError, UnicodeDecodeError) as error:
        raise ScenarioError(name, f"cannot be read: {error.__class__.__name__}") from None
