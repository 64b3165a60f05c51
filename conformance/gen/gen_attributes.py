# gi_running, gi_frame and gi_code through a generator's life.
def worker():
    print("inside: gi_running =", me.gi_running)
    yield 1
    yield 2


me = worker()
print("name:", me.gi_code.co_name)
print("before: running", me.gi_running, "frame is None", me.gi_frame is None)
next(me)
print("suspended: running", me.gi_running, "frame is None", me.gi_frame is None)
print("frame line:", me.gi_frame.f_lineno)
list(me)
print("finished: running", me.gi_running, "frame is None", me.gi_frame is None)
print("genexpr code name:", (x for x in []).gi_code.co_name)
print("__name__:", worker().__name__)
