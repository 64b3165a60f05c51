package syntax_test

import (
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp/syntax"
)

func TestMatMult(t *testing.T) {
	f, err := syntax.Parse("x = a @ b * c\nx @= d\n@dec\ndef g(): pass\n", "m.py", py.ExecMode)
	require.NoError(t, err)
	body := f.Mod.(*ast.Module).Body
	// @ binds like *, left to right: (a @ b) * c.
	mul := body[0].(*ast.Assign).Value.(*ast.BinOp)
	assert.Equal(t, ast.Mult, mul.Op)
	assert.Equal(t, syntax.MatMult, mul.Left.(*ast.BinOp).Op)
	assert.Equal(t, syntax.MatMult, body[1].(*ast.AugAssign).Op)
	// A decorator is still a decorator.
	assert.Len(t, body[2].(*ast.FunctionDef).DecoratorList, 1)
	assert.NotEqual(t, ast.FloorDiv, syntax.MatMult)
}
