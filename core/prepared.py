"""Queries whose SQL Django builds once per process and database, then runs with fresh values.

Building a queryset (filter, annotate, select_related) and compiling it to SQL costs far more
CPU than SQLite or PostgreSQL take to run it: on the topic page, most of the time spent on its
queries (docs/benchmarks.md). A `PreparedQuery` builds its queryset once per database alias,
vendor and *shape* (what changes the SQL text: who is reading, a page's slice) with stand-in
values, takes Django's own SQL and parameters, and from then on runs that SQL with the real
values in their places, turning rows into model instances the way Django's ModelIterable does
(select_related objects and annotations included).

    topic_query = PreparedQuery(
        lambda shape, topic_id, slug: Topic.objects.select_related("community").filter(
            pk=topic_id, community__slug=slug
        ),
        topic_id=int,
        slug=str,
    )
    topics = topic_query.fetch(topic_id=7, slug="falls")

What may vary between runs must be declared (a whole number or text, passed to the lookup as
it is); everything else that changes the query belongs in `shape`. Preparing checks that each
stand-in reached the SQL parameters unchanged (not wrapped in a LIKE pattern, say, nor written
into the SQL text) and refuses the query otherwise. Database routing, query logging and
`execute_wrapper` hooks see the query as usual: it runs through `connections[alias].cursor()`.
"""

import threading
from collections import OrderedDict

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models.query import (
    FlatValuesListIterable,
    ModelIterable,
    ValuesListIterable,
    get_related_populators,
)

# Stand-ins no real value takes: negative ids inside the 32-bit range (PostgreSQL's integer),
# and text with a control character and a per-process token.
_INT_BASE = -1_987_650_000
_TEXT_BASE = "\x1fprepared-query-stand-in-{}-" + str(id(object()))

# Shapes kept per query (a page number makes one shape per page read).
MAX_SHAPES = 64


class PreparationError(ValueError):
    """The queryset cannot be prepared: a value did not reach the SQL as a plain parameter."""


def _stand_in(kind, index):
    if kind is int:
        return _INT_BASE - index
    if kind is str:
        return _TEXT_BASE.format(index)
    raise TypeError(f"A prepared value is int or str, not {kind!r}")


class _Shape:
    """One compiled query: its SQL, where each value goes, and how rows become objects."""

    __slots__ = (
        "kind",
        "sql",
        "params",
        "slots",
        "model",
        "init_list",
        "model_slice",
        "populators",
        "annotations",
        "converters",
        "width",
    )

    def __init__(self, queryset, alias, names, stand_ins, *, count=False):
        if count:
            # Any query's rows counted the same way on every database: its primary keys,
            # unordered, as a subquery (SQLite flattens it; PostgreSQL plans it as a scan).
            queryset = queryset.order_by().values_list("pk")
            self.kind = "count"
        elif queryset._iterable_class is ModelIterable:
            self.kind = "models"
        elif queryset._iterable_class in (ValuesListIterable, FlatValuesListIterable):
            query = queryset.query
            if query.extra_select or query.annotation_select:
                raise PreparationError("values_list() of fields only can be prepared")
            self.kind = "flat" if queryset._iterable_class is FlatValuesListIterable else "tuples"
        else:
            raise PreparationError(
                "Only querysets of model instances or values_list() can be prepared"
            )
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        if count:
            # Django's own SQL around Django's own SQL: the values stay parameters.
            sql = f"SELECT COUNT(*) FROM ({sql}) prepared_count"  # noqa: S608
        found = set()
        slots = []
        for position, param in enumerate(params):
            for name, stand_in in zip(names, stand_ins, strict=True):
                if type(param) is type(stand_in) and param == stand_in:
                    slots.append((position, name))
                    found.add(name)
                    break
                if isinstance(param, str) and isinstance(stand_in, str) and stand_in in param:
                    raise PreparationError(f"{name!r} is changed on its way into the SQL")
        for name, stand_in in zip(names, stand_ins, strict=True):
            if name not in found:
                raise PreparationError(f"{name!r} does not reach the SQL as a parameter")
            if str(stand_in) in sql:
                raise PreparationError(f"{name!r} is written into the SQL text")
        self.sql = sql
        self.params = list(params)
        self.slots = tuple(slots)
        select, klass_info = compiler.select, compiler.klass_info
        self.width = compiler.col_count
        if self.kind == "models":
            self.model = klass_info["model"]
            fields = klass_info["select_fields"]
            self.model_slice = slice(fields[0], fields[-1] + 1)
            self.init_list = [column[0].target.attname for column in select[self.model_slice]]
            self.populators = get_related_populators(klass_info, select, alias)
            self.annotations = tuple((compiler.annotation_col_map or {}).items())
        if self.kind == "count":
            self.converters = ()
            return
        # (position, converters, expression) for the columns the database hands back in a form
        # the field does not use (SQLite's dates as text, say). A backend's converters are
        # methods of the connection that compiled the query: they read only its settings
        # (the time zone), which every connection to the same alias shares.
        self.converters = tuple(
            (position, tuple(functions), expression)
            for position, (functions, expression) in compiler.get_converters(
                [column[0] for column in select[: self.width]]
            ).items()
        )

    def run(self, alias, values):
        params = list(self.params)
        for position, name in self.slots:
            params[position] = values[name]
        connection = connections[alias]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        if self.kind == "count":
            return rows[0][0]
        if self.converters:
            rows = [self._convert(list(row), connection) for row in rows]
        if self.kind == "tuples":
            return [tuple(row) for row in rows]
        if self.kind == "flat":
            return [row[0] for row in rows]
        objects = []
        model, init_list, model_slice = self.model, self.init_list, self.model_slice
        for row in rows:
            obj = model.from_db(alias, init_list, row[model_slice])
            for populator in self.populators:
                populator.populate(row, obj)
            for attribute, position in self.annotations:
                setattr(obj, attribute, row[position])
            objects.append(obj)
        return objects

    def _convert(self, row, connection):
        for position, functions, expression in self.converters:
            value = row[position]
            for function in functions:
                value = function(value, expression, connection)
            row[position] = value
        return row


class PreparedQuery:
    """A query built by `build(shape, **values)`, compiled once per database and shape.

    `values` names what varies between runs and its kind (int or str). `build` must give the
    same SQL for the same shape whatever the values: anything that changes the SQL text (a
    reader being signed in, a moderator's extra column, a slice) goes in `shape`, which must be
    hashable. Gives lists of model instances (select_related and annotations included) or of
    values_list()'s rows, and counts; no prefetch_related (a query of its own, not prepared)."""

    def __init__(self, build, **values):
        self._build = build
        self._names = tuple(values)
        self._stand_ins = tuple(_stand_in(kind, i) for i, kind in enumerate(values.values()))
        self._shapes = OrderedDict()
        self._lock = threading.Lock()

    def _shape(self, alias, shape, rows, count=False):
        window = None if rows is None else (rows.start, rows.stop)
        key = (alias, connections[alias].vendor, shape, window, count)
        with self._lock:
            found = self._shapes.get(key)
            if found is not None:
                self._shapes.move_to_end(key)
                return found
        queryset = self._build(shape, **dict(zip(self._names, self._stand_ins, strict=True)))
        if queryset._prefetch_related_lookups:
            raise PreparationError("prefetch_related is a query of its own: not prepared")
        if rows is not None:
            queryset = queryset[rows]
        compiled = _Shape(queryset, alias, self._names, self._stand_ins, count=count)
        with self._lock:
            self._shapes[key] = compiled
            while len(self._shapes) > MAX_SHAPES:
                self._shapes.popitem(last=False)
        return compiled

    def fetch(self, shape=None, *, rows=None, using=DEFAULT_DB_ALIAS, **values):
        """What the query finds for these values (model instances, or values_list()'s tuples or
        values); `rows`, a slice, takes those rows only (LIMIT/OFFSET: each slice is a shape of
        its own)."""
        if rows is not None and (not isinstance(rows, slice) or rows.step is not None):
            raise TypeError("rows must be a slice without a step")
        self._check(values)
        return self._shape(using, shape, rows).run(using, values)

    def count(self, shape=None, *, using=DEFAULT_DB_ALIAS, **values):
        """How many rows the query finds for these values."""
        self._check(values)
        return self._shape(using, shape, None, count=True).run(using, values)

    def _check(self, values):
        if set(values) != set(self._names):
            raise TypeError(f"Values for {sorted(self._names)} expected, got {sorted(values)}")
        for name, stand_in in zip(self._names, self._stand_ins, strict=True):
            if type(values[name]) is not type(stand_in):
                raise TypeError(f"{name!r} must be {type(stand_in).__name__}")


class PreparedList:
    """One shape of a prepared query with its values, as a list that `core.pagination.paginate`
    and Django's Paginator can page: a slice runs the prepared SQL for those rows, `count()`
    calls `count` (asked only when the first page is full, or for a later page)."""

    def __init__(self, query, shape, values, count):
        self._query = query
        self._shape = shape
        self._values = values
        self._count = count

    def __getitem__(self, rows):
        if not isinstance(rows, slice):
            raise TypeError("A prepared list is read a slice at a time")
        return self._query.fetch(self._shape, rows=rows, **self._values)

    def count(self):
        return self._count()
