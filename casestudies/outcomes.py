"""One measured outcome of a case study: what makes a row valid, and what it shows.

Everything here reads plain values (a model instance, a form's cleaned_data wrapped in
`OutcomeValues`, or an index row), so the admin's inline rows, the front-end "share your practice"
form and the search index all judge and word an outcome the same way.

A row gives its figures in one of three shapes:
- before and after: a baseline and a result ("8 days → 4 days");
- a change only, when that is all the source gives ("−1.4%"), never shown as "Before –";
- a single figure, a result without a baseline ("94% intend to continue").
A comparison group's figure is in the same terms as the row's own headline figure: its change
over the same period for the first two shapes, its own figure for the third.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from taxonomy.models import OutcomeResult

BEFORE_AFTER = "before_after"
CHANGE_ONLY = "change"
SINGLE_FIGURE = "single"
NO_FIGURES = "none"

# The fields an outcome row has, in the order forms show them.
FIELDS = (
    "category",
    "measure",
    "population",
    "baseline",
    "result",
    "change",
    "unit",
    "period",
    "better",
    "comparison_group",
    "comparison_figure",
    "source",
    "source_url",
    "context",
)
MINUS = "\u2212"


@dataclass
class OutcomeValues:
    """An outcome row as plain values (for forms: `OutcomeValues.from_mapping(cleaned_data)`)."""

    measure: str = ""
    category: object = None  # an OutcomeCategory, or None
    population: str = ""
    baseline: Decimal | None = None
    result: Decimal | None = None
    change: Decimal | None = None
    unit: str = ""
    period: str = ""
    better: str = ""  # "", "lower" or "higher"
    comparison_group: str = ""
    comparison_figure: Decimal | None = None
    source: str = ""
    source_url: str = ""
    context: str = ""

    @classmethod
    def from_mapping(cls, values):
        return cls(**{name: values.get(name) for name in FIELDS if values.get(name) is not None})


def validation_errors(row):
    """{field: message} of what is wrong with `row` (anything with the FIELDS as attributes).

    Messages say exactly what to change; they never clear what the author typed."""
    errors = {}
    measure = (row.measure or "").strip()
    if not measure:
        errors["measure"] = (
            "Say what was measured, for example ‘Emergency admissions of care home residents’."
        )
    if getattr(row, "category_id", None) is None and row.category is None:
        errors["category"] = (
            "Choose what kind of outcome this is, for example ‘Emergency admissions’."
        )
    baseline, result, change = row.baseline, row.result, row.change
    if baseline is not None and result is None:
        errors["result"] = (
            f"Give the result that goes with the baseline of {_plain(baseline)}, or clear the "
            "baseline and give only the change."
        )
    if change is not None and baseline is not None and result is not None:
        errors["change"] = (
            "Leave the change blank when you give a baseline and a result: it is worked out "
            f"from them ({signed(result - baseline, row.unit)})."
        )
    elif change is not None and result is not None:
        errors["change"] = (
            "Give either the change on its own, or a baseline and a result, not a result and a "
            "change together."
        )
    elif change is not None and (row.unit or "").strip() == "%" and change < -100:
        errors["change"] = (
            f"A fall of {_plain(-change)}% is not possible; check the sign and the unit."
        )
    has_figures = any(v is not None for v in (baseline, result, change))
    if row.comparison_figure is not None:
        if not (row.comparison_group or "").strip():
            errors["comparison_group"] = (
                f"Say who the comparison figure of {_plain(row.comparison_figure)} is for, "
                "for example ‘rest of England’."
            )
        if not has_figures:
            errors["comparison_figure"] = (
                "Give this outcome's own figure before a comparison group's figure."
            )
    if has_figures:
        if not (row.unit or "").strip():
            errors["unit"] = "Say what the figures are in, for example ‘%’, ‘days’ or ‘admissions’."
        if not (row.period or "").strip():
            errors["period"] = (
                "Say when the figures were measured, for example ‘12 months to January 2018’."
            )
        if not (row.source or "").strip():
            errors["source"] = "Say where the figures come from, so that readers can check them."
    return errors


# -- what a row shows --------------------------------------------------------------------


def shape(row):
    if row.baseline is not None and row.result is not None:
        return BEFORE_AFTER
    if row.change is not None:
        return CHANGE_ONLY
    if row.result is not None:
        return SINGLE_FIGURE
    return NO_FIGURES


def lower_is_better(row):
    """The row's own choice, else its category's usual direction (lower, if neither says)."""
    if row.better:
        return row.better == "lower"
    category = row.category
    return True if category is None else bool(category.lower_is_better)


def headline_figure(row):
    """The figure a comparison is made in: the change, or the single figure."""
    kind = shape(row)
    if kind == BEFORE_AFTER:
        return row.result - row.baseline
    if kind == CHANGE_ONLY:
        return row.change
    if kind == SINGLE_FIGURE:
        return row.result
    return None


def effect(row):
    """How much better (positive) or worse (negative) the row came out, in its own unit:
    against its comparison group when it has a figure for one, otherwise against no change.
    None when nothing was measured (or a single figure has nothing to compare with)."""
    figure = headline_figure(row)
    if figure is None:
        return None
    if row.comparison_figure is not None:
        figure = figure - row.comparison_figure
    elif shape(row) == SINGLE_FIGURE:
        return None
    return -figure if lower_is_better(row) else figure


def measured_result(row):
    value = effect(row)
    if value is None:
        return OutcomeResult.NOT_MEASURED
    if value > 0:
        return OutcomeResult.IMPROVED
    if value < 0:
        return OutcomeResult.WORSE
    return OutcomeResult.NO_CHANGE


def result_phrase(row):
    """What the row showed, in a few words: ‘Better than rest of England’, ‘Improved’."""
    result = measured_result(row)
    group = (row.comparison_group or "").strip()
    if row.comparison_figure is not None and group:
        if result == OutcomeResult.IMPROVED:
            return f"Better than {group}"
        if result == OutcomeResult.WORSE:
            return f"Worse than {group}"
        return f"Same as {group}"
    if result == OutcomeResult.NOT_MEASURED:
        return "No change measured"
    return result.label


def percent_change(row):
    """The row's own change as a percentage, where one can be worked out (else None)."""
    kind = shape(row)
    if kind == CHANGE_ONLY and (row.unit or "").strip() == "%":
        return float(row.change)
    if kind == BEFORE_AFTER and row.baseline:
        return float((row.result - row.baseline) / abs(row.baseline) * 100)
    return None


def improvement(row):
    """The effect as a percentage (percentage points for figures in %), to rank rows of one
    category by: positive is better. None where no percentage can be worked out."""
    value = effect(row)
    if value is None:
        return None
    kind = shape(row)
    unit = (row.unit or "").strip()
    if kind == BEFORE_AFTER:
        return float(value / abs(row.baseline) * 100) if row.baseline else None
    if unit == "%":
        return float(value)
    if kind == SINGLE_FIGURE and row.comparison_figure:
        return float(value / abs(row.comparison_figure) * 100)
    return None


def summary(row):
    """The row in honest words: ‘Emergency admissions of care home residents −1.4% in the six
    care home vanguards (12 months to January 2018); rest of England +6.7%’."""
    measure = (row.measure or "").strip()
    unit = row.unit or ""
    where = f" in {row.population.strip()}" if (row.population or "").strip() else ""
    period = f" ({row.period.strip()})" if (row.period or "").strip() else ""
    kind = shape(row)
    if kind == NO_FIGURES:
        return measure
    if kind == BEFORE_AFTER:
        if row.result == row.baseline:
            text = f"{measure} unchanged at {quantity(row.baseline, unit)}"
        else:
            verb = "fell" if row.result < row.baseline else "rose"
            text = (
                f"{measure} {verb} from {quantity(row.baseline, unit)} to "
                f"{quantity(row.result, unit)}"
            )
    elif kind == CHANGE_ONLY:
        text = f"{measure} {signed(row.change, unit)}"
    else:
        text = f"{measure}: {quantity(row.result, unit)}"
    text = f"{text}{where}{period}"
    if row.comparison_figure is not None and (row.comparison_group or "").strip():
        figure = (
            quantity(row.comparison_figure, unit)
            if kind == SINGLE_FIGURE
            else signed(row.comparison_figure, unit)
        )
        text = f"{text}; {row.comparison_group.strip()} {figure}"
    return text


def index_row(row):
    """The row as the search index and the JSON API carry it (plain JSON values)."""
    category = row.category

    def number(value):
        return None if value is None else float(value)

    value = improvement(row)
    return {
        "category": category.slug if category is not None else "",
        "measure": (row.measure or "").strip(),
        "population": row.population or "",
        "baseline": number(row.baseline),
        "result": number(row.result),
        "change": number(row.change),
        "unit": row.unit or "",
        "period": row.period or "",
        "lower_is_better": lower_is_better(row),
        "comparison_group": row.comparison_group or "",
        "comparison_figure": number(row.comparison_figure),
        "source": row.source or "",
        "source_url": row.source_url or "",
        "measured_result": str(measured_result(row)),
        "result_phrase": result_phrase(row),
        "improvement": None if value is None else round(value, 2),
        "summary": summary(row),
    }


# -- numbers in words ----------------------------------------------------------------------


def _plain(value):
    number = Decimal(str(value)).normalize()
    exponent = number.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return f"{number:,.{places}f}"


def quantity(value, unit=""):
    """1,234.5 days; 94%. A dash for no figure."""
    if value is None:
        return "–"
    try:
        text = _plain(value)
    except (InvalidOperation, ValueError):
        return f"{value} {unit}".strip()
    text = text.replace("-", MINUS)
    unit = (unit or "").strip()
    if not unit:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"


def signed(value, unit=""):
    """A change with its sign: +6.7%, −1.4%, 0 days (a true minus sign, not a hyphen)."""
    if value is None:
        return "–"
    text = quantity(abs(Decimal(str(value))), unit)
    if value > 0:
        return f"+{text}"
    if value < 0:
        return f"{MINUS}{text}"
    return text
