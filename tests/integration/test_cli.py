"""The console command and the Dagster code location, as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.integration
BIN = Path(sys.executable).parent


def run(args: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    full_env.update(env or {})
    return subprocess.run(args, cwd=cwd, env=full_env, capture_output=True, text=True, timeout=300)


def test_run_and_query_with_flags(seeds_dir: Path, tmp_path: Path):
    db = tmp_path / "out" / "news.duckdb"
    done = run([str(BIN / "news-pipeline"), "run", "--seeds", str(seeds_dir), "--db", str(db)])
    assert done.returncode == 0, done.stderr[-3000:]
    assert "documents         1" in done.stdout
    assert "rejects           0" in done.stdout
    shown = run([str(BIN / "news-pipeline"), "query",
                 "SELECT title, publisher FROM documents", "--db", str(db)])  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert "Lukashenko’s working visit to Kazakhstan over" in shown.stdout
    assert "BelTA" in shown.stdout


def test_settings_come_from_environment(seeds_dir: Path, tmp_path: Path):
    db = tmp_path / "env.duckdb"
    env = {"NEWS_SEEDS_DIR": str(seeds_dir), "NEWS_DUCKDB_PATH": str(db)}
    done = run([str(BIN / "news-pipeline"), "run"], env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert db.exists()
    shown = run([str(BIN / "news-pipeline"), "summary"], env=env, cwd=tmp_path)
    assert "entities" in shown.stdout


def test_definitions_validate():
    done = run([str(BIN / "dagster"), "definitions", "validate", "-m", "pipeline.definitions"],
               cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Validation successful" in done.stderr + done.stdout
