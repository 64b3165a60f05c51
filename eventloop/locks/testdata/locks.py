# asyncio.locks behaviour; the expected output is CPython 3.11's.
try:
    _ = loop
except NameError:
    import asyncio
    from asyncio import (Event, Lock, Semaphore, BoundedSemaphore, Condition,
                         Barrier, BrokenBarrierError, CancelledError)
    loop = asyncio.new_event_loop()

    def sleep0():
        return asyncio.sleep(0)


def state(o):
    return repr(o).split(" [")[1][:-2]


async def show(label, aw):
    try:
        print(label, repr(await aw))
    except BaseException as e:
        print(label, "raised", type(e).__name__, list(e.args))


def show_sync(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except BaseException as e:
        print(label, "raised", type(e).__name__, list(e.args))


async def event_demo():
    print("-- Event")
    ev = Event()
    print(state(ev), ev.is_set())
    order = []

    async def waiter(name):
        r = await ev.wait()
        order.append((name, r))

    t1 = loop.create_task(waiter("a"))
    t2 = loop.create_task(waiter("b"))
    await sleep0()
    print(state(ev))
    ev.set()
    print(state(ev), ev.is_set())
    await t1
    await t2
    print(order)
    await show("wait when set", ev.wait())
    ev.clear()
    print(state(ev), ev.is_set())
    t3 = loop.create_task(ev.wait())
    await sleep0()
    t3.cancel()
    try:
        await t3
    except CancelledError:
        print("cancelled waiter", state(ev))


async def lock_demo():
    print("-- Lock")
    lock = Lock()
    print(state(lock), lock.locked())
    show_sync("release unlocked", lock.release)
    await show("acquire", lock.acquire())
    print(state(lock))
    order = []

    async def worker(name):
        async with lock:
            order.append(name + " in")
            await sleep0()
            order.append(name + " out")

    tasks = [loop.create_task(worker(n)) for n in ("w1", "w2", "w3")]
    await sleep0()
    print(state(lock))
    lock.release()
    for t in tasks:
        await t
    print(order)
    print(state(lock))

    print("-- Lock cancel handover")
    await lock.acquire()
    got = []

    async def taker(name):
        await lock.acquire()
        got.append(name)
        lock.release()

    ta = loop.create_task(taker("a"))
    tb = loop.create_task(taker("b"))
    await sleep0()
    # Wake a, then cancel it before it runs: b must get the lock.
    lock.release()
    ta.cancel()
    await sleep0()
    await sleep0()
    await sleep0()
    print(got, ta.cancelled(), tb.done(), lock.locked())

    print("-- Lock cancelled waiter skipped")
    await lock.acquire()
    tc = loop.create_task(taker("c"))
    td = loop.create_task(taker("d"))
    await sleep0()
    tc.cancel()
    await sleep0()
    lock.release()
    await td
    print(got, tc.cancelled(), lock.locked())


async def semaphore_demo():
    print("-- Semaphore")
    show_sync("negative", Semaphore, -1)
    sem = Semaphore(2)
    print(state(sem), sem.locked())
    await sem.acquire()
    print(state(sem))
    await sem.acquire()
    print(state(sem), sem.locked())
    order = []

    async def user(name):
        async with sem:
            order.append(name)

    tasks = [loop.create_task(user(n)) for n in ("u1", "u2")]
    await sleep0()
    print(state(sem), order)
    sem.release()
    await sleep0()
    print(order)
    sem.release()
    for t in tasks:
        await t
    print(order, state(sem))
    sem.release()
    print(state(sem))

    print("-- BoundedSemaphore")
    bs = BoundedSemaphore(1)
    print(state(bs), type(bs).__name__)
    show_sync("release too many", bs.release)
    async with bs:
        print("inside", state(bs))
    print(state(bs))


async def condition_demo():
    print("-- Condition")
    cond = Condition()
    print(state(cond))
    await show("wait unlocked", cond.wait())
    show_sync("notify unlocked", cond.notify)
    log = []

    async def consumer(name):
        async with cond:
            r = await cond.wait()
            log.append((name, r, cond.locked()))

    tasks = [loop.create_task(consumer(n)) for n in ("c1", "c2", "c3")]
    await sleep0()
    print(state(cond))
    async with cond:
        cond.notify()
    await sleep0()
    print(log)
    async with cond:
        cond.notify_all()
    for t in tasks:
        await t
    print(log, state(cond))

    value = [0]

    async def setter():
        for i in range(3):
            await sleep0()
            async with cond:
                value[0] += 1
                cond.notify_all()

    st = loop.create_task(setter())
    async with cond:
        r = await cond.wait_for(lambda: value[0] >= 2 and value[0])
    print("wait_for", r)
    await st

    print("-- Condition cancel")
    lock = Lock()
    cond2 = Condition(lock)

    async def cancelled_waiter():
        async with cond2:
            try:
                await cond2.wait()
            except CancelledError:
                print("cancelled, locked:", cond2.locked())
                raise

    t = loop.create_task(cancelled_waiter())
    await sleep0()
    await lock.acquire()
    t.cancel()
    await sleep0()
    print("holder still has it", lock.locked(), t.done())
    lock.release()
    try:
        await t
    except CancelledError:
        print("task cancelled", lock.locked())


async def barrier_demo():
    print("-- Barrier")
    show_sync("zero", Barrier, 0)
    b = Barrier(3)
    print(state(b), b.parties, b.n_waiting, b.broken)
    out = []

    async def party(name):
        i = await b.wait()
        out.append((name, i))

    tasks = [loop.create_task(party(n)) for n in ("p1", "p2")]
    await sleep0()
    print(state(b), b.n_waiting)
    tasks.append(loop.create_task(party("p3")))
    for t in tasks:
        await t
    print(out, state(b))

    tasks = [loop.create_task(party(n)) for n in ("q1", "q2")]
    await sleep0()
    await b.abort()
    for t in tasks:
        try:
            await t
        except BrokenBarrierError as e:
            print("broken", list(e.args))
    print(state(b), b.broken)
    await show("wait on broken", b.wait())
    await b.reset()
    print(state(b))

    tasks = [loop.create_task(party(n)) for n in ("r1",)]
    await sleep0()
    await b.reset()
    try:
        await tasks[0]
    except BrokenBarrierError as e:
        print("reset", list(e.args))
    print(state(b))


async def more_demo():
    print("-- Semaphore woken then cancelled")
    sem = Semaphore(0)
    got = []

    async def taker(name):
        await sem.acquire()
        got.append(name)

    ta = loop.create_task(taker("a"))
    tb = loop.create_task(taker("b"))
    await sleep0()
    sem.release()
    ta.cancel()
    await sleep0()
    await sleep0()
    print(got, ta.cancelled(), state(sem))

    print("-- wait_for predicate raises")
    cond = Condition()

    def bad():
        raise KeyError("k")

    async with cond:
        try:
            await cond.wait_for(bad)
        except KeyError as e:
            print("KeyError", list(e.args), cond.locked())

    print("-- Condition over a user lock")

    class Recorder:
        def __init__(self):
            self.inner = Lock()
            self.log = []

        async def acquire(self):
            self.log.append("acquire")
            return await self.inner.acquire()

        def release(self):
            self.log.append("release")
            self.inner.release()

        def locked(self):
            return self.inner.locked()

    rec = Recorder()
    c2 = Condition(rec)

    async def notifier():
        async with c2:
            c2.notify()

    async with c2:
        loop.create_task(notifier())
        r = await c2.wait()
    print(r, rec.log, c2.locked())

    print("-- Barrier async with")
    b = Barrier(2)
    idx = []

    async def party():
        async with b as i:
            idx.append(i)

    t1 = loop.create_task(party())
    t2 = loop.create_task(party())
    await t1
    await t2
    print(idx, b.n_waiting)

    print("-- Lock cancelled while waiting keeps others")
    lock = Lock()
    await lock.acquire()
    waiters = [loop.create_task(lock.acquire()) for _ in range(3)]
    await sleep0()
    waiters[0].cancel()
    await sleep0()
    print(state(lock), lock.locked())
    lock.release()
    await waiters[1]
    print(waiters[1].result(), waiters[2].done(), state(lock))
    lock.release()
    await waiters[2]
    lock.release()
    print(state(lock))


async def main():
    await event_demo()
    await lock_demo()
    await semaphore_demo()
    await condition_demo()
    await barrier_demo()
    await more_demo()


loop.run_until_complete(main())
