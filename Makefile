# Sitrep developer commands. `make demo` runs the pipeline on a local broker; `make test` runs the tests.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: install test test-unit lint schemas eval bench-extract bench demo kafka-up kafka-down kafka-fetch \
        dashboard up down clean

$(BIN)/sitrep: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/sitrep ## venv with the package and its dev extra

test: install kafka-fetch ## all tests (starts and stops its own broker on port 19092)
	$(BIN)/pytest -q -p no:cacheprovider

test-unit: install ## tests that need no broker
	$(BIN)/pytest -q tests/unit

lint: install
	$(BIN)/ruff check services tests scripts

schemas: install ## regenerate schemas/*.schema.json from the contract
	$(BIN)/sitrep schemas schemas

eval: install ## grade extraction on the dev slice and the blind holdout slices
	$(BIN)/python -m sitrep.evaluation --slice all

bench-extract: install ## extraction throughput on one core
	$(BIN)/python scripts/bench_extract.py

bench: install kafka-up ## end-to-end pipeline benchmark on the local broker
	$(BIN)/python scripts/bench_pipeline.py

demo: install kafka-fetch ## the pipeline end to end on a local broker (Ctrl-C stops everything)
	$(BIN)/sitrep demo

dashboard: install ## regenerate the Grafana dashboard JSON from code
	$(BIN)/python scripts/build_dashboard.py

kafka-fetch: ## download the broker jars (Maven)
	scripts/kafka.sh fetch

kafka-up: ## start the local broker on 127.0.0.1:9092
	scripts/kafka.sh start

kafka-down:
	scripts/kafka.sh stop

up: ## everything in Docker (needs a Docker engine)
	docker compose up -d --build

down:
	docker compose down

clean: kafka-down
	rm -rf .kafka var
