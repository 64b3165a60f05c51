package locks_test

import (
	"runtime"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"
)

// BenchmarkQueuePingPong is a Python producer and consumer passing b.N
// items through a Queue of size 1, so every item switches tasks twice;
// CPython 3.11 does about 101k items/s on this machine kind.
func BenchmarkQueuePingPong(b *testing.B) {
	e := newEnv(b)
	g := e.exec(b, `
async def producer(q, n):
    for i in range(n):
        await q.put(i)

async def consumer(q, n):
    total = 0
    for i in range(n):
        total += await q.get()
    return total

async def main(n):
    q = Queue(1)
    p = loop.create_task(producer(q, n))
    total = await consumer(q, n)
    await p
    return total
`)
	b.ResetTimer()
	coro, err := py.Call(g["main"], py.Tuple{py.Int(b.N)}, nil)
	require.NoError(b, err)
	res, err := e.run(b, coro)
	require.NoError(b, err)
	b.StopTimer()
	require.Equal(b, py.Int(b.N*(b.N-1)/2), res)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkEventWaiters suspends b.N tasks in Event.wait() and reports
// the heap bytes each one holds while suspended (CPython 3.11: about
// 1157 bytes per task, by bench/workloads/asyncio_event_memory.py).
func BenchmarkEventWaiters(b *testing.B) {
	e := newEnv(b)
	g := e.exec(b, `
async def waiter(event):
    await event.wait()

async def main(n, measure):
    event = Event()
    tasks = [loop.create_task(waiter(event)) for _ in range(n)]
    await sleep0()
    measure()
    event.set()
    for t in tasks:
        await t
`)
	var suspended int64
	measure := py.MustNewMethod("measure", func(py.Object, py.Tuple) (py.Object, error) {
		suspended = heapInUse()
		return py.None, nil
	}, 0, "")
	b.ResetTimer()
	before := heapInUse()
	coro, err := py.Call(g["main"], py.Tuple{py.Int(b.N), measure}, nil)
	require.NoError(b, err)
	_, err = e.run(b, coro)
	require.NoError(b, err)
	b.StopTimer()
	b.ReportMetric(float64(suspended-before)/float64(b.N), "bytes/task")
}

// heapInUse is the Go heap in use after a collection.
func heapInUse() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapInuse)
}
