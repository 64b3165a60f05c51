# Messages of common built-in errors.
def show(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: 1 / 0)
show(lambda: 1 % 0)
show(lambda: [1][5])
show(lambda: (1,)[-3])
show(lambda: {"a": 1}["b"])
show(lambda: "abc" + 1)
show(lambda: 1 + "abc")
show(lambda: int("x1"))
show(lambda: undefined_name)
show(lambda: None.attr)
show(lambda: len(5))
show(lambda: [].nope)
show(lambda: "a" * "b")
