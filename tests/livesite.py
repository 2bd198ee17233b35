"""A real site served over HTTP, for the browser journeys, the fault tests and the load benchmark.

`build_demo_site` makes a throwaway demo site under a directory of its own with the project's own
commands (migrate, load_demo, collectstatic) in subprocesses, never touching the development
database or the test database; `Gunicorn` serves it with platform/gunicorn.conf.py on loopback.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# Settings the calling process may carry that must not leak into the site under test.
NOT_INHERITED = (
    "DATABASE_URL",
    "ELASTICSEARCH_URL",
    "ELASTICSEARCH_COMPAT",
    "SEARCH_INDEX_PREFIX",
    "REDIS_URL",
    "DJANGO_SETTINGS_MODULE",
    "PAGE_CACHE_SECONDS",
    "COMMUNITY_POSTS_PER_MINUTE",
)


def in_ci():
    """CI=true: tests that would skip for want of a browser or a database must fail instead."""
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


class SiteError(RuntimeError):
    """Building or serving the site failed; the message carries the command's output."""


def free_port():
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_env(root, **overrides):
    """Environment for manage.py and gunicorn: the development settings with DEBUG off (as
    `make run`), database, cache, static files, media and demo passwords all under `root`."""
    root = Path(root)
    env = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DEBUG="false",
        DATABASE_URL=f"sqlite:///{root / 'site.sqlite3'}",
        DEMO_CREDENTIALS_FILE=str(root / "demo-credentials.txt"),
        CACHE_DIR=str(root / "cache"),
        STATIC_ROOT=str(root / "static"),
        MEDIA_ROOT=str(root / "media"),
        # Nothing leaves the machine: mail is written to files, which journeys may read.
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(root / "mail"),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    env.update({k: str(v) for k, v in overrides.items()})
    return env


def manage(env, *args, timeout=300):
    """Run `manage.py <args>`; raise SiteError with its output when it fails."""
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise SiteError(
            f"manage.py {' '.join(args)} failed ({result.returncode}):\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-5000:]}"
        )
    return result.stdout


def build_demo_site(env, setup_code=None):
    """What `make run` does: migrate, load_demo, update_index (the admin's choosers search it),
    then `setup_code` if given (run by `manage.py shell`); collectstatic runs in parallel as it
    touches only STATIC_ROOT. Returns the demo accounts' passwords."""
    collect = subprocess.Popen(
        [PYTHON, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        manage(env, "migrate", "--no-input", "--verbosity", "0")
        manage(env, "load_demo")
        manage(env, "update_index", "--verbosity", "0")
        if setup_code:
            manage(env, "shell", "--no-imports", "-c", setup_code)
    finally:
        output, _ = collect.communicate(timeout=300)
    if collect.returncode != 0:
        raise SiteError(f"collectstatic failed:\n{output[-5000:]}")
    return read_credentials(env["DEMO_CREDENTIALS_FILE"])


def read_credentials(path):
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


def get_status(url, timeout=5):
    """The HTTP status of GET `url`, or None when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (loopback)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return None


class Gunicorn:
    """gunicorn with platform/gunicorn.conf.py on 127.0.0.1:<port>, its log in `log_path`:
    our site by default, or another WSGI `app` from `cwd` with its own `gunicorn` (the page
    benchmark serves bakerydemo this way), up when `ready_path` answers 200."""

    def __init__(
        self,
        env,
        log_path,
        port=None,
        workers=2,
        *,
        app="config.wsgi",
        cwd=None,
        gunicorn=None,
        ready_path="/healthz",
    ):
        self.app, self.cwd, self.gunicorn, self.ready_path = app, cwd or ROOT, gunicorn, ready_path
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(log_path)
        self.env = {
            **env,
            "BIND": f"127.0.0.1:{self.port}",
            "WEB_CONCURRENCY": str(workers),
            "GUNICORN_ACCESSLOG": env.get("GUNICORN_ACCESSLOG", "-"),
        }
        self.process = None

    def start(self, timeout=60):
        gunicorn = self.gunicorn or (
            shutil.which("gunicorn", path=str(Path(PYTHON).parent)) or "gunicorn"
        )
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [str(gunicorn), "-c", str(ROOT / "platform" / "gunicorn.conf.py"), self.app],
            cwd=self.cwd,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SiteError(f"gunicorn exited ({self.process.returncode}):\n{self.log_tail()}")
            if get_status(f"{self.url}{self.ready_path}", timeout=2) == 200:
                return self
            time.sleep(0.2)
        self.stop()
        raise SiteError(
            f"gunicorn did not answer {self.ready_path} in {timeout} s:\n{self.log_tail()}"
        )

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=25)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        if getattr(self, "_log", None):
            self._log.close()

    def log_tail(self, chars=4000):
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
