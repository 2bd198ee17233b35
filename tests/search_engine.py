"""The bundled OpenSearch node for the test run: started once per session, on demand.

`platform/scripts/start-search-engine.sh` builds it (cached) and starts it on a free loopback
port with its own data directory under var/, owned by this pytest process: if pytest is killed,
the node notices and stops by itself. Tests keep apart by index prefix. The outage test stops
and restarts the same node (same port, same data) through `stop()` and `start()`.
"""

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "platform" / "scripts" / "start-search-engine.sh"
COMPAT = "opensearch"


class EngineUnavailable(RuntimeError):
    """The node could not be built or started; the message says why."""


class SearchEngineNode:
    def __init__(self, home=None):
        self.home = Path(home or ROOT / "var" / f"test-search-engine-{os.getpid()}")
        self.url = ""
        self.version = ""
        self.port = 0

    def _script(self, *args, port=0):
        env = dict(os.environ, SEARCH_ENGINE_HOME=str(self.home), SEARCH_ENGINE_PORT=str(port))
        env.setdefault("PYTHON", str(ROOT / ".venv" / "bin" / "python"))
        return subprocess.run(
            ["bash", str(SCRIPT), *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )

    def start(self):
        """Start (or restart on the same port, with the same data) and wait until healthy."""
        done = self._script("start", str(os.getpid()), port=self.port)
        if done.returncode != 0:
            raise EngineUnavailable((done.stderr or done.stdout).strip()[-2000:])
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
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)
