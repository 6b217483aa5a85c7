#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void){
 uint32_t d[4] = { 5, 0x1234, 0xfffff, 0x51 };
 uint32_t e[4] = { 0xffffffff, 0x12345678, 0x12, 0xff };
 syscall(SYS_set_thread_area, d);
 syscall(SYS_set_thread_area, e);
 syscall(SYS_set_thread_area, NULL);
 syscall(SYS_set_thread_area, (void*)1);
 syscall(SYS_get_thread_area, d);
 d[0]=12; syscall(SYS_get_thread_area, d);
 syscall(SYS_get_thread_area, (void*)1);
 return 0;}
