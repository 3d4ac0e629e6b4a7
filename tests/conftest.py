from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILE = SEEDS / "000_57b775f158278813.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp.model import shared_nlp

    return shared_nlp()


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    """A fresh copy of the repository's seeds folder."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(autouse=True)
def _no_dagster_home(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests never touch the project's Dagster instance or default database.
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.delenv("NEWS_SEEDS_DIR", raising=False)
    monkeypatch.delenv("NEWS_DUCKDB_PATH", raising=False)
