# linecache: getline, getlines, clearcache, checkcache.
import linecache
import os

me = os.path.basename(__file__)
print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 2)))
print(repr(linecache.getline(__file__, 0)), repr(linecache.getline(__file__, 10**6)))
print(repr(linecache.getline("<string>", 1)), repr(linecache.getline("no_such_file.py", 1)))
lines = linecache.getlines(__file__)
print(len(lines) > 10, lines[0].endswith("\n"))
linecache.checkcache(__file__)
linecache.checkcache()
print(repr(linecache.getline(__file__, 3)))
linecache.clearcache()
print(repr(linecache.getline(__file__, 4)))
# last line without newline
print("no newline at end")