"""PostgreSQL computes the weighted tsvector itself, as a stored generated column.

Writing it with an UPDATE after each insert wrote every indexed row twice (and its indexes with
it), which halved the bulk indexing rate. Nothing changes on SQLite.
"""

from django.db import migrations

VECTOR = (
    "setweight(to_tsvector('english', title), 'A') || "
    "setweight(to_tsvector('english', summary), 'B') || "
    "setweight(to_tsvector('english', body), 'D')"
)
FORWARD = [
    "DROP INDEX IF EXISTS search_document_vector_gin",
    "ALTER TABLE search_indexeddocument DROP COLUMN IF EXISTS search_vector",
    f"ALTER TABLE search_indexeddocument ADD COLUMN search_vector tsvector "
    f"GENERATED ALWAYS AS ({VECTOR}) STORED",
    "CREATE INDEX search_document_vector_gin ON search_indexeddocument "
    "USING GIN (search_vector)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_document_vector_gin",
    "ALTER TABLE search_indexeddocument DROP COLUMN IF EXISTS search_vector",
    "ALTER TABLE search_indexeddocument ADD COLUMN search_vector tsvector",
    f"UPDATE search_indexeddocument SET search_vector = {VECTOR}",
    "CREATE INDEX search_document_vector_gin ON search_indexeddocument "
    "USING GIN (search_vector)",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_index_revisions")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
