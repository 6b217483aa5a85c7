/* fs2_keys: add_key, request_key and every keyctl command with keys that
 * do not exist (key serials are random, so no call may succeed with one),
 * special keyring ids, NULL and unreadable buffers, unknown commands.
 * With "all" it also makes calls that would succeed with a random serial
 * or change the session keyring: only for cases that inject a result. */
#define _GNU_SOURCE
#include <linux/keyctl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#define BAD 0x7eadbeef
#define KEY_POS_ALL 0x3f000000
#define KEY_USR_VIEW 0x10000
#define KEY_USR_READ 0x20000
#define KEY_GRP_WRITE 0x400
#define KEY_OTH_SETATTR 0x20

static long kc(long cmd, unsigned long a2, unsigned long a3, unsigned long a4,
	       unsigned long a5)
{
	return syscall(SYS_keyctl, cmd, a2, a3, a4, a5);
}

static char *edge_page(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	return p;
}

static void add_request(int all)
{
	syscall(SYS_add_key, "user", "desc", "payload", 7, BAD);
	syscall(SYS_add_key, "user", "desc", NULL, 0,
		KEY_SPEC_THREAD_KEYRING - 100);
	syscall(SYS_add_key, NULL, NULL, (void *)1, 3, 0);
	syscall(SYS_add_key, "keyring", "k", "\x01\x02", 2, -9);
	syscall(SYS_add_key, (char *)1, (char *)2,
		"a long payload of many bytes...", 31,
		KEY_SPEC_REQUESTOR_KEYRING);
	syscall(SYS_request_key, "user", "nosuchkey-sift", NULL, BAD);
	syscall(SYS_request_key, "user", "nosuchkey-sift", "callout", BAD);
	syscall(SYS_request_key, NULL, (char *)1, (char *)2, 0);
	syscall(SYS_request_key, "user", "d", NULL, -42);
	if (all) {
		syscall(SYS_add_key, "user", "desc", "payload", 7,
			KEY_SPEC_THREAD_KEYRING);
		syscall(SYS_request_key, "user", "d", "info",
			KEY_SPEC_PROCESS_KEYRING);
	}
}

static void simple_cmds(int all)
{
	kc(KEYCTL_GET_KEYRING_ID, KEY_SPEC_THREAD_KEYRING, 0, 0, 0);
	kc(KEYCTL_GET_KEYRING_ID, BAD, 1, 0, 0);
	kc(KEYCTL_GET_KEYRING_ID, KEY_SPEC_GROUP_KEYRING, 0x100, 0, 0);
	kc(KEYCTL_JOIN_SESSION_KEYRING, 1, 0, 0, 0);
	kc(KEYCTL_UPDATE, BAD, (unsigned long)"new payload", 11, 0);
	kc(KEYCTL_UPDATE, KEY_SPEC_USER_KEYRING - 10, 0, 0, 0);
	kc(KEYCTL_UPDATE, BAD, 1, 5, 0);
	kc(KEYCTL_REVOKE, BAD, 0, 0, 0);
	kc(KEYCTL_REVOKE, KEY_SPEC_REQKEY_AUTH_KEY, 0, 0, 0);
	kc(KEYCTL_CHOWN, BAD, 1000, 1000, 0);
	kc(KEYCTL_CHOWN, BAD, -1, -1, 0);
	kc(KEYCTL_CHOWN, BAD, 0xfffffffe, 0x7fffffff, 0);
	kc(KEYCTL_SETPERM, BAD, KEY_POS_ALL | KEY_USR_VIEW | KEY_USR_READ, 0,
	   0);
	kc(KEYCTL_SETPERM, BAD, 0xffffffff, 0, 0);
	kc(KEYCTL_SETPERM, BAD, 0, 0, 0);
	kc(KEYCTL_SETPERM, BAD, 0x40404040 | KEY_GRP_WRITE | KEY_OTH_SETATTR, 0,
	   0);
	kc(KEYCTL_CLEAR, BAD, 0, 0, 0);
	kc(KEYCTL_LINK, BAD, KEY_SPEC_SESSION_KEYRING, 0, 0);
	kc(KEYCTL_UNLINK, KEY_SPEC_USER_SESSION_KEYRING, BAD, 0, 0);
	kc(KEYCTL_SET_REQKEY_KEYRING, KEY_REQKEY_DEFL_NO_CHANGE, 0, 0, 0);
	kc(KEYCTL_SET_REQKEY_KEYRING, 42, 0, 0, 0);
	kc(KEYCTL_SET_REQKEY_KEYRING, -5, 0, 0, 0);
	kc(KEYCTL_SET_TIMEOUT, BAD, 3600, 0, 0);
	kc(KEYCTL_SET_TIMEOUT, BAD, 0xffffffff, 0, 0);
	kc(KEYCTL_ASSUME_AUTHORITY, BAD, 0, 0, 0);
	kc(KEYCTL_INVALIDATE, BAD, 0, 0, 0);
	kc(KEYCTL_GET_PERSISTENT, 12345, BAD, 0, 0);
	kc(KEYCTL_GET_PERSISTENT, -1, KEY_SPEC_THREAD_KEYRING - 1000, 0, 0);
	kc(KEYCTL_NEGATE, BAD, 60, BAD, 0);
	kc(KEYCTL_NEGATE, BAD, 0xffffffff, KEY_SPEC_SESSION_KEYRING, 0);
	kc(KEYCTL_REJECT, BAD, 60, 128, KEY_SPEC_PROCESS_KEYRING);
	kc(KEYCTL_REJECT, BAD, 0, 4095, 0);
	kc(KEYCTL_REJECT, BAD, 0, 0x7fff, 0);
	kc(KEYCTL_REJECT, BAD, 0, -2, 0);
	kc(KEYCTL_RESTRICT_KEYRING, BAD, (unsigned long)"asymmetric",
	   (unsigned long)"key_or_keyring:0", 0);
	kc(KEYCTL_RESTRICT_KEYRING, BAD, 0, 0, 0);
	kc(KEYCTL_MOVE, BAD, BAD, KEY_SPEC_THREAD_KEYRING - 50,
	   KEYCTL_MOVE_EXCL);
	kc(KEYCTL_MOVE, BAD, KEY_SPEC_SESSION_KEYRING, BAD, 0x6);
	kc(KEYCTL_MOVE, BAD, BAD, BAD, 0);
	kc(KEYCTL_WATCH_KEY, BAD, -1, 0x12, 0);
	kc(33, 1, 2, 3, 4);
	kc(0x7fffffff, 0, 0, 0, 0);
	kc(-1, 0xdeadbeef, 0xcafe, 0, 0);
	if (all) {
		kc(KEYCTL_JOIN_SESSION_KEYRING, (unsigned long)"ses", 0, 0, 0);
		kc(KEYCTL_JOIN_SESSION_KEYRING, 0, 0, 0, 0);
	}
}

static void buffer_cmds(char *edge)
{
	static struct iovec many[40];
	char buf[64];
	char in1[8] = "in1", in2[16] = "in2\1\2";
	struct iovec iov[3] = {
		{"one", 3},
		{"second", 6},
		{NULL, 0},
	};
	struct keyctl_dh_params dh = {.private = BAD, .prime = 2, .base = -3};
	struct keyctl_kdf_params kdf = {
		.hashname = "sha256", .otherinfo = "other", .otherinfolen = 5};
	struct keyctl_pkey_query q;
	struct keyctl_pkey_params pp = {
		.key_id = BAD, .in_len = 8, .out_len = 16};

	memset(buf, 'x', sizeof(buf));
	buf[10] = 0;
	kc(KEYCTL_DESCRIBE, BAD, (unsigned long)buf, sizeof(buf), 0);
	kc(KEYCTL_DESCRIBE, BAD, 0, 0, 0);
	kc(KEYCTL_READ, BAD, (unsigned long)buf, sizeof(buf), 0);
	kc(KEYCTL_READ, BAD, 0, 0, 0);
	kc(KEYCTL_GET_SECURITY, BAD, (unsigned long)buf, 5, 0);
	kc(KEYCTL_SEARCH, KEY_SPEC_SESSION_KEYRING - 20, (unsigned long)"user",
	   (unsigned long)"desc", 0);
	kc(KEYCTL_SEARCH, BAD, (unsigned long)"user", (unsigned long)"desc",
	   KEY_SPEC_THREAD_KEYRING);
	kc(KEYCTL_SEARCH, BAD, 0, 1, BAD);
	kc(KEYCTL_INSTANTIATE, BAD, (unsigned long)"data", 4, BAD);
	kc(KEYCTL_INSTANTIATE, BAD, 0, 0, 0);
	kc(KEYCTL_INSTANTIATE, BAD, 1, 100, KEY_SPEC_USER_KEYRING);
	kc(KEYCTL_INSTANTIATE_IOV, BAD, (unsigned long)iov, 3, BAD);
	kc(KEYCTL_INSTANTIATE_IOV, BAD, (unsigned long)iov, 2, 0);
	kc(KEYCTL_INSTANTIATE_IOV, BAD, 0, 0, 0);
	kc(KEYCTL_INSTANTIATE_IOV, BAD, 1, 2, 0);
	kc(KEYCTL_INSTANTIATE_IOV, BAD, (unsigned long)many, 40, 0);
	kc(KEYCTL_INSTANTIATE_IOV, BAD, (unsigned long)(edge + 4096 - 16), 2,
	   0);
	kc(KEYCTL_DH_COMPUTE, (unsigned long)&dh, (unsigned long)buf, 16, 0);
	kc(KEYCTL_DH_COMPUTE, (unsigned long)&dh, (unsigned long)buf, 16,
	   (unsigned long)&kdf);
	kc(KEYCTL_DH_COMPUTE, 0, 0, 0, 0);
	kc(KEYCTL_DH_COMPUTE, 1, 2, 3, 4);
	kc(KEYCTL_DH_COMPUTE, (unsigned long)(edge + 4092), 0, 0, 0);
	kdf.hashname = NULL;
	kdf.otherinfo = (char *)1;
	kdf.__spare[3] = 7;
	kc(KEYCTL_DH_COMPUTE, (unsigned long)&dh, 0, 0, (unsigned long)&kdf);
	memset(&q, 0, sizeof(q));
	kc(KEYCTL_PKEY_QUERY, BAD, 0, (unsigned long)"enc=pkcs1",
	   (unsigned long)&q);
	kc(KEYCTL_PKEY_QUERY, BAD, 5, 0, 0);
	kc(KEYCTL_PKEY_ENCRYPT, (unsigned long)&pp, (unsigned long)"enc=pkcs1",
	   (unsigned long)"inputdat", (unsigned long)buf);
	kc(KEYCTL_PKEY_DECRYPT, (unsigned long)&pp, 0, 0, 0);
	kc(KEYCTL_PKEY_SIGN, 0, (unsigned long)"hash=sha1", 1, 2);
	pp.in2_len = 12;
	kc(KEYCTL_PKEY_VERIFY, (unsigned long)&pp, (unsigned long)"x",
	   (unsigned long)in1, (unsigned long)in2);
	kc(KEYCTL_PKEY_VERIFY, 1, 0, 0, 0);
	memset(edge + 4000, 'k', 96);
	kc(KEYCTL_PKEY_SIGN, (unsigned long)(edge + 4096 - 20),
	   (unsigned long)(edge + 4000), 0, 0);
	kc(KEYCTL_DH_COMPUTE, (unsigned long)&dh, 0, 0,
	   (unsigned long)(edge + 4096 - 40));
	syscall(SYS_add_key, edge + 4000, "d", NULL, 0, BAD);
	kc(KEYCTL_CAPABILITIES, (unsigned long)buf, 2, 0, 0);
	memcpy(buf, "\x07\x87\xff\x00", 4);
	kc(KEYCTL_CAPABILITIES, (unsigned long)buf, 4, 0, 0);
	kc(KEYCTL_CAPABILITIES, (unsigned long)buf, 1, 0, 0);
	kc(KEYCTL_CAPABILITIES, (unsigned long)(edge + 4095), 2, 0, 0);
	q.supported_ops = 0x1f;
	q.key_size = 2048;
	q.__spare[9] = 1;
	kc(KEYCTL_PKEY_QUERY, BAD, 0, (unsigned long)"enc=pkcs1",
	   (unsigned long)&q);
	q.supported_ops = 0x10;
	q.__spare[9] = 0;
	kc(KEYCTL_PKEY_QUERY, BAD, 0, 0, (unsigned long)&q);
	kc(KEYCTL_PKEY_QUERY, BAD, 0, 0, (unsigned long)(edge + 4090));
	kc(KEYCTL_CAPABILITIES, 0, 0, 0, 0);
	kc(KEYCTL_CAPABILITIES, 1, 4, 0, 0);
}

int main(int argc, char **argv)
{
	int all = argc > 1 && !strcmp(argv[1], "all");
	char *edge = edge_page();

	add_request(all);
	simple_cmds(all);
	buffer_cmds(edge);
	return 0;
}
