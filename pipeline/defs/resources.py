"""Dagster resources: where the seeds are, the DuckDB store, the spaCy pipeline."""

from pathlib import Path

import dagster as dg
from spacy.language import Language

from pipeline import settings
from pipeline.nlp.model import MODEL_NAME, shared_nlp
from pipeline.parse.files import DEFAULT_MAX_BYTES
from pipeline.store import DuckDBStore


class SeedsResource(dg.ConfigurableResource):
    """The folder of input articles. Empty `path` means $NEWS_SEEDS_DIR or ./seeds."""

    path: str = ""
    max_bytes: int = DEFAULT_MAX_BYTES

    def folder(self) -> Path:
        return settings.seeds_dir(self.path or None)


class DuckDBStoreResource(dg.ConfigurableResource):
    """The DuckDB file. Empty `path` means $NEWS_DUCKDB_PATH or ./data/news.duckdb."""

    path: str = ""
    lock_timeout_s: float = 120.0

    def store(self) -> DuckDBStore:
        return DuckDBStore(settings.duckdb_path(self.path or None), lock_timeout_s=self.lock_timeout_s)


class SpacyResource(dg.ConfigurableResource):
    """The spaCy pipeline (packaged model, no download) and how to batch it."""

    model_name: str = MODEL_NAME
    batch_size: int = 64
    n_process: int = 1

    def nlp(self) -> Language:
        return shared_nlp(self.model_name)


def default_resources() -> dict[str, dg.ConfigurableResource]:
    return {
        "seeds": SeedsResource(),
        "duckdb": DuckDBStoreResource(),
        "spacy": SpacyResource(),
    }
