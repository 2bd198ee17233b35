"""Multi-select filters read from the query string, as every listing on the site uses them.

Values within one filter are OR-ed, filters are AND-ed. Unknown values are dropped and reported
so the page can say so, rather than failing or silently showing everything.
"""

from dataclasses import dataclass, field

MAX_VALUES_PER_FILTER = 20
MAX_VALUE_LENGTH = 100


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Filter:
    name: str
    label: str
    options: list[Option]
    selected: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    @property
    def selected_options(self):
        return [option for option in self.options if option.selected]


def read_multi(querydict, name, known_values):
    """Return (selected, unknown) values of `name` from a QueryDict, keeping the given order.

    Blank values are ignored; repeated values count once; at most MAX_VALUES_PER_FILTER are read.
    """
    selected, unknown = [], []
    for raw in querydict.getlist(name)[:MAX_VALUES_PER_FILTER]:
        value = raw.strip()[:MAX_VALUE_LENGTH]
        if not value or value in selected or value in unknown:
            continue
        (selected if value in known_values else unknown).append(value)
    return selected, unknown


def build_filter(querydict, name, label, choices):
    """A Filter from (value, label) choices and the request's query string."""
    choices = list(choices)
    selected, unknown = read_multi(querydict, name, {value for value, _ in choices})
    options = [Option(value, text, selected=value in selected) for value, text in choices]
    return Filter(name, label, options, selected, unknown)
