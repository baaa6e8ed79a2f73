"""Production settings are safe by default and fail loudly when misconfigured."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    clean.update(env)
    return subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=clean,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="x" * 20 + "production-secret-key-long-and-random-0123456789",
        ALLOWED_HOSTS="verbund.example.org",
        VERBUND_SITE_URL="https://verbund.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_wants_the_site_address_for_links_in_e_mails():
    result = run_manage(
        "check",
        "--deploy",
        SECRET_KEY="x" * 20 + "production-secret-key-long-and-random-0123456789",
        ALLOWED_HOSTS="verbund.example.org",
    )
    assert result.returncode != 0
    assert "VERBUND_SITE_URL" in result.stderr


def test_missing_secret_key_without_debug_stops_the_start():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_misspelt_boolean_stops_the_start():
    result = run_manage("check", DEBUG="flase", SECRET_KEY="x")
    assert result.returncode != 0
    assert "DEBUG must be one of" in result.stderr


def test_debug_is_off_unless_asked_for():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.DEBUG)",
        SECRET_KEY="x",
    )
    assert result.stdout.strip() == "False", result.stderr
