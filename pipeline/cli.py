"""`news-pipeline run | query | summary`.

`run` materializes the Dagster assets in-process (the same graph `make ui` shows), against
the instance in $DAGSTER_HOME when set (so runs appear in the UI), else an ephemeral one.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

SUMMARY_TABLES = ("documents", "sentences", "mentions", "entities", "rejects")


def materialize(seeds: str | None, db: str | None, *, n_process: int = 1, log_level: str = "WARNING") -> bool:
    """Materialize every asset and run the asset checks; returns success."""
    import dagster as dg

    from pipeline.defs.assets import ALL_ASSETS
    from pipeline.defs.checks import ALL_CHECKS
    from pipeline.defs.resources import DuckDBStoreResource, SeedsResource, SpacyResource

    resources = {
        "seeds": SeedsResource(path=seeds or ""),
        "duckdb": DuckDBStoreResource(path=db or ""),
        "spacy": SpacyResource(n_process=n_process),
    }
    if os.environ.get("DAGSTER_HOME"):
        instance = dg.DagsterInstance.get()
    else:
        instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize(
        [*ALL_ASSETS, *ALL_CHECKS], resources=resources, instance=instance,
        tags={"news/duckdb": "writer", "news/trigger": "cli"},
        run_config={"loggers": {"console": {"config": {"log_level": log_level}}}},
    )  # fmt: skip
    return result.success


def summary(db: str | None) -> str:
    """Row counts of the main tables, and rejects by reason."""
    from pipeline import settings
    from pipeline.store import DuckDBStore

    store = DuckDBStore(settings.duckdb_path(db))
    with store.connect(read_only=True) as conn:
        counts = store.table_counts(conn)
        reasons = conn.execute(
            "SELECT reason, count(*) FROM rejects GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
    lines = [f"news-pipeline: {store.path}"]
    names = [*SUMMARY_TABLES, *(t for t in ("quotes", "events") if t in counts)]
    lines += [f"  {name:<10} {counts[name]:>8}" for name in names]
    if reasons:
        lines.append("  rejects by reason: " + ", ".join(f"{r}={n}" for r, n in reasons))
    return "\n".join(lines)


def query(sql: str, db: str | None, *, max_rows: int = 100) -> str:
    """Run one SQL statement read-only and render the result as a table."""
    import polars as pl

    from pipeline import settings
    from pipeline.store import DuckDBStore

    store = DuckDBStore(settings.duckdb_path(db))
    if not store.path.exists():
        raise SystemExit(f"no database at {store.path}: run `news-pipeline run` first")
    with store.connect(read_only=True) as conn:
        frame = conn.sql(sql).pl()
    with pl.Config(tbl_rows=max_rows, tbl_cols=-1, fmt_str_lengths=80, tbl_width_chars=200,
                   tbl_hide_dataframe_shape=False):  # fmt: skip
        return str(frame)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="news-pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run_p = sub.add_parser("run", help="materialize everything for the seeds folder")
    run_p.add_argument("--seeds", help="seeds folder (default $NEWS_SEEDS_DIR or seeds/)")
    run_p.add_argument("--db", help="DuckDB file (default $NEWS_DUCKDB_PATH or data/news.duckdb)")
    run_p.add_argument("--processes", type=int, default=1, help="spaCy processes (default 1)")
    query_p = sub.add_parser("query", help="run SQL against the database and print a table")
    query_p.add_argument("sql")
    query_p.add_argument("--db")
    query_p.add_argument("--max-rows", type=int, default=100)
    summary_p = sub.add_parser("summary", help="row counts of the tables")
    summary_p.add_argument("--db")
    args = parser.parse_args(argv)

    if args.command == "run":
        ok = materialize(args.seeds, args.db, n_process=args.processes)
        print(summary(args.db))
        return 0 if ok else 1
    if args.command == "query":
        print(query(args.sql, args.db, max_rows=args.max_rows))
        return 0
    print(summary(args.db))
    return 0


if __name__ == "__main__":
    sys.exit(main())
