# A generator used as a coroutine, driven by hand with send().
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count


co = averager()
next(co)
for v in [10, 20, 60]:
    print("sent", v, "average", co.send(v))
try:
    co.send(None)
except StopIteration as e:
    print("final", e.value)


def grep(pattern):
    print("looking for", pattern)
    while True:
        line = yield
        if pattern in line:
            print("match:", line)


gr = grep("py")
next(gr)
for line in ["gopher", "python", "pypy", "go"]:
    gr.send(line)
gr.close()
