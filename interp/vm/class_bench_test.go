package vm

import (
	"io"
	"testing"

	"github.com/go-python/gpython/py"
	gvm "github.com/go-python/gpython/vm"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp/compiler"
	"github.com/gpyasync/gpyasync/interp/object"
)

// Each class workload defines run(), which does 1000 steps of one kind on
// an instance of a user class.
var classWorkloads = map[string]string{
	"InstanceAttr": `
class C:
    def __init__(self):
        self.x = 1
o = C()
def run():
    i = 0
    while i < 1000:
        o.x
        i += 1
`,
	"MethodCall": `
class C:
    def m(self, a):
        return a
o = C()
def run():
    i = 0
    while i < 1000:
        o.m(i)
        i += 1
`,
	"Isinstance": `
class A:
    pass
class B(A):
    pass
o = B()
def run():
    i = 0
    while i < 1000:
        isinstance(o, A)
        i += 1
`,
}

// BenchmarkClasses runs the class workloads on gpython's evaluator, where
// it can run them (its isinstance ignores inheritance, so Isinstance runs
// on ours only), and on ours with interp/object's isinstance.
func BenchmarkClasses(b *testing.B) {
	isinstance := py.MustNewMethod("isinstance", func(_ py.Object, args py.Tuple) (py.Object, error) {
		r, err := object.IsInstance(args[0], args[1])
		return py.NewBool(r), err
	}, 0, "")
	evaluators := []evaluator{
		{"gpython", gvm.EvalCode, gvm.RunFrame},
		{"gpyasync", EvalCode, RunFrame},
	}
	for _, name := range []string{"InstanceAttr", "MethodCall", "Isinstance"} {
		for _, ev := range evaluators {
			if name == "Isinstance" && ev.name == "gpython" {
				continue
			}
			b.Run(name+"/"+ev.name, func(b *testing.B) {
				saveEval, saveRun := py.VmEvalCode, py.VmRunFrame
				py.VmEvalCode, py.VmRunFrame = ev.evalCode, ev.runFrame
				defer func() { py.VmEvalCode, py.VmRunFrame = saveEval, saveRun }()
				ctx, g := newTestContext(b, io.Discard)
				if ev.name == "gpyasync" {
					g["isinstance"] = isinstance
				}
				code, err := compiler.Compile(classWorkloads[name], name, py.ExecMode, 0, true)
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
			})
		}
	}
}
