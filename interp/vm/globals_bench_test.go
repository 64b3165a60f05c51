package vm

import (
	"io"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp/compiler"
)

// globalStores are module-level loops that assign globals: the store path
// that records the insertion order of new names.
var globalStores = map[string]string{
	"StoreName": `
i = 0
while i < 1000:
    x = i
    i += 1
`,
	"StoreGlobal": `
def run():
    global x
    for i in range(1000):
        x = i
run()
`,
}

// BenchmarkGlobalStores times 1000 stores of an existing global per op.
func BenchmarkGlobalStores(b *testing.B) {
	for _, name := range []string{"StoreName", "StoreGlobal"} {
		b.Run(name, func(b *testing.B) {
			ctx, g := newTestContext(b, io.Discard)
			code, err := compiler.Compile(globalStores[name], name, py.ExecMode, 0, true)
			require.NoError(b, err)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
