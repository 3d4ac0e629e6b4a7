"""Operations: a killed load, concurrent runs, extraction bugs, and the real Dagster UI
(webserver + daemon) launching a run through GraphQL."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipeline import process
from pipeline.nlp.model import shared_nlp
from pipeline.parse import parse_bytes
from tests.conftest import ROOT, SEED_FILE
from tests.helpers import materialize, query, snapshot

pytestmark = pytest.mark.integration
BIN = Path(sys.executable).parent
ENGLISH = ("The minister said on Tuesday that the talks with the union would continue next "
           "week. He added that both sides were close to an agreement on wages.")  # fmt: skip


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    env.update(extra)
    return env


def _stable(db: Path) -> dict[str, list[tuple]]:
    """Table contents without load timestamps (two separate runs differ only there)."""
    drop = {"ingested_at", "seen_at", "processed_at"}
    out = {}
    for name, rows in snapshot(db).items():
        cols = [r[0] for r in query(db, f"SELECT column_name FROM (DESCRIBE {name})")]
        keep = [i for i, c in enumerate(cols) if c not in drop]
        out[name] = sorted((tuple(r[i] for i in keep) for r in rows), key=repr)
    return out


def test_a_process_killed_while_loading_leaves_the_database_as_before(seeds_dir: Path, tmp_path: Path):
    db = tmp_path / "news.duckdb"
    materialize(seeds_dir, db)
    before = snapshot(db)
    (seeds_dir / "new.txt").write_text(f"New story\n{ENGLISH}\n")
    ready = tmp_path / "inside-transaction"
    script = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from pipeline.store import DuckDBStore
        from tests.helpers import materialize
        original = DuckDBStore._insert
        def slow_insert(self, conn, spec, frame):
            original(self, conn, spec, frame)
            if spec.name == "documents":
                Path({str(ready)!r}).write_text("yes")
                time.sleep(60)
        DuckDBStore._insert = slow_insert
        materialize(Path({str(seeds_dir)!r}), Path({str(db)!r}))
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=_env())
    deadline = time.monotonic() + 120
    while not ready.exists():
        assert proc.poll() is None, "the loader exited before reaching the transaction"
        assert time.monotonic() < deadline
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert snapshot(db) == before
    materialize(seeds_dir, db)  # the next run completes the work
    assert query(db, "SELECT count(*) FROM documents WHERE doc_id = 'new.txt'") == [(1,)]


def test_two_runs_at_once_neither_corrupt_nor_duplicate(seeds_dir: Path, tmp_path: Path):
    for i in range(6):
        (seeds_dir / f"story {i}.txt").write_text(f"Story {i}\nStory number {i}. {ENGLISH}\n")
    db = tmp_path / "news.duckdb"
    command = [str(BIN / "news-pipeline"), "run", "--seeds", str(seeds_dir), "--db", str(db)]
    procs = [subprocess.Popen(command, cwd=tmp_path, env=_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]  # fmt: skip
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err[-3000:]
    reference = tmp_path / "reference.duckdb"
    materialize(seeds_dir, reference)
    assert _stable(db) == _stable(reference)
    assert query(db, "SELECT count(*), count(DISTINCT doc_id) FROM documents") == [(7, 7)]


@pytest.fixture
def boom_breaks_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entity extractor that raises on any document containing "BOOM" (a rule bug)."""
    original = process.extract_entities

    def flaky(doc, *args, **kwargs):
        if "BOOM" in doc.text:
            raise ZeroDivisionError("division by zero in a rule")
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(process, "extract_entities", flaky)


def test_a_document_whose_extraction_raises_is_rejected(boom_breaks_extraction):
    (good,), _ = parse_bytes(SEED_FILE.read_bytes(), "good.txt")
    (bad,), _ = parse_bytes(f"Bad\nBOOM. {ENGLISH}\n".encode(), "bad.txt")
    extractions, rejects = process.annotate([good, bad], shared_nlp())
    assert [e.doc_id for e in extractions] == ["good.txt"]
    assert [(r.source_path, r.reason, r.detail) for r in rejects] == [
        ("bad.txt", "extraction_error", "ZeroDivisionError: division by zero in a rule")
    ]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_ui_webserver_and_daemon_run_a_materialization(seeds_dir: Path, tmp_path: Path):
    """`dagster dev`, as `make ui` starts it: the instance is created once before the webserver,
    daemon and code server start (starting webserver and daemon side by side on an empty
    DAGSTER_HOME races on creating the SQLite storage)."""
    from dagster_graphql import DagsterGraphQLClient, DagsterGraphQLClientError

    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(ROOT / "dagster.yaml", home / "dagster.yaml")
    db = tmp_path / "ui.duckdb"
    env = _env(DAGSTER_HOME=str(home), NEWS_SEEDS_DIR=str(seeds_dir), NEWS_DUCKDB_PATH=str(db))
    port = _free_port()
    logs = open(tmp_path / "services.log", "w")  # noqa: SIM115
    dev = subprocess.Popen([str(BIN / "dagster"), "dev", "-h", "127.0.0.1", "-p", str(port),
                            "-m", "pipeline.definitions", "-d", str(ROOT)],
                           cwd=home, env=env, stdout=logs, stderr=logs, start_new_session=True)  # fmt: skip
    try:
        client = DagsterGraphQLClient("127.0.0.1", port_number=port, timeout=30)
        deadline = time.monotonic() + 360  # server start and the run; slow on a loaded machine
        run_id = None
        while run_id is None:
            try:
                run_id = client.submit_job_execution("materialize_all")
            except (DagsterGraphQLClientError, Exception):  # noqa: BLE001 - server starting
                assert time.monotonic() < deadline, (tmp_path / "services.log").read_text()[-3000:]
                time.sleep(1)
        status = None
        while time.monotonic() < deadline:
            status = client.get_run_status(run_id).value
            if status in {"SUCCESS", "FAILURE", "CANCELED"}:
                break
            time.sleep(1)
        assert status == "SUCCESS", (tmp_path / "services.log").read_text()[-3000:]
    finally:
        dev.send_signal(signal.SIGINT)  # dagster dev stops its webserver, daemon and code server
        try:
            dev.wait(timeout=60)
        except subprocess.TimeoutExpired:
            dev.kill()
            dev.wait()
        try:
            os.killpg(dev.pid, signal.SIGKILL)  # nothing of the session may outlive the test
        except ProcessLookupError:
            pass
        logs.close()
    assert query(db, "SELECT title FROM documents") == [("Lukashenko’s working visit to Kazakhstan over",)]
    assert query(db, "SELECT count(*) FROM quotes WHERE kind = 'direct'") == [(4,)]
    assert (home / ".dagster" / "storage").is_dir()  # instance storage where dagster.yaml says


def test_worker_processes_extract_the_same_records_in_the_same_order(boom_breaks_extraction):
    """`n_process=2`: forked workers parse and extract chunks; the parent gets records only.
    Same output as one process, and an extractor bug inside a worker is still a reject."""
    (seed,), _ = parse_bytes(SEED_FILE.read_bytes(), "seed.txt")
    documents = [seed]
    for i in range(7):
        text = f"Story {i}\nStory number {i}. {ENGLISH}\n" + ("BOOM.\n" if i == 3 else "")
        (doc,), _ = parse_bytes(text.encode(), f"story-{i}.txt")
        documents.append(doc)
    serial = process.annotate(documents, shared_nlp(), batch_size=2, n_process=1)
    parallel = process.annotate(documents, shared_nlp(), batch_size=2, n_process=2)
    assert parallel == serial
    extractions, rejects = parallel
    assert [e.doc_id for e in extractions] == [d.doc_id for d in documents if d.doc_id != "story-3.txt"]
    assert [(r.source_path, r.reason) for r in rejects] == [("story-3.txt", "extraction_error")]
    assert len(extractions[0].quotes) == len(process.annotate([seed], shared_nlp())[0][0].quotes) > 0
