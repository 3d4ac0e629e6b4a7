# news-pipeline: the README's two commands are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
UV := $(VENV)/bin/uv
STAMP := $(VENV)/.synced
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)

.PHONY: setup run test ui eval headroom bench lint clean train-speaker

# Create the virtualenv from the lock file (uv from PyPI; no other tool needed).
$(STAMP): pyproject.toml uv.lock
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	@test -x $(UV) || $(VENV)/bin/python -m pip install --quiet "uv>=0.5"
	$(UV) sync --frozen --inexact --quiet
	@touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	@mkdir -p .dagster data
	DAGSTER_HOME=$(CURDIR) $(VENV)/bin/news-pipeline run

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

ui: $(STAMP)
	@mkdir -p .dagster
	DAGSTER_HOME=$(CURDIR) $(VENV)/bin/dagster dev -h 127.0.0.1 -p 3000

eval: $(STAMP)
	$(UV) sync --frozen --inexact --quiet --group eval
	$(VENV)/bin/python -m benchmarks.evaluate

# How far the direct-quote F1 targets lie from what our quote spans allow (needs ../shared/corpus).
headroom: $(STAMP)
	$(VENV)/bin/python -m benchmarks.headroom

# Retrain the shipped speaker ranker on PolNeAR train (needs ../shared/corpus; minutes).
train-speaker: $(STAMP)
	$(VENV)/bin/python -m benchmarks.train_speaker

bench: $(STAMP)
	$(VENV)/bin/python -m benchmarks.throughput

lint: $(STAMP)
	$(VENV)/bin/ruff check pipeline tests benchmarks

clean:
	rm -rf $(VENV) .dagster data .pytest_cache
