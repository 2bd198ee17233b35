"""A transport node that lets the `elasticsearch` 8 client talk to OpenSearch.

Chosen by ELASTICSEARCH_COMPAT = "opensearch" (the bundled engine, a self-managed OpenSearch
cluster or Amazon OpenSearch Service). Two differences between the engines matter to the client:

- It sends `application/vnd.elasticsearch+json; compatible-with=8` as Accept and Content-Type.
  OpenSearch does not know that media type and answers 406; this node sends the plain
  `application/json` (and `application/x-ndjson` for bulk bodies), which both engines accept.
- It refuses every 2xx answer without `X-Elastic-Product: Elasticsearch`, a header OpenSearch
  never sends. This node checks once, on its first request, that the server is OpenSearch
  (`GET /` says `"distribution": "opensearch"`) and only then labels OpenSearch's answers so
  the client accepts them. Any other server is still refused, with the reason.

Without the setting the client's own node is used, unchanged, for Elasticsearch 8.
"""

import json
import re
import threading

from elastic_transport import HttpHeaders, Urllib3HttpNode
from elasticsearch import UnsupportedProductError

_COMPAT = re.compile(r"application/vnd\.elasticsearch\+([a-z\-]+)(\s*;\s*compatible-with=\d+)?")
_PRODUCT_HEADER = "x-elastic-product"


def plain_media_types(headers):
    """The request headers with Elasticsearch's versioned media types made plain."""
    if not headers:
        return headers
    headers = headers.copy()
    for name in ("accept", "content-type"):
        if headers.get(name):
            headers[name] = _COMPAT.sub(r"application/\1", headers[name])
    return headers


def server_distribution(body):
    """'opensearch', 'elasticsearch' (its root document says nothing) or '' for anything else."""
    try:
        info = json.loads(body)
        version = info["version"]
    except (ValueError, TypeError, KeyError):
        return ""
    if not isinstance(version, dict):
        return ""
    return str(version.get("distribution") or "elasticsearch").lower()


class OpenSearchHttpNode(Urllib3HttpNode):
    """Urllib3HttpNode speaking plain JSON, accepting answers from OpenSearch only."""

    def __init__(self, config):
        super().__init__(config)
        self._product = None  # "opensearch" once verified
        self._lock = threading.Lock()

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        headers = plain_media_types(headers)
        if self._product is None:
            self._verify(headers, kwargs)
        response = super().perform_request(method, target, body=body, headers=headers, **kwargs)
        meta = response.meta
        if _PRODUCT_HEADER not in meta.headers:
            labelled = HttpHeaders(meta.headers)
            labelled[_PRODUCT_HEADER] = "Elasticsearch"
            meta.headers = labelled
        return response

    def _verify(self, headers, kwargs):
        with self._lock:
            if self._product is not None:
                return
            accept = {"accept": "application/json"}
            if headers and headers.get("authorization"):
                accept["authorization"] = headers["authorization"]
            response = super().perform_request("GET", "/", headers=accept, **kwargs)
            if not 200 <= response.meta.status < 300:
                return  # an auth or server error: let the real request report it
            product = server_distribution(response.body)
            if product != "opensearch" and _PRODUCT_HEADER not in response.meta.headers:
                raise UnsupportedProductError(
                    message=(
                        "ELASTICSEARCH_COMPAT=opensearch, but the server at "
                        f"{self.base_url} is not OpenSearch ({product or 'unknown'})"
                    ),
                    meta=response.meta,
                    body=response.body,
                )
            self._product = product or "elasticsearch"
