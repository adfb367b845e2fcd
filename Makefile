# pyport: every target creates what it needs (.venv and its packages) on first use.
# Only python3 (3.10+) and make are required.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed-stamp

# make generate SPEC="<path or URL> [<another>]" OUT=<dir>; make spec-diff OLD=<spec|lock|git:REV> NEW=…
SPEC ?=
OUT  ?= generated/port_api_client
SPEC_DIR ?= ../shared/openapi
OLD ?= $(SPEC_DIR)/port-api-live-2025-08-06.yaml
NEW ?= openapi/spec.lock

.DEFAULT_GOAL := help
.PHONY: help setup demo test lint typecheck format fetch normalize generate check-generated \
        spec-diff spec-check spec-history bench record docs docs-serve clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,testing,cli,webhooks,fastapi,django,docs]'
	@touch $(STAMP)

setup: $(STAMP) ## create .venv with everything the other targets need

demo: $(STAMP) ## walk through pyport against the local simulator (or Port, with PORT_CLIENT_ID/SECRET)
	$(PY) scripts/demo.py

test: $(STAMP) ## lint, type-check, check generated/, build the docs strictly, run the whole test suite
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(PY) scripts/check_generated.py
	$(BIN)/pytest

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

typecheck: $(STAMP) ## mypy --strict on pyport/
	$(BIN)/mypy

format: $(STAMP) ## format and fix what ruff can
	$(BIN)/ruff check --fix . && $(BIN)/ruff format .

fetch: $(STAMP) ## download Port's spec (SPEC=<URL or path>), print its sha256 and contents
	$(PY) scripts/fetch.py $(if $(SPEC),$(SPEC),)

normalize: $(STAMP) ## normalize a spec (SPEC=…) and report what every rule changed
	$(PY) scripts/normalize.py $(if $(SPEC),$(SPEC),) --report

generate: $(STAMP) ## regenerate generated/ (SPEC="<path or URL> …", default the pinned specs; OUT=<dir>)
	$(PY) scripts/generate.py $(foreach s,$(SPEC),--spec $(s)) --out $(OUT)

check-generated: $(STAMP) ## fail if generated/ differs from what the pinned spec generates
	$(PY) scripts/check_generated.py

spec-diff: $(STAMP) ## changelog between two specs, pins or git:REVs as Markdown (OLD=… NEW=…)
	$(PY) scripts/spec_diff.py $(OLD) $(NEW)

spec-check: $(STAMP) ## has Port's live spec (or SPEC=…) drifted from the pin? exit 1 on breaking drift
	$(PY) scripts/spec_check.py $(if $(SPEC),$(SPEC),)

spec-history: $(STAMP) ## run the pipeline on every published spec in $(SPEC_DIR) and its history/
	$(PY) scripts/spec_history.py

bench: $(STAMP) ## benchmarks, each against a baseline in the same run (a few minutes)
	$(PY) scripts/bench_import.py
	$(PY) scripts/bench_client.py
	$(PY) scripts/bench_simulator.py
	$(PY) scripts/bench_batch.py
	$(PY) scripts/bench_roundtrip.py --entities 10000
	$(PY) scripts/bench_webhooks.py

record: $(STAMP) ## re-record the vcrpy cassettes (simulator, or Port with credentials)
	$(PY) scripts/record.py

docs: $(STAMP) ## build the documentation site offline and strictly into site/
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

docs-serve: $(STAMP) ## serve the documentation on http://127.0.0.1:8000 (rebuilds on change)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

clean: ## remove .venv, caches and the built site
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache site
