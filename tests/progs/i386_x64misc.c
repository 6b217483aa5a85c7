/* misc3_x64's calls made by a 32-bit program (i386 personality): the same
 * decoders serve both, with the i386 layout of kexec_segment and the
 * set_thread_area/get_thread_area calls that work there. */
#include "misc3_x64.c"
