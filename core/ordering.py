"""Inline rows that keep the order they were given in, however they were created.

Wagtail's admin numbers inline rows (sort_order) as it saves them; rows made in code, such as the
demo content and factories, leave it empty, and PostgreSQL then returns them in any order.
"""

from django.db.models import Max
from wagtail.models import Orderable


class ListOrderable(Orderable):
    """An Orderable whose parent link is `page`; an unnumbered row goes after its siblings."""

    class Meta(Orderable.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        if self.sort_order is None and self.page_id is not None:
            last = type(self).objects.filter(page_id=self.page_id).aggregate(n=Max("sort_order"))
            self.sort_order = 0 if last["n"] is None else last["n"] + 1
        super().save(*args, **kwargs)
