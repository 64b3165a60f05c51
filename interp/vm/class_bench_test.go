package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	gvm "github.com/go-python/gpython/vm"

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
			var setup func(py.StringDict)
			if ev.name == "gpyasync" {
				setup = func(g py.StringDict) { g["isinstance"] = isinstance }
			}
			b.Run(name+"/"+ev.name, func(b *testing.B) { benchOn(b, ev, name, classWorkloads[name], setup) })
		}
	}
}
