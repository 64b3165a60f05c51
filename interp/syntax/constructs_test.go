package syntax

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// render prints an expression compactly, spelling out the encodings of
// package syntax: J[...] is a JoinedStr call, F(conv value spec) a
// formatted value, await(x) an await.
func render(e ast.Expr, x *Extra) string {
	switch n := e.(type) {
	case *ast.Call:
		if x.JoinedStr[n] {
			parts := make([]string, len(n.Args))
			for i, a := range n.Args {
				parts[i] = render(a, x)
			}
			return "J[" + strings.Join(parts, " ") + "]"
		}
		if f := x.FormattedValue[n]; f != nil {
			conv := "-"
			if f.Conversion != 0 {
				conv = string(f.Conversion)
			}
			s := "F(" + conv + " " + render(n.Args[0], x)
			if len(n.Args) > 1 {
				s += " " + render(n.Args[1], x)
			}
			return s + ")"
		}
		args := make([]string, len(n.Args))
		for i, a := range n.Args {
			args[i] = render(a, x)
		}
		return render(n.Func, x) + "(" + strings.Join(args, ", ") + ")"
	case *ast.YieldFrom:
		if x.Await[n] {
			return "await(" + render(n.Value, x) + ")"
		}
	case *ast.Str:
		return fmt.Sprintf("%q", string(n.S))
	case *ast.Name:
		return string(n.Id)
	case *ast.Attribute:
		return render(n.Value, x) + "." + string(n.Attr)
	case *ast.BinOp:
		return "(" + render(n.Left, x) + " " + n.Op.String() + " " + render(n.Right, x) + ")"
	case *ast.UnaryOp:
		return n.Op.String() + render(n.Operand, x)
	}
	return ast.Dump(e)
}

func parseExec(t *testing.T, src string) *File {
	t.Helper()
	f, err := Parse(src, "<test>", py.ExecMode)
	require.NoError(t, err, "%q", src)
	return f
}

// value returns the value of the first statement, an expression statement
// or an assignment.
func value(t *testing.T, f *File) ast.Expr {
	t.Helper()
	switch s := f.Mod.(*ast.Module).Body[0].(type) {
	case *ast.ExprStmt:
		return s.Value
	case *ast.Assign:
		return s.Value
	}
	t.Fatalf("first statement is %T", f.Mod.(*ast.Module).Body[0])
	return nil
}

func TestFStrings(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`f"abc"`, `J["abc"]`},
		{`f""`, `J[]`},
		{`f"{x}"`, `J[F(- x)]`},
		{`f"a{x}b"`, `J["a" F(- x) "b"]`},
		{`f"{x!r}"`, `J[F(r x)]`},
		{`f"{x!s}"`, `J[F(s x)]`},
		{`f"{x!a}"`, `J[F(a x)]`},
		{`f"{x:>10}"`, `J[F(- x ">10")]`},
		{`f"{x!r:^{w}.{p}}"`, `J[F(r x J["^" F(- w) "." F(- p)])]`},
		{`f"{{x}}"`, `J["{x}"]`},
		{`f"{{{x}}}"`, `J["{" F(- x) "}"]`},
		{`f'{a["k"]}'`, `J[F(- Subscript(value=Name(id='a', ctx=Load()), slice=Index(value=Str(s='k')), ctx=Load()))]`},
		{`f"{x=}"`, `J["x=" F(r x)]`},
		{`f"{x = }"`, `J["x = " F(r x)]`},
		{`f"{x=:>4}"`, `J["x=" F(- x ">4")]`},
		{`f"{x=!s}"`, `J["x=" F(s x)]`},
		{`f"{a == b}"`, `J[F(- Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())]))]`},
		{`f"{a != b}"`, `J[F(- Compare(left=Name(id='a', ctx=Load()), ops=[NotEq()], comparators=[Name(id='b', ctx=Load())]))]`},
		{`f"{x:}"`, `J[F(- x "")]`},
		{`"a" f"{x}" "b" f"c"`, `J["a" F(- x) "bc"]`},
		{`"a" "b" f""`, `J["ab"]`},
		{`f"\n{x}\t"`, `J["\n" F(- x) "\t"]`},
		{`rf"\n{x}"`, `J["\\n" F(- x)]`},
		{`FR'\d{x}'`, `J["\\d" F(- x)]`},
		{`f'''{x}'''`, `J[F(- x)]`},
		{"f'''a\n{x\n + y}\nb'''", `J["a\n" F(- (x Add() y)) "\nb"]`},
		{`f"{f'{x}'}"`, `J[F(- J[F(- x)])]`},
		{`f"{x:{'>'}10}"`, `J[F(- x J[F(- ">") "10"])]`},
		{`f"{(lambda: 1)()}"`, `J[F(- Lambda(args=arguments(args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]), body=Num(n=1))())]`},
		{`f"{x,y}"`, `J[F(- Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()))]`},
		{`f"{x.y!r}"`, `J[F(r x.y)]`},
	} {
		f := parseExec(t, c.src)
		assert.Equal(t, c.want, render(value(t, f), f.Extra), "%s", c.src)
	}
}

func TestFStringPositions(t *testing.T) {
	f := parseExec(t, "x = 1\ny = f'ab{c}' f\"\"\"\n  {d +\n e}\"\"\"\n")
	j := f.Mod.(*ast.Module).Body[1].(*ast.Assign).Value.(*ast.Call)
	require.True(t, f.Extra.JoinedStr[j])
	assert.Equal(t, [2]int{2, 4}, [2]int{j.Lineno, j.ColOffset})
	c := j.Args[1].(*ast.Call).Args[0]
	assert.Equal(t, [2]int{2, 9}, [2]int{c.GetLineno(), c.GetColOffset()}, "c")
	d := j.Args[3].(*ast.Call).Args[0].(*ast.BinOp)
	assert.Equal(t, [2]int{3, 3}, [2]int{d.Left.GetLineno(), d.Left.GetColOffset()}, "d")
	assert.Equal(t, [2]int{4, 1}, [2]int{d.Right.GetLineno(), d.Right.GetColOffset()}, "e")
}

func TestAsync(t *testing.T) {
	f := parseExec(t, `@dec
async def f(a):
    await x
    r = await g(a) ** 2
    s = -await h
    async for i in aiter():
        pass
    async with a as b, c:
        pass
    y = [i async for i in a if await i]
    for j in k: pass
    with m: pass
def g():
    return (i async for i in a)
`)
	x := f.Extra
	fn := f.Mod.(*ast.Module).Body[0].(*ast.FunctionDef)
	assert.True(t, x.Async[fn])
	assert.Equal(t, [2]int{2, 0}, [2]int{fn.Lineno, fn.ColOffset}, "async def starts at 'async'")
	assert.Len(t, fn.DecoratorList, 1)
	body := fn.Body

	aw := body[0].(*ast.ExprStmt).Value.(*ast.YieldFrom)
	assert.True(t, x.Await[aw])
	assert.Equal(t, [2]int{3, 4}, [2]int{aw.Lineno, aw.ColOffset})
	assert.Equal(t, "await(x)", render(aw, x))

	assert.Equal(t, "(await(g(a)) Pow() Num(n=2))", render(body[1].(*ast.Assign).Value, x))
	assert.Equal(t, "USub()await(h)", render(body[2].(*ast.Assign).Value, x))

	afor := body[3].(*ast.For)
	assert.True(t, x.Async[afor])
	assert.Equal(t, [2]int{6, 4}, [2]int{afor.Lineno, afor.ColOffset})

	awith := body[4].(*ast.With)
	assert.True(t, x.Async[awith])
	assert.Len(t, awith.Items, 2)
	assert.Equal(t, "Name(id='b', ctx=Store())", ast.Dump(awith.Items[0].OptionalVars))

	lc := body[5].(*ast.Assign).Value.(*ast.ListComp)
	assert.True(t, x.AsyncComprehension[&lc.Generators[0]])
	assert.Equal(t, "await(i)", render(lc.Generators[0].Ifs[0], x))

	assert.False(t, x.Async[body[6]])
	assert.False(t, x.Async[body[7]])

	g := f.Mod.(*ast.Module).Body[1].(*ast.FunctionDef)
	assert.False(t, x.Async[g])
	ge := g.Body[0].(*ast.Return).Value.(*ast.GeneratorExp)
	assert.True(t, x.AsyncComprehension[&ge.Generators[0]])

	assert.Len(t, x.Async, 3)
	assert.Len(t, x.Await, 4)
	assert.Len(t, x.AsyncComprehension, 2)
}

func TestAsyncGenerator(t *testing.T) {
	f := parseExec(t, "async def agen():\n    yield 1\n    await x\n    return\n")
	fn := f.Mod.(*ast.Module).Body[0].(*ast.FunctionDef)
	assert.True(t, f.Extra.Async[fn])
	assert.IsType(t, &ast.Yield{}, fn.Body[0].(*ast.ExprStmt).Value)
	assert.IsType(t, &ast.Return{}, fn.Body[2])
}

func TestAwaitIsKeyword(t *testing.T) {
	for _, src := range []string{"await = 1\n", "async = 1\n", "def await(): pass\n", "x.await\n"} {
		_, err := Parse(src, "<test>", py.ExecMode)
		assert.Error(t, err, "%q", src)
	}
}

func TestModes(t *testing.T) {
	f, err := Parse("1 +\\\n 2\n\n", "<test>", py.EvalMode)
	require.NoError(t, err)
	assert.Equal(t, "Expression(body=BinOp(left=Num(n=1), op=Add(), right=Num(n=2)))", ast.Dump(f.Mod))

	f, err = Parse("if x:\n    y = 1\n\n", "<test>", py.SingleMode)
	require.NoError(t, err)
	assert.Equal(t, "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], value=Num(n=1))], orelse=[])])", ast.Dump(f.Mod))

	_, err = Parse("x = 1\ny = 2\n", "<test>", py.SingleMode)
	assert.Error(t, err)

	_, err = Parse("x = 1", "<test>", py.EvalMode)
	assert.Error(t, err)

	_, err = Parse("x", "<test>", "bogus")
	assert.Error(t, err)
}

func TestTokens(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"1_000_000", "Num(n=1000000)"},
		{"0x_FF", "Num(n=255)"},
		{"0O17", "Num(n=15)"},
		{"0B1_0", "Num(n=2)"},
		{"1_0.5_0", "Num(n=10.5)"},
		{"1e-2", "Num(n=0.01)"},
		{"00", "Num(n=0)"},
		{"0_0", "Num(n=0)"},
		{"1_0j", "Num(n=(0+10j))"},
		{"'\\N{EM DASH}'", "Str(s='\u2014')"},
		{"'\\101\\x41\\u0041\\U00000041'", "Str(s='AAAA')"},
		{"'\\q'", "Str(s='\\q')"},
		{"b'\\u0041'", "Bytes(s=b'\\u0041')"},
		{"'a' \\\n 'b'", "Str(s='ab')"},
		{"x  # comment", "Name(id='x', ctx=Load())"},
		{"(1 if\n  x else 2)", "IfExp(test=Name(id='x', ctx=Load()), body=Num(n=1), orelse=Num(n=2))"},
		{"a->b", ""},
	} {
		f, err := Parse(c.src, "<test>", py.EvalMode)
		if c.want == "" {
			assert.Error(t, err, "%q", c.src)
			continue
		}
		if assert.NoError(t, err, "%q", c.src) {
			assert.Equal(t, c.want, ast.Dump(f.Mod.(*ast.Expression).Body), "%q", c.src)
		}
	}
}

func TestIndentation(t *testing.T) {
	// Tabs advance to the next multiple of 8: a tab and eight spaces match.
	f := parseExec(t, "if x:\n\tif y:\n\t\tz = 1\n\tw = 2\n")
	body := f.Mod.(*ast.Module).Body[0].(*ast.If).Body
	assert.Len(t, body, 2)
	f = parseExec(t, "if x:\n  \n# c\n    y\n\n    z\n")
	assert.Len(t, f.Mod.(*ast.Module).Body[0].(*ast.If).Body, 2)
	f = parseExec(t, "if x:\r\n    y\r\n")
	assert.Len(t, f.Mod.(*ast.Module).Body[0].(*ast.If).Body, 1)
}

// TestComparePositions makes sure the equivalence test's position
// comparison can fail.
func TestComparePositions(t *testing.T) {
	a := parseExec(t, "x = a.b\n")
	b := parseExec(t, "x = a.b\n")
	var diffs []string
	comparePositions("", reflect.ValueOf(a.Mod), reflect.ValueOf(b.Mod), "", &diffs)
	assert.Empty(t, diffs)
	value(t, b).(*ast.Attribute).ColOffset++
	comparePositions("", reflect.ValueOf(a.Mod), reflect.ValueOf(b.Mod), "", &diffs)
	assert.Len(t, diffs, 1)
}

// TestCorpusParses checks that every conformance program parses, including
// those gpython's parser cannot read.
func TestCorpusParses(t *testing.T) {
	for _, e := range corpus(t) {
		if !strings.HasPrefix(e.name, "conformance:") && !strings.HasPrefix(e.name, "corpus:") {
			continue
		}
		_, err := Parse(e.src, e.name, e.mode)
		assert.NoError(t, err, e.name)
	}
}

func TestNestingLimit(t *testing.T) {
	_, err := Parse(strings.Repeat("-", 2900)+"1", "<test>", py.EvalMode)
	assert.NoError(t, err)
	_, err = Parse(strings.Repeat("-", 3100)+"1", "<test>", py.EvalMode)
	require.Error(t, err)
	assert.Equal(t, py.MemoryError, err.(*py.Exception).Type())
}

// TestPositions compares the positions of every Name node, statement and
// except clause with where CPython 3.11 puts them (testdata/positions.json, from
// gen_positions.py), which checks positions inside f-strings and async
// constructs too.
func TestPositions(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "positions.json"))
	require.NoError(t, err)
	var want map[string]struct{ Names, Stmts []string }
	require.NoError(t, json.Unmarshal(b, &want))
	require.NotEmpty(t, want)
	for file, w := range want {
		src, err := os.ReadFile(filepath.Join("testdata", file))
		require.NoError(t, err)
		f := parseExec(t, string(src))
		var names, stmts []string
		ast.Walk(f.Mod, func(n ast.Ast) bool {
			if n, ok := n.(*ast.Name); ok {
				names = append(names, fmt.Sprintf("%s %d:%d", n.Id, n.Lineno, n.ColOffset))
			}
			if _, ok := n.(ast.Stmt); ok {
				stmts = append(stmts, fmt.Sprintf("%d:%d", n.GetLineno(), n.GetColOffset()))
			}
			if _, ok := n.(*ast.ExceptHandler); ok {
				stmts = append(stmts, fmt.Sprintf("except %d:%d", n.GetLineno(), n.GetColOffset()))
			}
			return true
		})
		sort.Strings(names)
		sort.Strings(stmts)
		assert.Equal(t, w.Names, names, file)
		assert.Equal(t, w.Stmts, stmts, file)
	}
}

func TestAsyncComp(t *testing.T) {
	f := parseExec(t, `async def f():
    a = [x async for x in y]
    b = [await x for x in y]
    c = (await x for x in y)
    d = [[await z for z in x] for x in y]
    e = [(await z for z in x) for x in y]
    g = [x for x in await y]
    h = [lambda: x for x in y]
    i = {x: x for x in y if await x}
`)
	body := f.Mod.(*ast.Module).Body[0].(*ast.FunctionDef).Body
	comp := func(i int) ast.Expr { return body[i].(*ast.Assign).Value }
	x := f.Extra.AsyncComp
	assert.True(t, x[comp(0)], "async for")
	assert.True(t, x[comp(1)], "await in the element")
	assert.True(t, x[comp(2)], "await in a generator expression")
	assert.True(t, x[comp(3)], "awaits the inner comprehension")
	assert.True(t, x[comp(3).(*ast.ListComp).Elt], "inner")
	assert.False(t, x[comp(4)], "only creates the async generator")
	assert.True(t, x[comp(4).(*ast.ListComp).Elt], "inner generator")
	assert.False(t, x[comp(5)], "the first iterable is evaluated outside")
	assert.False(t, x[comp(6)])
	assert.True(t, x[comp(7)], "await in a condition")
	assert.Len(t, x, 7)
}
