"""The placement benchmark's script runs (its quick sizes, in a second or two) and keeps the
stored runs of sizes it did not run; the real figures are made by hand (benchmarks/placement.py)."""

import json

import pytest

from benchmarks import placement


def test_the_quick_run_prints_the_tables_and_breaks_no_rule(capsys):
    assert placement.main(["--quick", "--time-limit", "30"]) == 0
    out = capsys.readouterr().out
    assert "highspy" in out
    assert "OR-Tools" in out
    for size in ("city", "ten", "big"):
        assert f"### {size}:" in out
    assert "| placed |" in out
    assert "| rules broken (checker) | 0 | | | 0 | 0 |" in out


def test_a_run_of_some_sizes_keeps_the_stored_others(monkeypatch, tmp_path):
    monkeypatch.setattr(placement, "RESULTS", tmp_path)
    args = placement.parse_args(["--quick", "--sizes", "city,ten", "--time-limit", "30"])
    city, ten = (placement.run(size, args) for size in args.sizes)
    placement.store([ten])
    placement.store([city])
    stored = json.loads((tmp_path / "placement.json").read_text())
    assert list(stored["runs"]) == ["city", "ten"]
    assert stored["runs"]["ten"]["batch"]["cities"] == 3
    assert stored["runs"]["city"]["engine"]["optimal"] is True
    markdown = (tmp_path / "placement.md").read_text()
    assert markdown.index("### city:") < markdown.index("### ten:")


@pytest.mark.parametrize("argv", [["--sizes", "huge"], ["--sizes", ""], ["--time-limit", "0"]])
def test_bad_options_are_refused(argv):
    with pytest.raises(SystemExit) as stopped:
        placement.parse_args(argv)
    assert stopped.value.code == 2
