# eBPF backend: the BPF objects for -c (src/backend/ebpf/count.bpf.c) and
# for the full trace (trace.bpf.c), their libbpf skeletons, and a small driver to test the backend without the CLI.
# Needs clang (BPF target), bpftool, libbpf-dev, libelf-dev, zlib1g-dev.
# No vmlinux.h: the BPF program declares the few kernel fields it reads and
# CO-RE relocates them at load time, so the build never reads /sys.

BPF_CLANG ?= clang
BPFTOOL ?= bpftool
BPF_ARCH_INC := /usr/include/$(shell $(BPF_CLANG) -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
BPF_CFLAGS := -target bpf -O2 -g -D__TARGET_ARCH_x86 -Wall -Werror \
	-Isrc -idirafter $(BPF_ARCH_INC)

EBPF_SKEL := $(GEN)/count.skel.h
TRACE_SKEL := $(GEN)/trace.skel.h
EXTRA_GEN_HDRS += $(EBPF_SKEL) $(TRACE_SKEL)

$(GEN)/count.bpf.o: src/backend/ebpf/count.bpf.c src/backend/ebpf/count_abi.h
	@mkdir -p $(GEN)
	$(BPF_CLANG) $(BPF_CFLAGS) -c -o $@ $<

$(EBPF_SKEL): $(GEN)/count.bpf.o
	$(BPFTOOL) gen skeleton $< name count > $@.tmp && mv $@.tmp $@

$(GEN)/trace.bpf.o: src/backend/ebpf/trace.bpf.c src/backend/ebpf/trace_abi.h
	@mkdir -p $(GEN)
	$(BPF_CLANG) $(BPF_CFLAGS) -c -o $@ $<

$(TRACE_SKEL): $(GEN)/trace.bpf.o
	$(BPFTOOL) gen skeleton $< name trace > $@.tmp && mv $@.tmp $@

# The object pattern rule in the Makefile expands its prerequisites before
# this file is read, so name the objects that include the skeleton.
$(BUILD)/obj/src/backend/ebpf/ebpf.o: $(EBPF_SKEL)
$(BUILD)/obj/src/backend/ebpf/trace.o: $(TRACE_SKEL)

# Linked from the few objects it needs, not libsift.a, so it builds even
# while unrelated modules are half-way through a change.
EBPF_DRIVER_OBJS := $(BUILD)/obj/tests/count/ebpf_driver.o \
	$(patsubst %.c,$(BUILD)/obj/%.o,src/backend/ebpf/ebpf.c \
		src/summary/summary.c src/arch/arch.c src/syscalls/syscalls.c) \
	$(patsubst src/syscalls/data/%.tbl,$(BUILD)/obj/gen/syscalls_%.o,$(TBL_DATA))

$(BUILD)/ebpf_driver: $(EBPF_DRIVER_OBJS)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ -lbpf -lelf -lz

$(BUILD)/getppid_loop: bench/getppid_loop.c
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O2 -Wall -o $@ $<

COUNT_PROGS := $(patsubst tests/progs/%.c,$(BUILD)/progs/%,$(wildcard tests/progs/count_*.c))

# Static, so the dynamic loader adds no open/close of its own, and
# without sanitizers (which make syscalls of their own).
$(BUILD)/progs/count_%: tests/progs/count_%.c
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O2 -g -Wall -D_GNU_SOURCE -pthread -static -o $@ $<

.PHONY: ebpf-driver check-count bench-count
ebpf-driver: $(BUILD)/ebpf_driver $(COUNT_PROGS) $(BUILD)/getppid_loop

# Needs root (or CAP_BPF + CAP_PERFMON); skips visibly otherwise.
check-count: ebpf-driver
	BUILD=$(BUILD) tests/count/check.sh

bench-count: ebpf-driver
	BUILD=$(BUILD) bench/count.sh

# make check builds the driver and programs that tests/count/check.sh runs.
tests-build: ebpf-driver
