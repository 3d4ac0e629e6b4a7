"""Incremental planning, the seeds sensor and the schedule (no spaCy needed)."""

from __future__ import annotations

import json
from pathlib import Path

import dagster as dg

from pipeline import process
from pipeline.defs.automation import daily_refresh, seeds_sensor
from pipeline.defs.resources import SeedsResource
from pipeline.store import FileState


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text)
    return path


def test_plan_skips_unchanged_files_and_reprocesses_changed_stale_and_new(tmp_path: Path):
    a = write(tmp_path, "a.txt", "one")
    write(tmp_path, "b.txt", "two")
    known = {
        "a.txt": FileState(process.file_sha256(a), "v1"),
        "b.txt": FileState(process.file_sha256(tmp_path / "b.txt"), "v0"),  # older code
        "gone.txt": FileState("0" * 64, "v1"),
    }
    write(tmp_path, "c.txt", "three")
    plan = process.plan_seeds(tmp_path, known, "v1")
    assert plan.unchanged == ["a.txt"]
    assert [f.rel_path for f in plan.to_process] == ["b.txt", "c.txt"]
    assert plan.deleted == ["gone.txt"]
    a.write_text("one, edited")
    plan = process.plan_seeds(tmp_path, known, "v1")
    assert "a.txt" in [f.rel_path for f in plan.to_process]


def test_pipeline_version_changes_with_the_code(tmp_path: Path, monkeypatch):
    before = process.pipeline_version()
    process.pipeline_version.cache_clear()
    fake_package = tmp_path / "pipeline"
    for name in process.VERSIONED_SOURCES:
        source = process.PACKAGE_DIR / name
        target = fake_package / name
        if source.is_dir():
            for file in (f for pattern in process.VERSIONED_PATTERNS for f in source.rglob(pattern)):
                out = target / file.relative_to(source)
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(file.read_bytes())
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    monkeypatch.setattr(process, "PACKAGE_DIR", fake_package)
    assert process.pipeline_version() == before
    process.pipeline_version.cache_clear()
    rule = fake_package / "extract" / "quotes.py"
    rule.write_text(rule.read_text() + "\n# a changed rule\n")
    assert process.pipeline_version() != before
    process.pipeline_version.cache_clear()


def _tick(context_cursor: str | None, seeds: Path) -> dg.SensorResult:
    context = dg.build_sensor_context(cursor=context_cursor)
    return seeds_sensor(context, seeds=SeedsResource(path=str(seeds)))


def test_sensor_requests_runs_for_new_changed_and_removed_files_and_remembers_all(tmp_path: Path):
    write(tmp_path, "a.txt", "one")
    first = _tick(None, tmp_path)
    assert len(first.run_requests) == 1
    assert set(json.loads(first.cursor)) == {"a.txt"}
    idle = _tick(first.cursor, tmp_path)
    assert not idle.run_requests
    write(tmp_path, "b.txt", "two")
    added = _tick(idle.cursor, tmp_path)
    assert len(added.run_requests) == 1
    assert set(json.loads(added.cursor)) == {"a.txt", "b.txt"}  # every file, not the newest
    write(tmp_path, "a.txt", "one, but longer now")
    changed = _tick(added.cursor, tmp_path)
    assert len(changed.run_requests) == 1 and changed.run_requests[0].tags["news/changed_files"] == "1"
    (tmp_path / "b.txt").unlink()
    removed = _tick(changed.cursor, tmp_path)
    assert removed.run_requests[0].tags["news/removed_files"] == "1"


def test_sensor_and_schedule_are_on_by_default():
    assert seeds_sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert daily_refresh.default_status == dg.DefaultScheduleStatus.RUNNING
    assert daily_refresh.cron_schedule == "0 3 * * *"
