package syntax

import (
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExceptStar(t *testing.T) {
	f := parseExec(t, "try:\n    pass\nexcept* ValueError as e:\n    pass\nexcept *(A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass\n")
	tr := f.Mod.(*ast.Module).Body[0].(*ast.Try)
	assert.True(t, f.Extra.ExceptStar[tr])
	require.Len(t, tr.Handlers, 2)
	h := tr.Handlers[0]
	assert.Equal(t, ast.Identifier("e"), h.Name)
	assert.Equal(t, ast.Identifier("ValueError"), h.ExprType.(*ast.Name).Id)
	assert.Equal(t, 3, h.Lineno)
	assert.Len(t, tr.Handlers[1].ExprType.(*ast.Tuple).Elts, 2)
	assert.Len(t, tr.Orelse, 1)
	assert.Len(t, tr.Finalbody, 1)

	f = parseExec(t, "try:\n    pass\nexcept ValueError:\n    pass\n")
	assert.False(t, f.Extra.ExceptStar[f.Mod.(*ast.Module).Body[0].(*ast.Try)])
}

// The messages and positions are CPython 3.11's.
func TestExceptStarErrors(t *testing.T) {
	assertSyntaxErrors(t, []syntaxErrorCase{
		{"try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1},
		{"try:\n    pass\nexcept TypeError:\n    pass\nexcept* ValueError:\n    pass\n", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1},
		{"try:\n    pass\nexcept*:\n    pass\n", "expected one or more exception types", 3, 8},
		{"try:\n    pass\nexcept* A, B:\n    pass\n", "multiple exception types must be parenthesized", 3, 9},
		{"try:\n    pass\nexcept A, B as e:\n    pass\n", "multiple exception types must be parenthesized", 3, 8},
	})
}
