# The few commands a person types. `make demo` and `make test` are the two that matter.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
export VERBUND_VAR_DIR ?= $(CURDIR)/var

.PHONY: demo test lint format serve install assets messages translations clean

$(BIN)/verbund: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

node_modules/.package-lock.json: package.json
	npm install --no-audit --no-fund --silent
	touch $@

install: $(BIN)/verbund assets
assets: node_modules/.package-lock.json

messages: install
	cd verbund && ../$(BIN)/django-admin compilemessages -v 0

# Refresh the catalogues from the code: German holds every string, the other public languages
# the strings of public pages (verbund/locale/public_sources.txt). Then translate the new entries.
translations: install
	cd verbund && ../$(BIN)/django-admin makemessages -l de --no-obsolete --no-location
	DEBUG=true $(BIN)/verbund public_messages

# The demo runs with DEBUG on its own SQLite file; nothing it does touches a production database.
# Its e-mails (registration confirmations, invitations) are written to var/mail/, never sent.
DEMO_MAIL := EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend

demo: install messages
	mkdir -p var
	DEBUG=true $(BIN)/verbund migrate --noinput -v 0
	DEBUG=true $(DEMO_MAIL) $(BIN)/verbund demo
	DEBUG=true $(DEMO_MAIL) $(BIN)/verbund serve --bind 127.0.0.1:8000

serve: install messages
	DEBUG=true $(DEMO_MAIL) $(BIN)/verbund serve --bind 127.0.0.1:8000

# Runs on SQLite unless DATABASE_URL points elsewhere (CI runs it on both), in one worker process
# per CPU (pytest-xdist, each with its own test database); `make test PYTEST_WORKERS=0` runs it in
# one process, as plain `pytest` does.
PYTEST_WORKERS ?= auto
test: install messages
	DEBUG=false SECRET_KEY=test-only-secret $(BIN)/pytest -n $(PYTEST_WORKERS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) node_modules var
