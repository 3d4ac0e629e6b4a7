"""Where the seeds and the database are. Read at call time, never at import time."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_SEEDS_DIR = "seeds"
DEFAULT_DUCKDB_PATH = "data/news.duckdb"


def seeds_dir(value: str | None = None) -> Path:
    """`value`, else $NEWS_SEEDS_DIR, else ./seeds."""
    return Path(value or os.environ.get("NEWS_SEEDS_DIR") or DEFAULT_SEEDS_DIR)


def duckdb_path(value: str | None = None) -> Path:
    """`value`, else $NEWS_DUCKDB_PATH, else ./data/news.duckdb."""
    return Path(value or os.environ.get("NEWS_DUCKDB_PATH") or DEFAULT_DUCKDB_PATH)
