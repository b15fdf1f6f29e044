# audit-workbook: make demo | make test | make lint | make bench
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench install clean system-deps

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
	$(BIN)/audit-workbook check samples/reports --fail-on never --out outputs/audit.json --xlsx outputs/audit.xlsx
	@echo
	@echo "Metrics and quantities: outputs/extract.json"
	@echo "Checks and flags:       outputs/audit.json"
	@echo "Audit workbook:         outputs/audit.xlsx"
	@echo "Sample reports:         samples/reports (planted errors: samples/README.md)"

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check toolkit tests bench

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_checks.py
	$(BIN)/python bench/bench_workbook.py

# System tools some tests use: LibreOffice Calc (recalculation, PDF export), a CJK font,
# poppler (PDF -> PNG), Chromium (the JupyterLab browser test, driven by Playwright). Installed from Debian's packages when missing (CI runs as root).
SYSTEM_PACKAGES := libreoffice-calc-nogui fonts-wqy-zenhei poppler-utils chromium
system-deps:
	@missing=""; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-calc-nogui"; \
	command -v pdftoppm >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	test -x /usr/bin/chromium || missing="$$missing chromium"; \
	(command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi wenquanyi) || missing="$$missing fonts-wqy-zenhei"; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

clean:
	rm -rf $(VENV) outputs/*
