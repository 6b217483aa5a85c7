# Tests: unit tests (cmocka), test programs, integration and differential
# runs, the same suite under ASan/UBSan.  `make check` runs all of it and
# ends with the runner's "N passed, N failed" line.

UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRCS))
PROG_SRCS := $(sort $(wildcard tests/progs/*.c))
PROG_CXX_SRCS := $(sort $(wildcard tests/progs/*.cc))
PROG_BINS := $(patsubst tests/progs/%.c,$(BUILD)/progs/%,$(PROG_SRCS)) \
	     $(patsubst tests/progs/%.cc,$(BUILD)/progs/%,$(PROG_CXX_SRCS))
PROG_CFLAGS := -std=gnu11 -O0 -g -D_GNU_SOURCE -pthread -w

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libsift.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(ALL_LDFLAGS) $(WHOLE_LIB) -lcmocka $(LDLIBS)

# i386_*.c are 32-bit programs (gcc-multilib): sift traces the i386
# personality of a real 32-bit process.  The shorter stem wins over the rule
# below.
$(BUILD)/progs/i386_%: tests/progs/i386_%.c
	@mkdir -p $(dir $@)
	$(CC) -m32 $(PROG_CFLAGS) -o $@ $< -lrt

$(BUILD)/progs/%: tests/progs/%.c
	@mkdir -p $(dir $@)
	$(CC) $(PROG_CFLAGS) -o $@ $< -lrt

$(BUILD)/progs/%: tests/progs/%.cc
	@mkdir -p $(dir $@)
	$(CXX) -O0 -g -w -o $@ $<

.PHONY: tests-build check-clang
tests-build: $(BUILD)/sift $(UNIT_BINS) $(PROG_BINS)

# Everything: clang build, the suite, the suite under ASan/UBSan, then one
# line adding both up.  A failing suite still lets the other run, and the
# target fails at the end.
check: tests-build check-clang check-fuzz
	@st=0; BUILD=$(BUILD) tests/run-all.sh || st=1; \
	$(MAKE) --no-print-directory check-san || st=1; \
	cat $(BUILD)/test-summary build/san/test-summary 2>/dev/null | \
		awk '{ p += $$1; f += $$3; s += $$5 } \
		     END { printf "check: %d passed, %d failed, %d skipped\n", p, f, s }'; \
	exit $$st

# gcc is the default compiler; clang must build the tree warning-free too.
check-clang:
	$(MAKE) BUILD=build/clang CC=clang build/clang/sift

# The whole suite again under AddressSanitizer and UBSan, in its own tree.
check-san:
	$(MAKE) BUILD=build/san SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" OPT=-O1 tests-build
	BUILD=build/san SIFT_SAN=1 ASAN_OPTIONS=detect_leaks=1 tests/run-all.sh
