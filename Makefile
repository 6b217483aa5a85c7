# sift build.  `make` builds ./sift, `make check` runs every test (plain and
# under ASan/UBSan), `make bench` prints the performance ratios.
# Subsystems add rules in mk/*.mk; sources are found by wildcard.

CC ?= cc
PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
OPT ?= -O2
SAN ?=

WARN := -Wall -Wextra -Werror -Wno-unused-parameter
CFLAGS ?= $(OPT) -g
ALL_CFLAGS := -std=gnu11 $(WARN) $(CFLAGS) $(SAN) -D_GNU_SOURCE \
	-Isrc -I$(BUILD)/gen -MMD -MP
LDLIBS := -lbpf -lelf -lz -ldw -liberty
ALL_LDFLAGS := $(LDFLAGS) $(SAN)

GEN := $(BUILD)/gen
CONST_DATA := $(sort $(wildcard src/consts/data/*.def))
TBL_DATA := $(sort $(wildcard src/syscalls/data/*.tbl))
GEN_SRCS := $(GEN)/consts_gen.c $(patsubst src/syscalls/data/%.tbl,$(GEN)/syscalls_%.c,$(TBL_DATA))
GEN_HDRS := $(GEN)/consts_gen.h

SRCS := $(shell find src -name '*.c' -not -name '*.bpf.c' | sort)
MAIN_SRC := src/cli/main.c
LIB_SRCS := $(filter-out $(MAIN_SRC),$(SRCS))
LIB_OBJS := $(patsubst %.c,$(BUILD)/obj/%.o,$(LIB_SRCS)) \
	$(patsubst $(GEN)/%.c,$(BUILD)/obj/gen/%.o,$(GEN_SRCS))
MAIN_OBJ := $(BUILD)/obj/$(MAIN_SRC:.c=.o)

.SECONDARY: $(GEN_SRCS)
.PHONY: all clean check check-unit check-integration check-san bench \
	install format format-check

all: sift

sift: $(BUILD)/sift
	cp $< $@

# whole-archive: decoders register through a linker section, so their
# objects must be linked even though nothing calls them by name
WHOLE_LIB = -Wl,--whole-archive $(BUILD)/libsift.a -Wl,--no-whole-archive

$(BUILD)/sift: $(MAIN_OBJ) $(BUILD)/libsift.a
	$(CC) $(ALL_LDFLAGS) -o $@ $(MAIN_OBJ) $(WHOLE_LIB) $(LDLIBS)

$(BUILD)/libsift.a: $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $^

$(GEN)/consts_gen.c: tools/gen-consts.awk $(CONST_DATA)
	@mkdir -p $(GEN)
	awk -v mode=c -f tools/gen-consts.awk $(CONST_DATA) > $@.tmp && mv $@.tmp $@

$(GEN)/consts_gen.h: tools/gen-consts.awk $(CONST_DATA)
	@mkdir -p $(GEN)
	awk -v mode=h -f tools/gen-consts.awk $(CONST_DATA) > $@.tmp && mv $@.tmp $@

$(GEN)/syscalls_%.c: src/syscalls/data/%.tbl tools/gen-syscalls.awk
	@mkdir -p $(GEN)
	awk -v pers=$* -f tools/gen-syscalls.awk $< > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/%.o: %.c $(GEN_HDRS) $(EXTRA_GEN_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj/gen/%.o: $(GEN)/%.c $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

include $(sort $(wildcard mk/*.mk))

clean:
	rm -rf build sift

install: sift
	install -D -m 0755 sift $(DESTDIR)$(PREFIX)/bin/sift
	install -D -m 0644 doc/sift.1 $(DESTDIR)$(PREFIX)/share/man/man1/sift.1
	install -D -m 0644 doc/sift.bash-completion \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/sift

FORMAT_FILES = $(shell find src tests bench -name '*.[ch]')
format:
	clang-format -i $(FORMAT_FILES)
format-check:
	clang-format --dry-run --Werror $(FORMAT_FILES)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
