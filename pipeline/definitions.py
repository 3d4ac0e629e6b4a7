"""Dagster entry point (`dagster dev` finds it through pyproject's [tool.dagster])."""

from __future__ import annotations

import dagster as dg

from pipeline.defs.assets import ALL_ASSETS
from pipeline.defs.automation import daily_refresh, materialize_all, seeds_sensor
from pipeline.defs.checks import ALL_CHECKS
from pipeline.defs.resources import default_resources

defs = dg.Definitions(
    assets=ALL_ASSETS,
    asset_checks=ALL_CHECKS,
    jobs=[materialize_all],
    sensors=[seeds_sensor],
    schedules=[daily_refresh],
    resources=default_resources(),
)
