"""A transport node for the bundled test engine (osmem-server). Development and tests only.

The `elasticsearch` client sends `application/vnd.elasticsearch+json; compatible-with=8`
Accept and Content-Type headers, which osmem does not understand; this node rewrites them to
the plain `application/json` (or `x-ndjson`) before they leave. Chosen by the setting
ELASTICSEARCH_COMPAT = "osmem"; never use it against a real Elasticsearch cluster.
"""

import re

from elastic_transport import Urllib3HttpNode

_COMPAT = re.compile(r"application/vnd\.elasticsearch\+([a-z\-]+)(\s*;\s*compatible-with=\d+)?")


class OsmemHttpNode(Urllib3HttpNode):
    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        if headers:
            headers = headers.copy()
            for name in ("accept", "content-type"):
                if headers.get(name):
                    headers[name] = _COMPAT.sub(r"application/\1", headers[name])
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)
