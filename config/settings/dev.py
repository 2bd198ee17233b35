"""Local development: `manage.py` uses this. DEBUG is on unless DEBUG=false (as `make run` sets)."""

from .base import *  # noqa: F403
from .base import env, env_bool

DEBUG = env_bool("DEBUG", True)
# A development key so a newcomer needs no configuration; production refuses to start without one.
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production-8c1f0e2a")  # noqa: S105
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Shared Learning <no-reply@localhost>")

# A star import cannot sit inside contextlib.suppress.
try:  # noqa: SIM105
    from .local import *  # noqa: F403
except ImportError:
    pass
