"""Full-text structures for the database backend, per database.

SQLite: an FTS5 table (porter stemming) keyed by the document's id.
PostgreSQL: a weighted tsvector column with a GIN index, and an index for title autocomplete.
"""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "title, summary, body, tokenize = 'porter unicode61 remove_diacritics 2')",
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS search_fts"]
POSTGRES_FORWARD = [
    "ALTER TABLE search_indexeddocument ADD COLUMN IF NOT EXISTS search_vector tsvector",
    "CREATE INDEX IF NOT EXISTS search_document_vector_gin "
    "ON search_indexeddocument USING GIN (search_vector)",
    "CREATE INDEX IF NOT EXISTS search_document_title_simple_gin "
    "ON search_indexeddocument USING GIN (to_tsvector('simple', title))",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_document_title_simple_gin",
    "DROP INDEX IF EXISTS search_document_vector_gin",
    "ALTER TABLE search_indexeddocument DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
