"""Geometry of the outcome charts, worked out on the server so no chart library is needed.

Templates draw these with SVG shapes positioned in percentages of their width (no viewBox),
so a chart fills any screen without shrinking its text, which is HTML beside it. Positions are
strings with a dot decimal, whatever the locale.
"""

from dataclasses import dataclass

from . import outcomes


@dataclass
class Bar:
    label: str
    text: str
    kind: str  # before | after | change | comparison
    x: str
    width: str


@dataclass
class Chart:
    title: str
    bars: list
    zero: str  # where zero sits, for the axis line
    kind: str  # before_after | change | single


def _pct(value):
    return f"{value:.2f}"


def _bars(specs):
    """Bars on one axis that always includes zero: [(label, value, text, kind)]."""
    values = [float(value) for _, value, _, _ in specs]
    low, high = min(0.0, *values), max(0.0, *values)
    span = (high - low) or 1.0
    bars = []
    for (label, _value, text, kind), number in zip(specs, values, strict=True):
        start = (min(0.0, number) - low) / span * 100
        # A zero still shows as a hairline, so "no change" is visibly a bar of nothing.
        width = max(abs(number) / span * 100, 0.6)
        bars.append(Bar(label, text, kind, _pct(min(start, 100 - width)), _pct(width)))
    return bars, _pct((0 - low) / span * 100)


def outcome_chart(row):
    """The chart for one outcome row, or None when it has nothing to draw: before and after
    bars, or its change (or single figure) beside its comparison group's."""
    kind = outcomes.shape(row)
    unit = row.unit or ""
    if kind == outcomes.BEFORE_AFTER:
        specs = [
            ("Before", row.baseline, outcomes.quantity(row.baseline, unit), "before"),
            ("After", row.result, outcomes.quantity(row.result, unit), "after"),
        ]
        title = "Before and after"
    elif kind in (outcomes.CHANGE_ONLY, outcomes.SINGLE_FIGURE):
        if row.comparison_figure is None and kind == outcomes.SINGLE_FIGURE:
            return None
        own = row.change if kind == outcomes.CHANGE_ONLY else row.result
        fmt = outcomes.signed if kind == outcomes.CHANGE_ONLY else outcomes.quantity
        label = (row.population or "").strip() or "This practice"
        specs = [(_capital(label), own, fmt(own, unit), "change")]
        if row.comparison_figure is not None:
            specs.append(
                (
                    _capital(row.comparison_group.strip() or "Comparison"),
                    row.comparison_figure,
                    fmt(row.comparison_figure, unit),
                    "comparison",
                )
            )
        title = "Change" if kind == outcomes.CHANGE_ONLY else "Figure"
        if row.comparison_figure is not None:
            title += " beside the comparison"
    else:
        return None
    bars, zero = _bars(specs)
    return Chart(title=title, bars=bars, zero=zero, kind=kind)


def _capital(text):
    return text[:1].upper() + text[1:]
