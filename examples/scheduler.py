# A tiny cooperative scheduler built from generators: the idea asyncio grew
# out of. Each task is a generator; `yield` hands control back to the
# scheduler, and `yield from` delegates to a sub-task and gets its return value.


def sleep(ticks):
    # Suspend the current task for a number of scheduler ticks.
    for _ in range(ticks):
        yield
    return ticks


def worker(name, steps):
    total = 0
    for i in range(steps):
        waited = yield from sleep(i % 2 + 1)
        total += waited
        print("%s: step %d (waited %d ticks)" % (name, i, waited))
    return "%s done after %d ticks" % (name, total)


def run(tasks):
    # Round-robin until every task has returned; collect the return values.
    results = {}
    queue = [(name, tasks[name]) for name in sorted(tasks)]
    while queue:
        still_running = []
        for name, task in queue:
            try:
                next(task)
            except StopIteration as stop:
                results[name] = stop.value
            else:
                still_running.append((name, task))
        queue = still_running
    return results


results = run({"a": worker("a", 3), "b": worker("b", 2)})
for name in sorted(results):
    print(results[name])
