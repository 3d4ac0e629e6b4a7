"""Shared test helpers: running the pipeline, reading whole tables."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipeline import tables as T
from pipeline.defs.assets import ALL_ASSETS
from pipeline.defs.checks import ALL_CHECKS
from pipeline.defs.resources import DuckDBStoreResource, SeedsResource, SpacyResource
from pipeline.store import DuckDBStore


def materialize(seeds: Path, db: Path, **seeds_config) -> dg.ExecuteInProcessResult:
    """Materialize every asset and check, as the UI and `make run` do."""
    return dg.materialize(
        [*ALL_ASSETS, *ALL_CHECKS],
        resources={
            "seeds": SeedsResource(path=str(seeds), **seeds_config),
            "duckdb": DuckDBStoreResource(path=str(db)),
            "spacy": SpacyResource(),
        },
        instance=dg.DagsterInstance.ephemeral(),
        raise_on_error=True,
    )


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: two equal snapshots mean equal contents."""
    with DuckDBStore(db).connect(read_only=True) as conn:
        return {
            spec.name: sorted(conn.execute(f"SELECT * FROM {spec.name}").fetchall(), key=repr)
            for spec in T.ALL_TABLES
        }


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with DuckDBStore(db).connect(read_only=True) as conn:
        return conn.execute(sql, params or []).fetchall()
