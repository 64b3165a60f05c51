# os.path's string operations and file system queries, with CPython 3.11's
# answers.
import os.path
import os.path as osp
from os.path import join

assert osp is os.path
assert join("a", "b", "c") == "a/b/c"
assert join("/a", "/b", "c") == "/b/c"
assert join("a/", "b") == "a/b"
assert join("", "b") == "b"
assert os.path.basename("/x/y/z.txt") == "z.txt"
assert os.path.basename("/x/y/") == ""
assert os.path.dirname("/x/y/z.txt") == "/x/y"
assert os.path.dirname("//x") == "//"
assert os.path.dirname("a") == ""
assert os.path.split("/a/b/c") == ("/a/b", "c")
assert os.path.split("/") == ("/", "")
assert os.path.splitext("/x/y/z.tar.gz") == ("/x/y/z.tar", ".gz")
assert os.path.splitext(".bashrc") == (".bashrc", "")
assert os.path.splitext("a/..b") == ("a/..b", "")
assert os.path.splitext("a.d/b") == ("a.d/b", "")
assert os.path.normpath("a//b/./c/..") == "a/b"
assert os.path.normpath("/../a") == "/a"
assert os.path.normpath("../a/../..") == "../.."
assert os.path.normpath("//a") == "//a"
assert os.path.normpath("///a") == "/a"
assert os.path.normpath("") == "."
assert os.path.abspath("/a/b/../c") == "/a/c"
assert os.path.isabs(os.path.abspath("rel"))
assert os.path.isabs("/a") and not os.path.isabs("a")
assert os.path.exists("/") and os.path.isdir("/") and not os.path.isfile("/")
assert not os.path.exists("/nonexistent/xyz")
assert not os.path.isdir("/nonexistent/xyz")
assert os.path.commonprefix(["abc", "abd", "ab"]) == "ab"
assert os.path.commonprefix([]) == ""
assert os.path.sep == "/"
try:
    os.path.join("a", 1)
except TypeError:
    pass
else:
    raise AssertionError("join accepted an int")
print("ok")
