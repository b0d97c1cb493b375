# The two commands: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run test lint typecheck bench ui clean venv package package-test

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP)

$(PACKAGE_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[package]"
	touch $@ $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/cnam-desktop $(ARGS)

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# The sync benchmark needs a PostgreSQL server: the test one (.ci/postgres) when it can be
# started here, else the sync rows are skipped with a message.
bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen \
	CNAM_TEST_POSTGRES_URL="$${CNAM_TEST_POSTGRES_URL:-$$(bash .ci/postgres || true)}" \
	$(PY) -m tests.perf.run_bench

ui: $(TEST_STAMP)
	$(PY) packaging/build_ui.py

# The one-folder application dist/cnam-desktop/ (PyInstaller; build files in build/).
package: $(PACKAGE_STAMP)
	$(PY) -m PyInstaller packaging/cnam_desktop.spec --noconfirm --distpath dist --workpath build

# Start the built application offscreen on a fresh data folder, run its subcommands,
# compare its size and start-up time with the virtualenv's (packaging/package_test.py).
package-test: package
	QT_QPA_PLATFORM=offscreen $(PY) packaging/package_test.py

clean:
	rm -rf $(VENV) .bench .pytest_cache .mypy_cache .ruff_cache *.egg-info build dist
