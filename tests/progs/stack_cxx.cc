// -k on a C++ program: frames show demangled names, as strace's do.
#include <unistd.h>

namespace shapes {
template <typename T> struct Box {
	static T open(T v)
	{
		getppid();
		return v;
	}
};
} // namespace shapes

int main()
{
	return shapes::Box<int>::open(0);
}
