# Palveluverkko: make demo | make test | make package | make lint | make translations | make bench
SHELL := /bin/bash
VENV ?= .venv
PYTEST_ARGS ?=
QGIS_PROCESS ?= /usr/bin/qgis_process.bin
export VENV

SOURCES := $(shell git ls-files --cached --others --exclude-standard '*.py' '*.ui' 2>/dev/null | grep -v -E '^(tests|bench|scripts|i18n)/')

.PHONY: setup test demo package lint translations bench clean

setup:
	@bash scripts/setup.sh

test: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest tests $(PYTEST_ARGS)

demo: setup
	@bash scripts/demo.sh

package: setup
	@bash scripts/package.sh

lint: setup
	$(VENV)/bin/ruff check .
	mkdir -p build/pkgroot && ln -sfn "$(CURDIR)" build/pkgroot/palveluverkko
	$(VENV)/bin/python -m mypy
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python scripts/check_qt6.py
	$(VENV)/bin/flake8 --select=QGS1,QGS2 --per-file-ignores="plugin.py:QGS105 __init__.py:QGS105" --exclude=.venv,build,.chroots,.wheelhouse,tests .

translations: setup
	pylupdate5 -noobsolete $(sort $(SOURCES)) -ts i18n/palveluverkko_fi.ts i18n/palveluverkko_sv.ts
	$(VENV)/bin/python i18n/fill_ts.py i18n/palveluverkko_fi.ts i18n/palveluverkko_sv.ts
	for ts in i18n/*.ts; do lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

bench: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python bench/bench_suitability.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python bench/bench_premisescriteria.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python bench/presence_matrix.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python bench/bench_dbworkspace.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python bench/bench_locationallocation.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python bench/bench_catchments.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python bench/bench_wfs.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python bench/bench_preparenetwork.py

clean:
	rm -rf build dist demo-output .pytest_cache .qgis-settings

# The whole suite on every supported QGIS: the host's (3.22), Debian trixie
# (3.40 LTR) and sid (3.44) in cached debootstrap chroots under .chroots/.
# Needs root. `make test-matrix MATRIX="trixie"` runs one; see scripts/test-matrix.sh.
.PHONY: test-matrix
MATRIX ?= host trixie sid
test-matrix:
	MATRIX="$(MATRIX)" PYTEST_ARGS="$(PYTEST_ARGS)" bash scripts/test-matrix.sh
