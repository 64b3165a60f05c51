package syntax

import (
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/symtable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAnnAssign(t *testing.T) {
	cases := []struct {
		src    string
		target string // ExprName of the target
		value  bool
		simple bool
	}{
		{"x: int = 1\n", "name", true, true},
		{"y: str\n", "name", false, true},
		{"(z): int = 1\n", "name", true, false},
		{"self.a: int = 0\n", "attribute", true, false},
		{"d['k']: int\n", "subscript", false, false},
		{"t: tuple = 1, 2\n", "name", true, true},
		{"g: int = yield\n", "name", true, true},
	}
	for _, c := range cases {
		f := parseExec(t, c.src)
		s := f.Mod.(*ast.Module).Body[0].(*ast.Assign)
		a := f.Extra.AnnAssign[s]
		require.NotNil(t, a, "%q", c.src)
		assert.Equal(t, c.target, ExprName(a.Target), "%q", c.src)
		assert.Equal(t, c.value, a.Value != nil, "%q", c.src)
		assert.Equal(t, c.simple, a.Simple, "%q", c.src)
		require.Len(t, s.Targets, 1)
		assert.Same(t, a.Target, s.Targets[0])
		parts := s.Value.(*ast.Tuple).Elts
		assert.Same(t, a.Annotation, parts[0], "%q", c.src)
		if c.value {
			require.Len(t, parts, 2)
			assert.Same(t, a.Value, parts[1], "%q", c.src)
		} else {
			assert.Len(t, parts, 1, "%q", c.src)
		}
	}
	f := parseExec(t, "x = 1\n")
	assert.Empty(t, f.Extra.AnnAssign)
}

func TestNamedExpr(t *testing.T) {
	f := parseExec(t, "if (n := 10) > 5:\n    pass\n")
	cmp := f.Mod.(*ast.Module).Body[0].(*ast.If).Test.(*ast.Compare)
	call := cmp.Left.(*ast.Call)
	require.True(t, f.Extra.NamedExpr[call])
	assert.Equal(t, ast.Identifier("n"), call.Args[0].(*ast.Name).Id)
	assert.Equal(t, ast.Store, call.Args[0].(*ast.Name).Ctx)
	assert.Equal(t, 1, call.Lineno)
	assert.Equal(t, 4, call.ColOffset)

	for _, src := range []string{"while x := f():\n    pass\n", "print(y := 1)\n", "[a := 1, 2]\n",
		"x[i := 0]\n", "{s := 1}\n", "lambda: (v := 1)\n", "f((a := 1), b=(c := 2))\n"} {
		f := parseExec(t, src)
		assert.NotEmpty(t, f.Extra.NamedExpr, "%q", src)
	}
}

// In a comprehension the target is a use (Load) and the outermost
// iterable gets a Bind marker storing the name in the enclosing scope.
func TestNamedExprComprehension(t *testing.T) {
	src := "def f(xs):\n    return [[(y := a) for a in r] for r in xs], y\n"
	f := parseExec(t, src)
	ret := f.Mod.(*ast.Module).Body[0].(*ast.FunctionDef).Body[0].(*ast.Return)
	outer := ret.Value.(*ast.Tuple).Elts[0].(*ast.ListComp)
	bind := outer.Generators[0].Iter.(*ast.Call)
	require.True(t, f.Extra.Bind[bind])
	assert.Equal(t, ast.Identifier("xs"), bind.Args[0].(*ast.Name).Id)
	require.Len(t, bind.Args, 2)
	assert.Equal(t, ast.Identifier("y"), bind.Args[1].(*ast.Name).Id)
	assert.Equal(t, ast.Store, bind.Args[1].(*ast.Name).Ctx)
	inner := outer.Elt.(*ast.ListComp)
	_, marked := inner.Generators[0].Iter.(*ast.Call)
	assert.False(t, marked, "only the outermost comprehension is marked")
	named := inner.Elt.(*ast.Call)
	require.True(t, f.Extra.NamedExpr[named])
	assert.Equal(t, ast.Load, named.Args[0].(*ast.Name).Ctx)

	st, err := symtable.NewSymTable(f.Mod, "<test>")
	require.NoError(t, err)
	fn := st.Children[0]
	assert.Equal(t, symtable.ScopeCell, fn.Symbols["y"].Scope)
	outerST := fn.Children[0]
	assert.Equal(t, symtable.ScopeFree, outerST.Symbols["y"].Scope)
	assert.Equal(t, symtable.ScopeFree, outerST.Children[0].Symbols["y"].Scope)

	f = parseExec(t, "[z := i for i in range(3)]\n")
	st, err = symtable.NewSymTable(f.Mod, "<test>")
	require.NoError(t, err)
	assert.Equal(t, symtable.ScopeGlobalImplicit, st.Children[0].Symbols["z"].Scope)
	_, local := st.Symbols["z"]
	assert.True(t, local)
}

func TestPosOnly(t *testing.T) {
	cases := []struct {
		src          string
		posOnly      int
		args, kwonly int
	}{
		{"def f(a, b=1, /, c=2, *, d): pass\n", 2, 3, 1},
		{"def f(a, /): pass\n", 1, 1, 0},
		{"def f(a, /,): pass\n", 1, 1, 0},
		{"def f(a, b): pass\n", 0, 2, 0},
		{"def f(a, /, *args, **kw): pass\n", 1, 1, 0},
	}
	for _, c := range cases {
		f := parseExec(t, c.src)
		args := f.Mod.(*ast.Module).Body[0].(*ast.FunctionDef).Args
		assert.Equal(t, c.posOnly, f.Extra.PosOnly[args], "%q", c.src)
		assert.Len(t, args.Args, c.args, "%q", c.src)
		assert.Len(t, args.Kwonlyargs, c.kwonly, "%q", c.src)
	}
	f := parseExec(t, "lambda x, y=1, /, z=2: 0\n")
	l := f.Mod.(*ast.Module).Body[0].(*ast.ExprStmt).Value.(*ast.Lambda)
	assert.Equal(t, 2, f.Extra.PosOnly[l.Args])
}

// The messages and positions are CPython 3.11's.
func TestSyntax38Errors(t *testing.T) {
	assertSyntaxErrors(t, []syntaxErrorCase{
		{"a, b: int", "only single target (not tuple) can be annotated", 1, 1},
		{"(a, b): int = 1", "only single target (not tuple) can be annotated", 1, 1},
		{"[a]: int", "only single target (not list) can be annotated", 1, 1},
		{"f(): int", "illegal target for annotation", 1, 1},
		{"def f():\n    global x\n    x: int", "annotated name 'x' can't be global", 3, 5},
		{"def f():\n    x: int\n    global x", "annotated name 'x' can't be global", 3, 5},
		{"def f():\n  nonlocal x\n  x: int", "annotated name 'x' can't be nonlocal", 3, 3},
		{"x: int\nglobal x", "annotated name 'x' can't be global", 2, 1},
		{"class C:\n    global x\n    x: int", "annotated name 'x' can't be global", 3, 5},
		{"x := 1", "invalid syntax", 1, 3},
		{"a[0] := 1", "cannot use assignment expressions with subscript", 1, 1},
		{"(a.b := 1)", "cannot use assignment expressions with attribute", 1, 2},
		{"(lambda: x := 1)", "cannot use assignment expressions with lambda", 1, 2},
		{"f(a=x := 1)", "invalid syntax", 1, 7},
		{"(x := y := 1)", "invalid syntax", 1, 9},
		{"x = y := 1", "invalid syntax", 1, 7},
		{"[i := 0 for i in range(3)]", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2},
		{"class C:\n    [(y := x) for x in range(3)]", "assignment expression within a comprehension cannot be used in a class body", 2, 7},
		{"[x for x in (y := [1])]", "assignment expression cannot be used in a comprehension iterable expression", 1, 14},
		{"a[x := 1 : 2]", "invalid syntax", 1, 10},
		{"[i for i in range(5) if (j := 0) for j in range(5)]", "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 38},
		{"[i for i in range(5) if (j := 0) for (k, [*j]) in range(5)]", "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 44},
		{"del (x := 1)", "cannot delete named expression", 1, 6},
		{"for (x := 1) in y: pass", "cannot assign to named expression", 1, 6},
		{"def f(/, a): pass", "at least one argument must precede /", 1, 7},
		{"def f(*, a, /): pass", "/ must be ahead of *", 1, 13},
		{"def f(a, /, b, /): pass", "/ may appear only once", 1, 16},
		{"def f(a=1, /, b): pass", "non-default argument follows default argument", 1, 15},
		{"def f(a, /, b=1, c): pass", "invalid syntax", 1, 19},
		{"lambda a, /, b=1, c: 0", "invalid syntax", 1, 20},
		{"lambda /: 0", "invalid syntax", 1, 8},
	})
	for _, src := range []string{"global x\nx: int = 1\n", "(lambda: (x := 1))\n", "def f(a, /, b, *, c): pass\n"} {
		_, err := Parse(src, "<test>", py.ExecMode)
		assert.NoError(t, err, "%q", src)
	}
}
