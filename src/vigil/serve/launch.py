"""Starting a server process on a free loopback port and waiting until it answers.

Used by the browser tests and the load benchmark, which both run a real ``vigil serve`` (or
a variant of it) in a process of its own.
"""
from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Optional


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vigil_command() -> list[str]:
    """How to run the ``vigil`` command of this interpreter's environment."""
    script = Path(sys.executable).with_name("vigil")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from vigil.cli import main; sys.exit(main())"]


def serve_command(db: str, port: int) -> list[str]:
    return [*vigil_command(), "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)]


def start(cmd: list[str], port: int, env: Optional[dict] = None, timeout: float = 30.0,
          probe: str = "/api/config") -> tuple[subprocess.Popen, str]:
    """Run ``cmd`` (a server that will listen on ``port``) and return the process and its
    base URL once ``probe`` answers. RuntimeError, with the server's own output, when it
    exits first or does not answer within ``timeout`` seconds. The server's output goes to
    a temporary file, not a pipe: a pipe nobody reads would stall a server that logs each
    request once its buffer fills."""
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            out = log.read().decode(errors="replace")
            raise RuntimeError(f"server exited with code {proc.returncode}: {out.strip()}")
        try:
            with urllib.request.urlopen(url + probe, timeout=1):
                return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"server did not answer within {timeout:.0f} s")
