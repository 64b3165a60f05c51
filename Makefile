# gpyasync: common tasks. `make test` is what CI runs.
GO ?= go

.PHONY: all build test race vet fmt goldens bench fuzz

all: build test

build:
	$(GO) build ./...

# The full test suite: vet, format check, unit tests, the conformance suite
# and the race detector over the packages that touch goroutines.
test: vet fmt
	$(GO) test ./...
	$(MAKE) race

race:
	$(GO) test -race ./iterproto/ ./awaitproto/ ./coroutine/ ./interp/ ./interp/vm/ ./eventloop/...

vet:
	$(GO) vet ./...

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# Regenerate the conformance goldens with CPython 3.11 (needs python3).
goldens:
	./scripts/goldens.sh

# Go benchmarks of the evaluator against gpython's own, then the Python
# workloads in bench/workloads on gpyasync and CPython side by side.
bench:
	$(GO) test -run '^$$' -bench . -benchtime 500ms ./interp/vm/
	$(GO) run ./bench

# A short fuzzing run over the compile path.
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzCompile -fuzztime 60s ./interp/compiler/
