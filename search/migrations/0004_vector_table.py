"""PostgreSQL's tsvectors move to a narrow table of their own (search.IndexedVector).

A broad word makes PostgreSQL test every document's vector; scanning them inside the documents'
table (text, JSON data and all) took twice as long. The column and GIN index that 0002 added are
dropped once the new table is filled. Nothing changes on SQLite (the table stays empty there).
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

VECTOR = (
    "setweight(to_tsvector('english', title), 'A') || "
    "setweight(to_tsvector('english', summary), 'B') || "
    "setweight(to_tsvector('english', body), 'D')"
)
FORWARD = [
    "CREATE INDEX search_vector_gin ON search_indexedvector USING GIN (vector)",
    f"INSERT INTO search_indexedvector (document_id, vector) "
    f"SELECT id, {VECTOR} FROM search_indexeddocument",
    "DROP INDEX IF EXISTS search_document_vector_gin",
    "ALTER TABLE search_indexeddocument DROP COLUMN IF EXISTS search_vector",
]
BACKWARD = [
    "ALTER TABLE search_indexeddocument ADD COLUMN IF NOT EXISTS search_vector tsvector",
    "UPDATE search_indexeddocument d SET search_vector = v.vector "
    "FROM search_indexedvector v WHERE v.document_id = d.id",
    "CREATE INDEX IF NOT EXISTS search_document_vector_gin "
    "ON search_indexeddocument USING GIN (search_vector)",
    "DROP INDEX IF EXISTS search_vector_gin",
]


def _on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_index_revisions")]

    operations = [
        migrations.CreateModel(
            name="IndexedVector",
            fields=[
                (
                    "document",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="search.indexeddocument",
                    ),
                ),
                ("vector", django.contrib.postgres.search.SearchVectorField()),
            ],
        ),
        migrations.RunPython(_on_postgresql(FORWARD), _on_postgresql(BACKWARD)),
    ]
