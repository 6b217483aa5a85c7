# Fuzz targets (libFuzzer, clang): `make fuzz` runs each for FUZZ_TIME
# seconds; `make check-fuzz` (part of make check) runs a fixed number of
# inputs from a fixed seed, so it is repeatable.

FUZZ_SRCS := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BUILD := build/fuzz
FUZZ_BINS := $(patsubst tests/fuzz/%.c,$(FUZZ_BUILD)/%,$(FUZZ_SRCS))
FUZZ_TIME ?= 60
FUZZ_RUNS ?= 50000

# the library is built by a sub-make in its own tree (which must not see
# this rule, or it would call itself)
ifneq ($(BUILD),$(FUZZ_BUILD))
$(FUZZ_BUILD)/libsift.a: FORCE_FUZZ_LIB
	$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang \
		SAN="-fsanitize=fuzzer-no-link,address,undefined" OPT=-O1 \
		$(FUZZ_BUILD)/libsift.a
endif

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_BUILD)/libsift.a
	clang -std=gnu11 -g -O1 -D_GNU_SOURCE -Isrc -I$(FUZZ_BUILD)/gen \
		-fsanitize=fuzzer,address,undefined -o $@ $< \
		-Wl,--whole-archive $(FUZZ_BUILD)/libsift.a -Wl,--no-whole-archive \
		$(LDLIBS)

.PHONY: fuzz check-fuzz FORCE_FUZZ_LIB
FORCE_FUZZ_LIB:

fuzz: $(FUZZ_BINS)
	for f in $(FUZZ_BINS); do $$f -max_total_time=$(FUZZ_TIME) || exit 1; done

check-fuzz: $(FUZZ_BINS)
	for f in $(FUZZ_BINS); do $$f -seed=1 -runs=$(FUZZ_RUNS) || exit 1; done
