"""The ``verbund`` console command: Django's management commands under the product's name.

``verbund demo`` loads the demo networks, ``verbund serve`` serves the app with gunicorn,
``verbund migrate`` and every other management command work as with manage.py.
"""

import os
import sys


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "verbund.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["verbund", *(sys.argv[1:] if argv is None else argv)])
    return 0
