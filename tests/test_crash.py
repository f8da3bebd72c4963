"""Reliability: an ingest killed with SIGKILL part-way leaves a sound store, and running it
again gives exactly what one uninterrupted ingest gives."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from vigil.api import sample_corpus
from vigil.store.base import open_store

COPIES = 6  # the sample corpus six times over (distinct ids): a few seconds of ingest
KILL_AFTER = 40  # reports committed before the kill


def _corpus(tmp_path) -> str:
    with open(sample_corpus(), encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    path = tmp_path / "reports.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for n in range(COPIES):
            for row in rows:
                out.write(json.dumps({**row, "id": f"{row['id']}-{n}"}, ensure_ascii=False) + "\n")
    return str(path)


def _ingest(corpus: str, db: str, **popen) -> subprocess.Popen:
    env = {**os.environ, "VIGIL_BATCH_SIZE": "4", "VIGIL_WORKERS": "1"}
    return subprocess.Popen([sys.executable, "-m", "vigil", "ingest", corpus, "--db", db, "--quiet"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)


def _reports_committed(db: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM reports").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet, or its schema not yet written
        return 0


def _events(db: str) -> list[str]:
    with open_store(db) as store:
        return sorted(json.dumps(e.to_json(), sort_keys=True) for e in store.events())


def test_an_ingest_killed_part_way_then_run_again_equals_one_clean_ingest(tmp_path):
    corpus = _corpus(tmp_path)
    killed, clean = str(tmp_path / "killed.db"), str(tmp_path / "clean.db")
    proc = _ingest(corpus, killed)
    deadline = time.monotonic() + 120
    while _reports_committed(killed) < KILL_AFTER and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    conn = sqlite3.connect(killed)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert KILL_AFTER <= _reports_committed(killed) < COPIES * 58

    again = _ingest(corpus, killed)
    assert again.wait(timeout=300) == 0, again.stderr.read().decode()
    whole = _ingest(corpus, clean)
    assert whole.wait(timeout=300) == 0, whole.stderr.read().decode()
    assert _reports_committed(killed) == _reports_committed(clean)
    assert _events(killed) == _events(clean)
