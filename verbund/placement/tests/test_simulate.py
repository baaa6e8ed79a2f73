"""The year simulation (``simulate.py``) on a small city, every policy side by side: each keeps
the rules week by week (``run`` raises AssertionError otherwise), none places more people than
hindsight, and the figures are what docs/placement.md says; the benchmark script's quick run
works (benchmarks/placement_sim.py)."""

import json
import math
from dataclasses import replace

import pytest

from benchmarks import placement_sim
from verbund.placement.engine import simulate
from verbund.placement.engine.check import violations
from verbund.placement.engine.model import Batch

SMALL = {"weeks": 10, "arrivals_per_week": 12, "providers": 4, "warmup": 2, "drain": 8}
FIGURES = {
    "policy",
    "arrivals",
    "placed",
    "placed_share",
    "obliged_placed",
    "obliged",
    "median_wait_days",
    "p90_wait_days",
    "courses_started",
    "courses_cancelled",
    "mean_travel_minutes",
    "seconds",
}
TINY = ["--quick", "--weeks", "4", "--arrivals", "8", "--providers", "2"]


@pytest.fixture(scope="module")
def year():
    return simulate.city_year(**SMALL, seed=3)


@pytest.fixture(scope="module")
def compared(year):
    """Every policy through the small year: a policy that broke a rule would raise here."""
    return simulate.compare(year, simulate.POLICIES, seed=3)


def whole_run(year) -> Batch:
    """The problem hindsight solves: every arrival and every course, each with its window."""
    return Batch(
        day=year.day(year.warmup + year.weeks + year.drain + 30),
        people=tuple(p for _, p in year.arrivals),
        courses=tuple(replace(o.course, joinable_from=o.announced) for o in year.offers),
    )


def placement(outcome) -> dict[str, str]:
    return {person: course for person, (course, _day) in outcome.placed.items()}


def test_every_policy_lives_through_the_year_without_breaking_a_rule(compared):
    rows, outcomes = compared
    assert [r["policy"] for r in rows] == list(simulate.POLICIES)
    assert set(outcomes) == set(simulate.POLICIES)
    assert all(outcomes[name].placed for name in ("pooled", "weekly", "lookahead"))


def test_every_placement_solves_hindsights_problem_and_none_places_more(year, compared):
    _rows, outcomes = compared
    batch = whole_run(year)
    hindsight = outcomes["hindsight"]
    assert hindsight.optimal
    for name, outcome in outcomes.items():
        assert violations(batch, placement(outcome)) == [], name
        assert len(outcome.placed) <= len(hindsight.placed), name


def test_the_variants_keep_the_rules_and_the_soon_ones_more_people_wait_three_weeks_at_most(
    year, compared
):
    _rows, outcomes = compared
    batch = whole_run(year)
    soon_ones = {"lookahead_soon": "lookahead", "foresight_soon": "foresight"}
    variants = {}
    for name in simulate.VARIANTS:
        variants[name] = outcome = simulate.run(year, simulate.policy(name, year, seed=3))
        assert outcome.policy == name
        assert violations(batch, placement(outcome)) == [], name
        assert len(outcome.placed) <= len(outcomes["hindsight"].placed), name

    def short_waits(outcome):
        return sum(w <= 21 for w in simulate.waits(year, outcome))

    for name, base in soon_ones.items():
        assert short_waits(variants[name]) > short_waits(outcomes[base]), name
    # In a year this small few people fit three courses or more: the value for short waits of
    # those who do (test_plan) leaves no fewer short waits than the look-ahead without it.
    assert short_waits(variants["lookahead_soon_many"]) >= short_waits(outcomes["lookahead"])
    # Kept to the look-ahead's fills, the value changes only who goes where; in this year it
    # leaves no fewer short waits either.
    assert short_waits(variants["lookahead_then_soon"]) >= short_waits(outcomes["lookahead"])


def test_waits_are_never_negative_and_count_the_people_placed_in_the_year(year, compared):
    rows, outcomes = compared
    for row in rows:
        waits = simulate.waits(year, outcomes[row["policy"]])
        assert all(w >= 0 for w in waits), row["policy"]
        assert waits == sorted(waits)
        assert len(waits) == row["placed"]


def test_started_and_cancelled_courses_are_disjoint_and_cover_the_calendar(year, compared):
    _rows, outcomes = compared
    calendar = {o.course.id for o in year.offers}
    for name, outcome in outcomes.items():
        assert not outcome.started & outcome.cancelled, name
        assert outcome.started | outcome.cancelled == calendar, name
        # People are placed only into courses that run.
        assert {course for course, _day in outcome.placed.values()} <= outcome.started, name


def test_figures_rows_have_the_documented_keys(year, compared):
    rows, outcomes = compared
    for row in rows:
        assert set(row) == FIGURES | {"of_hindsight"}
        assert 0 <= row["placed"] <= row["arrivals"]
        assert 0 <= row["obliged_placed"] <= row["obliged"] <= row["arrivals"]
        assert row["placed_share"] == pytest.approx(row["placed"] / row["arrivals"])
        if row["placed"]:
            assert row["median_wait_days"] <= row["p90_wait_days"]
    assert rows[-1]["policy"] == "hindsight"
    assert rows[-1]["of_hindsight"] == 1.0
    # Without hindsight as the reference there is nothing to be a share of.
    assert set(simulate.figures(year, outcomes["pooled"])) == FIGURES
    assert simulate.table(rows).count("\n") == len(rows) + 1


def test_the_quick_benchmark_run_prints_a_table_per_seed_and_their_mean(capsys):
    # Two seeds side by side, each in its own process.
    assert placement_sim.main([*TINY, "--seeds", "1,2", "--workers", "2"]) == 0
    out = capsys.readouterr().out
    assert "highspy" in out
    assert "### seed 1" in out
    assert "### seed 2" in out
    assert "### mean over 2 seeds" in out
    for name in simulate.POLICIES:
        assert f"| {name} |" in out


def test_the_benchmark_writes_markdown_json_and_an_accessible_plot(monkeypatch, tmp_path):
    monkeypatch.setattr(placement_sim, "RESULTS", tmp_path)
    args = placement_sim.parse_args([*TINY, "--policies", "pooled,hindsight", "--seeds", "1"])
    results = [placement_sim.run(seed, args) for seed in args.seeds]
    facts = {"when": "today", "machine": placement_sim.machine()}
    facts.update(load_average_before=0.5, load_average_after=0.5)
    placement_sim.store(results, placement_sim.parameters(args), facts)

    def no_nan(constant):
        raise AssertionError(f"{constant} is not JSON")

    data = json.loads((tmp_path / "placement_sim.json").read_text(), parse_constant=no_nan)
    assert data["parameters"]["policies"] == ["pooled", "hindsight"]
    assert [r["policy"] for r in data["runs"][0]["rows"]] == ["pooled", "hindsight"]
    curve = data["wait_distribution"]["pooled"]["at_most"]
    assert len(curve) == 201
    assert curve == sorted(curve)
    assert curve[-1] <= data["wait_distribution"]["pooled"]["placed"]
    svg = (tmp_path / "placement_sim.svg").read_text()
    assert svg.startswith("<svg ")
    assert 'role="img"' in svg
    assert "<title id=" in svg
    assert "<desc id=" in svg
    assert svg.count("<path ") == 2
    markdown = (tmp_path / "placement_sim.md").read_text()
    assert "](placement_sim.svg)" in markdown
    assert "| pooled |" in markdown


@pytest.mark.parametrize(
    "argv",
    [
        ["--policies", "clairvoyant"],
        ["--policies", "pooled,pooled"],
        ["--seeds", "one"],
        ["--weeks", "0"],
        ["--workers", "0"],
    ],
)
def test_bad_benchmark_options_are_refused(argv):
    with pytest.raises(SystemExit) as stopped:
        placement_sim.parse_args(argv)
    assert stopped.value.code == 2


def test_a_figure_nobody_has_is_null_in_the_json():
    assert placement_sim._plain({"a": [math.nan, 1.5]}) == {"a": [None, 1.5]}


def test_lookahead_expects_the_recent_arrivals_replayed_and_foresight_the_true_ones(year):
    day = year.day(4)
    horizon = simulate.LookAhead(year.rules()).horizon * simulate.WEEK
    arrivals = [(year.day(week), p) for week, p in year.arrivals]
    history = [(arrived, p) for arrived, p in arrivals if arrived <= day]
    coming = [p for arrived, p in arrivals if day < arrived <= day + horizon]
    recent = [p for arrived, p in history if arrived > day - horizon]
    assert coming and recent

    replayed = simulate.LookAhead(year.rules()).expected(day, history)
    assert [p.id for p in replayed] == [f"expected:{p.id}" for p in recent]
    assert all(
        e.available_from == p.available_from + horizon
        for e, p in zip(replayed, recent, strict=True)
    )
    # Foresight sees who really comes in the same weeks, arriving when they do.
    true = simulate.Foresight(year).expected(day, history)
    assert [p.id for p in true] == [f"expected:{p.id}" for p in coming]
    assert [p.available_from for p in true] == [p.available_from for p in coming]


def test_a_benchmark_run_stores_each_year_and_resume_takes_only_the_same_years(
    monkeypatch, tmp_path, capsys
):
    monkeypatch.setattr(placement_sim, "RESULTS", tmp_path)
    small = [option for option in TINY if option != "--quick"]  # a quick run stores nothing
    argv = [*small, "--policies", "pooled,hindsight", "--seeds", "1,2"]
    assert placement_sim.main(argv) == 0
    first = (tmp_path / "placement_sim.md").read_text()
    assert sorted(p.name for p in (tmp_path / placement_sim.PARTS).iterdir()) == [
        "seed-1.json",
        "seed-2.json",
    ]
    capsys.readouterr()

    def never(seed, args):
        raise AssertionError(f"seed {seed} was run again")

    monkeypatch.setattr(placement_sim, "run", never)
    assert placement_sim.main([*argv, "--resume"]) == 0
    assert "seed 1: taken from the run of" in capsys.readouterr().out
    # The same tables, but for the line with the date of the whole run.
    again = (tmp_path / "placement_sim.md").read_text()
    assert again.split("### seed 1")[1] == first.split("### seed 1")[1]
    # Other parameters, or other code, make another year: it is run, not taken.
    with pytest.raises(AssertionError, match="seed 1 was run again"):
        placement_sim.main([*small, "--policies", "pooled", "--seeds", "1", "--resume"])
    monkeypatch.setattr(placement_sim, "fingerprint", lambda: "other code")
    with pytest.raises(AssertionError, match="seed 1 was run again"):
        placement_sim.main([*argv, "--resume"])
