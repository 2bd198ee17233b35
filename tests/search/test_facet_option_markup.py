"""A facet's checkboxes are written by search_tags.facet_option_items, not a template include:
what a reader sees and what a screen reader announces must be what the NHS.UK checkboxes give,
with every value escaped."""

from django.template.loader import get_template

from search.service import FacetView, Option


def render(options):
    facet = FacetView(name="tag", label="Tag", options=options)
    return get_template("components/search/facet_fieldset.html").render({"facet": facet})


def test_each_option_is_a_labelled_checkbox_with_its_count():
    html = render([Option("falls", "Falls", 1234, False), Option("frailty", "Frailty", 5, True)])
    assert (
        '<input class="nhsuk-checkboxes__input" id="tag-falls" name="tag" type="checkbox"'
        ' value="falls">' in html
    )
    assert (
        '<label class="nhsuk-label nhsuk-checkboxes__label" for="tag-falls">Falls'
        ' <span class="app-count">(1234)</span></label>' in html
    )
    # The chosen one stays ticked.
    assert 'id="tag-frailty" name="tag" type="checkbox" value="frailty" checked>' in html


def test_values_and_labels_are_escaped():
    html = render([Option('a"><script>x()</script>', "<b>Bold</b> & co", 2, False)])
    assert "<script>" not in html
    assert "<b>" not in html
    assert 'value="a&quot;&gt;&lt;script&gt;x()&lt;/script&gt;"' in html
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in html


def test_an_option_without_a_slug_gets_a_unique_id_from_its_position():
    html = render([Option("£", "Pounds", 1, False), Option("€", "Euros", 1, False)])
    assert 'id="tag-1"' in html
    assert 'id="tag-2"' in html
    assert 'for="tag-2">Euros' in html
