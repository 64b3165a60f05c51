package asyncio_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	_ "github.com/gpyasync/gpyasync/eventloop/asyncio"
	"github.com/gpyasync/gpyasync/interp"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// TestScripts runs the scripts of testdata and compares what they print
// with what CPython 3.11 printed (name.out).
func TestScripts(t *testing.T) {
	for _, name := range []string{"primitives.py"} {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			ctx := interp.NewContext(interp.Config{Stdout: &stdout, Stderr: &stderr})
			defer ctx.Close()
			dir, err := os.Getwd()
			require.NoError(t, err)
			if err := interp.RunFile(ctx, filepath.Join(dir, "testdata", name)); err != nil {
				t.Fatalf("%s failed:\n%s", name, interp.FormatException(err))
			}
			want, err := os.ReadFile(filepath.Join("testdata", name+".out"))
			require.NoError(t, err)
			assert.Equal(t, string(want), strings.ReplaceAll(stdout.String(), dir+string(filepath.Separator), ""))
			assert.Empty(t, stderr.String())
		})
	}
}
