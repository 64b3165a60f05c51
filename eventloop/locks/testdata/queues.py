# asyncio.queues behaviour; the expected output is CPython 3.11's.
try:
    _ = loop
except NameError:
    import asyncio
    from asyncio import (Queue, PriorityQueue, LifoQueue, QueueEmpty,
                         QueueFull, CancelledError)
    loop = asyncio.new_event_loop()

    def sleep0():
        return asyncio.sleep(0)


def show_sync(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except BaseException as e:
        print(label, "raised", type(e).__name__, list(e.args))


def text(q):
    # text(q), which gpyasync's str() does not dispatch to Go objects yet.
    return q.__str__()


def drain(q):
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    return out


async def basics():
    print("-- Queue basics")
    q = Queue()
    print(text(q), q.maxsize, q.qsize(), q.empty(), q.full())
    show_sync("get_nowait empty", q.get_nowait)
    q.put_nowait(1)
    await q.put("two")
    print(text(q), q.qsize(), q.empty())
    print(await q.get(), q.get_nowait())
    show_sync("task_done", q.task_done)
    show_sync("task_done", q.task_done)
    show_sync("task_done too many", q.task_done)
    print(text(q))

    print("-- bounded")
    b = Queue(2)
    b.put_nowait("a")
    b.put_nowait("b")
    print(b.full(), text(b))
    show_sync("put_nowait full", b.put_nowait, "c")
    log = []

    async def producer():
        for item in ("c", "d"):
            await b.put(item)
            log.append("put " + item)

    p = loop.create_task(producer())
    await sleep0()
    print(log, text(b))
    log.append("got " + await b.get())
    await sleep0()
    print(log)
    log.append("got " + await b.get())
    await p
    print(log, drain(b))


async def waiting():
    print("-- getters")
    q = Queue()
    got = []

    async def consumer(name):
        item = await q.get()
        got.append((name, item))
        q.task_done()

    tasks = [loop.create_task(consumer(n)) for n in ("g1", "g2", "g3")]
    await sleep0()
    print(text(q))
    tasks[1].cancel()
    await sleep0()
    print(text(q))
    q.put_nowait("x")
    q.put_nowait("y")
    await tasks[0]
    await tasks[2]
    print(got, tasks[1].cancelled(), text(q))
    await q.join()
    print("joined", text(q))

    print("-- join waits")
    q.put_nowait(1)
    q.put_nowait(2)
    done = []

    async def joiner():
        await q.join()
        done.append("joined")

    j = loop.create_task(joiner())
    await sleep0()
    q.get_nowait()
    q.task_done()
    await sleep0()
    print(done, text(q))
    q.get_nowait()
    q.task_done()
    await j
    print(done)

    print("-- getter woken then cancelled")
    q = Queue()
    t1 = loop.create_task(q.get())
    t2 = loop.create_task(q.get())
    await sleep0()
    q.put_nowait("only")
    t1.cancel()
    await sleep0()
    await sleep0()
    print(t1.cancelled(), t2.done() and t2.result(), q.qsize())


async def ordered():
    print("-- LifoQueue")
    lq = LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print(text(lq), drain(lq))

    print("-- PriorityQueue")
    pq = PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (0.5, "half"), (2, "a")]:
        pq.put_nowait(item)
    print(text(pq))
    print(drain(pq))
    for item in [5, 3.5, True, 9, -1, 2]:
        pq.put_nowait(item)
    print(drain(pq))
    for item in ["pear", "apple", "fig"]:
        pq.put_nowait(item)
    print(drain(pq))
    for item in [[2, 1], [1, 2, 3], [1, 2]]:
        pq.put_nowait(item)
    print(drain(pq))
    pq.put_nowait((1, "x"))
    show_sync("mixed", pq.put_nowait, ("y", 2))
    print(pq.qsize())
    pq = PriorityQueue()
    pq.put_nowait((1, {}))
    show_sync("equal dicts", pq.put_nowait, (1, {}))
    show_sync("dicts", pq.put_nowait, (1, {"a": 1}))
    pq = PriorityQueue()
    pq.put_nowait(1)
    show_sync("str int", pq.put_nowait, "1")
    pq = PriorityQueue()
    pq.put_nowait((1,))
    show_sync("None", pq.put_nowait, (1, None))
    print(drain(pq))


async def cancels():
    print("-- putter cancelled")
    q = Queue(1)
    q.put_nowait(0)
    p1 = loop.create_task(q.put(1))
    p2 = loop.create_task(q.put(2))
    await sleep0()
    print(text(q))
    p1.cancel()
    await sleep0()
    print(text(q), p1.cancelled())
    print(q.get_nowait())
    await p2
    print(text(q))

    print("-- putter woken then cancelled")
    q = Queue(1)
    q.put_nowait("a")
    p1 = loop.create_task(q.put("b"))
    p2 = loop.create_task(q.put("c"))
    await sleep0()
    q.get_nowait()
    p1.cancel()
    await sleep0()
    await sleep0()
    print(p1.cancelled(), p2.done(), text(q))

    print("-- get with timeout-like cancel")
    q = Queue()
    g = loop.create_task(q.get())
    await sleep0()
    g.cancel()
    try:
        await g
    except CancelledError:
        print("get cancelled", text(q))
    q.put_nowait(1)
    print(text(q))


async def main():
    await cancels()
    await basics()
    await waiting()
    await ordered()


loop.run_until_complete(main())
