package syntax_test

import (
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp/syntax"
)

func parseExpr(t *testing.T, src string) ast.Expr {
	t.Helper()
	f, err := syntax.Parse(src, "u.py", py.EvalMode)
	require.NoError(t, err, src)
	return f.Mod.(*ast.Expression).Body
}

func TestUnpackCallEncoding(t *testing.T) {
	// A call Python 3.4 can write keeps gpython's slots.
	c := parseExpr(t, "f(a, *b, x=1, **k)").(*ast.Call)
	require.Len(t, c.Args, 1)
	require.Len(t, c.Keywords, 1)
	assert.Equal(t, ast.Identifier("b"), c.Starargs.(*ast.Name).Id)
	assert.Equal(t, ast.Identifier("k"), c.Kwargs.(*ast.Name).Id)
	c = parseExpr(t, "f(x=1, *b)").(*ast.Call)
	assert.Empty(t, c.Args)
	assert.NotNil(t, c.Starargs)

	// Any other call keeps its unpackings in place, as CPython's AST.
	c = parseExpr(t, "f(*a, b, *c, **k, x=1, **m)").(*ast.Call)
	assert.Nil(t, c.Starargs)
	assert.Nil(t, c.Kwargs)
	require.Len(t, c.Args, 3)
	assert.IsType(t, &ast.Starred{}, c.Args[0])
	assert.IsType(t, &ast.Name{}, c.Args[1])
	assert.IsType(t, &ast.Starred{}, c.Args[2])
	require.Len(t, c.Keywords, 3)
	assert.Equal(t, ast.Identifier(""), c.Keywords[0].Arg)
	assert.Equal(t, ast.Identifier("x"), c.Keywords[1].Arg)
	assert.Equal(t, ast.Identifier(""), c.Keywords[2].Arg)
	assert.Equal(t, ast.Identifier("m"), c.Keywords[2].Value.(*ast.Name).Id)
	// Two **: no slot can hold them.
	c = parseExpr(t, "f(**a, **b)").(*ast.Call)
	assert.Nil(t, c.Kwargs)
	assert.Len(t, c.Keywords, 2)
}

func TestUnpackDisplays(t *testing.T) {
	d := parseExpr(t, "{**a, 'k': 1, **b}").(*ast.Dict)
	require.Len(t, d.Keys, 3)
	assert.Nil(t, d.Keys[0])
	assert.NotNil(t, d.Keys[1])
	assert.Nil(t, d.Keys[2])
	assert.Equal(t, ast.Identifier("b"), d.Values[2].(*ast.Name).Id)
	s := parseExpr(t, "{*a, 5}").(*ast.Set)
	require.Len(t, s.Elts, 2)
	assert.IsType(t, &ast.Starred{}, s.Elts[0])
	l := parseExpr(t, "[*a, 3, *b]").(*ast.List)
	assert.IsType(t, &ast.Starred{}, l.Elts[2])
	tu := parseExpr(t, "(*a,)").(*ast.Tuple)
	assert.Len(t, tu.Elts, 1)
	// a[*b] is a[(*b,)].
	idx := parseExpr(t, "a[*b]").(*ast.Subscript).Slice.(*ast.Index)
	require.Len(t, idx.Value.(*ast.Tuple).Elts, 1)
	assert.IsType(t, &ast.Starred{}, idx.Value.(*ast.Tuple).Elts[0])
	ext := parseExpr(t, "a[1:2, *b]").(*ast.Subscript).Slice.(*ast.ExtSlice)
	assert.IsType(t, &ast.Starred{}, ext.Dims[1].(*ast.Index).Value)
}

// CPython 3.11's messages and 1-based offsets (compile(src, "u.py", "exec")).
var unpackErrors = []struct {
	src    string
	msg    string
	offset int
}{
	{"[*a for a in x]", "iterable unpacking cannot be used in comprehension", 2},
	{"{*a for a in x}", "iterable unpacking cannot be used in comprehension", 2},
	{"(*a for a in x)", "iterable unpacking cannot be used in comprehension", 2},
	{"f(*a for a in x)", "iterable unpacking cannot be used in comprehension", 3},
	{"{**d for d in x}", "dict unpacking cannot be used in dict comprehension", 2},
	{"{**d: 1 for d in x}", "invalid syntax", 5},
	{"(*a)", "cannot use starred expression here", 2},
	{"print((*a))", "cannot use starred expression here", 8},
	{"f(**d, *a)", "iterable argument unpacking follows keyword argument unpacking", 8},
	{"f(**d, a)", "positional argument follows keyword argument unpacking", 9},
	{"f(*a, **b, c)", "positional argument follows keyword argument unpacking", 13},
	{"f(a=1, *b, c)", "positional argument follows keyword argument", 13},
	{"{1: *a}", "cannot use a starred expression in a dictionary value", 5},
	{"{*a: 1}", "invalid syntax", 4},
	{"{**a, *b}", "invalid syntax", 7},
	{"{*a, **b}", "invalid syntax", 6},
	{"x = [*a or b]", "invalid syntax", 9},
	{"[**a]", "invalid syntax", 2},
	{"{**d, 1}", "':' expected after dictionary key", 7},
	{"{**d, f(x)}", "':' expected after dictionary key", 10},
	{"{1: 2, a.b  # c\n}", "':' expected after dictionary key", 10},
}

func TestUnpackSyntaxErrors(t *testing.T) {
	for _, c := range unpackErrors {
		_, err := syntax.Parse(c.src, "u.py", py.ExecMode)
		require.Error(t, err, c.src)
		exc := err.(*py.Exception)
		assert.Equal(t, py.String(c.msg), exc.Args.(py.Tuple)[0], c.src)
		assert.Equal(t, py.Int(c.offset), exc.Dict["offset"], c.src)
	}
}

func TestStarExpressionsAccepted(t *testing.T) {
	for _, src := range []string{
		"f(*a, b)", "f(a, *b, c=1, *d, **e, f=2)", "x = *a, *b", "print(*a, sep='', *b)",
		"def f():\n return *a, 1", "def f():\n yield *a, 1", "for x in *a, *b: pass",
		"x += *a, 1", "f(**a or b)", "x = [*(a or b)]", "class C(*a, **b, metaclass=M): pass",
		"a[*b]", "a[*b] = 1", "a[1:2, *b]",
	} {
		_, err := syntax.Parse(src, "u.py", py.ExecMode)
		assert.NoError(t, err, src)
	}
}
