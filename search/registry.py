"""Adapters that turn content into KnowledgeDocuments, one per content type.

Apps register theirs in AppConfig.ready(). An adapter answers three questions: which objects
are searchable (`queryset`), what a given object's documents are (`documents`, empty when it
should not be in the index), and what the id of an object's document is (`doc_id`).
"""

_ADAPTERS = {}


class Adapter:
    type = ""
    model = None

    def queryset(self):
        raise NotImplementedError

    def documents(self, instance):
        raise NotImplementedError

    def doc_id(self, instance):
        return f"{self.type}:{instance.pk}"


def register(adapter):
    _ADAPTERS[adapter.type] = adapter
    return adapter


def adapters():
    return list(_ADAPTERS.values())


def adapter_for_instance(instance):
    for adapter in _ADAPTERS.values():
        if isinstance(instance, adapter.model):
            return adapter
    return None
