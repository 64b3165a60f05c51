# json: dumps formatting options, loads, round trips and errors.
import json

data = {'name': 'gpy', 'n': 3, 'pi': 3.14, 'ok': True, 'none': None,
        'list': [1, 2.5, 'x', [], {}], 'nested': {'a': [1, {'b': None}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, separators=(',', ':')))
print(json.dumps([1, [2, [3]]], indent='\t'))
print(json.dumps('caf\u00e9 \u2603 \U0001f600 "q" \\ \n\t\x01'))
print(json.dumps('caf\u00e9 \u2603', ensure_ascii=False))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', None: 'n'}))
print(json.dumps([float('inf'), float('-inf'), 1e100, 0.1, -0.0, 10 ** 20]))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(''), json.dumps(False))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent=1))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: {'x': o.x, 'y': o.y}))

text = '{"a": [1, 2.0, -3e2, true, false, null], "b": "\\u00e9\\n\\ud83d\\ude00", "c": {}}'
obj = json.loads(text)
print(obj, type(obj['a'][1]).__name__, type(obj['a'][2]).__name__)
print(json.loads('  [1, "two", {"three": 3}]  '), json.loads('"x"'), json.loads('-0'), json.loads('1E3'))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5]', parse_float=str), json.loads('NaN') != json.loads('NaN'), json.loads('Infinity'))
print(json.loads(json.dumps(data)) == data)

bad = ['', '[1,]', '{"a" 1}', '{a: 1}', '[1 2]', '"abc', '[1] x', 'tru', '{"a": 1,}', '"\\x"',
       '"\\u12"', '"a\nb"', '01']
for doc in bad:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))

for thing in [{(1, 2): 3}, Point(0, 0), float('nan')]:
    try:
        json.dumps(thing, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps({(1, 2): 3, 'k': 4}, skipkeys=True))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError:', e)
