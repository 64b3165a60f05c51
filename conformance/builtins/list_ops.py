# list operators: *, *=, +, +=, comparison, del.
l = [1, 2]
print(l * 2, 2 * l, l * 0, l * -1, [] * 5, [[0]] * 2)
m = l; m *= 3; print(l, m is l)
m *= 0; print(l)
l = [1]
l += (2, 3); l += "ab"; l += range(2); l += {5: 0}; print(l)
a = [1]; b = a; b += [2]; print(a)
print([1, 2] + [3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [[1]] == [[1]])
l = [1, 2, 3]; del l[1]; print(l)
for f in ["[1] + (2,)", "[1] * 1.5", "[1] * 'a'", "l = [1]; l *= 'x'", "[1] < 'a'", "[1] - [1]", "l = [1]; l += 1"]:
    try:
        exec(f)
    except TypeError as e:
        print("TypeError:", e)
