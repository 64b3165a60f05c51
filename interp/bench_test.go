package interp

import (
	"io"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/awaitproto"
)

// BenchmarkStepCoroutineFromGo measures one resumption of a Python
// coroutine driven from Go through awaitproto, as an event loop's task
// does: the coroutine awaits a generator-based awaitable that yields once
// per step.
func BenchmarkStepCoroutineFromGo(b *testing.B) {
	ctx := NewContext(Config{Stdout: io.Discard})
	defer ctx.Close()
	src := "import types\n" +
		"@types.coroutine\n" +
		"def tick():\n" +
		"    while True:\n" +
		"        yield\n" +
		"async def forever():\n" +
		"    await tick()\n"
	require.NoError(b, RunMain(ctx, src, "bench.py"))
	mod, err := ctx.GetModule("__main__")
	require.NoError(b, err)
	coro, err := py.Call(mod.Globals["forever"], nil, nil)
	require.NoError(b, err)
	it, err := awaitproto.Iterator(coro)
	require.NoError(b, err)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := awaitproto.Send(it, py.None)
		if err != nil || r.Done {
			b.Fatalf("step %d: %v %v", i, r, err)
		}
	}
}
