# throw() into a suspended generator: the traceback includes the generator's yield line.
def worker():
    print("working")
    yield 1
    print("not reached")


w = worker()
next(w)
w.throw(RuntimeError("stop working"))
