package vm

import (
	"io"
	"testing"

	"github.com/go-python/gpython/py"
	gvm "github.com/go-python/gpython/vm"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp/compiler"
)

// Each workload defines run(), which does 1000 steps of one kind.
var benchWorkloads = map[string]string{
	"Calls": `
def f(a, b):
    return a
def run():
    i = 0
    while i < 1000:
        f(i, 1)
        i += 1
`,
	"GeneratorSteps": `
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
def run():
    for x in gen(1000):
        pass
`,
	"WhileLoop": `
def run():
    i = 0
    while i < 1000:
        i += 1
`,
	"AttributeAccess": `
class C:
    pass
o = C()
o.x = 1
def run():
    i = 0
    while i < 1000:
        o.x
        i += 1
`,
}

type evaluator struct {
	name     string
	evalCode func(py.Context, *py.Code, py.StringDict, py.StringDict, []py.Object, py.StringDict, []py.Object, py.StringDict, py.Tuple) (py.Object, error)
	runFrame func(*py.Frame) (py.Object, error)
}

// BenchmarkEval runs each workload on gpython's evaluator and on ours, with
// the same code objects.
func BenchmarkEval(b *testing.B) {
	evaluators := []evaluator{
		{"gpython", gvm.EvalCode, gvm.RunFrame},
		{"gpyasync", EvalCode, RunFrame},
	}
	for _, name := range []string{"Calls", "GeneratorSteps", "WhileLoop", "AttributeAccess"} {
		for _, ev := range evaluators {
			b.Run(name+"/"+ev.name, func(b *testing.B) { benchOn(b, ev, name, benchWorkloads[name], nil) })
		}
	}
}

// benchOn runs the module src on evaluator ev, calls setup (if any) on its
// globals, then times calls of its run().
func benchOn(b *testing.B, ev evaluator, name, src string, setup func(py.StringDict)) {
	saveEval, saveRun := py.VmEvalCode, py.VmRunFrame
	py.VmEvalCode, py.VmRunFrame = ev.evalCode, ev.runFrame
	defer func() { py.VmEvalCode, py.VmRunFrame = saveEval, saveRun }()
	ctx, g := newTestContext(b, io.Discard)
	if setup != nil {
		setup(g)
	}
	code, err := compiler.Compile(src, name, py.ExecMode, 0, true)
	require.NoError(b, err)
	_, err = ev.evalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
	require.NoError(b, err)
	run := g["run"]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := py.Call(run, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// awaitWorkload awaits a trivial coroutine 1000 times inside a Python
// loop; gpython cannot run it, so it has its own benchmark.
const awaitWorkload = `
async def trivial():
    return 1
async def loop():
    i = 0
    while i < 1000:
        await trivial()
        i += 1
def run():
    c = loop()
    try:
        c.send(None)
    except StopIteration:
        pass
`

// BenchmarkAwait reports the cost of one await of a trivial coroutine in
// ns/await (ns/op covers 1000 awaits); CPython 3.11 does 7.85M/s on this
// machine kind, 127 ns each.
func BenchmarkAwait(b *testing.B) {
	ctx, g := newTestContext(b, io.Discard)
	code, err := compiler.Compile(awaitWorkload, "await", py.ExecMode, 0, true)
	require.NoError(b, err)
	_, err = EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
	require.NoError(b, err)
	run := g["run"]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := py.Call(run, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1000, "ns/await")
}
