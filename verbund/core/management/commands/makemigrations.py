"""makemigrations that ignores wording.

Labels, help texts and option lists change with the language of the users, not with the data:
a migration per wording change only clutters history (pretix learnt this the hard way).
"""

from django.core.management.commands.makemigrations import Command as BaseCommand
from django.db import models

IGNORED_ATTRS = ("verbose_name", "help_text", "choices")
_original_deconstruct = models.Field.deconstruct


def _deconstruct_without_wording(self):
    name, path, args, kwargs = _original_deconstruct(self)
    for attr in IGNORED_ATTRS:
        kwargs.pop(attr, None)
    return name, path, args, kwargs


class Command(BaseCommand):
    def handle(self, *args, **options):
        models.Field.deconstruct = _deconstruct_without_wording
        try:
            return super().handle(*args, **options)
        finally:
            models.Field.deconstruct = _original_deconstruct
