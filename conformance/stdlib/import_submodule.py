# import a.b binds a to the top package; import a.b as c binds c to a.b.
import collections.abc
import os
print(os.path.basename("/a/b"), os.path is __import__("os.path").path)
print(type(collections).__name__, collections.__name__)
print(collections.abc.__name__)
print(hasattr(collections, "OrderedDict"))
import collections.abc as cabc
print(cabc.__name__)
print(cabc is collections.abc)
import os.path
print(os.path.join("a", "b", "c"))
print(os.path.basename("/x/y/z.txt"), os.path.dirname("/x/y/z.txt"))
print(os.path.splitext("/x/y/z.tar.gz"), os.path.splitext("noext"), os.path.splitext(".bashrc"))
print(os.path.join("/a", "/b", "c"), os.path.join("a/", "b"))
print(os.path.isabs("/a"), os.path.isabs("a"))
print(os.path.exists("/"), os.path.isdir("/"), os.path.isfile("/"))
print(os.path.exists("/nonexistent/xyz"))
print(os.path.abspath("/a/b/../c"), os.path.normpath("a//b/./c/.."))
print(os.path.split("/a/b/c"))
from os.path import join as j
print(j("p", "q"))
import os.path as osp
print(osp is os.path)
