"""Files -> ParsedDocument records (no spaCy, no Dagster)."""

from pipeline.parse.articles import parse_bytes
from pipeline.parse.files import SeedFile, list_seed_files, read_seed_file
from pipeline.parse.records import ParsedDocument, Reject

__all__ = [
    "ParsedDocument",
    "Reject",
    "SeedFile",
    "list_seed_files",
    "parse_bytes",
    "read_seed_file",
]
