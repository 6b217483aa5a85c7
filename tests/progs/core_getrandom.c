/* core_getrandom: a buffer of known bytes handed to getrandom; with
 * -e inject=getrandom:retval=16 the call is skipped and the bytes show
 * as they are, every one as \xNN as strace shows random data. */
#include <sys/random.h>
#include <string.h>
int main(){ char b[16]; memcpy(b,"hello\0\1\2abcdefg",16); getrandom(b, 16, GRND_NONBLOCK); return 0;}
