"""The job that materializes everything, a sensor on the seeds folder and a daily
schedule. Both are on by default."""

import hashlib
import json

import dagster as dg

from pipeline.defs.assets import ALL_ASSETS
from pipeline.defs.resources import SeedsResource
from pipeline.parse.files import list_seed_files

# Runs carrying this tag are limited to one at a time by dagster.yaml.
WRITER_TAGS = {"news/duckdb": "writer"}

materialize_all = dg.define_asset_job(
    "materialize_all",
    selection=dg.AssetSelection.assets(*ALL_ASSETS),
    tags=WRITER_TAGS,
    description="Parse new/changed seeds, extract, validate and load into DuckDB.",
)


def seeds_fingerprint(seeds: SeedsResource) -> dict[str, str]:
    """rel_path -> 'size:mtime_ns' of every seed file (cheap; no reading)."""
    files, _ = list_seed_files(seeds.folder())
    out = {}
    for seed in files:
        try:
            stat = seed.path.stat()
        except OSError:
            continue
        out[seed.rel_path] = f"{stat.st_size}:{stat.st_mtime_ns}"
    return out


@dg.sensor(job=materialize_all, minimum_interval_seconds=30,
           default_status=dg.DefaultSensorStatus.RUNNING)  # fmt: skip
def seeds_sensor(context: dg.SensorEvaluationContext, seeds: SeedsResource) -> dg.SensorResult:
    """Requests a run when a seed file is added, changed or removed. The cursor keeps
    every file seen (path -> size:mtime), not only the newest."""
    previous: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    current = seeds_fingerprint(seeds)
    changed = sorted(p for p, v in current.items() if previous.get(p) != v)
    removed = sorted(p for p in previous if p not in current)
    cursor = json.dumps(current, sort_keys=True)
    if not changed and not removed:
        return dg.SensorResult(skip_reason="no new, changed or removed seed files", cursor=cursor)
    run_key = hashlib.sha256(cursor.encode()).hexdigest()[:16]
    request = dg.RunRequest(
        run_key=run_key,
        tags={**WRITER_TAGS, "news/changed_files": str(len(changed)),
              "news/removed_files": str(len(removed))},
    )  # fmt: skip
    context.log.info(f"{len(changed)} new or changed, {len(removed)} removed: {changed[:5]}")
    return dg.SensorResult(run_requests=[request], cursor=cursor)


daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=materialize_all,
    cron_schedule="0 3 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Daily rerun: re-validates, reprocesses stale documents, catches missed files.",
)
