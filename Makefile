# Two commands on a fresh machine:
#   make run    create .venv, install pinned dependencies, run the bot on var/ (Maildir in and out)
#   make test   the same install, then the whole test suite (it starts its own mail servers)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
HOME_DIR ?= var

.PHONY: install run demo test lint bench model lock clean ensure-dovecot ensure-chromium

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	$(BIN)/pip check
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/complaints-bot run --home $(HOME_DIR)

demo: install
	$(BIN)/complaints-bot demo --home $(HOME_DIR)

# pytest-xdist runs the test files on TEST_JOBS processes (one per core on the 2-core build machines);
# each file stays in one process, so a file's shared readings of the labelled sets are made once.  The files
# are handed out in the order tests/conftest.py sets (the few marked slow first), not re-sorted by xdist.
TEST_JOBS ?= 2

test: install lint ensure-dovecot ensure-chromium
	$(BIN)/pytest -n $(TEST_JOBS) --dist loadfile --no-loadscope-reorder

# The IMAP tests start their own Dovecot; this installs the program when it is missing (as root, apt-get).
ensure-dovecot:
	@sh tests/servers/ensure-dovecot

# The letter tests open the preview in headless Chromium; this installs it when missing (as root, apt-get).
# Under CI=true a Chromium that cannot be installed stops the run here, with the reason.
ensure-chromium:
	@sh tests/browser/ensure-chromium

lint: install
	$(BIN)/ruff check bot classifiers scheduler bench tests
	$(BIN)/hadolint --failure-threshold warning Dockerfile
	sh deploy/verify-unit $(BIN)/complaints-bot

bench: install
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b; done

# Retrain the kind and safeguarding text model (classifiers/model/) after changing the labelled
# sets under tests/data or classifiers/model/settings.toml; commit the result.  About a minute.
model: install
	$(BIN)/complaints-bot train-model

# Re-pin every dependency after changing pyproject.toml.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -e '.[test]'
	(echo "# Pinned versions of every dependency (pip install -c constraints.txt). Regenerate with \`make lock\`."; \
	 .lock-venv/bin/pip freeze --exclude-editable | grep -v '^complaints-bot') > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) .pytest_cache
