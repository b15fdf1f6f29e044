# audit-workbook: make demo | make test | make lint | make bench
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench install clean system-deps screenshots chart-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install when the dependency list changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# The notebooks' kernel is this venv's Python (papermill and JupyterLab find it by name).
	$(BIN)/python -m ipykernel install --sys-prefix --name audit-workbook --display-name "Python (audit-workbook)" > /dev/null
	touch $(STAMP)

install: $(STAMP)

# The demo exits 0 whatever it flags (exit 1 of `run` means "flags found"): it shows the run,
# it does not judge it. Exit 2 (a run could not complete) fails the demo.
demo: $(STAMP) chart-deps
	@$(BIN)/audit-workbook run params/ --run-id demo --workers 2; rc=$$?; \
	if [ $$rc -gt 1 ]; then exit $$rc; fi
	@echo
	@echo "Run folder:     outputs/demo (also outputs/latest): one folder per params/*.yaml with the"
	@echo "                executed notebook (.ipynb, .html with code, report.html without), audit.xlsx"
	@echo "                and result.json"
	@echo "Manifest:       outputs/demo/manifest.json"
	@echo "Notebooks:      notebooks/audit_report.ipynb, notebooks/compare_reports.ipynb"
	@echo "                (open them with: $(BIN)/jupyter lab notebooks/)"
	@echo "Sample reports: samples/reports (planted errors: samples/README.md)"

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check toolkit tests bench

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_checks.py
	$(BIN)/python bench/bench_scale.py
	$(BIN)/python bench/bench_workbook.py
	$(BIN)/python bench/bench_run.py

# The README's pictures (docs/*.png), printed by LibreOffice from the sample run's workbook:
# docs/make_screenshots.py lists them (add one there). Needs `make system-deps`.
screenshots: $(STAMP)
	$(BIN)/python docs/make_screenshots.py

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

# What the notebooks' charts need: a CJK font, or every Chinese label is an empty box. Installed
# from Debian's packages as system-deps does when this user may (root, or sudo without a password);
# otherwise said, and the demo runs on (its notebooks say so too).
chart-deps:
	@if command -v fc-list >/dev/null 2>&1 && [ -n "$$(fc-list :lang=zh family 2>/dev/null)" ]; then :; \
	elif command -v apt-get >/dev/null 2>&1 && { [ "$$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; then \
		echo "installing the CJK font the charts need: fonts-wqy-zenhei"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo -n"; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq fontconfig fonts-wqy-zenhei \
			|| echo "could not install fonts-wqy-zenhei: the charts' Chinese labels will be boxes"; \
	else \
		echo "missing: a CJK font for the charts' Chinese labels (they will be boxes)."; \
		echo "         Install one: sudo apt-get install fonts-wqy-zenhei (or: make system-deps), then make demo again."; \
	fi
