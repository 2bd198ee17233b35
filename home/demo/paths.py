from pathlib import Path

from django.conf import settings


def demo_dir(*parts):
    return Path(settings.DEMO_CONTENT_DIR).joinpath(*parts)
