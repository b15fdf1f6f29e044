# audit-workbook: make demo | make test | make lint | make bench
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install when the dependency list changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The demo exits 0 whatever it flags: it shows the run, it does not judge it.
demo: $(STAMP)
	@mkdir -p outputs
	$(BIN)/audit-workbook extract samples/reports --out outputs/extract.json > /dev/null
	$(BIN)/audit-workbook check samples/reports --fail-on never --out outputs/audit.json
	@echo
	@echo "Metrics and quantities: outputs/extract.json"
	@echo "Checks and flags:       outputs/audit.json"
	@echo "Sample reports:         samples/reports (planted errors: samples/README.md)"

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check toolkit tests bench

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_checks.py

clean:
	rm -rf $(VENV) outputs/*
