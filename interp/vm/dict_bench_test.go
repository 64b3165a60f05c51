package vm

import (
	"testing"

	gvm "github.com/go-python/gpython/vm"
)

// dictWorkloads store and read back 1000 dict items per run(): str keys,
// which gpython's own dict handles, and int keys, which it cannot hold.
var dictWorkloads = map[string]string{
	"DictStrKeys": `
keys = ["k%d" % i for i in range(1000)]
def run():
    d = {}
    for k in keys:
        d[k] = k
        d[k]
`,
	"DictIntKeys": `
def run():
    d = {}
    i = 0
    while i < 1000:
        d[i] = i
        d[i]
        i += 1
`,
}

// BenchmarkDict runs the dict workloads; the str-key one also on
// gpython's evaluator, whose dict is a Go map.
func BenchmarkDict(b *testing.B) {
	ours := evaluator{"gpyasync", EvalCode, RunFrame}
	b.Run("DictStrKeys/gpython", func(b *testing.B) {
		benchOn(b, evaluator{"gpython", gvm.EvalCode, gvm.RunFrame}, "DictStrKeys", dictWorkloads["DictStrKeys"], nil)
	})
	for _, name := range []string{"DictStrKeys", "DictIntKeys"} {
		b.Run(name+"/gpyasync", func(b *testing.B) { benchOn(b, ours, name, dictWorkloads[name], nil) })
	}
}
