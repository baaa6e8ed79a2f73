import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_verbund_command_runs_management_commands():
    verbund = ROOT / ".venv" / "bin" / "verbund"
    result = subprocess.run(  # noqa: S603
        [str(verbund), "help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={"DEBUG": "true", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for command in ("demo", "serve", "migrate"):
        assert command in result.stdout
