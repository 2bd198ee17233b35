"""How content plugs into the search, which imports no content app.

Apps register in AppConfig.ready():

- **Document adapters**, one per content type, turning content into KnowledgeDocuments. An
  adapter answers three questions: which objects are searchable (`queryset`), what a given
  object's documents are (`documents`, empty when it should not be in the index), and what the
  id of an object's document is (`doc_id`).
- **Facet options** for a facet whose values a content app defines (the evidence levels of
  case studies): `register_facet_options("evidence", callable returning [(value, label)])`.
- **Visibility providers**, which say what a reader may see beyond public documents (the
  communities they belong to): see `VisibilityProvider`.
"""

from .documents import TYPE_LABELS

_ADAPTERS = {}
_FACET_OPTIONS = {}
_VISIBILITY_PROVIDERS = []


class Adapter:
    type = ""
    # What readers see as the type of a result ("Case study"); the built-in types' labels are
    # in search.documents.TYPE_LABELS, a new type names its own here.
    label = ""
    model = None

    def queryset(self):
        raise NotImplementedError

    def documents(self, instance):
        raise NotImplementedError

    def doc_id(self, instance):
        return f"{self.type}:{instance.pk}"


def register(adapter):
    _ADAPTERS[adapter.type] = adapter
    if adapter.label:
        TYPE_LABELS.setdefault(adapter.type, adapter.label)
    return adapter


def adapters():
    return list(_ADAPTERS.values())


def adapter_for_instance(instance):
    for adapter in _ADAPTERS.values():
        if isinstance(instance, adapter.model):
            return adapter
    return None


def register_facet_options(name, options):
    """`options()` returns the [(value, label)] readers may choose for facet `name`, in order."""
    _FACET_OPTIONS[name] = options


def facet_options(name):
    """The registered [(value, label)] of facet `name`; empty when no app registered any, so
    no value is valid."""
    options = _FACET_OPTIONS.get(name)
    return list(options()) if options else []


class VisibilityProvider:
    """What a reader may see beyond public documents, as visibility values
    (search.documents: "public", "community:<id>"). Only ever asked about signed-in, active
    people, and never from request parameters."""

    def for_request(self, request):
        """Values for `request.user` (may use what the request already knows)."""
        return self.for_user(request.user)

    def for_user(self, user):
        raise NotImplementedError

    def for_users(self, users):
        """{user id: values} for many people, in a constant number of queries."""
        return {user.pk: tuple(self.for_user(user)) for user in users}


def register_visibility(provider):
    _VISIBILITY_PROVIDERS.append(provider)
    return provider


def visibility_providers():
    return list(_VISIBILITY_PROVIDERS)
