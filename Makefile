# Entry points. `make run` cleans the seeds into ./clean; `make test` runs
# every check CI runs.
GO ?= go
BENCH_DIR ?= $(or $(TMPDIR),/tmp)/clean-bench
BENCH_MB ?= 100
# Where bench-cli writes its outputs (BENCH_OUT=/dev/shm measures the tool
# without the disk's file creation costs).
BENCH_OUT ?= $(BENCH_DIR)

.PHONY: run test vet fmt-check unit fuzz bench bench-go bench-cli eval eval-html eval-text update

run:
	$(GO) run ./cmd/clean -in testdata/seeds -out clean -report clean/report.jsonl

test: fmt-check vet unit

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

unit:
	$(GO) test -race -count=1 ./...

# Rewrite golden files (review the diff by eye before committing).
update:
	$(GO) test ./cmd/clean ./extract -run 'Golden' -update

# Short fuzzing of the parsers and invariants; the seed corpora live in
# testdata/fuzz of each package.
FUZZTIME ?= 30s
fuzz:
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzSplit$$' -fuzztime $(FUZZTIME)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzSplitMatchesReference$$' -fuzztime $(FUZZTIME)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzFoldable$$' -fuzztime $(FUZZTIME)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzHTML$$' -fuzztime $(FUZZTIME)
	$(GO) test ./shingles -run '^$$' -fuzz '^FuzzShingles$$' -fuzztime $(FUZZTIME)
	$(GO) test ./shingles -run '^$$' -fuzz '^FuzzASCIIPath$$' -fuzztime $(FUZZTIME)
	$(GO) test ./shingles -run '^$$' -fuzz '^FuzzScanner$$' -fuzztime $(FUZZTIME)
	$(GO) test ./boilerplate -run '^$$' -fuzz '^FuzzScan$$' -fuzztime $(FUZZTIME)
	$(GO) test ./boilerplate -run '^$$' -fuzz '^FuzzPrefilters$$' -fuzztime $(FUZZTIME)
	$(GO) test ./boilerplate -run '^$$' -fuzz '^FuzzHasQuantity$$' -fuzztime $(FUZZTIME)
	$(GO) test ./boilerplate -run '^$$' -fuzz '^FuzzMayBeDated$$' -fuzztime $(FUZZTIME)
	$(GO) test ./corpus -run '^$$' -fuzz '^FuzzParseRecord$$' -fuzztime $(FUZZTIME)
	$(GO) test ./corpus -run '^$$' -fuzz '^FuzzAppendQuoted$$' -fuzztime $(FUZZTIME)

eval: eval-html eval-text

eval-html:
	$(GO) run ./cmd/evalhtml -dir testdata/benchhtml/dev -split

eval-text:
	$(GO) run ./cmd/evaltext -dir testdata/benchtext/dev

bench: bench-go bench-cli

bench-go:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# The whole CLI on a corpus of about $(BENCH_MB) MB made by repeating the
# seeds and the noisy text pages, one core and all cores, each into a fresh
# output folder, with peak RSS (in clean's summary), user and system time,
# and MB per CPU-second (input MB / (user + system)): the per-core figure.
# The corpus is built once and reused; outputs are deleted only after both
# runs, since creating many files just after deleting many is slow on some
# file systems (ext4 without a journal scans recently freed inodes).
BENCH_TIME = /usr/bin/time -f "%e %U %S" -o $(BENCH_DIR)/time
BENCH_SHOW = awk -v mb=$$(du -sm --apparent-size $(BENCH_DIR)/in | cut -f1) \
	'{ printf "wall %ss user %ss sys %ss: %.1f MB per CPU-second\n", $$1, $$2, $$3, mb / ($$2 + $$3) }' $(BENCH_DIR)/time
bench-cli:
	$(GO) build -o $(BENCH_DIR)/clean ./cmd/clean
	@if [ "$$(cat $(BENCH_DIR)/in.mb 2>/dev/null)" != "$(BENCH_MB)" ]; then \
		rm -rf $(BENCH_DIR)/in; mkdir -p $(BENCH_DIR)/in; n=0; \
		while [ $$(du -sm --apparent-size $(BENCH_DIR)/in | cut -f1) -lt $(BENCH_MB) ]; do \
			n=$$((n+1)); mkdir -p $(BENCH_DIR)/in/$$n; \
			cp testdata/seeds/* testdata/benchtext/dev/input/* $(BENCH_DIR)/in/$$n/; \
		done; echo $(BENCH_MB) > $(BENCH_DIR)/in.mb; \
	fi
	@echo "corpus: $$(du -sm --apparent-size $(BENCH_DIR)/in | cut -f1) MB in $$(find $(BENCH_DIR)/in -type f | wc -l) files"
	@rm -rf $(BENCH_OUT)/clean-out-1 $(BENCH_OUT)/clean-out-all
	$(BENCH_TIME) $(BENCH_DIR)/clean -in $(BENCH_DIR)/in -out $(BENCH_OUT)/clean-out-1 -j 1
	@$(BENCH_SHOW)
	$(BENCH_TIME) $(BENCH_DIR)/clean -in $(BENCH_DIR)/in -out $(BENCH_OUT)/clean-out-all
	@$(BENCH_SHOW)
	@rm -rf $(BENCH_OUT)/clean-out-1 $(BENCH_OUT)/clean-out-all
