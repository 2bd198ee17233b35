"""The JSON search API on django-ninja (search/api.py).

The OpenAPI document at /api/search/openapi.json is generated from the API's schemas: it must
describe every parameter with its limits, the result and the 400 body, and follow the taxonomy as
editors change it. The answers must stay what they were: the same 400 bodies (the service's words,
whichever layer refused), the same headers, and writes refused and counted by the floor throttle.
"""

from datetime import datetime

import jsonschema_rs
import pytest
from django.http import QueryDict

from casestudies.models import CaseStudyIndexPage
from search import service
from search.documents import TYPE_LABELS
from search.facets import FACETS, YEAR_PATTERN
from search.query import MAX_QUERY_LENGTH
from taxonomy.models import CareModel, OutcomeResult
from taxonomy.snapshot import get_taxonomy
from tests.casestudies.factories import make_case_study
from tests.openapi import inlined

pytestmark = pytest.mark.django_db

JSON = "application/json"


def served_document(client):
    response = client.get("/api/search/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(JSON)
    return inlined(response.json())


def operation(document):
    return document["paths"]["/api/search/"]["get"]


def parameters(document):
    return {p["name"]: p for p in operation(document)["parameters"]}


def response_schema(document, status):
    return operation(document)["responses"][str(status)]["content"][JSON]["schema"]


@pytest.fixture
def document(client, db):
    return served_document(client)


@pytest.fixture
def care_home_study(site_tree):
    index = CaseStudyIndexPage.objects.get()
    return make_case_study(
        index,
        title="Red bag hospital transfers",
        body="<p>Residents go to the emergency department with a red bag.</p>",
        tags=["care homes"],
    )


def test_the_document_lists_every_parameter_the_api_reads_and_no_other(document):
    params = parameters(document)
    assert set(params) == service.PARAMETERS
    assert all(p["in"] == "query" and p["required"] is False for p in params.values())
    assert document["openapi"].startswith("3.1")
    assert operation(document)["operationId"] == "search"


def test_each_parameter_carries_the_limits_the_api_enforces(document):
    params = {name: p["schema"] for name, p in parameters(document).items()}
    assert params["q"] == params["q"] | {"type": "string", "maxLength": MAX_QUERY_LENGTH}
    assert params["sort"]["enum"] == list(service.SORTS)
    assert params["page"] | {"type": "integer", "minimum": 1} == params["page"]
    assert (
        params["per_page"]
        | {
            "type": "integer",
            "minimum": 1,
            "maximum": service.MAX_PER_PAGE,
            "default": service.DEFAULT_PER_PAGE,
        }
        == params["per_page"]
    )
    assert params["verbatim"]["enum"] == ["0", "1"]
    for facet in FACETS:
        schema = params[facet.name]
        assert schema["type"] == "array", facet.name
        assert schema["maxItems"] == service.MAX_VALUES_PER_FILTER, facet.name
        assert schema["description"].startswith(facet.label), facet.name
    assert params["year"]["items"]["pattern"] == YEAR_PATTERN
    assert "With both ‘outcome’ and ‘result’" in params["outcome"]["description"]


def test_fixed_filter_values_are_listed_and_tags_never_are(document):
    items = {
        name: p["schema"]["items"]
        for name, p in parameters(document).items()
        if name in {f.name for f in FACETS}
    }
    taxonomy = get_taxonomy()
    assert items["type"]["enum"] == list(TYPE_LABELS)
    assert items["care_model"]["enum"] == [c.slug for c in taxonomy.care_models]
    assert len(items["care_model"]["enum"]) == 5
    assert items["vanguard"]["enum"] == [v.slug for v in taxonomy.vanguards]
    assert items["outcome"]["enum"] == [c.slug for c in taxonomy.outcome_categories]
    assert items["result"]["enum"] == list(OutcomeResult.values)
    # Tags are carried by private topics too: listing them would publish private words.
    assert "enum" not in items["tag"]
    assert items["tag"]["minLength"] == 1


def test_the_document_follows_the_taxonomy_as_editors_change_it(client, db):
    CareModel.objects.create(
        name="Community diagnostic hubs",
        short_name="CDH",
        summary="Tests closer to home.",
        description="Diagnostic centres outside hospitals.",
    )
    enum = parameters(served_document(client))["care_model"]["schema"]["items"]["enum"]
    assert "community-diagnostic-hubs" in enum
    # And the API takes the new value at once.
    assert (
        client.get("/api/search/", {"care_model": "community-diagnostic-hubs"}).status_code == 200
    )


def test_the_document_describes_the_result(document):
    schema = response_schema(document, 200)
    assert {
        "query",
        "sort",
        "page",
        "per_page",
        "num_pages",
        "total",
        "backend",
        "notice",
        "corrected",
        "suggestions",
        "explanations",
        "results",
        "facets",
        "links",
    } <= set(schema["required"])
    result = schema["properties"]["results"]["items"]
    assert {"id", "type", "title", "url", "snippet_html", "published_at", "outcomes"} <= set(
        result["required"]
    )
    assert result["properties"]["published_at"]["format"] == "date-time"
    assert result["properties"]["care_models"]["items"]["required"] == ["slug", "name"]
    outcome = result["properties"]["outcomes"]["items"]["properties"]
    assert outcome["measured_result"]["enum"] == list(OutcomeResult.values)
    assert {"type": "null"} in outcome["baseline"]["anyOf"]
    corrected = schema["properties"]["corrected"]
    assert {"type": "null"} in corrected["anyOf"]
    assert {"from", "to"} <= set(
        next(s for s in corrected["anyOf"] if "properties" in s)["required"]
    )
    option = schema["properties"]["facets"]["additionalProperties"]["items"]
    assert set(option["required"]) == {"value", "label", "count", "selected"}
    assert operation(document)["responses"]["200"]["description"].startswith("A page of results")


@pytest.mark.parametrize("status", [400, 404])
def test_the_document_describes_the_error_body(document, status):
    schema = response_schema(document, status)
    assert schema["required"] == ["error"]
    error = schema["properties"]["error"]
    assert error["required"] == ["parameter", "message"]
    assert error["properties"]["parameter"]["type"] == "string"
    assert error["properties"]["message"]["type"] == "string"


def test_real_answers_match_the_document(client, care_home_study):
    document = served_document(client)
    ok = client.get("/api/search/", {"q": "red bag", "type": "case_study"})
    assert ok.status_code == 200 and ok.json()["total"] == 1
    jsonschema_rs.Draft202012Validator(response_schema(document, 200)).validate(ok.json())
    for status, query in [(400, {"per_page": "500"}), (404, {"page": "99"})]:
        response = client.get("/api/search/", query)
        assert response.status_code == status
        jsonschema_rs.Draft202012Validator(response_schema(document, status)).validate(
            response.json()
        )
    hit = ok.json()["results"][0]
    # Times as they always were: Python's ISO format, with its offset (not a JSON encoder's "Z").
    assert hit["published_at"] == datetime.fromisoformat(hit["published_at"]).isoformat()
    assert ok.json()["links"]["openapi"] == "http://testserver/api/search/openapi.json"


# What the API has always said, word for word (the schema refuses these before the service sees
# them; the answer must still be the service's).
PINNED = [
    (
        "per_page=500",
        "per_page",
        "‘per_page’ must be a whole number from 1 to 50 (written with the digits 0-9), not “500”.",
    ),
    (
        "page=abc",
        "page",
        "“abc” is not a page number. Page numbers are whole numbers from 1, written with "
        "the digits 0-9.",
    ),
    ("sort=sideways", "sort", "‘sort’ must be one of: relevance, newest, title, improvement."),
    ("verbatim=2", "verbatim", "‘verbatim’ must be 0 or 1."),
    ("q=" + "x" * 201, "q", "‘q’ may be at most 200 characters long."),
    (
        "care_model=",
        "care_model",
        "‘care_model’ was given without a value, or with spaces around it.",
    ),
    (
        "colour=blue&per_page=500",
        "colour",
        "Unknown parameter ‘colour’. Known parameters: care_model, evidence, outcome, page, "
        "per_page, q, region, result, sort, support_area, tag, type, vanguard, verbatim, year.",
    ),
]


@pytest.mark.parametrize("query, parameter, message", PINNED)
def test_the_400_bodies_are_unchanged(client, db, query, parameter, message):
    response = client.get("/api/search/?" + query)
    assert response.status_code == 400
    assert response.json() == {"error": {"parameter": parameter, "message": message}}


@pytest.mark.parametrize(
    "query",
    [
        "page=0",
        "page=-1",
        "page=%D9%A1%D9%A2",  # Arabic-Indic digits
        "page=1.5",
        "per_page=0",
        "per_page=51",
        "per_page=%EF%BC%95",  # fullwidth 5
        "per_page=",
        "sort=",
        "sort=%20newest",
        "verbatim=yes",
        "year=1899",
        "year=2017%0A",
        "tag=%20%20",
        "type=case_study&type=",
        "care_model=martian",
        "tag=never-used",
        "sort=improvement",
        "&".join(f"year={2000 + n}" for n in range(service.MAX_VALUES_PER_FILTER + 1)),
    ],
)
def test_whatever_refuses_a_request_the_body_is_the_services(client, db, query):
    """The schema and the service refuse the same requests, and the answer is always the
    service's: the parameter it names and its words, never a framework's 422."""
    with pytest.raises(service.BadSearchRequest) as refused:
        service.read_request(QueryDict(query), strict=True)
    response = client.get("/api/search/?" + query)
    assert response.status_code == 400
    assert response.json() == {
        "error": {"parameter": refused.value.param, "message": str(refused.value)}
    }


def test_answers_keep_their_headers(client, care_home_study):
    for query, status in [("q=red+bag", 200), ("per_page=500", 400), ("page=99", 404)]:
        response = client.get("/api/search/?" + query)
        assert response.status_code == status
        assert response["Content-Type"].startswith(JSON)
        assert response["X-Robots-Tag"] == "noindex"
        # The answer depends on who asks (private communities): a shared cache must key it by
        # the session cookie, and the anonymous page cache never keeps it.
        assert "Cookie" in response["Vary"]
        assert "public" not in response.get("Cache-Control", "")
        assert "X-Page-Cache" not in response
    assert client.get("/api/search").status_code == 301  # the slash, as for every URL


def test_a_member_sees_private_discussions_in_the_api_and_an_outsider_does_not(client, site_tree):
    from communities.models import Visibility
    from tests.communities.factories import CommunityFactory, facilitator_of, member_of, start_topic

    community = CommunityFactory(name="Evaluation leads", visibility=Visibility.PRIVATE)
    start_topic(community, facilitator_of(community), title="Zanzibar baseline", body="Zanzibar.")
    assert client.get("/api/search/", {"q": "zanzibar"}).json()["total"] == 0
    client.force_login(member_of(community))
    data = client.get("/api/search/", {"q": "zanzibar"}).json()
    assert [r["title"] for r in data["results"]] == ["Zanzibar baseline"]


def test_writes_to_the_api_are_refused_and_counted_by_the_floor_limit(client, db, settings):
    settings.WRITE_RATE = (3, 60)
    responses = [client.post("/api/search/", {"q": "care"}) for _ in range(4)]
    assert [r.status_code for r in responses] == [405, 405, 405, 429]
    assert responses[0]["Allow"] == "GET"
    assert client.post("/api/search/openapi.json").status_code == 429
    settings.WRITE_RATE = (100, 60)
    assert client.post("/api/search/openapi.json").status_code == 405
    assert client.put("/api/search/").status_code == 405
