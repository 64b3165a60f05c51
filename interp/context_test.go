package interp

import (
	"io"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Contexts share the compiled code of an embedded module, and each still
// gets a module of its own.
func TestEmbeddedModuleCodeShared(t *testing.T) {
	fn := func() (*py.Module, *py.Function) {
		ctx := NewContext(Config{Stdout: io.Discard})
		t.Cleanup(func() { ctx.Close() })
		require.NoError(t, py.Import(ctx, "copy"))
		m, err := ctx.GetModule("copy")
		require.NoError(t, err)
		f, ok := m.Globals["copy"].(*py.Function)
		require.True(t, ok)
		return m, f
	}
	m1, f1 := fn()
	m2, f2 := fn()
	assert.NotSame(t, m1, m2)
	assert.NotSame(t, f1, f2)
	assert.Same(t, f1.Code, f2.Code)
}
