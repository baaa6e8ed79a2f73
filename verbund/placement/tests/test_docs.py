"""docs/placement.md stays true: its example batch gives, through ``verbund placement solve``, the
result printed beside it, and its tables name every field of the batch format."""

import json
import re
from pathlib import Path

from verbund.cli import main
from verbund.placement.engine.scenario import COURSE_FIELDS, PERSON_FIELDS

DOC = Path(__file__).resolve().parents[3] / "docs" / "placement.md"


def section(text: str, heading: str) -> str:
    """From the heading to the next heading of its level or above."""
    start = text.index(f"\n{heading}\n") + len(heading) + 2
    level = len(heading.split(" ", 1)[0])
    end = re.compile(rf"^#{{1,{level}}} ", re.MULTILINE).search(text, start)
    return text[start : end.start() if end else len(text)]


def test_the_documented_example_is_what_solve_prints(capfd, tmp_path):
    example = section(DOC.read_text(encoding="utf-8"), "### An example")
    batch, result = re.findall(r"```json\n(.*?)```", example, re.DOTALL)
    path = tmp_path / "example.json"
    path.write_text(batch, encoding="utf-8")
    assert main(["placement", "solve", str(path), "--workers", "1"]) == 0
    printed = json.loads(capfd.readouterr().out)
    documented = json.loads(result)
    for data in (printed, documented):
        del data["seconds"]
    assert printed == documented


def test_the_documented_tables_name_every_field_of_the_batch():
    text = DOC.read_text(encoding="utf-8")
    for heading, fields in (("### A person", PERSON_FIELDS), ("### A course", COURSE_FIELDS)):
        table = section(text, heading)
        for name in fields:
            assert f"| `{name}` |" in table, (heading, name)
