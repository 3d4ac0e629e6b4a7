"""Finding seed files. The only module of the parse stage that touches the file system."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.parse.articles import parse_bytes
from pipeline.parse.records import ParsedDocument, Reject

DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class SeedFile:
    """A file under the seeds folder; `rel_path` (POSIX) is the document identity."""

    rel_path: str
    path: Path


def list_seed_files(seeds_dir: Path) -> tuple[list[SeedFile], list[Reject]]:
    """Every regular file below `seeds_dir`, sorted by relative path. Hidden files and
    folders (".name") are skipped; symlinks that lead outside the folder are rejected, not
    followed."""
    root = seeds_dir.resolve()
    files: list[SeedFile] = []
    rejects: list[Reject] = []
    if not root.is_dir():
        return files, rejects
    for path in sorted(seeds_dir.rglob("*")):
        rel = path.relative_to(seeds_dir)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root):
                detail = f"symlink to {target} is outside the seeds folder; not followed"
                rejects.append(Reject(rel.as_posix(), None, "outside_seeds", detail))
                continue
        if path.is_file():
            files.append(SeedFile(rel.as_posix(), path))
    return files, rejects


def read_seed_file(
    seed: SeedFile, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[ParsedDocument], list[Reject]]:
    """Read and parse one seed file; unreadable files become a Reject, never an exception."""
    try:
        size = seed.path.stat().st_size
        if size > max_bytes:
            reason, detail = "too_large", f"{size} bytes > limit {max_bytes}"
            return [], [Reject(seed.rel_path, None, reason, detail)]
        data = seed.path.read_bytes()
    except OSError as exc:
        return [], [Reject(seed.rel_path, None, "unreadable", f"{type(exc).__name__}: {exc}")]
    return parse_bytes(data, seed.rel_path, max_bytes=max_bytes)
