# copy.copy and copy.deepcopy.
import copy


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return 'Node(%r, %r)' % (self.value, self.children)


data = {'a': [1, [2, 3]], 'b': (4, [5])}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data['a'][1].append(99)
data['b'][1].append(6)
print(shallow, deep)
print(shallow['a'] is data['a'], deep['a'] is data['a'])

lst = [1, [2]]
print(copy.copy(lst) == lst, copy.copy(lst) is lst, copy.copy(lst)[1] is lst[1])
print(copy.copy((1, 2)), copy.copy('s'), copy.deepcopy(5), copy.deepcopy((1, 2)))

tree = Node(1, [Node(2), Node(3)])
t2 = copy.deepcopy(tree)
t2.children[0].value = 20
print(tree, t2)
t3 = copy.copy(tree)
print(t3.children is tree.children, t3 is tree)

shared = [0]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)

cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[0])


class Custom:
    def __init__(self):
        self.log = []

    def __copy__(self):
        c = Custom()
        c.log = ['copied']
        return c

    def __deepcopy__(self, memo):
        c = Custom()
        c.log = ['deep']
        return c


print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log)
print(copy.copy(len) is len, copy.deepcopy(Node) is Node)
