"""The demo site, loaded from the files under `demo/` (settings.DEMO_CONTENT_DIR) by
`python manage.py load_demo`. Idempotent: each step creates only what is missing.

Steps run in this order: the page tree, the people (accounts, then the communities' voices),
case studies, learning guides (they link to case studies), then the communities (their topics
link to published pages). Pages go through Wagtail's own publish path, community content
through communities.services, as an editor's or a member's work would.
"""

from django.db import transaction

from home import site_tree

from . import casestudies, communities, guides, users

STEPS = (site_tree.load, users.load, casestudies.load, guides.load, communities.load)


def load(command):
    for step in STEPS:
        with transaction.atomic():
            step(command)
