# A generator catches a thrown exception and keeps yielding; throw() returns the next value.
def g():
    i = 0
    while i < 3:
        try:
            yield i
        except ValueError as e:
            print("generator handled", e)
            i += 1
        i += 1
    return "finished at %d" % i


it = g()
print("next:", next(it))
print("throw returned:", it.throw(ValueError("jump")))
try:
    it.throw(ValueError("again"))
except StopIteration as e:
    print("StopIteration value:", e.value)
