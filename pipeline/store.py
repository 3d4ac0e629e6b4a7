"""DuckDB: the one writer. Applies the DDL, replaces documents' rows inside explicit
transactions, upserts global tables, (re)creates the views.

All values are bound parameters or go in as registered Arrow tables; table and column
names come only from `pipeline.tables`, never from data.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from pipeline import tables as T

SQL_DIR_CANDIDATES = (
    Path(__file__).resolve().parent / "sql",  # installed wheel
    Path(__file__).resolve().parent.parent / "sql",  # source checkout
)


def sql_dir() -> Path:
    for candidate in SQL_DIR_CANDIDATES:
        if (candidate / "ddl").is_dir():
            return candidate
    raise FileNotFoundError("sql/ddl not found next to the pipeline package")


def sql_files(kind: str) -> list[Path]:
    """The .sql files of `kind` ('ddl', 'views', 'queries'), in name order."""
    return sorted((sql_dir() / kind).glob("*.sql"))


@dataclass(frozen=True)
class FileState:
    content_sha256: str | None
    pipeline_version: str


@dataclass
class LoadBatch:
    """Everything one transaction writes: the files it covers (their old rows go), their
    documents' rows, entities to upsert, rejects and the source_files bookkeeping."""

    file_paths: list[str]
    frames: dict[str, pl.DataFrame]


class DuckDBStore:
    """Opens short-lived connections to one DuckDB file. A second process that finds the
    file locked waits (up to `lock_timeout_s`) instead of failing."""

    def __init__(self, path: str | Path, *, lock_timeout_s: float = 120.0) -> None:
        self.path = Path(path)
        self.lock_timeout_s = lock_timeout_s

    @contextmanager
    def connect(self, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.lock_timeout_s
        delay = 0.05
        while True:
            try:
                if read_only and not self.path.exists():
                    read_only = False
                conn = duckdb.connect(str(self.path), read_only=read_only)
                break
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
        try:
            yield conn
        finally:
            conn.close()

    # -- schema -------------------------------------------------------------------------
    def ensure_schema(self, conn: duckdb.DuckDBPyConnection) -> None:
        for path in sql_files("ddl"):
            conn.execute(path.read_text())

    def apply_views(self, conn: duckdb.DuckDBPyConnection) -> None:
        for path in sql_files("views"):
            conn.execute(path.read_text())

    # -- reads --------------------------------------------------------------------------
    def file_states(self, conn: duckdb.DuckDBPyConnection) -> dict[str, FileState]:
        rows = conn.execute(
            "SELECT source_path, content_sha256, pipeline_version FROM source_files"
        ).fetchall()
        return {path: FileState(sha, version) for path, sha, version in rows}

    def document_hashes(self, conn: duckdb.DuckDBPyConnection) -> dict[str, str]:
        """content_sha256 -> doc_id of every stored document (for duplicate detection)."""
        rows = conn.execute("SELECT content_sha256, min(doc_id) FROM documents GROUP BY 1")
        return dict(rows.fetchall())

    def table_counts(self, conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
        counts = {}
        for spec in T.ALL_TABLES:
            (n,) = conn.execute(f"SELECT count(*) FROM {spec.name}").fetchone()  # noqa: S608
            counts[spec.name] = n
        return counts

    # -- writes -------------------------------------------------------------------------
    def load(self, conn: duckdb.DuckDBPyConnection, batch: LoadBatch) -> None:
        """Replace the rows of `batch.file_paths` with `batch.frames` in one transaction.
        Either all of it is visible afterwards or none of it."""
        conn.execute("BEGIN TRANSACTION")
        try:
            files = pl.DataFrame({"source_path": batch.file_paths}, schema={"source_path": str})
            self._register("batch_files", files, conn)
            for spec in reversed(T.DOCUMENT_TABLES):
                conn.execute(
                    f"DELETE FROM {spec.name} WHERE doc_id IN ("  # noqa: S608
                    "SELECT doc_id FROM documents WHERE source_path IN "
                    "(SELECT source_path FROM batch_files))"
                )
            for name in ("rejects", "source_files"):
                conn.execute(
                    f"DELETE FROM {name} WHERE source_path IN "  # noqa: S608
                    "(SELECT source_path FROM batch_files) "
                    "OR split_part(source_path, '#', 1) IN (SELECT source_path FROM batch_files)"
                )
            for spec in T.DOCUMENT_TABLES + (T.REJECTS, T.SOURCE_FILES):
                frame = batch.frames.get(spec.name)
                if frame is not None and frame.height:
                    self._insert(conn, spec, frame)
            entities = batch.frames.get("entities")
            if entities is not None and entities.height:
                self._upsert_entities(conn, entities)
            self._drop_orphan_entities(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            conn.unregister("batch_files")

    def forget_files(self, conn: duckdb.DuckDBPyConnection, paths: Sequence[str]) -> None:
        """Remove everything loaded from seed files that no longer exist."""
        if paths:
            self.load(conn, LoadBatch(list(paths), {}))

    def _register(self, name: str, frame: pl.DataFrame, conn: duckdb.DuckDBPyConnection) -> None:
        conn.register(name, frame.to_arrow())

    def _insert(self, conn: duckdb.DuckDBPyConnection, spec: T.TableSpec, frame: pl.DataFrame) -> None:
        columns = ", ".join(spec.columns)
        self._register("incoming", frame.select(spec.columns), conn)
        try:
            conn.execute(f"INSERT INTO {spec.name} ({columns}) SELECT {columns} FROM incoming")  # noqa: S608
        finally:
            conn.unregister("incoming")

    def _upsert_entities(self, conn: duckdb.DuckDBPyConnection, frame: pl.DataFrame) -> None:
        columns = T.ENTITIES.columns
        self._register("incoming", frame.select(columns).unique("entity_id", keep="first"), conn)
        try:
            conn.execute(
                f"INSERT INTO entities ({', '.join(columns)}) "
                f"SELECT {', '.join(columns)} FROM incoming "
                "ON CONFLICT (entity_id) DO UPDATE SET "
                "country_code = coalesce(entities.country_code, excluded.country_code), "
                "role = coalesce(entities.role, excluded.role)"
            )
        finally:
            conn.unregister("incoming")

    def _drop_orphan_entities(self, conn: duckdb.DuckDBPyConnection) -> None:
        conn.execute(
            "DELETE FROM entities WHERE entity_id NOT IN "
            "(SELECT DISTINCT entity_id FROM mentions WHERE entity_id IS NOT NULL)"
        )
