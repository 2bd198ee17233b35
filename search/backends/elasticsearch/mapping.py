"""How a KnowledgeDocument is laid out in the engine: the mapping, and a document's source."""

from elasticsearch.dsl import (
    Date,
    Document,
    Integer,
    Keyword,
    MetaField,
    Object,
    Text,
)

from ...documents import OUTCOME, OUTCOME_RESULT, RESULT, improvements, outcome_facets

# facet name (search.facets) -> document field
FACET_FIELDS = {
    "type": "type",
    "care_model": "care_models",
    "support_area": "support_areas",
    "vanguard": "vanguards",
    "region": "regions",
    "evidence": "evidence_level",
    "tag": "tags",
    "year": "year",
    "community": "community",
    # outcomes (issue 15)
    "outcome": "outcome_categories",
    "result": "outcome_results",
    "outcome_result": "outcome_pairs",
}
FACET_VALUES_SEPARATOR = ":"
MATCH_FIELDS = ["title^4", "summary^2", "body"]
# Bodies are capped in the index: nothing needs more to match, and it bounds a bulk request.
MAX_BODY_CHARS = 900_000
MAX_FACET_VALUE = 160  # as the database backend stores facet values
# What a hit brings back: the document (`data`, without its body) and the indexed body, which
# is stored once (document_of puts it back). The body is most of a document's size: stored
# twice it doubled what the engine compresses, writes and reads at every rebuild and search.
HIT_SOURCE = ("data", "body")


class KnowledgeEntry(Document):
    """The mapping of a KnowledgeDocument in the index (written with bulk, not through DSL)."""

    doc_id = Keyword()
    # Facet and visibility fields are counted or filtered on every search: their global
    # ordinals are built at refresh, not by the first search after it.
    type = Keyword(eager_global_ordinals=True)
    # Autocomplete (match_bool_prefix): the title's words, with their first 1 to 10 letters
    # indexed as terms (edge n-grams), so the last typed word is one term lookup. This is the
    # part of search_as_you_type that autocomplete used; its 2- and 3-word shingles and their
    # n-grams were never queried and took ~40% of the engine's indexing time.
    title = Text(
        analyzer="english",
        index_phrases=True,
        fields={
            "suggest": Text(analyzer="standard", index_prefixes={"min_chars": 1, "max_chars": 10})
        },
    )
    title_sort = Keyword()
    title_length = Integer()
    summary = Text(analyzer="english", index_phrases=True)
    body = Text(analyzer="english", index_phrases=True)
    url = Keyword(index=False, doc_values=False)
    care_models = Keyword(eager_global_ordinals=True)
    support_areas = Keyword(eager_global_ordinals=True)
    vanguards = Keyword(eager_global_ordinals=True)
    regions = Keyword(eager_global_ordinals=True)
    tags = Keyword(eager_global_ordinals=True)
    evidence_level = Keyword(eager_global_ordinals=True)
    year = Keyword(eager_global_ordinals=True)
    community = Keyword(eager_global_ordinals=True)
    visibility = Keyword(eager_global_ordinals=True)
    # Every facet value above once more, as "<facet>:<value>" (FACET_VALUES_SEPARATOR): all
    # facets are counted by one terms aggregation over this field, which reads one doc-values
    # list per match instead of ten (compiler._combined_counts).
    facet_values = Keyword(eager_global_ordinals=True)
    standing = Keyword()  # "answered" discussions, for the editors' type weights
    published_at = Date()
    updated_at = Date()
    # KnowledgeDocument.to_dict() without its body (that is `body` above), returned with
    # hits; stored, never indexed.
    data = Object(enabled=False)

    # -- outcomes: their facets, and {category: largest improvement} for that sort ----------
    outcome_categories = Keyword()
    outcome_results = Keyword()
    outcome_pairs = Keyword()
    outcome_improvement = Object(dynamic=True)

    class Meta:
        dynamic_templates = MetaField(
            [
                {
                    "outcome_improvement": {
                        "path_match": "outcome_improvement.*",
                        "mapping": {"type": "float"},
                    }
                }
            ]
        )


def mapping():
    """The index mapping as the engine takes it."""
    return KnowledgeEntry._doc_type.mapping.to_dict()


def entry_source(data):
    """The indexed form of a KnowledgeDocument.to_dict() (no parsing: rebuilds stream these)."""
    title = data["title"]

    def values(name):
        return list(dict.fromkeys(v[:MAX_FACET_VALUE] for v in data.get(name) or []))

    entry = {
        "doc_id": data["doc_id"],
        "type": data["type"],
        "title": title,
        "title_sort": title.lower()[:255],
        "title_length": len(title),
        "summary": data.get("summary", ""),
        "body": (data.get("body") or "")[:MAX_BODY_CHARS],
        "url": data["url"],
        "care_models": values("care_models"),
        "support_areas": values("support_areas"),
        "vanguards": values("vanguards"),
        "regions": values("regions"),
        "tags": values("tags"),
        "evidence_level": (data.get("evidence_level") or "")[:MAX_FACET_VALUE] or None,
        "year": data["published_at"][:4],
        "community": (data.get("community") or "")[:MAX_FACET_VALUE] or None,
        "visibility": data["visibility"],
        "standing": ["answered"] if (data.get("extra") or {}).get("answered") else [],
        "published_at": data["published_at"],
        "updated_at": data["updated_at"],
        "data": {key: value for key, value in data.items() if key != "body"},
        **outcome_source(data.get("outcomes") or []),
    }
    entry["facet_values"] = facet_values(entry)
    return entry


def facet_values(entry):
    """["<facet>:<value>"] of an entry's facet fields (FACET_FIELDS), for the `facet_values`
    field. Facet names have no separator in them, so the first one splits a value back."""
    found = []
    for facet, name in FACET_FIELDS.items():
        values = entry.get(name)
        if values is None:
            continue
        for value in values if isinstance(values, list) else [values]:
            found.append(f"{facet}{FACET_VALUES_SEPARATOR}{value}")
    return found


def document_of(source):
    """The KnowledgeDocument.to_dict() form of a hit's _source (HIT_SOURCE)."""
    data = source["data"]
    if "body" not in data:
        data["body"] = source.get("body") or ""
    return data


def outcome_source(rows):
    """The indexed outcome fields of a document's outcome rows."""
    facets = outcome_facets(rows)
    return {
        "outcome_categories": facets[OUTCOME],
        "outcome_results": facets[RESULT],
        "outcome_pairs": facets[OUTCOME_RESULT],
        "outcome_improvement": improvements(rows),
    }
