"""Production settings pass Django's deployment checks with a real-looking environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "q8Zr-3vN_x7pLk2Yt9WbHc4Jm6Fd0Sa1Ge5Ui8Oy2Re7Tw4Qp9Zx3Cv6Bn1Ml0Kj",
    "ALLOWED_HOSTS": "learning.example.nhs.uk",
    "DATABASE_URL": "sqlite:////tmp/deploy-check-unused.sqlite3",
    "WAGTAILADMIN_BASE_URL": "https://learning.example.nhs.uk",
    "EMAIL_HOST": "smtp.example.nhs.uk",
}


def run_manage(*args, env_changes):
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    env.update(env_changes)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_changes=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run_manage("check", env_changes=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_is_strict_about_https_cookies_and_framing():
    from django.conf import settings  # noqa: F401  (settings module is imported fresh below)

    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.DEBUG, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS >= 31536000, "
        "s.X_FRAME_OPTIONS)",
        env_changes=PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-6:] == ["False", "True", "True", "True", "True", "DENY"]
