"""The finder's order (start date, title) from indexes of the published offerings, alone and
per kind: a list without search words or distance reads its first page in order and stops,
instead of sorting every match (PostgreSQL; SQLite needs none)."""

from django.db import migrations

from verbund.core.migrations_ops import RunSQLOnPostgres


class Migration(migrations.Migration):
    dependencies = [("offers", "0006_finder_kind_index")]

    operations = [
        RunSQLOnPostgres(
            "CREATE INDEX offering_published_order ON offers_offering (starts_on, title, id) "
            "WHERE status = 'published'; "
            "CREATE INDEX offering_published_kind_order ON offers_offering "
            "(kind, starts_on, title, id) WHERE status = 'published';",
            reverse_sql="DROP INDEX IF EXISTS offering_published_kind_order; "
            "DROP INDEX IF EXISTS offering_published_order;",
        ),
    ]
