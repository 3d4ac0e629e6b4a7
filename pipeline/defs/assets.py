"""The asset graph: seed_files -> parsed_documents -> annotations -> news_tables.

Assets are thin: they call `pipeline.process`, validate, write and report metadata. Values
passed between them go through Dagster's IO manager (pickles under the instance storage).
"""

from collections import Counter

import dagster as dg
import polars as pl

from pipeline import process
from pipeline.defs.resources import DuckDBStoreResource, SeedsResource, SpacyResource
from pipeline.parse.records import Reject
from pipeline.schemas import SPEECH_KINDS

GROUP = "news"
WRITER_POOL = "duckdb_writer"


def markdown_table(frame: pl.DataFrame, *, limit: int = 10, width: int = 60) -> str:
    """A small markdown preview of a frame (long values cut to `width` characters)."""
    if frame.is_empty():
        return "_(no rows)_"
    head = frame.head(limit)

    def cell(value: object) -> str:
        text = "" if value is None else str(value).replace("\n", " ").replace("|", "\\|")
        return text if len(text) <= width else text[: width - 1] + "…"

    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in head.iter_rows()]
    return "\n".join(lines)


def _rejects_frame(rejects: list[Reject]) -> pl.DataFrame:
    return pl.DataFrame(
        [{"source_path": r.source_path, "reason": r.reason, "detail": r.detail} for r in rejects],
        schema={"source_path": pl.String, "reason": pl.String, "detail": pl.String},
    )


def quote_statistics(quotes: pl.DataFrame, n_docs: int) -> dict[str, object]:
    """Quotes per document, kinds, and the share of speech quotes with a resolved speaker."""
    speech = quotes.filter(pl.col("kind").is_in(SPEECH_KINDS))
    resolved = speech["speaker_entity_id"].is_not_null().mean() if speech.height else 0.0
    return {
        "quotes": quotes.height,
        "quotes_per_document": round(quotes.height / n_docs, 2) if n_docs else 0.0,
        "quote_kinds": dict(Counter(quotes["kind"].to_list())),
        "quotes_with_resolved_speaker": round(float(resolved or 0.0), 3),
        "quote_methods": dict(Counter(quotes["method"].to_list())),
    }


@dg.asset(group_name=GROUP, kinds={"python"})
def seed_files(
    context: dg.AssetExecutionContext, seeds: SeedsResource, duckdb: DuckDBStoreResource
) -> dg.Output[process.SeedPlan]:
    """Files in the seeds folder compared with what the database holds: new or changed
    files (or files loaded by an older pipeline version) are to be processed, unchanged
    ones cost a hash, deleted ones will have their rows removed."""
    store = duckdb.store()
    with store.connect() as conn:
        store.ensure_schema(conn)
        known = store.file_states(conn)
    plan = process.plan_seeds(seeds.folder(), known, process.pipeline_version())
    context.log.info(
        f"{len(plan.to_process)} to process, {len(plan.unchanged)} unchanged, "
        f"{len(plan.deleted)} deleted, {len(plan.listing_rejects)} refused"
    )
    preview = pl.DataFrame({"source_path": [f.rel_path for f in plan.to_process]},
                           schema={"source_path": pl.String})  # fmt: skip
    return dg.Output(plan, metadata={
        "dagster/row_count": len(plan.to_process),
        "seeds_dir": str(seeds.folder()),
        "unchanged": len(plan.unchanged),
        "deleted": len(plan.deleted),
        "pipeline_version": plan.version,
        "preview": dg.MetadataValue.md(markdown_table(preview)),
    })  # fmt: skip


@dg.asset(group_name=GROUP, kinds={"python"})
def parsed_documents(
    context: dg.AssetExecutionContext, seed_files: process.SeedPlan, seeds: SeedsResource,
    duckdb: DuckDBStoreResource,
) -> dg.Output[process.ParsedBatch]:  # fmt: skip
    """New and changed seed files parsed into documents (title, publisher, dateline,
    normalized text, paragraphs); unusable files become rejects with a reason."""
    store = duckdb.store()
    with store.connect(read_only=True) as conn:
        hashes = store.document_hashes(conn)
    batch = process.parse_seeds(seed_files, known_hashes=hashes, max_bytes=seeds.max_bytes)
    preview = pl.DataFrame(
        [{"doc_id": d.doc_id, "title": d.title, "publisher": d.publisher, "n_words": d.n_words}
         for d in batch.documents],
        schema={"doc_id": pl.String, "title": pl.String, "publisher": pl.String,
                "n_words": pl.Int64},
    )  # fmt: skip
    reasons = Counter(r.reason for r in batch.rejects)
    return dg.Output(batch, metadata={
        "dagster/row_count": len(batch.documents),
        "rejects": len(batch.rejects),
        "reject_reasons": dict(reasons),
        "preview": dg.MetadataValue.md(markdown_table(preview)),
        "rejects_preview": dg.MetadataValue.md(markdown_table(_rejects_frame(batch.rejects))),
    })  # fmt: skip


@dg.asset(group_name=GROUP, kinds={"spacy", "polars"})
def annotations(
    context: dg.AssetExecutionContext, parsed_documents: process.ParsedBatch,
    spacy: SpacyResource,
) -> dg.Output[dict[str, pl.DataFrame]]:  # fmt: skip
    """spaCy over each new document once, then every extractor (sentences, entity
    mentions with coreference) over the parse; frames validated with Pandera and the
    provenance invariant. Documents that fail extraction or validation become rejects."""
    extractions, failed = [], []
    if parsed_documents.documents:  # an incremental run with nothing new loads no model
        extractions, failed = process.annotate(
            parsed_documents.documents, spacy.nlp(), batch_size=spacy.batch_size,
            n_process=spacy.n_process,
        )  # fmt: skip
    frames = process.build_frames(
        parsed_documents, extractions, [*parsed_documents.rejects, *failed],
        process.pipeline_version(),
    )  # fmt: skip
    frames, invalid = process.validate_frames(frames)
    n_docs = frames["documents"].height
    mentions = frames["mentions"]
    metadata = {
        "dagster/row_count": sum(f.height for f in frames.values()),
        "documents": n_docs,
        "rows_per_table": {name: f.height for name, f in frames.items()},
        "extraction_failures": len(failed),
        "validation_failures": len(invalid),
        "mentions_per_document": round(mentions.height / n_docs, 2) if n_docs else 0.0,
        "resolved_share": round(mentions["entity_id"].is_not_null().mean() or 0.0, 3)
        if mentions.height else 0.0,
        "mention_kinds": dict(Counter(mentions["mention_kind"].to_list())),
        **quote_statistics(frames["quotes"], n_docs),
        "events": frames["events"].height,
        "events_per_type": dict(Counter(frames["events"]["event_type"].to_list())),
        "preview": dg.MetadataValue.md(markdown_table(
            mentions.select("doc_id", "text", "mention_kind", "entity_id"))),
    }  # fmt: skip
    return dg.Output(frames, metadata=metadata)


@dg.asset(group_name=GROUP, kinds={"duckdb"}, pool=WRITER_POOL)
def news_tables(
    context: dg.AssetExecutionContext, seed_files: process.SeedPlan,
    annotations: dict[str, pl.DataFrame], duckdb: DuckDBStoreResource,
) -> dg.MaterializeResult:  # fmt: skip
    """The DuckDB tables: each processed file's rows replaced in a transaction, rows of
    deleted files removed, views (sql/views) re-created."""
    store = duckdb.store()
    counts = process.load_frames(store, annotations, seed_files.paths_to_write, seed_files.deleted)
    with store.connect(read_only=True) as conn:
        top = conn.sql(
            "SELECT canonical_name, entity_type, n_docs, n_mentions FROM v_entities "
            "ORDER BY n_mentions DESC LIMIT 10"
        ).pl()
    return dg.MaterializeResult(metadata={
        "dagster/row_count": counts["documents"],
        "table_rows": counts,
        "database": str(store.path),
        "written_files": len(seed_files.paths_to_write),
        "removed_files": len(seed_files.deleted),
        "top_entities": dg.MetadataValue.md(markdown_table(top)),
    })  # fmt: skip


ALL_ASSETS = [seed_files, parsed_documents, annotations, news_tables]
