"""The JSON search API, fuzzed against its own OpenAPI description (schemathesis + Hypothesis).

Valid and invalid requests generated from /api/search/openapi.json (django-ninja's document,
generated from the schemas in search/api.py) are sent to the application
in-process (WSGI); every answer must be a non-5xx, of a documented status, in the documented
content type and shape, and an invalid request must be refused (4xx). The number of examples is
bounded (and the run derandomised) so it takes well under a minute in `make test`.
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from casestudies.models import CaseStudyIndexPage
from search.api import api
from tests.casestudies.factories import make_case_study

pytestmark = pytest.mark.django_db

EXAMPLES = {GenerationMode.POSITIVE: 200, GenerationMode.NEGATIVE: 120}
CHECKS = {
    GenerationMode.POSITIVE: [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
    ],
    GenerationMode.NEGATIVE: [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
        negative_data_rejection,
    ],
}


@pytest.fixture
def app(site_tree):
    index = CaseStudyIndexPage.objects.get()
    make_case_study(index, title="Red bag scheme in care homes", tags=["red bag"])
    make_case_study(index, title="Discharge to assess", care_models=("urgent-and-emergency-care",))
    # As Django's test client does: requests must not close the test's connection mid-transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield WSGIHandler()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def operation(app):
    # The document as served (search.api generates it from its schemas on every request).
    document = api.get_openapi_schema()
    schema = schemathesis.openapi.from_dict(document)
    return schema["/api/search/"]["GET"]


def test_the_served_description_is_the_one_fuzzed(client, site_tree):
    served = client.get("/api/search/openapi.json").json()
    parameters = served["paths"]["/api/search/"]["get"]["parameters"]
    by_name = {p["name"]: p["schema"] for p in parameters}
    assert by_name["q"]["maxLength"] == 200
    assert by_name["year"]["items"]["pattern"] == "^(19|20|21)[0-9]{2}$"


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_the_api_keeps_its_description(app, operation, mode):
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES[mode],
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def fuzz(case):
        response = case.call(app=app, base_url="http://localhost")
        case.validate_response(response, checks=CHECKS[mode])

    fuzz()


def test_the_server_and_description_agree_on_q_and_year(client, site_tree):
    assert client.get("/api/search/", {"q": "x" * 200}).status_code == 200
    long = client.get("/api/search/", {"q": "x" * 201})
    assert long.status_code == 400 and long.json()["error"]["parameter"] == "q"
    assert client.get("/api/search/", {"year": "2017"}).status_code == 200
    for year in ["0000", "1899", "٢٠١٧", "20١٧", "2017\n"]:
        response = client.get("/api/search/", {"year": year})
        assert response.status_code == 400, year
        assert response.json()["error"]["parameter"] == "year"
