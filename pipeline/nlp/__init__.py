"""spaCy loading and the gazetteer (no Dagster)."""
