"""The finder's most used filter, the kind of offering (with the German level for language
courses), from an index of the published offerings instead of a pass over all of them
(PostgreSQL; SQLite needs none)."""

from django.db import migrations

from verbund.core.migrations_ops import RunSQLOnPostgres


class Migration(migrations.Migration):
    dependencies = [("offers", "0005_finder_indexes")]

    operations = [
        RunSQLOnPostgres(
            "CREATE INDEX offering_published_kind ON offers_offering (kind, entry_level) "
            "WHERE status = 'published';",
            reverse_sql="DROP INDEX IF EXISTS offering_published_kind;",
        ),
    ]
