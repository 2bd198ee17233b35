"""Wagtail's bakerydemo beside our site, for the side-by-side page benchmark (issue 16).

`python bench/bakerydemo_setup.py` (or `make bakerydemo`) prepares it once and prints where it
is; `bench/page_bench.py` calls `prepare()` itself. Everything lives in var/bench/bakerydemo
(ignored by git), never in our tree:

1. a checkout: cloned with git from BAKERYDEMO_DIR when that names a checkout or a (bare) git
   repository of bakerydemo, otherwise from bakerydemo's public repository when the network
   allows it;
2. its own virtualenv (.venv) with its requirements/base.txt, plus whitenoise (its production
   settings serve static files with it) and gunicorn. On a Python older than 3.12 its Django
   6.0 pin becomes Django 5.2 (Django 6 needs 3.12; 5.2 is the Django we run too), with the
   Wagtail release it pins; BAKERYDEMO_PYTHON picks another interpreter for the venv;
3. its production settings (`bakerydemo.settings.production`: DEBUG off, cached template
   loader, local-memory cache, database search backend), SQLite in `nhs-bench.db`,
   `migrate`, `load_initial_data` (its own command) and `collectstatic` (its manifest storage
   needs one).

What the benchmark sets, all through environment variables its settings read (none of its
code or settings files is changed), and why:
- DJANGO_SETTINGS_MODULE=bakerydemo.settings.production: its own production settings, as it
  is deployed;
- DATABASE_URL: SQLite (the issue's comparison is on SQLite; its production uses PostgreSQL),
  with the same SQLite connection options as ours (SQLITE_OPTIONS below, from
  config/settings/base.py: write-ahead log, `synchronous=NORMAL`, IMMEDIATE transactions, a
  20 s busy timeout), passed as the URL's query string, which its dj-database-url turns into
  OPTIONS. Only writes feel them: its search page logs each query (Wagtail's search hit
  count), which in SQLite's default rollback-journal mode costs four fsyncs per search;
  reads are the same in both modes. Its own `conn_max_age=500` (persistent connections) is
  kept: ours closes the SQLite connection after every request, which counts against us;
- DJANGO_SECRET_KEY, so its settings do not print a warning and make an ephemeral key;
- DJANGO_ALLOWED_HOSTS: the test client's and gunicorn's host names;
- SECURE_SSL_REDIRECT=false: nothing here speaks HTTPS (ours is measured the same way);
- DJANGO_LOG_LEVEL=WARNING: no log line per request (ours logs warnings only too).
Everything else (its cache, template loaders, middleware, search backend, the
django-debug-toolbar its urls.py imports) is as its production settings have it. Measured:
importing the toolbar instruments Django's template rendering (as the test runner does) and
`django.test.Client` then copies the context at each template render, but that costs less than
the noise (bakerydemo's blog post, CPU time, same process, interleaved), so it is left as is.

Each step runs only when its result is missing or out of date, so a second run costs a
`migrate` check. When no checkout can be had, `prepare()` prints one line saying how to get
one and returns None: the page benchmark then falls back to the issue's fixed figures.
"""

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
WORKDIR = ROOT / "var" / "bench" / "bakerydemo"
GIT_URL = "https://github.com/wagtail/bakerydemo.git"
HOW = (
    "bakerydemo is not available, so the page benchmark compares against the issue's fixed "
    "bakerydemo figures. To measure it side by side: "
    "git clone https://github.com/wagtail/bakerydemo.git /some/dir && "
    "BAKERYDEMO_DIR=/some/dir make bench-pages"
)
DATABASE = "nhs-bench.db"  # bakerydemo's .gitignore ignores *.db
# Our SQLite connection options (config/settings/base.py), given to bakerydemo too so both sides
# write to SQLite the same way; tests/bench/test_page_bench.py checks they stay equal.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
LOADED = ".nhs-bench-loaded"
INSTALLED = ".nhs-bench-requirements.txt"
# Environment variables bakerydemo's settings read that must not leak in from ours.
KEEP = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ")


@dataclass
class Bakerydemo:
    checkout: Path
    commit: str

    @property
    def python(self):
        return self.checkout / ".venv" / "bin" / "python"

    @property
    def gunicorn(self):
        return self.checkout / ".venv" / "bin" / "gunicorn"

    def env(self, **overrides):
        """Its production settings on SQLite configured as ours; nothing else from our own
        environment but the basics (see the module's docstring for each variable)."""
        env = {key: os.environ[key] for key in KEEP if key in os.environ}
        env.update(
            DJANGO_SETTINGS_MODULE="bakerydemo.settings.production",
            DATABASE_URL=f"sqlite:///{self.checkout / DATABASE}?{urlencode(SQLITE_OPTIONS)}",
            DJANGO_SECRET_KEY="page-bench-only-" + "x" * 40,
            DJANGO_ALLOWED_HOSTS="testserver,127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="false",
            DJANGO_LOG_LEVEL="WARNING",
        )
        env.update(overrides)
        return env

    def manage(self, *args):
        run([str(self.python), "manage.py", *args], cwd=self.checkout, env=self.env())

    def versions(self):
        out = subprocess.run(
            [
                str(self.python),
                "-c",
                "import django, wagtail, sys; "
                "print(wagtail.__version__, django.get_version(), sys.version.split()[0])",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        return {"wagtail": out[0], "django": out[1], "python": out[2]}


class SetupError(RuntimeError):
    pass


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    if result.returncode != 0:
        raise SetupError(f"{' '.join(map(str, command))} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def is_checkout(path):
    return (path / "manage.py").is_file() and (path / "bakerydemo" / "settings").is_dir()


def is_git(path):
    return (path / ".git").exists() or ((path / "HEAD").is_file() and (path / "objects").is_dir())


def clone(source):
    """A fresh clone into WORKDIR; False when git cannot reach the source."""
    WORKDIR.parent.mkdir(parents=True, exist_ok=True)
    partial = WORKDIR.with_name(WORKDIR.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    command = ["git", "clone", "--quiet", str(source), str(partial)]
    if str(source).startswith("https://"):  # shallow; give up on a stalled connection
        command = ["git", "-c", "http.lowSpeedLimit=1000", "-c", "http.lowSpeedTime=30"]
        command += ["clone", "--quiet", "--depth", "1", str(source), str(partial)]
    try:
        result = subprocess.run(
            command,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0"},
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    except subprocess.TimeoutExpired:
        result = None
    if result is None or result.returncode != 0 or not is_checkout(partial):
        shutil.rmtree(partial, ignore_errors=True)
        return False
    partial.rename(WORKDIR)
    return True


def locate():
    """The checkout to use, or None; says why not."""
    source = os.environ.get("BAKERYDEMO_DIR", "").strip()
    if is_checkout(WORKDIR):
        if source:
            print(f"Using the bakerydemo checkout in {WORKDIR} (delete it to clone {source} again)")
        return WORKDIR
    if source:
        path = Path(source).expanduser().resolve()
        if not (is_checkout(path) or is_git(path)):
            print(f"BAKERYDEMO_DIR={source} is not a bakerydemo checkout or git repository. {HOW}")
            return None
        print(f"Cloning bakerydemo from {path} into {WORKDIR} ...", flush=True)
        if clone(path):
            return WORKDIR
        if is_checkout(path):  # a plain copy without git history
            shutil.copytree(path, WORKDIR, ignore=shutil.ignore_patterns(".venv", "*.db"))
            return WORKDIR
        print(f"git could not clone {path}. {HOW}")
        return None
    if clone(GIT_URL):  # quiet: where the network is closed this fails at once
        print(f"Cloned bakerydemo from {GIT_URL} into {WORKDIR}")
        return WORKDIR
    print(HOW)
    return None


def requirements(checkout, python):
    """bakerydemo's base requirements, what its production settings need, and gunicorn."""
    lines = []
    version = subprocess.run(
        [python, "-c", "import sys; print(sys.version_info >= (3, 12))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    for line in (checkout / "requirements" / "base.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        if version != "True" and line.lower().startswith("django>=6"):
            line = "Django>=5.2,<5.3"  # Django 6 needs Python 3.12
        lines.append(line)
    production = (checkout / "requirements" / "production.txt").read_text().splitlines()
    lines += [line.strip() for line in production if line.strip().startswith("whitenoise")]
    lines.append("gunicorn>=23,<28")
    return "\n".join(lines) + "\n"


def ensure_venv(checkout):
    venv = checkout / ".venv"
    python = os.environ.get("BAKERYDEMO_PYTHON") or sys.executable
    if not (venv / "bin" / "python").exists():
        print(f"Creating bakerydemo's virtualenv in {venv} ...", flush=True)
        run([python, "-m", "venv", str(venv)])
    wanted = requirements(checkout, str(venv / "bin" / "python"))
    marker = venv / INSTALLED
    if marker.exists() and marker.read_text() == wanted:
        return
    print("Installing bakerydemo's requirements ...", flush=True)
    file = venv / "nhs-bench-requirements.in"
    file.write_text(wanted)
    run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "-r", str(file)])
    marker.write_text(wanted)


def ensure_data(bakery):
    checkout = bakery.checkout
    loaded = checkout / LOADED
    if not loaded.exists():
        for suffix in ("", "-wal", "-shm"):  # the write-ahead log, if a load was interrupted
            (checkout / (DATABASE + suffix)).unlink(missing_ok=True)
    print("Migrating bakerydemo's database ...", flush=True)
    bakery.manage("migrate", "--noinput", "-v", "0")
    if not loaded.exists():
        print("Loading bakerydemo's initial data ...", flush=True)
        bakery.manage("load_initial_data")
        loaded.write_text("load_initial_data done\n")
    if not (checkout / "bakerydemo" / "collect_static" / "staticfiles.json").exists():
        bakery.manage("collectstatic", "--noinput", "-v", "0")


def prepare():
    """A bakerydemo ready to measure, or None (after one line saying how to get one)."""
    checkout = locate()
    if checkout is None:
        return None
    try:
        ensure_venv(checkout)
        commit = run(["git", "rev-parse", "--short", "HEAD"], cwd=checkout).strip()
    except SetupError as error:
        if "rev-parse" not in str(error):
            print(f"Could not set up bakerydemo: {error}\n{HOW}")
            return None
        commit = "unknown"
    bakery = Bakerydemo(checkout, commit)
    try:
        ensure_data(bakery)
    except SetupError as error:
        print(f"Could not set up bakerydemo: {error}\n{HOW}")
        return None
    return bakery


if __name__ == "__main__":
    ready = prepare()
    if ready is None:
        sys.exit(1)
    print(f"bakerydemo {ready.commit} ready in {ready.checkout}: {ready.versions()}")
