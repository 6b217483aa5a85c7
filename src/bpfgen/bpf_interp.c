/* A userspace cBPF interpreter over struct seccomp_data, the kernel's
 * install-time checks, and its constant-action cache emulation (Linux
 * 5.11+, kernel/seccomp.c seccomp_is_const_allow).  These are what the
 * generator's output is verified against. */
#include "bpfgen/bpfgen.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

#define MEMWORDS BPF_MEMWORDS

static uint32_t load_word(const struct seccomp_data *d, uint32_t k)
{
	uint32_t v;

	/* Native byte order, as the kernel reads the struct. */
	memcpy(&v, (const char *)d + k, sizeof(v));
	return v;
}

static bool abs_ok(uint32_t k)
{
	return k < sizeof(struct seccomp_data) && !(k & 3);
}

/* Both operand forms of an ALU or jump opcode. */
#define KX(op) op | BPF_K: case op | BPF_X

int bpfgen_run(const struct sock_filter *insns, unsigned int len,
	       const struct seccomp_data *d, uint32_t *ret,
	       unsigned int *steps)
{
	uint32_t a = 0, x = 0, mem[MEMWORDS] = { 0 };
	unsigned int pc = 0, n = 0;

	while (pc < len) {
		const struct sock_filter *in = &insns[pc];
		uint32_t k = in->k;
		uint32_t src = BPF_SRC(in->code) == BPF_X ? x : k;
		bool cond;

		n++;
		pc++;
		switch (in->code) {
		case KX(BPF_JMP | BPF_JEQ):
			cond = a == src;
			break;
		case KX(BPF_JMP | BPF_JGT):
			cond = a > src;
			break;
		case KX(BPF_JMP | BPF_JGE):
			cond = a >= src;
			break;
		case KX(BPF_JMP | BPF_JSET):
			cond = (a & src) != 0;
			break;
		case BPF_JMP | BPF_JA:
			if (k >= len - pc)
				return -EINVAL;
			pc += k;
			continue;
		case BPF_LD | BPF_W | BPF_ABS:
			if (!abs_ok(k))
				return -EINVAL;
			a = load_word(d, k);
			continue;
		case BPF_LD | BPF_W | BPF_LEN:
			a = sizeof(*d);
			continue;
		case BPF_LDX | BPF_W | BPF_LEN:
			x = sizeof(*d);
			continue;
		case BPF_LD | BPF_IMM:
			a = k;
			continue;
		case BPF_LDX | BPF_IMM:
			x = k;
			continue;
		case BPF_LD | BPF_MEM:
			if (k >= MEMWORDS)
				return -EINVAL;
			a = mem[k];
			continue;
		case BPF_LDX | BPF_MEM:
			if (k >= MEMWORDS)
				return -EINVAL;
			x = mem[k];
			continue;
		case BPF_ST:
			if (k >= MEMWORDS)
				return -EINVAL;
			mem[k] = a;
			continue;
		case BPF_STX:
			if (k >= MEMWORDS)
				return -EINVAL;
			mem[k] = x;
			continue;
		case BPF_MISC | BPF_TAX:
			x = a;
			continue;
		case BPF_MISC | BPF_TXA:
			a = x;
			continue;
		case BPF_RET | BPF_K:
			*ret = k;
			goto done;
		case BPF_RET | BPF_A:
			*ret = a;
			goto done;
		case BPF_ALU | BPF_NEG:
			a = -a;
			continue;
		case KX(BPF_ALU | BPF_ADD):
			a += src;
			continue;
		case KX(BPF_ALU | BPF_SUB):
			a -= src;
			continue;
		case KX(BPF_ALU | BPF_MUL):
			a *= src;
			continue;
		case KX(BPF_ALU | BPF_DIV):
			if (!src) {
				/* classic BPF: division by zero returns 0 */
				*ret = 0;
				goto done;
			}
			a /= src;
			continue;
		case KX(BPF_ALU | BPF_AND):
			a &= src;
			continue;
		case KX(BPF_ALU | BPF_OR):
			a |= src;
			continue;
		case KX(BPF_ALU | BPF_XOR):
			a ^= src;
			continue;
		case KX(BPF_ALU | BPF_LSH):
			a = src < 32 ? a << src : 0;
			continue;
		case KX(BPF_ALU | BPF_RSH):
			a = src < 32 ? a >> src : 0;
			continue;
		default:
			return -EINVAL;
		}
		pc += cond ? in->jt : in->jf;
	}
	return -EINVAL; /* ran off the end */
done:
	if (steps)
		*steps = n;
	return 0;
}

/* The opcodes seccomp_check_filter lets through (BPF_MOD is not one). */
static bool seccomp_opcode_ok(uint16_t code)
{
	switch (code) {
	case BPF_LD | BPF_W | BPF_ABS:
	case BPF_LD | BPF_W | BPF_LEN:
	case BPF_LDX | BPF_W | BPF_LEN:
	case BPF_RET | BPF_K:
	case BPF_RET | BPF_A:
	case BPF_ALU | BPF_NEG:
	case BPF_LD | BPF_IMM:
	case BPF_LDX | BPF_IMM:
	case BPF_MISC | BPF_TAX:
	case BPF_MISC | BPF_TXA:
	case BPF_LD | BPF_MEM:
	case BPF_LDX | BPF_MEM:
	case BPF_ST:
	case BPF_STX:
	case BPF_JMP | BPF_JA:
		return true;
	}
	switch (code & ~BPF_X) {
	case BPF_ALU | BPF_ADD:
	case BPF_ALU | BPF_SUB:
	case BPF_ALU | BPF_MUL:
	case BPF_ALU | BPF_DIV:
	case BPF_ALU | BPF_AND:
	case BPF_ALU | BPF_OR:
	case BPF_ALU | BPF_XOR:
	case BPF_ALU | BPF_LSH:
	case BPF_ALU | BPF_RSH:
	case BPF_JMP | BPF_JEQ:
	case BPF_JMP | BPF_JGE:
	case BPF_JMP | BPF_JGT:
	case BPF_JMP | BPF_JSET:
		return true;
	}
	return false;
}

int bpfgen_check(const struct sock_filter *insns, unsigned int len)
{
	if (!len || len > BPF_MAXINSNS)
		return -EINVAL;
	for (unsigned int pc = 0; pc < len; pc++) {
		const struct sock_filter *in = &insns[pc];
		uint16_t code = in->code;
		uint32_t left = len - pc - 1; /* insns after this one */

		if (!seccomp_opcode_ok(code))
			return -EINVAL;
		if (code == (BPF_LD | BPF_W | BPF_ABS) && !abs_ok(in->k))
			return -EINVAL;
		if ((code == (BPF_LD | BPF_MEM) || code == (BPF_LDX | BPF_MEM) ||
		     code == BPF_ST || code == BPF_STX) &&
		    in->k >= MEMWORDS)
			return -EINVAL;
		if (code == (BPF_ALU | BPF_DIV | BPF_K) && !in->k)
			return -EINVAL;
		if ((code == (BPF_ALU | BPF_LSH | BPF_K) ||
		     code == (BPF_ALU | BPF_RSH | BPF_K)) &&
		    in->k >= 32)
			return -EINVAL;
		if (code == (BPF_JMP | BPF_JA) && in->k >= left)
			return -EINVAL;
		if (BPF_CLASS(code) == BPF_JMP && BPF_OP(code) != BPF_JA &&
		    (in->jt >= left || in->jf >= left))
			return -EINVAL;
	}
	return BPF_CLASS(insns[len - 1].code) == BPF_RET ? 0 : -EINVAL;
}

/*
 * Same walk as the kernel's emulator: A starts at 0, only loads of nr and
 * arch, jumps against constants, ja, and-K and ret K are followed; any
 * other instruction means "not constant".  Bounds are checked here since
 * the program need not have passed bpfgen_check.
 */
bool bpfgen_const_allow(const struct sock_filter *insns, unsigned int len,
			uint32_t arch, uint32_t nr)
{
	uint32_t reg = 0;
	unsigned int pc;

	for (pc = 0; pc < len; pc++) {
		const struct sock_filter *in = &insns[pc];
		uint32_t k = in->k;
		bool res;

		switch (in->code) {
		case BPF_LD | BPF_W | BPF_ABS:
			if (k == offsetof(struct seccomp_data, nr))
				reg = nr;
			else if (k == offsetof(struct seccomp_data, arch))
				reg = arch;
			else
				return false;
			break;
		case BPF_RET | BPF_K:
			return k == SECCOMP_RET_ALLOW;
		case BPF_JMP | BPF_JA:
			if (k >= len - pc - 1)
				return false;
			pc += k;
			break;
		case BPF_JMP | BPF_JEQ | BPF_K:
		case BPF_JMP | BPF_JGE | BPF_K:
		case BPF_JMP | BPF_JGT | BPF_K:
		case BPF_JMP | BPF_JSET | BPF_K:
			switch (BPF_OP(in->code)) {
			case BPF_JEQ:
				res = reg == k;
				break;
			case BPF_JGE:
				res = reg >= k;
				break;
			case BPF_JGT:
				res = reg > k;
				break;
			default:
				res = (reg & k) != 0;
				break;
			}
			pc += res ? in->jt : in->jf;
			break;
		case BPF_ALU | BPF_AND | BPF_K:
			reg &= k;
			break;
		default:
			return false;
		}
	}
	return false; /* ran off the end */
}
