"""Asset checks on the loaded tables: Pandera schemas, the provenance invariant,
referential integrity, and rejects reported as a warning."""

import dagster as dg
import pandera.polars as pa

from pipeline import tables as T
from pipeline.defs.assets import news_tables
from pipeline.defs.resources import DuckDBStoreResource
from pipeline.store import sql_files


@dg.asset_check(asset=news_tables, description="Every table matches its Pandera model.")
def tables_match_schemas(duckdb: DuckDBStoreResource) -> dg.AssetCheckResult:
    store = duckdb.store()
    failures: dict[str, str] = {}
    with store.connect(read_only=True) as conn:
        for spec in T.ALL_TABLES:
            frame = conn.sql(f"SELECT * FROM {spec.name}").pl()  # noqa: S608
            try:
                spec.schema.validate(frame, lazy=True)
            except pa.errors.SchemaErrors as exc:
                failures[spec.name] = str(exc.failure_cases.head(5))
    return dg.AssetCheckResult(passed=not failures, metadata={"failures": failures})


def _violations(duckdb: DuckDBStoreResource, prefix: str) -> dict[str, int]:
    """Run every sql/checks/<prefix>*.sql; each returns the rows that break a rule."""
    store = duckdb.store()
    counts = {}
    with store.connect(read_only=True) as conn:
        for path in sql_files("checks"):
            if path.name.startswith(prefix):
                (n,) = conn.execute(
                    f"SELECT count(*) FROM ({path.read_text().rstrip().rstrip(';')})"
                ).fetchone()  # noqa: S608
                counts[path.stem] = n
    return counts


@dg.asset_check(asset=news_tables, description="substr(text, start+1, end-start) equals every stored span.")
def provenance_holds(duckdb: DuckDBStoreResource) -> dg.AssetCheckResult:
    counts = _violations(duckdb, "provenance")
    return dg.AssetCheckResult(passed=sum(counts.values()) == 0, metadata=counts)


@dg.asset_check(asset=news_tables, description="Child rows point at existing parents.")
def references_resolve(duckdb: DuckDBStoreResource) -> dg.AssetCheckResult:
    counts = _violations(duckdb, "reference")
    return dg.AssetCheckResult(passed=sum(counts.values()) == 0, metadata=counts)


@dg.asset_check(asset=news_tables, description="Rejected inputs, by reason (warns when any).")
def rejects_reported(duckdb: DuckDBStoreResource) -> dg.AssetCheckResult:
    store = duckdb.store()
    with store.connect(read_only=True) as conn:
        rows = conn.execute("SELECT reason, count(*) FROM rejects GROUP BY 1 ORDER BY 2 DESC").fetchall()
    total = sum(n for _, n in rows)
    return dg.AssetCheckResult(
        passed=total == 0,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"rejects": total, "by_reason": {reason: n for reason, n in rows}},
    )


ALL_CHECKS = [tables_match_schemas, provenance_holds, references_resolve, rejects_reported]
