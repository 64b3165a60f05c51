# Assignment expressions in conditions, calls, displays and expressions.
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long", n)
while (item := data.pop()) > 2:
    print("popped", item)
print(item, data)
print((y := 5), y)
print(abs(z := -3), z)
print([a := 1, a + 1, (b := a + 2)], b)
print({c := "k", c * 2} == {"k", "kk"})
t = (p := 1, p + 1)
print(t, p)
print(d := 10) if False else print("else", (d := 11))
print(d)
x = [10, 20, 30]
print(x[i := 1], i)
f = lambda: (v := 42)
print(f())
print(f.__code__.co_varnames)
chunks = iter(["ab", "cd", ""])
out = []
while chunk := next(chunks):
    out.append(chunk)
print(out)
if m := 0:
    print("never")
elif m := 7:
    print("elif", m)


def g(q=(w := 9)):
    return q


print(g(), w)
print((s := "a") + (s := s + "b"), s)
