# `make demo` runs the shell on the embedded demo; `make test` runs the tests. Each installs what it needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench eval clean mariadb

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/c2q

# MariaDB for the MySQL tests: installed from Debian's packages when missing (needs root).
mariadb:
	@command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null); \
	  else echo "MariaDB is not installed: run 'sudo apt-get install mariadb-server' for the MySQL tests"; exit 1; fi; }

test: $(STAMP) mariadb
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check c2q_shell tests bench

bench: $(STAMP)
	$(BIN)/python bench/eval_engine.py
	$(BIN)/python bench/engine_speed.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/store_scale.py
	$(BIN)/python bench/login_throttle.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
