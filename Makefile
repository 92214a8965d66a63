# The two set-up commands of the README: `make demo` and `make test`. Each builds the virtual
# environment in .venv on first use (Python 3.10+ on PATH as python3), then runs.
# An editable install writes no bytecode, and where PYTHONDONTWRITEBYTECODE is set (as on our CI
# machines) none is ever written: compileall does what `pip install .` does, so that a run does
# not compile hkparse's sources again each time it starts (about 70 ms of start-up). The "compat"
# editable mode puts the repository on sys.path with a plain .pth line, where the default mode
# imports an import hook at every start (about 13 ms).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]' --config-settings editable_mode=compat
	$(PY) -m compileall -q hkparse
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/hkparse extract samples/jtf-11-meeting.txt

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]' --config-settings editable_mode=compat
	$(PY) -m compileall -q hkparse
	$(PY) benchmarks/throughput.py
	$(PY) benchmarks/accuracy.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
