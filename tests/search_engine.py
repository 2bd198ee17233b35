"""The bundled OpenSearch node for the test run: started once per session, on demand.

`platform/scripts/start-search-engine.sh` builds it (cached) and starts it on a free loopback
port with its own data directory under var/, owned by this pytest process: if pytest is killed,
the node notices and stops by itself. Tests keep apart by index prefix. The outage test stops
and restarts the same node (same port, same data) through `stop()` and `start()`.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "platform" / "scripts" / "start-search-engine.sh"
COMPAT = "opensearch"
QUICK_START = "-XX:TieredStopAtLevel=1"


class EngineUnavailable(RuntimeError):
    """The node could not be built or started; the message says why."""


class SearchEngineNode:
    def __init__(self, home=None):
        self.home = Path(home or ROOT / "var" / f"test-search-engine-{os.getpid()}")
        self.url = ""
        self.version = ""
        self.port = 0

        self._starting = None

    def _env(self, port):
        env = dict(os.environ, SEARCH_ENGINE_HOME=str(self.home), SEARCH_ENGINE_PORT=str(port))
        env.setdefault("PYTHON", sys.executable)
        # The client JIT only: the node starts in a third of the time on a busy 2-core machine,
        # and the tests' small queries do not need the optimising compiler (the benchmark
        # runs the node with both).
        env.setdefault("SEARCH_ENGINE_JAVA_OPTS", QUICK_START)
        return env

    def _script(self, *args, port=0):
        return subprocess.run(
            ["bash", str(SCRIPT), *args],
            cwd=ROOT,
            env=self._env(port),
            capture_output=True,
            text=True,
            timeout=600,
        )

    def begin(self):
        """Start building and starting the node in the background (see `start`)."""
        if self._starting is None:
            self._starting = subprocess.Popen(
                ["bash", str(SCRIPT), "start", str(os.getpid())],
                cwd=ROOT,
                env=self._env(self.port),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
        return self

    def start(self):
        """Start (or restart on the same port, with the same data) and wait until healthy."""
        self.begin()
        try:
            output, _ = self._starting.communicate(timeout=600)
        except subprocess.TimeoutExpired:
            self._starting.kill()
            output = "no healthy node within 10 minutes"
        failed = self._starting.returncode != 0
        self._starting = None
        if failed:
            raise EngineUnavailable(output.strip()[-2000:])
        self.url = (self.home / "url").read_text().strip()
        self.version = (self.home / "version").read_text().strip()
        self.port = int(self.url.rsplit(":", 1)[1])
        return self

    def stop(self):
        """Stop the node by its pid and wait until it has exited; its data stays."""
        self._script("stop")

    @property
    def running(self):
        pid_file = self.home / "pid"
        if not pid_file.exists():
            return False
        try:
            os.kill(int(pid_file.read_text()), 0)
        except (ValueError, OSError):
            return False
        return True

    def close(self):
        """Stop the node and delete its data (end of the test run)."""
        if self._starting is not None:  # begun, never waited for
            self._starting.terminate()
            self._starting.wait()
            self._starting = None
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)
