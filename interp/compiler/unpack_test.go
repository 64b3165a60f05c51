package compiler

import (
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/interp/syntax"
)

func TestUnpackOpcodes(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []vm.OpCode
		not  []vm.OpCode
	}{
		{"[*a, 1]", []vm.OpCode{vm.BUILD_LIST, LIST_EXTEND, vm.LIST_APPEND}, nil},
		{"(*a, *b)", []vm.OpCode{LIST_EXTEND, LIST_TO_TUPLE}, nil},
		{"{*a, 1}", []vm.OpCode{SET_UPDATE, vm.SET_ADD}, nil},
		{"{**a, k: 1, j: 2}", []vm.OpCode{DICT_UPDATE, BUILD_MAP_ITEMS}, nil},
		{"f(*a, *b)", []vm.OpCode{LIST_EXTEND, CALL_FUNCTION_EX}, []vm.OpCode{vm.CALL_FUNCTION_VAR}},
		{"f(**a, **b)", []vm.OpCode{DICT_MERGE, CALL_FUNCTION_EX}, nil},
		{"f(*g(), x=h())", []vm.OpCode{CALL_FUNCTION_EX}, nil},
		// Calls Python 3.4 can write, with nothing whose order could show,
		// keep gpython's instructions.
		{"f(*a)", []vm.OpCode{vm.CALL_FUNCTION_VAR}, []vm.OpCode{CALL_FUNCTION_EX}},
		{"f(1, *a, x=1, **k)", []vm.OpCode{vm.CALL_FUNCTION_VAR_KW}, []vm.OpCode{CALL_FUNCTION_EX}},
		// Constant keys cannot run code when hashed: inserted one by one.
		{"{1: a, 2: b}", []vm.OpCode{vm.STORE_MAP}, []vm.OpCode{BUILD_MAP_ITEMS}},
		{"{1, 2, 3}", []vm.OpCode{SET_UPDATE}, []vm.OpCode{vm.SET_ADD}},
		{"{1, 2}", []vm.OpCode{vm.BUILD_SET}, []vm.OpCode{SET_UPDATE}},
		// A constant set after `in` or `for ... in` is the frozenset.
		{"x in {1, 2}", nil, []vm.OpCode{vm.BUILD_SET, SET_UPDATE}},
		{"0 < x not in {1, 2, 3}", nil, []vm.OpCode{vm.BUILD_SET, SET_UPDATE}},
		{"[x for x in {1, 2, 3}]", nil, []vm.OpCode{vm.BUILD_SET, SET_UPDATE}},
		{"x in {1, y}", []vm.OpCode{vm.BUILD_SET}, nil},
	} {
		code, err := Compile(c.src, "u.py", py.EvalMode, 0, true)
		require.NoError(t, err, c.src)
		ops := opcodes(code)
		for _, op := range c.want {
			assert.Contains(t, ops, op, "%s\n%s", c.src, disassemble(code))
		}
		for _, op := range c.not {
			assert.NotContains(t, ops, op, "%s\n%s", c.src, disassemble(code))
		}
	}
}

func TestUnpackStackEffects(t *testing.T) {
	assert.Equal(t, -1, stackEffect(LIST_EXTEND, 1, false))
	assert.Equal(t, -1, stackEffect(DICT_MERGE, 1, false))
	assert.Equal(t, 0, stackEffect(LIST_TO_TUPLE, 0, false))
	assert.Equal(t, -2, stackEffect(CALL_FUNCTION_EX, 1, false))
	assert.Equal(t, -1, stackEffect(CALL_FUNCTION_EX, 0, false))
	assert.Equal(t, -5, stackEffect(BUILD_MAP_ITEMS, 3, false))
	// A display as deep as its items: f, the list, the iterable.
	code, err := Compile("f(x, *a, *b)", "u.py", py.EvalMode, 0, true)
	require.NoError(t, err)
	assert.Equal(t, int32(3), code.Stacksize)
}

func TestUnpackOpcodeNumbersAreFree(t *testing.T) {
	ours := []vm.OpCode{LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE, LIST_TO_TUPLE, CALL_FUNCTION_EX, BUILD_MAP_ITEMS}
	others := []vm.OpCode{GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH, GET_YIELD_FROM_ITER, WITH_CLEANUP_FINISH,
		GET_AWAITABLE, SETUP_ASYNC_WITH, FORMAT_VALUE, BUILD_STRING, WITH_CLEANUP_START,
		BINARY_MATRIX_MULTIPLY, INPLACE_MATRIX_MULTIPLY, EXCEPT_STAR_START, EXCEPT_STAR_MATCH,
		EXCEPT_STAR_ENTER, EXCEPT_STAR_LEAVE, EXCEPT_STAR_COLLECT, EXCEPT_STAR_RERAISE}
	seen := map[vm.OpCode]bool{}
	for _, op := range append(ours, others...) {
		assert.False(t, seen[op], "opcode %d used twice", op)
		seen[op] = true
	}
	for _, op := range ours {
		assert.Equal(t, op == LIST_TO_TUPLE, op < vm.HAVE_ARGUMENT, "opcode %d", op)
		// gpython's VM names every opcode it knows.
		assert.Contains(t, op.String(), "OpCode(", "opcode %d is gpython's", op)
	}
}

// CPython 3.11 prints {-1, -2, -3, -8, -9} as {-1, -9, -8, -3, -2}: the
// frozenset constant, made twice, then merged into an empty set.
func TestConstSetOrder(t *testing.T) {
	f, err := syntax.Parse("{-1, -2, -3, -8, -9}", "u.py", py.EvalMode)
	require.NoError(t, err)
	c := &compiler{}
	fs, ok := c.constSet(f.Mod.(*ast.Expression).Body.(*ast.Set).Elts)
	require.True(t, ok)
	s := hashed.NewSet()
	require.NoError(t, s.Update(fs))
	assert.Equal(t, []py.Object{py.Int(-1), py.Int(-9), py.Int(-8), py.Int(-3), py.Int(-2)}, s.Items())
}

func TestConstValueLimits(t *testing.T) {
	for src, want := range map[string]bool{
		"-1": true, "2**64": true, "2**128": false, "1 << 100": true, "1 << 200": false,
		"(1, -2.5, 'a', None)": true, "(1, x)": false, "1/0": false, "x": false, "~5": true,
	} {
		f, err := syntax.Parse(src, "u.py", py.EvalMode)
		require.NoError(t, err)
		_, ok := constValue(f.Mod.(*ast.Expression).Body)
		assert.Equal(t, want, ok, src)
	}
}
