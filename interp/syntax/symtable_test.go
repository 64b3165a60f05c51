package syntax

import (
	"sort"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/symtable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSymtable checks that gpython's symtable computes CPython's scopes from
// our encodings: names inside f-string fields and await are seen, and the
// placeholders add none.
func TestSymtable(t *testing.T) {
	src := `async def outer(a):
    b = 1
    async def inner():
        await a
        return f"{b!r:>{width}}"
    async for x in aiter():
        pass
    async with cm() as y:
        pass
    return [z async for z in a]
`
	f, err := Parse(src, "<test>", py.ExecMode)
	require.NoError(t, err)
	st, err := symtable.NewSymTable(f.Mod, "<test>")
	require.NoError(t, err)

	names := func(s *symtable.SymTable) []string {
		var out []string
		for n := range s.Symbols {
			out = append(out, n)
		}
		sort.Strings(out)
		return out
	}
	assert.Equal(t, []string{"outer"}, names(st))
	outer := st.Children[0]
	assert.Equal(t, []string{"a", "aiter", "b", "cm", "inner", "x", "y"}, names(outer))
	assert.Equal(t, symtable.ScopeCell, outer.Symbols["a"].Scope)
	assert.Equal(t, symtable.ScopeCell, outer.Symbols["b"].Scope)
	inner := outer.Children[0]
	assert.Equal(t, []string{"a", "b", "width"}, names(inner))
	assert.Equal(t, symtable.ScopeFree, inner.Symbols["a"].Scope)
	assert.Equal(t, symtable.ScopeFree, inner.Symbols["b"].Scope)
	assert.Equal(t, symtable.ScopeGlobalImplicit, inner.Symbols["width"].Scope)
}
