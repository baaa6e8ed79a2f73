"""``verbund placement generate|solve|simulate`` through ``verbund.cli.main``: JSON on standard
output and nothing else, progress and errors on standard error, exit status 2 for bad input; no
Django.

The solve tests capture the file descriptors (capfd), not only ``sys.stdout``: HiGHS writes its
banner from C, past Python's ``sys.stdout``.
"""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from verbund.cli import main
from verbund.placement.engine.generate import generate
from verbund.placement.engine.scenario import batch_to_dict, load_batch

ROOT = Path(__file__).resolve().parents[3]
SMALL = ["--people", "40", "--courses", "5", "--providers", "2", "--seed", "3"]
FAST = ["--time-limit", "20", "--workers", "1"]


@pytest.fixture
def batch_file(tmp_path):
    path = tmp_path / "batch.json"
    batch = generate(people=40, courses=5, providers=2, seed=3)
    path.write_text(json.dumps(batch_to_dict(batch)), encoding="utf-8")
    return path


def bad_file(tmp_path, change) -> Path:
    data = batch_to_dict(generate(people=5, courses=2, providers=1, seed=1))
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def assert_one_error_line(captured, field: str) -> str:
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"error: {field}: "), lines[0]
    return lines[0]


# --- generate -----------------------------------------------------------------------------------


def test_generate_writes_the_batch_as_json_to_standard_output(capsys):
    assert main(["placement", "generate", *SMALL]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    batch = load_batch(captured.out)
    assert batch == generate(people=40, courses=5, providers=2, seed=3)
    assert json.loads(captured.out)["format"] == "verbund-placement-batch/1"


def test_generate_writes_to_the_output_file_and_nothing_to_standard_output(capsys, tmp_path):
    path = tmp_path / "city.json"
    args = ["placement", "generate", *SMALL, "--cities", "2", "--day", "2027-03-01"]
    assert main([*args, "--output", str(path)]) == 0
    assert capsys.readouterr().out == ""
    batch = load_batch(path.read_text(encoding="utf-8"))
    assert len(batch.people) == 40
    assert len(batch.courses) == 5
    assert batch.day.isoformat() == "2027-03-01"


def test_generate_into_a_missing_directory_is_one_error_line(capfd, tmp_path):
    path = tmp_path / "nowhere" / "city.json"
    assert main(["placement", "generate", *SMALL, "--output", str(path)]) == 2
    assert_one_error_line(capfd.readouterr(), str(path))


# --- solve --------------------------------------------------------------------------------------


def test_solve_prints_the_result_as_json_and_nothing_else(capfd, batch_file):
    assert main(["placement", "solve", str(batch_file), *FAST]) == 0
    captured = capfd.readouterr()
    result = json.loads(captured.out)  # the whole of standard output is one JSON document
    assert captured.err == ""
    assert result["format"] == "verbund-placement-result/1"
    assert result["optimal"] is True
    people = [a["person"] for a in result["assignments"]] + [w["person"] for w in result["waiting"]]
    assert sorted(people) == sorted(f"person-{i}" for i in range(1, 41))


def test_solve_with_progress_writes_json_lines_to_standard_error_only(capfd, batch_file):
    assert main(["placement", "solve", str(batch_file), *FAST, "--progress"]) == 0
    captured = capfd.readouterr()
    assert json.loads(captured.out)["format"] == "verbund-placement-result/1"
    events = [json.loads(line) for line in captured.err.splitlines()]
    assert events[0]["event"] == "start"
    assert events[-1]["event"] == "done"
    components = [e for e in events if e["event"] == "component"]
    assert len(components) == events[0]["components"]
    assert [e["done"] for e in components] == list(range(1, len(components) + 1))


def test_solve_reads_standard_input_for_a_dash(capfd, monkeypatch, batch_file):
    monkeypatch.setattr(sys, "stdin", io.StringIO(batch_file.read_text(encoding="utf-8")))
    assert main(["placement", "solve", "-", *FAST]) == 0
    from_stdin = json.loads(capfd.readouterr().out)
    assert main(["placement", "solve", str(batch_file), *FAST]) == 0
    from_file = json.loads(capfd.readouterr().out)
    for result in (from_stdin, from_file):
        del result["seconds"]
    assert from_stdin == from_file


@pytest.mark.parametrize(
    ("field", "change"),
    [
        pytest.param("people[1].level", lambda d: d["people"][1].update(level="D7"), id="level"),
        pytest.param(
            "courses[0].minimum", lambda d: d["courses"][0].update(minimum=99), id="minimum"
        ),
        pytest.param("people[0].colour", lambda d: d["people"][0].update(colour=1), id="unknown"),
        pytest.param("day", lambda d: d.pop("day"), id="missing day"),
    ],
)
def test_solve_of_a_bad_batch_is_exit_2_and_one_line_naming_the_field(
    capfd, tmp_path, field, change
):
    path = bad_file(tmp_path, change)
    assert main(["placement", "solve", str(path), *FAST]) == 2
    assert_one_error_line(capfd.readouterr(), field)


def test_solve_of_a_file_that_is_no_json_names_line_and_column(capfd, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"day": "2027-01-04",\n "people": [}\n', encoding="utf-8")
    assert main(["placement", "solve", str(path), *FAST]) == 2
    line = assert_one_error_line(capfd.readouterr(), "line 2, column 13")
    assert "not valid JSON" in line


def test_solve_of_bad_standard_input_is_one_error_line(capfd, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("[1, 2]"))
    assert main(["placement", "solve", "-", *FAST]) == 2
    assert_one_error_line(capfd.readouterr(), "(file)")


def test_solve_of_a_missing_file_is_exit_2(capfd, tmp_path):
    path = tmp_path / "missing.json"
    assert main(["placement", "solve", str(path), *FAST]) == 2
    line = assert_one_error_line(capfd.readouterr(), str(path))
    assert line.endswith("no such file")


def test_solve_of_a_directory_or_a_file_not_in_utf8_is_exit_2(capfd, tmp_path):
    assert main(["placement", "solve", str(tmp_path), *FAST]) == 2
    assert_one_error_line(capfd.readouterr(), str(tmp_path))
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"day": "2027-01-04", "people": [{"id": "Jürgen"}]}'.encode("latin-1"))
    assert main(["placement", "solve", str(latin1), *FAST]) == 2
    assert_one_error_line(capfd.readouterr(), str(latin1))


# --- simulate -----------------------------------------------------------------------------------

SIMULATE = ["placement", "simulate", "--weeks", "6", "--arrivals", "10", "--providers", "3"]


def test_simulate_with_json_prints_one_row_of_figures_per_policy(capfd):
    assert main([*SIMULATE, "--policies", "pooled,weekly", "--json"]) == 0
    captured = capfd.readouterr()
    assert captured.err == ""
    rows = json.loads(captured.out)  # the whole of standard output is one JSON document
    assert [row["policy"] for row in rows] == ["pooled", "weekly"]
    for row in rows:
        assert 0 < row["placed"] <= row["arrivals"]
        assert row["obliged_placed"] <= row["obliged"]
        assert row["median_wait_days"] >= 0


def test_simulate_of_an_unknown_policy_is_exit_2_and_one_line_naming_the_option(capfd):
    assert main([*SIMULATE, "--policies", "pooled,clairvoyant"]) == 2
    line = assert_one_error_line(capfd.readouterr(), "--policies")
    assert "'clairvoyant'" in line


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["generate", "--people", "-1", "--courses", "5", "--providers", "2"], id="-1"),
        pytest.param(["generate", "--people", "many", "--courses", "5", "--providers", "2"]),
        pytest.param(["generate", "--people", "5", "--courses", "5", "--providers", "0"]),
        pytest.param(["generate", "--people", "5", "--courses", "5"], id="no providers"),
        pytest.param(["generate", *SMALL, "--day", "2027-13-01"], id="bad day"),
        pytest.param(["solve", "x.json", "--time-limit", "0"], id="no time"),
        pytest.param(["solve", "x.json", "--workers", "0"], id="no workers"),
        pytest.param(["solve"], id="no scenario"),
        pytest.param(["optimise"], id="unknown command"),
        pytest.param([], id="no command"),
    ],
)
def test_bad_arguments_exit_2_through_argparse(capsys, args):
    with pytest.raises(SystemExit) as stopped:
        main(["placement", *args])
    assert stopped.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "usage: verbund placement" in captured.err


# --- no Django ----------------------------------------------------------------------------------


def test_verbund_placement_needs_no_django_settings(tmp_path):
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DJANGO_SETTINGS_MODULE", "SECRET_KEY", "DEBUG", "DATABASE_URL"}
    }
    program = (
        "import sys\n"
        "from verbund.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "assert 'django' not in sys.modules, 'verbund placement imported Django'\n"
        "raise SystemExit(code)\n"
    )
    path = tmp_path / "city.json"

    def run(*args, **kwargs):
        return subprocess.run(  # noqa: S603
            [sys.executable, "-c", program, "placement", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            check=False,
            **kwargs,
        )

    made = run("generate", *SMALL, "--output", str(path))
    assert (made.returncode, made.stdout, made.stderr) == (0, "", "")
    solved = run("solve", "-", *FAST, input=path.read_text(encoding="utf-8"))
    assert solved.returncode == 0, solved.stderr
    assert solved.stderr == ""
    assert json.loads(solved.stdout)["format"] == "verbund-placement-result/1"
    bad = run("solve", str(tmp_path / "missing.json"))
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert bad.stderr.startswith("error: ")
    assert len(bad.stderr.splitlines()) == 1
