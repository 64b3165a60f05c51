package locks_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	_ "github.com/gpyasync/gpyasync/eventloop/asyncio"
	"github.com/gpyasync/gpyasync/interp"
)

// TestScriptsWithAsyncio runs the testdata programs as CPython does:
// importing asyncio, with no names injected.
func TestScriptsWithAsyncio(t *testing.T) {
	for _, name := range []string{"locks.py", "queues.py"} {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			ctx := interp.NewContext(interp.Config{Stdout: &out, Stderr: &out})
			defer func() { _ = ctx.Close() }()
			if err := interp.RunFile(ctx, filepath.Join("testdata", name)); err != nil {
				t.Fatalf("%s failed:\n%s\nstdout so far:\n%s", name, interp.FormatException(err), out.String())
			}
			require.Equal(t, golden(t, name), out.String())
		})
	}
}
