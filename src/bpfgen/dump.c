/* Disassembler for --dump-filter: classic BPF in the usual assembler
 * syntax, jump targets as absolute instruction indexes. */
#include "bpfgen/bpfgen.h"

#include <linux/audit.h>
#include <stddef.h>

static const char *ret_name(uint32_t k, char *buf, size_t size)
{
	uint32_t data = k & SECCOMP_RET_DATA;

	switch (k & SECCOMP_RET_ACTION_FULL) {
	case SECCOMP_RET_ALLOW:
		return data ? (snprintf(buf, size, "ALLOW(%u)", data), buf)
			    : "ALLOW";
	case SECCOMP_RET_TRACE:
		return data ? (snprintf(buf, size, "TRACE(%u)", data), buf)
			    : "TRACE";
	case SECCOMP_RET_ERRNO:
		snprintf(buf, size, "ERRNO(%u)", data);
		return buf;
	case SECCOMP_RET_TRAP:
		snprintf(buf, size, "TRAP(%u)", data);
		return buf;
	case SECCOMP_RET_LOG:
		return "LOG";
	case SECCOMP_RET_USER_NOTIF:
		return "USER_NOTIF";
	case SECCOMP_RET_KILL_PROCESS:
		return "KILL_PROCESS";
	case SECCOMP_RET_KILL_THREAD:
		return "KILL_THREAD";
	}
	snprintf(buf, size, "#%#x", k);
	return buf;
}

static const char *abs_name(uint32_t k)
{
	switch (k) {
	case offsetof(struct seccomp_data, nr):
		return "nr";
	case offsetof(struct seccomp_data, arch):
		return "arch";
	case offsetof(struct seccomp_data, instruction_pointer):
		return "ip (low)";
	case offsetof(struct seccomp_data, instruction_pointer) + 4:
		return "ip (high)";
	}
	if (k >= offsetof(struct seccomp_data, args) &&
	    k < sizeof(struct seccomp_data)) {
		static const char *const names[] = {
			"args[0] (low)", "args[0] (high)", "args[1] (low)",
			"args[1] (high)", "args[2] (low)", "args[2] (high)",
			"args[3] (low)", "args[3] (high)", "args[4] (low)",
			"args[4] (high)", "args[5] (low)", "args[5] (high)",
		};
		unsigned int i = (k - offsetof(struct seccomp_data, args)) / 4;

		/* little-endian halves: sift runs on x86 */
		return (k & 3) ? NULL : names[i];
	}
	return NULL;
}

static const char *const_name(uint32_t k)
{
	switch (k) {
	case AUDIT_ARCH_X86_64:
		return "AUDIT_ARCH_X86_64";
	case AUDIT_ARCH_I386:
		return "AUDIT_ARCH_I386";
	}
	return NULL;
}

static void print_k(FILE *f, uint32_t k)
{
	if (k < 0x10000)
		fprintf(f, "#%u", k);
	else
		fprintf(f, "#%#x", k);
}

static void disasm_one(FILE *f, const struct sock_filter *in, unsigned int pc)
{
	static const char *const alu[16] = {
		[BPF_ADD >> 4] = "add", [BPF_SUB >> 4] = "sub",
		[BPF_MUL >> 4] = "mul", [BPF_DIV >> 4] = "div",
		[BPF_OR >> 4] = "or",   [BPF_AND >> 4] = "and",
		[BPF_LSH >> 4] = "lsh", [BPF_RSH >> 4] = "rsh",
		[BPF_NEG >> 4] = "neg", [BPF_MOD >> 4] = "mod",
		[BPF_XOR >> 4] = "xor",
	};
	static const char *const jmp[16] = {
		[BPF_JEQ >> 4] = "jeq", [BPF_JGT >> 4] = "jgt",
		[BPF_JGE >> 4] = "jge", [BPF_JSET >> 4] = "jset",
	};
	static const char *const size[4] = { "", "h", "b", "?" };
	uint16_t code = in->code;
	const char *note = NULL, *name;
	char buf[32];

	fprintf(f, "%5u: ", pc);
	switch (BPF_CLASS(code)) {
	case BPF_LD:
	case BPF_LDX: {
		const char *op = BPF_CLASS(code) == BPF_LD ? "ld" : "ldx";

		switch (BPF_MODE(code)) {
		case BPF_ABS:
			fprintf(f, "%s%s [%u]", op, size[BPF_SIZE(code) >> 3],
				in->k);
			if (BPF_SIZE(code) == BPF_W)
				note = abs_name(in->k);
			break;
		case BPF_IND:
			fprintf(f, "%s%s [x + %u]", op,
				size[BPF_SIZE(code) >> 3], in->k);
			break;
		case BPF_IMM:
			fprintf(f, "%s ", op);
			print_k(f, in->k);
			break;
		case BPF_MEM:
			fprintf(f, "%s M[%u]", op, in->k);
			break;
		case BPF_LEN:
			fprintf(f, "%s len", op);
			break;
		case BPF_MSH:
			fprintf(f, "%s 4*([%u]&0xf)", op, in->k);
			break;
		default:
			fprintf(f, ".insn %#x, %u", code, in->k);
		}
		break;
	}
	case BPF_ST:
		fprintf(f, "st M[%u]", in->k);
		break;
	case BPF_STX:
		fprintf(f, "stx M[%u]", in->k);
		break;
	case BPF_ALU:
		name = alu[BPF_OP(code) >> 4];
		if (!name) {
			fprintf(f, ".insn %#x, %u", code, in->k);
		} else if (BPF_OP(code) == BPF_NEG) {
			fprintf(f, "neg");
		} else if (BPF_SRC(code) == BPF_X) {
			fprintf(f, "%s x", name);
		} else {
			fprintf(f, "%s ", name);
			print_k(f, in->k);
		}
		break;
	case BPF_JMP:
		if (BPF_OP(code) == BPF_JA) {
			fprintf(f, "ja %u", pc + 1 + in->k);
			break;
		}
		name = jmp[BPF_OP(code) >> 4];
		if (!name) {
			fprintf(f, ".insn %#x, %u", code, in->k);
			break;
		}
		if (BPF_SRC(code) == BPF_X) {
			fprintf(f, "%s x", name);
		} else {
			fprintf(f, "%s ", name);
			print_k(f, in->k);
			note = const_name(in->k);
		}
		fprintf(f, ", %u, %u", pc + 1 + in->jt, pc + 1 + in->jf);
		break;
	case BPF_RET:
		if (BPF_RVAL(code) == BPF_A)
			fprintf(f, "ret a");
		else
			fprintf(f, "ret %s", ret_name(in->k, buf, sizeof(buf)));
		break;
	case BPF_MISC:
		fprintf(f, "%s", BPF_MISCOP(code) == BPF_TAX ? "tax" : "txa");
		break;
	}
	if (note)
		fprintf(f, "\t; %s", note);
	fputc('\n', f);
}

void bpfgen_disasm(FILE *f, const struct sock_filter *insns, unsigned int len)
{
	for (unsigned int pc = 0; pc < len; pc++)
		disasm_one(f, &insns[pc], pc);
}

void bpfgen_dump(FILE *f, const struct bpfgen_prog *p)
{
	bpfgen_disasm(f, p->insns, p->len);
	fprintf(f, "length: %u instructions (%u for far jumps), "
		   "strategy: %s\n",
		p->len, p->trampolines, bpfgen_strategy_name(p->strategy));
	for (int i = 0; i < PERS_COUNT; i++) {
		const struct bpfgen_pers_stats *st = &p->pers[i];

		fprintf(f, "%s: ", arch_pers[i].name);
		if (!st->included) {
			fprintf(f, "not filtered (ALLOW)");
		} else if (!st->traced && !st->conditional && !st->trace_from) {
			fprintf(f, "nothing traced");
		} else {
			fprintf(f, "%s, %u traced",
				bpfgen_strategy_name(st->strategy), st->traced);
			if (st->conditional)
				fprintf(f, " + %u on args[0]", st->conditional);
			if (st->trace_from)
				fprintf(f, " and every number from %u up",
					st->trace_from);
			fprintf(f, ", %.2f insns on average, %u at worst",
				st->avg_cost, st->worst_cost);
		}
		fprintf(f, "; %u of %u numbers cacheable", st->cacheable,
			BITSET_BITS);
		if (arch_pers[i].nr_bias)
			fprintf(f, " (but the kernel never caches %s)",
				arch_pers[i].name);
		fputc('\n', f);
	}
}
