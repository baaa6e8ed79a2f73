"""Serve Verbund with gunicorn: collect static files, then run the WSGI app.

Static files are served by the app itself (WhiteNoise), so a single process is a whole
deployment behind a TLS-terminating proxy.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve Verbund with gunicorn."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default="127.0.0.1:8000")
        parser.add_argument("--workers", type=int, default=3)
        parser.add_argument("--no-collectstatic", action="store_true")

    def handle(self, *args, bind, workers, no_collectstatic, **options):
        if not no_collectstatic:
            call_command("collectstatic", interactive=False, verbosity=0)
        from gunicorn.app.wsgiapp import WSGIApplication

        argv = [
            "gunicorn",
            "verbund.wsgi:application",
            "--bind",
            bind,
            "--workers",
            str(workers),
            "--access-logformat",
            '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(L)ss',
        ]
        if settings.DEBUG:
            argv.append("--reload")
        import sys

        sys.argv = argv
        WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]").run()
