"""Indexes for the public finder on PostgreSQL (SQLite needs none of them and gets none).

- Search documents indexed together with their language (btree_gin), so that a search in
  German reads German rows only instead of every language's and then sorting them out.
- Trigram indexes on the title and summary per language (pg_trgm), for the substring match of
  German compounds ("Sprachkurs" in "Berufssprachkurs"); on ``upper()`` because that is what
  Django's ``icontains`` compares.
- The published offerings with their publication window, and the networks' offerings by
  network: counting a network's visible offerings reads two small indexes, not the tables.
- The published offerings' districts, for the finder form's district list (a walk from one
  district to the next instead of reading every offering).

Django's extension operations do nothing on other databases already.
"""

from django.contrib.postgres.operations import BtreeGinExtension, TrigramExtension
from django.db import migrations

from verbund.core.migrations_ops import RunSQLOnPostgres

FORWARD = """
DROP INDEX IF EXISTS offering_text_search;
CREATE INDEX offering_text_search ON offers_offeringtext
    USING gin (language, search_document);
CREATE INDEX offering_text_title_substring ON offers_offeringtext
    USING gin (language, upper(title::text) gin_trgm_ops);
CREATE INDEX offering_text_summary_substring ON offers_offeringtext
    USING gin (language, upper(summary::text) gin_trgm_ops);
CREATE INDEX offering_published ON offers_offering (id)
    INCLUDE (publish_from, publish_until) WHERE status = 'published';
CREATE INDEX offering_published_district ON offers_offering (district)
    WHERE status = 'published' AND district <> '';
CREATE INDEX offering_networks_by_network ON offers_offering_networks (network_id, offering_id);
"""

BACKWARD = """
DROP INDEX IF EXISTS offering_networks_by_network;
DROP INDEX IF EXISTS offering_published_district;
DROP INDEX IF EXISTS offering_published;
DROP INDEX IF EXISTS offering_text_summary_substring;
DROP INDEX IF EXISTS offering_text_title_substring;
DROP INDEX IF EXISTS offering_text_search;
CREATE INDEX offering_text_search ON offers_offeringtext USING gin (search_document);
"""


class Migration(migrations.Migration):
    dependencies = [("offers", "0004_catalogue_version")]

    operations = [
        TrigramExtension(),
        BtreeGinExtension(),
        RunSQLOnPostgres(FORWARD, reverse_sql=BACKWARD),
    ]
