"""Reading the generated OpenAPI document in tests: django-ninja names every schema once under
`components` and points to it with `$ref`; `inlined` puts each schema back where it is used, so a
test can follow a path such as responses → 200 → results → items → outcomes."""

import copy


def inlined(document):
    schemas = document.get("components", {}).get("schemas", {})

    def resolve(node, seen=()):
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                assert name not in seen, f"recursive schema {name}"
                target = resolve(copy.deepcopy(schemas[name]), (*seen, name))
                return {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            return {key: resolve(value, seen) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(item, seen) for item in node]
        return node

    return resolve(document)
