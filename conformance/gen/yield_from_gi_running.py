# While a delegated-to generator runs, the outer one reports gi_running too.
def inner():
    print("inner sees outer running:", outer_gen.gi_running)
    print("inner sees itself running:", inner_gen.gi_running)
    yield 1


def outer():
    yield from inner_gen


inner_gen = inner()
outer_gen = outer()
next(outer_gen)
print("after yield: outer running", outer_gen.gi_running, "inner running", inner_gen.gi_running)
