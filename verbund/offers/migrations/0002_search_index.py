from django.db import migrations

from verbund.core.migrations_ops import RunSQLOnPostgres


class Migration(migrations.Migration):
    dependencies = [("offers", "0001_initial")]

    operations = [
        RunSQLOnPostgres(
            "CREATE INDEX offering_text_search ON offers_offeringtext USING gin (search_document);",
            reverse_sql="DROP INDEX IF EXISTS offering_text_search;",
        ),
    ]
