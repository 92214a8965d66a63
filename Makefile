# The two set-up commands of the README: `make demo` and `make test`. Each builds the virtual
# environment in .venv on first use (Python 3.10+ on PATH as python3), then runs.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/hkparse extract samples/jtf-11-meeting.txt

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) benchmarks/throughput.py
	$(PY) benchmarks/accuracy.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
