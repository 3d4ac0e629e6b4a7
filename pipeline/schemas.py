"""Pandera models, one per DuckDB table. `sql/ddl/*.sql` holds the same shapes; a test
checks that the two agree (column names, order, nullability)."""

from __future__ import annotations

from datetime import date, datetime

import pandera.polars as pa
import polars as pl

from pipeline.extract.records import SPEECH_KINDS

MENTION_KINDS = ("name", "acronym", "nominal", "pronoun", "role")


def _span_is_ordered(data: pa.PolarsData) -> pl.LazyFrame:
    return data.lazyframe.select((pl.col("start_char") >= 0) & (pl.col("end_char") > pl.col("start_char")))


class SpanTableModel(pa.DataFrameModel):
    """Base of tables whose rows are spans (start_char, end_char) of a document."""

    @pa.dataframe_check
    def span_is_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return _span_is_ordered(data)


class DocumentSchema(pa.DataFrameModel):
    doc_id: str = pa.Field(unique=True, str_length={"min_value": 1})
    source_path: str
    content_sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    title: str | None = pa.Field(nullable=True)
    lede: str | None = pa.Field(nullable=True)
    publisher: str | None = pa.Field(nullable=True)
    dateline: str | None = pa.Field(nullable=True)
    dateline_place: str | None = pa.Field(nullable=True)
    dateline_date: str | None = pa.Field(nullable=True)
    published_at: datetime | None = pa.Field(nullable=True)
    url: str | None = pa.Field(nullable=True)
    language: str = pa.Field(isin=["en", "und"])
    text: str = pa.Field(str_length={"min_value": 1})
    n_words: int = pa.Field(ge=1)
    n_paragraphs: int = pa.Field(ge=1)
    layout: str
    encoding: str
    pipeline_version: str
    ingested_at: datetime

    class Config:
        strict = True
        coerce = True


class ParagraphSchema(SpanTableModel):
    doc_id: str
    paragraph_idx: int = pa.Field(ge=0)
    start_char: int = pa.Field(ge=0)
    end_char: int = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True
        unique = ["doc_id", "paragraph_idx"]


class SentenceSchema(SpanTableModel):
    doc_id: str
    sent_idx: int = pa.Field(ge=0)
    paragraph_idx: int = pa.Field(ge=0)
    start_char: int = pa.Field(ge=0)
    end_char: int = pa.Field(ge=1)
    n_tokens: int = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True
        unique = ["doc_id", "sent_idx"]


class EntitySchema(pa.DataFrameModel):
    entity_id: str = pa.Field(unique=True, str_matches=r"^[a-z_]+:\S+$")
    canonical_name: str = pa.Field(str_length={"min_value": 1})
    entity_type: str = pa.Field(isin=["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW"])
    country_code: str | None = pa.Field(nullable=True, str_matches=r"^[A-Z]{2}$")
    role: str | None = pa.Field(nullable=True)

    class Config:
        strict = True
        coerce = True


class MentionSchema(SpanTableModel):
    doc_id: str
    mention_idx: int = pa.Field(ge=0)
    entity_id: str | None = pa.Field(nullable=True)
    start_char: int = pa.Field(ge=0)
    end_char: int = pa.Field(ge=1)
    text: str = pa.Field(str_length={"min_value": 1})
    mention_kind: str = pa.Field(isin=list(MENTION_KINDS))
    sent_idx: int = pa.Field(ge=0)
    entity_type: str
    resolution: str

    class Config:
        strict = True
        coerce = True
        unique = ["doc_id", "mention_idx"]

    @pa.dataframe_check
    def only_pronouns_may_be_unresolved(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            pl.col("entity_id").is_not_null() | (pl.col("mention_kind") == "pronoun")
        )


QUOTE_KINDS = (*SPEECH_KINDS, "belief", "intention", "title")  # views, plans, not speech


class QuoteSchema(SpanTableModel):
    doc_id: str
    quote_idx: int = pa.Field(ge=0)
    kind: str = pa.Field(isin=list(QUOTE_KINDS))
    text: str = pa.Field(str_length={"min_value": 1})
    start_char: int = pa.Field(ge=0)
    end_char: int = pa.Field(ge=1)
    speaker_entity_id: str | None = pa.Field(nullable=True)
    speaker_text: str | None = pa.Field(nullable=True)
    speaker_start: int | None = pa.Field(nullable=True, ge=0)
    speaker_end: int | None = pa.Field(nullable=True, ge=1)
    cue: str | None = pa.Field(nullable=True)
    cue_lemma: str | None = pa.Field(nullable=True)
    cue_start: int | None = pa.Field(nullable=True, ge=0)
    cue_end: int | None = pa.Field(nullable=True, ge=1)
    method: str
    confidence: float = pa.Field(ge=0.0, le=1.0)
    closed: bool
    sent_idx: int = pa.Field(ge=0)

    class Config:
        strict = True
        coerce = True
        unique = ["doc_id", "quote_idx"]

    @pa.dataframe_check
    def titles_have_no_speaker(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("kind") != "title") | pl.col("speaker_text").is_null())

    @pa.dataframe_check
    def speaker_and_cue_spans_are_whole(cls, data: pa.PolarsData) -> pl.LazyFrame:
        both = [("speaker_start", "speaker_end", "speaker_text"), ("cue_start", "cue_end", "cue")]
        ok = pl.lit(True)
        for start, end, text in both:
            nulls = pl.col(start).is_null() & pl.col(end).is_null() & pl.col(text).is_null()
            filled = pl.col(start).is_not_null() & (pl.col(end) > pl.col(start))
            ok = ok & (nulls | (filled & pl.col(text).is_not_null()))
        return data.lazyframe.select(ok)


EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
               "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST",
               "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT")  # fmt: skip


class EventSchema(pa.DataFrameModel):
    doc_id: str
    event_idx: int = pa.Field(ge=0)
    event_type: str = pa.Field(isin=list(EVENT_TYPES))
    mode: str | None = pa.Field(nullable=True)
    cameo_root: str = pa.Field(str_matches=r"^[0-2][0-9]$")
    trigger: str = pa.Field(str_length={"min_value": 1})
    trigger_start: int = pa.Field(ge=0)
    trigger_end: int = pa.Field(ge=1)
    sent_idx: int = pa.Field(ge=0)
    negated: bool
    modality: str
    event_date: date | None = pa.Field(nullable=True)
    date_text: str | None = pa.Field(nullable=True)
    date_granularity: str | None = pa.Field(nullable=True, isin=["day", "month", "year"])
    confidence: float = pa.Field(ge=0.0, le=1.0)
    n_mentions: int = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True
        unique = ["doc_id", "event_idx"]


class EventArgumentSchema(SpanTableModel):
    doc_id: str
    event_idx: int = pa.Field(ge=0)
    arg_idx: int = pa.Field(ge=0)
    role: str = pa.Field(isin=["actor", "target", "location", "time"])
    entity_id: str | None = pa.Field(nullable=True)
    text: str = pa.Field(str_length={"min_value": 1})
    start_char: int = pa.Field(ge=0)
    end_char: int = pa.Field(ge=1)
    country_code: str | None = pa.Field(nullable=True, str_matches=r"^[A-Z]{2}$")
    sector: str | None = pa.Field(nullable=True)

    class Config:
        strict = True
        coerce = True
        unique = ["doc_id", "event_idx", "arg_idx"]


class EventMentionSchema(pa.DataFrameModel):
    doc_id: str
    event_idx: int = pa.Field(ge=0)
    mention_idx: int = pa.Field(ge=0)
    relation: str = pa.Field(isin=["first", "repeat", "casualties"])
    trigger: str = pa.Field(str_length={"min_value": 1})
    trigger_start: int = pa.Field(ge=0)
    trigger_end: int = pa.Field(ge=1)
    sent_idx: int = pa.Field(ge=0)

    @pa.dataframe_check
    def trigger_is_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("trigger_end") > pl.col("trigger_start"))

    class Config:
        strict = True
        coerce = True
        unique = ["doc_id", "event_idx", "mention_idx"]


class RejectSchema(pa.DataFrameModel):
    source_path: str
    content_sha256: str | None = pa.Field(nullable=True)
    reason: str = pa.Field(str_length={"min_value": 1})
    detail: str
    seen_at: datetime

    class Config:
        strict = True
        coerce = True


class SourceFileSchema(pa.DataFrameModel):
    source_path: str = pa.Field(unique=True)
    content_sha256: str | None = pa.Field(nullable=True)
    pipeline_version: str
    n_documents: int = pa.Field(ge=0)
    n_rejects: int = pa.Field(ge=0)
    processed_at: datetime

    class Config:
        strict = True
        coerce = True
