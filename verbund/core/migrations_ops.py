"""Migration operations for things only PostgreSQL has (full-text indexes)."""

from django.db import migrations


class RunSQLOnPostgres(migrations.RunSQL):
    """RunSQL that does nothing on other databases; SQLite has no GIN indexes, and needs none."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
