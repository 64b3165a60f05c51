def show(e):
    print(name_of(e), *e.args)

tests = ['[1][5]', '(1,)[5]', '"a"[5]', '"a" + 1', '[1] + 1', '(1,) + 1', '"a" * "b"', '[1] * "b"',
         '2.5 * "ab"', '1 + "a"', '[1] + (1,)', 'x = [1]; x[5] = 1', 'x = [1]; del x[5]', '"a" < 1',
         '[1] < (1,)', '1 < "a"', 'None + 1', '1 - "a"', 'x = 1; x += "a"', 'x = "a"; x += 1',
         '-"a"', '~1.5', '+[1]', 'None >= 0', '1 // "a"', '1 % None', '1 & 1.5', '1 << "a"']
for t in tests:
    try:
        exec(t)
        print(t, "no error")
    except Exception as e:
        print(t, "->", end=" ")
        show(e)

print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [1], (2,) > (1, 5), [1, 2] >= [1, 2])
print([3, 1] <= [3, 1], (1, 2) > (1, 2), None == 0, None != 0, 1 == "a")
print(sorted([3, 1, 2]))
print(max(1, 5, 3), min([4, 2, 8]))
