"""Structured outcomes: what a valid row is, how it reads, how old rows are converted, and how
they show on the case study page, across the programme and in the search API."""

import importlib
import json
from decimal import Decimal

import pytest
from django.apps import apps as django_apps
from django.forms import modelform_factory

from casestudies import outcomes
from casestudies.models import CaseStudyIndexPage, CaseStudyOutcome
from taxonomy.models import OutcomeCategory
from tests.casestudies.factories import make_case_study
from tests.openapi import inlined

pytestmark = pytest.mark.django_db

CONVERT = importlib.import_module("casestudies.migrations.0003_convert_outcome_rows")


def care_home_admissions(**changes):
    values = {
        "category": OutcomeCategory.objects.get(slug="emergency-admissions"),
        "measure": "Emergency admissions of care home residents",
        "population": "the six care home vanguards",
        "change": Decimal("-1.4"),
        "unit": "%",
        "period": "12 months to January 2018",
        "comparison_group": "rest of England",
        "comparison_figure": Decimal("6.7"),
        "source": "The work of the vanguards, May 2018",
    }
    values.update(changes)
    return outcomes.OutcomeValues(**values)


# -- wording -------------------------------------------------------------------------------


def test_a_change_only_row_reads_as_a_change_beside_its_comparison():
    row = care_home_admissions()
    assert outcomes.summary(row) == (
        "Emergency admissions of care home residents −1.4% in the six care home vanguards "
        "(12 months to January 2018); rest of England +6.7%"
    )
    assert "Before" not in outcomes.summary(row) and "–" not in outcomes.summary(row)
    assert outcomes.measured_result(row) == "improved"
    assert outcomes.result_phrase(row) == "Better than rest of England"
    assert outcomes.improvement(row) == pytest.approx(8.1)


def test_slower_growth_than_the_comparison_is_better_and_a_smaller_fall_is_worse():
    growth = care_home_admissions(change=Decimal("0.9"), comparison_figure=Decimal("6.3"))
    assert outcomes.summary(growth).startswith("Emergency admissions of care home residents +0.9%")
    assert outcomes.measured_result(growth) == "improved"
    beds = care_home_admissions(
        change=Decimal("-1.0"),
        comparison_group="non-vanguard areas",
        comparison_figure=Decimal("-2.5"),
    )
    assert outcomes.measured_result(beds) == "worse"
    assert outcomes.result_phrase(beds) == "Worse than non-vanguard areas"


def test_before_and_after_rows_and_single_figures_read_plainly():
    stay = outcomes.OutcomeValues(
        measure="Average hospital stay", baseline=Decimal(8), result=Decimal(4), unit="days"
    )
    assert outcomes.summary(stay) == "Average hospital stay fell from 8 days to 4 days"
    assert outcomes.measured_result(stay) == "improved"  # lower is better when nobody says
    assert outcomes.improvement(stay) == pytest.approx(50.0)
    single = outcomes.OutcomeValues(
        measure="Vanguards intending to continue", result=Decimal(94), unit="%", better="higher"
    )
    assert outcomes.summary(single) == "Vanguards intending to continue: 94%"
    assert outcomes.measured_result(single) == "not_measured"
    assert outcomes.result_phrase(single) == "No change measured"


# -- validation ----------------------------------------------------------------------------

OutcomeForm = modelform_factory(CaseStudyOutcome, fields=outcomes.FIELDS)


def form_errors(**data):
    form = OutcomeForm(data=dict.fromkeys(outcomes.FIELDS, "") | data)
    assert not form.is_valid()
    return form


def test_a_valid_change_only_row_passes():
    category = OutcomeCategory.objects.get(slug="emergency-admissions")
    form = OutcomeForm(
        data=dict.fromkeys(outcomes.FIELDS, "")
        | {
            "category": category.pk,
            "measure": "Emergency admissions",
            "change": "-1.4",
            "unit": "%",
            "period": "12 months to January 2018",
            "comparison_group": "rest of England",
            "comparison_figure": "6.7",
            "source": "NAO",
        }
    )
    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"change": "-1.4"}, "measure", "Say what was measured"),
        ({"measure": "Admissions"}, "category", "Choose what kind of outcome this is"),
        (
            {"measure": "Stay", "baseline": "8", "unit": "days", "period": "2017", "source": "x"},
            "result",
            "Give the result that goes with the baseline of 8",
        ),
        (
            {"measure": "Stay", "baseline": "8", "result": "4", "change": "-4", "unit": "days"},
            "change",
            "Leave the change blank when you give a baseline and a result",
        ),
        ({"measure": "Stay", "result": "4", "change": "-4"}, "change", "not a result and a change"),
        ({"measure": "Admissions", "change": "-140", "unit": "%"}, "change", "A fall of 140%"),
        (
            {"measure": "Admissions", "change": "-1.4", "comparison_figure": "6.7"},
            "comparison_group",
            "Say who the comparison figure of 6.7 is for",
        ),
        ({"measure": "Admissions", "comparison_figure": "6.7"}, "comparison_figure", "own figure"),
        ({"measure": "Admissions", "change": "-1.4"}, "unit", "Say what the figures are in"),
        ({"measure": "Admissions", "change": "-1.4"}, "period", "Say when the figures"),
        ({"measure": "Admissions", "change": "-1.4"}, "source", "Say where the figures come from"),
        ({"measure": "Admissions", "change": "a lot"}, "change", "Enter a number"),
    ],
)
def test_validation_says_what_is_wrong_and_keeps_what_was_typed(data, field, message):
    form = form_errors(**data)
    assert message in " ".join(form.errors[field]), form.errors
    for name, typed in data.items():
        assert str(form[name].value()) == typed  # redisplayed as typed, never cleared


# -- the data migration ----------------------------------------------------------------------


def test_the_migration_files_old_rows_and_moves_change_only_figures(site_tree):
    page = make_case_study(CaseStudyIndexPage.objects.get())
    old = [
        CaseStudyOutcome.objects.create(
            page=page,
            measure="Emergency admissions of care home residents, all six EHCH vanguards",
            result=Decimal("-1.4"),
            unit="%",
            period="12 months to January 2018",
            context="Change against the 2014-15 base year; admissions in the rest of England "
            "rose by 6.7%.",
        ),
        CaseStudyOutcome.objects.create(
            page=page,
            measure="Total hospital bed days, all nine PACS vanguard areas",
            result=Decimal("-1.0"),
            unit="%",
            context="Fall against the base year. Non-vanguard areas fell further (2.5%).",
        ),
        CaseStudyOutcome.objects.create(
            page=page,
            measure="Vanguards intending to continue their care model after March 2018",
            result=Decimal("94"),
            unit="%",
            context="29 of 31 vanguards answering the NAO survey.",
        ),
        CaseStudyOutcome.objects.create(page=page, measure="Something else entirely"),
    ]
    CONVERT.forwards(django_apps, None)
    admissions, beds, survey, other = (CaseStudyOutcome.objects.get(pk=o.pk) for o in old)

    assert admissions.category.slug == "emergency-admissions"
    assert (admissions.baseline, admissions.result, admissions.change) == (
        None,
        None,
        Decimal("-1.4"),
    )
    assert (admissions.comparison_group, admissions.comparison_figure) == (
        "rest of England",
        Decimal("6.7"),
    )
    assert admissions.context.startswith("Change against the 2014-15 base year")  # kept
    assert beds.category.slug == "bed-days" and beds.change == Decimal("-1.0")
    assert (beds.comparison_group, beds.comparison_figure) == (
        "non-vanguard areas",
        Decimal("-2.5"),
    )
    # A real single figure stays a single figure.
    assert (survey.result, survey.change) == (Decimal("94"), None)
    assert survey.category.slug == "implementation-and-spread"
    assert other.category is None  # left for an editor to file

    CONVERT.backwards(django_apps, None)
    admissions.refresh_from_db()
    assert (admissions.result, admissions.change) == (Decimal("-1.4"), None)


# -- pages and the API ---------------------------------------------------------------------


def structured_rows():
    category = OutcomeCategory.objects.get(slug="emergency-admissions").pk
    beds = OutcomeCategory.objects.get(slug="bed-days").pk
    return [
        {
            "category_id": category,
            "measure": "Emergency admissions of care home residents",
            "population": "the six care home vanguards",
            "change": Decimal("-1.4"),
            "unit": "%",
            "period": "12 months to January 2018",
            "comparison_group": "rest of England",
            "comparison_figure": Decimal("6.7"),
            "source": "The work of the vanguards, May 2018",
        },
        {
            "category_id": beds,
            "measure": "Total hospital bed days",
            "change": Decimal("-1.0"),
            "unit": "%",
            "period": "12 months to March 2018",
            "comparison_group": "non-vanguard areas",
            "comparison_figure": Decimal("-2.5"),
            "source": "NAO, June 2018",
        },
    ]


@pytest.fixture
def care_homes(site_tree):
    return make_case_study(
        CaseStudyIndexPage.objects.get(),
        title="Care home admissions",
        outcomes=structured_rows(),
        evidence_level="reported",
    )


def test_key_outcomes_come_first_in_words_with_a_jump_to_the_details(client, care_homes):
    html = client.get(care_homes.url).content.decode()
    key = html.index('id="key-outcomes-heading"')
    assert key < html.index('id="problem"') < html.index('id="outcomes"')
    assert (
        "Emergency admissions of care home residents −1.4% in the six care home vanguards "
        "(12 months to January 2018); rest of England +6.7%"
    ) in html
    assert "Better than rest of England" in html and "Worse than non-vanguard areas" in html
    assert 'href="#outcomes"' in html
    assert ">Before<" not in html  # change-only rows never show an empty "before"
    # Each change is drawn beside its comparison, and the table under it has the figures.
    assert html.count('class="app-outcome-chart"') == 2
    assert '−1.4% <span class="app-muted">(the source gives only the change)' in html
    assert "rest of England: +6.7%" in html


def test_programme_outcomes_page_spreads_changes_by_category_and_care_model(
    client, care_homes, django_assert_max_num_queries
):
    unpublished = make_case_study(
        CaseStudyIndexPage.objects.get(), title="Draft zebra", outcomes=structured_rows()
    )
    unpublished.unpublish()
    listing = client.get("/case-studies/").content.decode()
    assert 'href="/case-studies/outcomes/"' in listing
    assert 'href="/case-studies/outcomes/"' in client.get("/").content.decode()

    client.get("/case-studies/outcomes/")
    with django_assert_max_num_queries(12):
        response = client.get("/case-studies/outcomes/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h2 id="emergency-admissions">Emergency admissions</h2>' in html
    assert '<h2 id="bed-days">Bed days</h2>' in html
    assert f'<a href="{care_homes.url}" aria-label="Care home admissions: Emergency' in html
    assert "Evidence: Reported by the vanguard" in html
    assert "All −1.4%" in html  # the spread for EHCH, in the table beside the chart
    assert "Draft zebra" not in html
    assert "?outcome=emergency-admissions&amp;sort=improvement" in html


def test_api_returns_each_results_outcome_rows(client, care_homes):
    response = client.get(
        "/api/search/?outcome=emergency-admissions&result=improved&sort=improvement"
    )
    assert response.status_code == 200, response.content
    data = response.json()
    assert [r["title"] for r in data["results"]] == ["Care home admissions"]
    rows = data["results"][0]["outcomes"]
    assert rows[0] | {"summary": ""} == {
        "category": "emergency-admissions",
        "category_name": "Emergency admissions",
        "measure": "Emergency admissions of care home residents",
        "population": "the six care home vanguards",
        "baseline": None,
        "result": None,
        "change": -1.4,
        "unit": "%",
        "period": "12 months to January 2018",
        "lower_is_better": True,
        "comparison_group": "rest of England",
        "comparison_figure": 6.7,
        "source": "The work of the vanguards, May 2018",
        "source_url": "",
        "measured_result": "improved",
        "result_phrase": "Better than rest of England",
        "improvement": 8.1,
        "summary": "",
    }
    assert rows[1]["measured_result"] == "worse"
    facets = {f: {o["value"]: o["count"] for o in opts} for f, opts in data["facets"].items()}
    assert facets["result"] == {"improved": 1}  # its bed days got worse, not its admissions
    assert facets["outcome"] == {"emergency-admissions": 1}

    bad = client.get("/api/search/?sort=improvement")
    assert bad.status_code == 400
    assert bad.json()["error"]["parameter"] == "sort"

    spec = inlined(json.loads(client.get("/api/search/openapi.json").content))
    result = spec["paths"]["/api/search/"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]["properties"]["results"]["items"]["properties"]
    assert "measured_result" in result["outcomes"]["items"]["properties"]
    names = [p["name"] for p in spec["paths"]["/api/search/"]["get"]["parameters"]]
    assert "outcome" in names and "result" in names


def test_listing_shows_the_headline_outcome_of_the_chosen_category(client, care_homes):
    html = client.get("/case-studies/?outcome=bed-days").content.decode()
    assert "Total hospital bed days −1% (12 months to March 2018); non-vanguard areas −2.5%" in html
    html = client.get("/case-studies/").content.decode()
    assert "Emergency admissions of care home residents −1.4%" in html
