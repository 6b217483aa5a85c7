/* net_cmsg.c built -m32: the i386 layouts of the same messages */
#include "net_cmsg.c"
