# make bench: tracer overhead ratios (bench/run.sh) and -c counting
# (bench/count.sh), the eBPF backend's trace (bench/ebpf.sh).  Figures go into the README's performance section.

$(BUILD)/ptrace_min: bench/ptrace_min.c
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O2 -Wall -o $@ $<

$(BUILD)/seccomp_floor: bench/seccomp_floor.c
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O2 -Wall -o $@ $<

$(BUILD)/cputime: bench/cputime.c
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O2 -Wall -o $@ $<

bench: $(BUILD)/cputime $(BUILD)/sift $(BUILD)/getppid_loop $(BUILD)/ptrace_min $(BUILD)/seccomp_floor
	BUILD=$(BUILD) sh bench/run.sh
	@if [ -f bench/count.sh ]; then BUILD=$(BUILD) sh bench/count.sh; fi
	BUILD=$(BUILD) sh bench/ebpf.sh
