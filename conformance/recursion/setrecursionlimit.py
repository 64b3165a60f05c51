# A lower recursion limit makes shallow recursion fail; restoring it works again.
import sys


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


old = sys.getrecursionlimit()
print("default limit", old)
sys.setrecursionlimit(50)
try:
    depth(200)
    print("no error")
except RecursionError:
    print("caught RecursionError with low limit")
sys.setrecursionlimit(old)
print("back to", sys.getrecursionlimit(), depth(200))
