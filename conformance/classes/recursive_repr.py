# A __repr__ that recurses without end raises RecursionError, which can
# be caught; the program goes on normally afterwards.
class Loop:
    def __repr__(self):
        return "Loop(%r)" % (self,)

try:
    repr(Loop())
except RecursionError:
    print("RecursionError caught")

class Str:
    def __str__(self):
        return str(self)
try:
    str(Str())
except RecursionError:
    print("RecursionError from __str__")

class Attr:
    def __getattr__(self, name):
        return self.other
try:
    Attr().x
except RecursionError:
    print("RecursionError from __getattr__")

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)
n = Node("a")
n.children.append(Node("b"))
print(n)
l = []
l.append(l)
print(l)
def deep(k):
    return deep(k + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still running")
