package eventloop_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp"
)

// runAsyncio runs src, which defines main(n), with asyncio.run(main(b.N)).
func runAsyncio(b *testing.B, src string) {
	e := newEnv(b)
	e.exec(b, "import asyncio\n"+src)
	b.ResetTimer()
	err := interp.RunMain(e.ctx, fmt.Sprintf("import asyncio\n%s\nasyncio.run(main(%d))\n", src, b.N), "bench.py")
	if err != nil {
		b.Fatal(interp.FormatException(err))
	}
	require.Empty(b, e.stderr.String())
}

// BenchmarkSleepZeroSwitches: 1000 tasks doing `await asyncio.sleep(0)`;
// one op is one task switch (CPython 3.11: 642k/s on the reference
// machine).
func BenchmarkSleepZeroSwitches(b *testing.B) {
	runAsyncio(b, `
async def spin(k):
    for _ in range(k):
        await asyncio.sleep(0)

async def main(n):
    k = n // 1000 + 1
    await asyncio.gather(*[spin(k) for _ in range(1000)])
`)
}

// BenchmarkSpawnGather: one op is one task created and gathered
// (CPython 3.11: 131k/s).
func BenchmarkSpawnGather(b *testing.B) {
	runAsyncio(b, `
async def noop():
    return 1

async def main(n):
    while n > 0:
        k = min(n, 1000)
        await asyncio.gather(*[noop() for _ in range(k)])
        n -= k
`)
}

// BenchmarkAwaitChain: one op is one await of a trivial coroutine inside a
// task (CPython 3.11: 8.45M/s on this machine).
func BenchmarkAwaitChain(b *testing.B) {
	runAsyncio(b, `
async def trivial():
    return 1

async def main(n):
    for _ in range(n):
        await trivial()
`)
}
