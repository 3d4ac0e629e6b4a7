"""DuckDB store: DDL agrees with the Pandera models, loads are atomic and idempotent."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import polars as pl
import pytest

from pipeline import process
from pipeline import tables as T
from pipeline.parse.records import ParsedDocument
from pipeline.store import DuckDBStore, LoadBatch, sql_files
from tests.helpers import snapshot

TEXT = "Angela Merkel met the press in Berlin. She said the plan was sound."


def _ddl_columns(sql: str) -> list[tuple[str, bool]]:
    body = sql[sql.index("(") + 1 : sql.rindex(")")]
    columns = []
    for line in body.split("\n"):
        line = line.strip().rstrip(",")
        match = re.match(r"^([a-z_0-9]+)\s+([A-Z]+)", line)
        if match and match.group(1) != "PRIMARY":
            columns.append((match.group(1), "NOT NULL" in line))
    return columns


def test_ddl_files_match_the_pandera_models():
    ddl = {}
    for path in sql_files("ddl"):
        sql = path.read_text()
        name = re.search(r"CREATE TABLE IF NOT EXISTS (\w+)", sql).group(1)
        ddl[name] = _ddl_columns(sql)
    assert set(ddl) == {spec.name for spec in T.ALL_TABLES}
    for spec in T.ALL_TABLES:
        schema = spec.schema.to_schema()
        expected = [(name, not col.nullable) for name, col in schema.columns.items()]
        assert ddl[spec.name] == expected, spec.name


def _frames(nlp, text: str = TEXT, doc_id: str = "a.txt") -> tuple[dict[str, pl.DataFrame], list[str]]:
    document = ParsedDocument(
        doc_id=doc_id, source_path=doc_id, content_sha256="0" * 64, title="T", lede=None,
        publisher=None, dateline=None, dateline_place=None, dateline_date=None,
        published_at=None, url=None, language="en", text=text,
        paragraphs=((0, len(text)),), layout="text", encoding="utf-8",
    )  # fmt: skip
    batch = process.ParsedBatch([document], [], [doc_id], {doc_id: "0" * 64})
    extractions, _ = process.annotate([document], nlp)
    frames = process.build_frames(batch, extractions, [], "v1", now=datetime(2024, 1, 1))
    frames, rejects = process.validate_frames(frames)
    assert not rejects
    return frames, [doc_id]


def test_load_is_idempotent(nlp, tmp_path: Path):
    store = DuckDBStore(tmp_path / "db.duckdb")
    frames, paths = _frames(nlp)
    process.load_frames(store, frames, paths)
    first = snapshot(store.path)
    process.load_frames(store, frames, paths)
    assert snapshot(store.path) == first
    assert len(first["mentions"]) >= 3


def test_failure_inside_a_load_leaves_the_database_as_it_was(nlp, tmp_path: Path, monkeypatch):
    store = DuckDBStore(tmp_path / "db.duckdb")
    frames, paths = _frames(nlp)
    process.load_frames(store, frames, paths)
    before = snapshot(store.path)
    changed, _ = _frames(nlp, TEXT + " Olaf Scholz agreed with her.")
    original = DuckDBStore._insert

    def failing_insert(self, conn, spec, frame):
        if spec.name == "mentions":
            raise RuntimeError("disk full")
        return original(self, conn, spec, frame)

    monkeypatch.setattr(DuckDBStore, "_insert", failing_insert)
    with pytest.raises(RuntimeError, match="disk full"):
        process.load_frames(store, changed, paths)
    assert snapshot(store.path) == before


def test_invalid_rows_reject_their_document_only(nlp):
    frames, _ = _frames(nlp)
    other, _ = _frames(nlp, "Boris Johnson spoke in London on Monday.", "b.txt")
    merged = {name: pl.concat([frames[name], other[name]]) for name in frames}
    # break one mention of a.txt: its offsets no longer match its text
    mentions = merged["mentions"]
    merged["mentions"] = mentions.with_columns(
        pl.when((pl.col("doc_id") == "a.txt") & (pl.col("mention_idx") == 0))
        .then(pl.col("end_char") + 1)
        .otherwise(pl.col("end_char"))
        .alias("end_char")
    )
    valid, rejects = process.validate_frames(merged)
    assert [(r.source_path, r.reason) for r in rejects] == [("a.txt", "validation_failed")]
    assert valid["documents"]["doc_id"].to_list() == ["b.txt"]
    assert set(valid["mentions"]["doc_id"].to_list()) == {"b.txt"}
    assert "mentions" in rejects[0].detail


def test_pandera_rejects_an_unknown_mention_kind(nlp):
    frames, _ = _frames(nlp)
    frames["mentions"] = frames["mentions"].with_columns(pl.lit("guess").alias("mention_kind"))
    valid, rejects = process.validate_frames(frames)
    assert rejects and valid["documents"].height == 0


def test_empty_load_creates_tables_and_views(tmp_path: Path):
    store = DuckDBStore(tmp_path / "db.duckdb")
    empty = {spec.name: T.to_frame(spec, []) for spec in T.ALL_TABLES}
    counts = process.load_frames(store, empty, [])
    assert set(counts) == {spec.name for spec in T.ALL_TABLES}
    with store.connect(read_only=True) as conn:
        views = {r[0] for r in conn.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}  # fmt: skip
    assert {"v_entities", "entity_aliases", "v_sentences", "v_mentions"} <= views


def test_load_batch_replaces_only_its_files(nlp, tmp_path: Path):
    store = DuckDBStore(tmp_path / "db.duckdb")
    a, _ = _frames(nlp)
    b, _ = _frames(nlp, "Boris Johnson spoke in London on Monday.", "b.txt")
    process.load_frames(store, a, ["a.txt"])
    process.load_frames(store, b, ["b.txt"])
    with store.connect() as conn:
        store.load(conn, LoadBatch(["a.txt"], {}))
        docs = conn.execute("SELECT doc_id FROM documents").fetchall()
    assert docs == [("b.txt",)]


def test_pandera_blocks_a_span_that_ends_before_it_starts(nlp):
    frames, _ = _frames(nlp)
    frames["sentences"] = frames["sentences"].with_columns(pl.lit(0).alias("end_char"))
    valid, rejects = process.validate_frames(frames)
    assert [r.reason for r in rejects] == ["validation_failed"]
    assert "span_is_ordered" in rejects[0].detail or "sentences" in rejects[0].detail
    assert valid["documents"].height == 0
