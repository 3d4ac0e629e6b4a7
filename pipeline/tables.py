"""The one place that knows table names, their Pandera models and how records become
polars frames."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pandera.polars as pa
import polars as pl

from pipeline import schemas


@dataclass(frozen=True)
class TableSpec:
    name: str
    schema: type[pa.DataFrameModel]
    # Tables keyed by document are replaced per document; global ones are upserted.
    per_document: bool = True
    # Columns that hold a span (start, end, text column or None when the span text is
    # not stored); used by the provenance checks.
    spans: tuple[tuple[str, str, str | None], ...] = ()

    @property
    def columns(self) -> list[str]:
        return list(self.schema.to_schema().columns)


DOCUMENTS = TableSpec("documents", schemas.DocumentSchema)
PARAGRAPHS = TableSpec("paragraphs", schemas.ParagraphSchema, spans=(("start_char", "end_char", None),))
SENTENCES = TableSpec("sentences", schemas.SentenceSchema, spans=(("start_char", "end_char", None),))
ENTITIES = TableSpec("entities", schemas.EntitySchema, per_document=False)
MENTIONS = TableSpec("mentions", schemas.MentionSchema, spans=(("start_char", "end_char", "text"),))
QUOTES = TableSpec(
    "quotes",
    schemas.QuoteSchema,
    spans=(
        ("start_char", "end_char", "text"),
        ("speaker_start", "speaker_end", "speaker_text"),
        ("cue_start", "cue_end", "cue"),
    ),
)
EVENTS = TableSpec("events", schemas.EventSchema, spans=(("trigger_start", "trigger_end", "trigger"),))
EVENT_ARGUMENTS = TableSpec(
    "event_arguments", schemas.EventArgumentSchema, spans=(("start_char", "end_char", "text"),)
)
EVENT_MENTIONS = TableSpec(
    "event_mentions", schemas.EventMentionSchema, spans=(("trigger_start", "trigger_end", "trigger"),)
)
REJECTS = TableSpec("rejects", schemas.RejectSchema, per_document=False)
SOURCE_FILES = TableSpec("source_files", schemas.SourceFileSchema, per_document=False)

# Per-document tables in load order (documents first).
DOCUMENT_TABLES: tuple[TableSpec, ...] = (
    DOCUMENTS,
    PARAGRAPHS,
    SENTENCES,
    MENTIONS,
    QUOTES,
    EVENTS,
    EVENT_ARGUMENTS,
    EVENT_MENTIONS,
)
ALL_TABLES: tuple[TableSpec, ...] = (*DOCUMENT_TABLES, ENTITIES, REJECTS, SOURCE_FILES)
TABLES_BY_NAME = {t.name: t for t in ALL_TABLES}


def _polars_dtype(schema: type[pa.DataFrameModel], column: str) -> Any:
    return schema.to_schema().columns[column].dtype.type


def to_frame(spec: TableSpec, rows: Iterable[dict[str, Any]]) -> pl.DataFrame:
    """Rows (dicts) -> a frame with exactly the table's columns and dtypes, even when empty."""
    columns = spec.columns
    polars_schema = {c: _polars_dtype(spec.schema, c) for c in columns}
    data = list(rows)
    if not data:
        return pl.DataFrame(schema=polars_schema)
    return pl.DataFrame({c: [row.get(c) for row in data] for c in columns}, schema=polars_schema)


def record_rows(records: Sequence[Any], **extra: Any) -> list[dict[str, Any]]:
    """Dataclass records (flat: no nested records) -> dicts, with `extra` columns (e.g.
    doc_id) added to each. A shallow copy: `dataclasses.asdict` deep-copies every field
    and cost more than the rest of building the frames."""
    return [{**vars(r), **extra} for r in records]
