package interp

import (
	"io"
	"testing"

	"github.com/stretchr/testify/require"
)

// importAll imports every embedded standard module.
const importAll = `import functools, itertools, operator, heapq, abc, collections
import collections.abc, _collections_abc, dataclasses, enum, traceback
import weakref, contextlib, copy, keyword, typing, json, os.path
`

// BenchmarkImportStdlib measures a fresh context importing every embedded
// module, which is what a program's start pays.
func BenchmarkImportStdlib(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ctx := NewContext(Config{Stdout: io.Discard})
		require.NoError(b, RunMain(ctx, importAll, "bench.py"))
		ctx.Close()
	}
}
