"""The ``verbund`` console command: Django's management commands under the product's name.

``verbund demo`` loads the demo networks, ``verbund serve`` serves the app with gunicorn,
``verbund migrate`` and every other management command work as with manage.py;
``verbund placement …`` runs the placement engine's own commands (no Django).
"""

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["placement"]:
        # The placement engine is pure Python: its commands need no settings or database.
        from verbund.placement.engine.cli import main as placement_main

        return placement_main(args[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "verbund.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["verbund", *args])
    return 0
