# The front door. Every target creates or reuses .venv and installs what it needs.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
# A second environment with only the base install (no extras), as a user's project has it.
BASE_VENV := .venv-base
BASE_STAMP := $(BASE_VENV)/.installed
# A third, as a user's project that tests its code with the kit: the package and its sandbox
# extra, installed (not editable); examples/user_project runs its tests in it.
USER_VENV := .venv-user
USER_STAMP := $(USER_VENV)/.installed
# A fourth, with only the contract extra: the README's contract check, as a user runs it.
CONTRACT_VENV := .venv-contract
CONTRACT_STAMP := $(CONTRACT_VENV)/.installed
HANDWRITTEN := auth_plugin sandbox cli scripts tests examples
# Prism (the npm package, Stoplight's mock server) for the check that its made-up answers parse.
PRISM_DIR := .prism
PRISM := $(PRISM_DIR)/node_modules/.bin/prism

.PHONY: help setup generate check-generated spec-check lint format typecheck test test-fast test-ranges prism demo bench bench-ccxt update-spec clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,sandbox,cli]'
	$(PY) -m scripts.dev_paths  # folders mypy and IDEs can see, not only pip's import hook
	@touch $@

setup: $(STAMP) ## create .venv and install the package with its dev tools

$(BASE_STAMP): pyproject.toml
	@test -x $(BASE_VENV)/bin/python || $(PYTHON) -m venv $(BASE_VENV)
	$(BASE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BASE_VENV)/bin/python -m pip install --quiet . 'pytest==9.2.0'
	@touch $@

$(USER_STAMP): pyproject.toml
	@test -x $(USER_VENV)/bin/python || $(PYTHON) -m venv $(USER_VENV)
	$(USER_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(USER_VENV)/bin/python -m pip install --quiet '.[sandbox]' 'pytest==9.2.0'
	@touch $@

$(CONTRACT_STAMP): pyproject.toml
	@test -x $(CONTRACT_VENV)/bin/python || $(PYTHON) -m venv $(CONTRACT_VENV)
	$(CONTRACT_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(CONTRACT_VENV)/bin/python -m pip install --quiet '.[contract]'
	@touch $@

generate: $(STAMP) ## regenerate generated/ and docs/operations.md from openapi/main_api_v4.yaml
	$(PY) -m scripts.generate

check-generated: $(STAMP) ## fail, naming the files, if generated/ or docs/ differ from what make generate gives
	$(PY) -m scripts.generate --check

spec-check: $(STAMP) ## validate the vendored spec and every example in it
	$(PY) -m scripts.check_spec

lint: $(STAMP) spec-check ## ruff (lint and format check) and the spec checks
	$(BIN)/ruff check $(HANDWRITTEN)
	$(BIN)/ruff format --check $(HANDWRITTEN)

format: $(STAMP) ## format handwritten code
	-$(BIN)/ruff check --fix --quiet $(HANDWRITTEN)
	$(BIN)/ruff format $(HANDWRITTEN)

typecheck: $(STAMP) ## mypy --strict on handwritten code
	$(BIN)/mypy

test: lint typecheck check-generated $(BASE_STAMP) $(USER_STAMP) $(CONTRACT_STAMP) $(PRISM) ## everything CI runs: lint, types, spec, drift, pytest
	$(PY) -m pytest

test-fast: $(STAMP) ## the tests not marked slow (a minute or two): for your edit-test loop
	$(PY) -m pytest -m "not slow"

$(PRISM):
	npm install --prefix $(PRISM_DIR) --no-save --no-audit --no-fund --loglevel=error '@stoplight/prism-cli@5'

prism: $(STAMP) $(PRISM) ## Prism 5 --dynamic on the shipped spec: every made-up answer parses in the client
	$(PY) -m pytest tests/build/test_prism.py

test-ranges: $(STAMP) ## the client's tests at both ends of each runtime library's range, on Python 3.11-3.13
	$(PY) -m scripts.test_ranges

demo: $(STAMP) ## a partner's treasury day through the client, against the bundled sandbox
	$(PY) -m whitebit_sandbox.demo

bench: $(STAMP) ## measure the client's cost per call against baselines
	$(PY) -m scripts.bench

bench-ccxt: $(STAMP) ## make bench, with ccxt installed for the comparison
	$(PY) -m pip install --quiet -e '.[dev,sandbox,cli,compare]'
	$(PY) -m scripts.bench

update-spec: $(STAMP) ## replace the vendored spec: make update-spec SOURCE=<url or path>
	$(PY) -m scripts.update_spec "$(SOURCE)"

clean: ## remove the virtual environments, caches and build leftovers
	rm -rf $(VENV) $(BASE_VENV) $(USER_VENV) $(CONTRACT_VENV) $(PRISM_DIR) .mypy_cache .ruff_cache .pytest_cache .hypothesis build dist *.egg-info bench-results.json
