# PAS: the two commands a newcomer needs are `make run` and `make test` (see README.md).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export JAVA_HOME := $(shell backend/dev/java-home.sh)
export PATH := $(JAVA_HOME)/bin:$(PATH)
export KEYCLOAK_PORT ?= 8180
export KEYCLOAK_MGMT_PORT ?= 9180
MVNW := cd backend && ./mvnw -B --no-transfer-progress
KEYCLOAK := backend/keycloak/keycloak.sh

.PHONY: help run test tools test-backend backend-verify test-frontend test-e2e lighthouse lint-api compose-check keycloak build clean

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

run: ## Start PostgreSQL, Keycloak, the API and the SPA; Ctrl-C stops them
	backend/dev/qute-debug-stand-in.sh
	backend/dev/run-stack.sh

# Keycloak starts first and boots (about 30-60 s) while the lint and the SPA tests run.
test: tools ## Every test: contract lint, compose file, SPA, backend (real PostgreSQL + real Keycloak), SPA end to end
	$(KEYCLOAK) with $(MAKE) --no-print-directory lint-api compose-check test-frontend backend-verify test-e2e
	@echo "make test: all passed"

lint-api: frontend/node_modules ## Lint openapi.yaml with Spectral (spectral:oas + OWASP ruleset)
	cd frontend && npm run --silent lint:api

# On a bare machine `make test` installs what it lacks (as root, from Debian), or names it and stops.
tools: ## Install what make test needs besides JDK, Node and npm: docker-compose, Chromium, psql
	@backend/dev/test-tools.sh

compose-check: tools ## Validate docker-compose.yml
	@if docker compose version >/dev/null 2>&1; then docker compose -f docker-compose.yml config -q; \
	else docker-compose -f docker-compose.yml config -q; fi
	@echo "docker-compose.yml is valid"

test-frontend: frontend/node_modules ## SPA: lint, unit tests, production build
	cd frontend && npm run lint && npm test && npm run build

# Backend tests run against a real PostgreSQL (embedded, or PAS_TEST_DB_URL) and, for the
# login test, the real Keycloak: started here unless one already runs, and stopped after.
test-backend: ## Backend: REST contract tests and the real-Keycloak integration test
	$(KEYCLOAK) with $(MAKE) --no-print-directory backend-verify

backend-verify:
	$(KEYCLOAK) wait
	$(MVNW) verify

# The contract fuzzer alone, longer and with a new seed each run (make test runs 2 000 requests with a
# fixed seed); it prints the seed, and FUZZ_SEED=<seed> replays a run. No Keycloak needed.
FUZZ_REQUESTS ?= 10000
FUZZ_SEED ?= random
.PHONY: fuzz
fuzz: ## Contract fuzzer: 10 000 generated requests over every operation of openapi.yaml (docs/testing.md)
	$(MVNW) test -Dtest=ContractFuzzTest -Dpas.fuzz.requests=$(FUZZ_REQUESTS) -Dpas.fuzz.seed=$(FUZZ_SEED)

# Playwright in Debian's Chromium against the jar backend-verify built, a fresh database on the local
# PostgreSQL (or an embedded one when no server answers on 5432) and the running Keycloak (see
# frontend/e2e/stack.sh); screenshots in frontend/e2e-artifacts.
test-e2e: tools frontend/node_modules ## SPA end to end (Playwright + axe) against the packaged API, PostgreSQL, Keycloak
	$(KEYCLOAK) wait
	frontend/e2e/stack.sh

lighthouse: tools frontend/node_modules ## Lighthouse (mobile) on the SPA's public and patient pages; figures in frontend/lighthouse
	@test -f backend/target/quarkus-app/quarkus-run.jar || ($(MVNW) package -DskipTests)
	$(KEYCLOAK) with sh -c '$(KEYCLOAK) wait && frontend/e2e/stack.sh --lighthouse'

keycloak: ## Run Keycloak alone (realm pas, demo users) in the foreground
	$(KEYCLOAK) run

build: ## Build the API jar and the SPA
	$(MVNW) package -DskipTests
	cd frontend && npm run build

# The audit trail's hash chain (docs/security.md): AUDIT_DB_URL names the database (default: make run's).
.PHONY: audit-verify
audit-verify: ## Check the audit trail's hash chain of a database (AUDIT_DB_URL, default the dev database)
	backend/dev/audit-verify.sh

.PHONY: seed-province bench
SCALE ?= 1
seed-province: ## Generate the province data set (6 M patients...) into the database pas_province; SCALE=0.25 or 4 for other sizes
	SCALE=$(SCALE) backend/bench/seed-province.sh

bench: ## Benchmark the API on pas_province against pgbench of the same SQL (docs/performance.md)
	backend/bench/bench.sh

.PHONY: bench-scaling
bench-scaling: ## make bench at 0.25, 1 and 4 x the province (seeds what is missing; 2 hours, 30 GB): the scaling table
	backend/bench/scaling.sh

# Not in `make test` (about 15 minutes): a private PostgreSQL cluster, a second Keycloak on 8190 and the
# packaged API on 8095/8096; the shared PostgreSQL and Keycloak are not touched. Figures in docs/testing.md.
.PHONY: faults
faults: ## Fault tests: PostgreSQL restart under load, Keycloak down 10 min, kill -9 of the API (docs/testing.md)
	@test -f backend/target/quarkus-app/quarkus-run.jar || ($(MVNW) package -DskipTests)
	backend/dev/faults.sh

# Two packaged API instances (prod profile) behind HAProxy with the SPA, on 127.0.0.1 (backend/dev/cluster.sh).
.PHONY: cluster cluster-test
cluster: frontend/node_modules ## Two API instances behind HAProxy (:8088) with the SPA, PostgreSQL, Keycloak; Ctrl-C stops them
	backend/dev/cluster.sh

# Not in `make test` (about 5 minutes): kill -9 and rolling restart under load, panel file take-over,
# scheduled jobs, rate limit and cache across the instances. Figures in docs/cluster.md.
cluster-test: tools frontend/node_modules ## Failover tests of two instances behind HAProxy under load (docs/cluster.md)
	backend/dev/cluster-test.sh

frontend/node_modules: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch frontend/node_modules

clean: ## Remove build output (keeps downloads in .cache)
	$(MVNW) clean
	rm -rf frontend/dist
