package compiler

import (
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/syntax"
)

func compile(t *testing.T, src string) *py.Code {
	t.Helper()
	code, err := Compile(src, "test.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	return code
}

// find returns the code object reached by following names through nested
// code constants, e.g. find(code, "f", "g").
func find(t *testing.T, code *py.Code, names ...string) *py.Code {
	t.Helper()
	for _, name := range names {
		var next *py.Code
		for _, c := range code.Consts {
			if sub, ok := c.(*py.Code); ok && sub.Name == name {
				next = sub
				break
			}
		}
		require.NotNil(t, next, "no code %q in %s:\n%s", name, code.Name, disassemble(code))
		code = next
	}
	return code
}

// lines returns the sorted distinct source lines the instructions of code
// map to.
func lines(code *py.Code) []int {
	seen := map[int]bool{}
	for i := 0; i < len(code.Code); {
		seen[Addr2Line(code, int32(i))] = true
		if vm.OpCode(code.Code[i]) >= vm.HAVE_ARGUMENT {
			i += 3
		} else {
			i++
		}
	}
	var out []int
	for l := range seen {
		out = append(out, l)
	}
	sort.Ints(out)
	return out
}

const layoutSrc = `x = 1

@dec1
@dec2(
  3)
def f(a,
      b):
    """doc"""
    def g():
        return a
    return g

class C(
    object):
    def m(self):
        return [i
                for i in range(3)]
    l = lambda: 0
@d
class D:
    pass
gen = (i for i in
       range(3))
`

// TestFirstlineno checks co_firstlineno against CPython 3.11's values for
// the same source.
func TestFirstlineno(t *testing.T) {
	code := compile(t, layoutSrc)
	tests := []struct {
		path []string
		want int32
	}{
		{nil, 1},
		{[]string{"f"}, 3},
		{[]string{"f", "g"}, 9},
		{[]string{"C"}, 13},
		{[]string{"C", "m"}, 15},
		{[]string{"C", "m", "<listcomp>"}, 16},
		{[]string{"C", "<lambda>"}, 18},
		{[]string{"D"}, 19},
		{[]string{"<genexpr>"}, 22},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.path, "/"), func(t *testing.T) {
			assert.Equal(t, tt.want, find(t, code, tt.path...).Firstlineno)
		})
	}
}

func TestCodeFields(t *testing.T) {
	code := compile(t, layoutSrc)
	f := find(t, code, "f")
	assert.Equal(t, []string{"a", "b", "g"}, f.Varnames)
	assert.Equal(t, []string{"a"}, f.Cellvars)
	assert.Equal(t, []string{}, f.Freevars)
	assert.Equal(t, []byte{0}, f.Cell2arg, "cell a is argument 0")
	assert.Equal(t, int32(2), f.Argcount)
	assert.Equal(t, int32(3), f.Nlocals)
	assert.Equal(t, py.String("doc"), f.Consts[0])
	assert.Equal(t, int32(py.CO_OPTIMIZED|py.CO_NEWLOCALS), f.Flags)
	assert.Equal(t, "test.py", f.Filename)

	g := find(t, code, "f", "g")
	assert.Equal(t, []string{"a"}, g.Freevars)
	assert.Nil(t, g.Cell2arg)
	assert.Equal(t, py.None, g.Consts[0], "no docstring: None first")
	assert.Equal(t, int32(py.CO_OPTIMIZED|py.CO_NEWLOCALS|py.CO_NESTED), g.Flags)

	lc := find(t, code, "C", "m", "<listcomp>")
	assert.Equal(t, []string{".0", "i"}, lc.Varnames)
	assert.Equal(t, int32(1), lc.Argcount)

	ge := find(t, code, "<genexpr>")
	assert.NotZero(t, ge.Flags&py.CO_GENERATOR)
	assert.NotZero(t, ge.Flags&py.CO_NOFREE)

	assert.Equal(t, int32(py.CO_NOFREE), code.Flags)
	assert.Equal(t, int32(0), code.Nlocals)
}

func TestArgFlags(t *testing.T) {
	code := compile(t, "def f(a, b=1, *args, c, d=2, **kw):\n    return a\n")
	f := find(t, code, "f")
	assert.Equal(t, int32(2), f.Argcount)
	assert.Equal(t, int32(2), f.Kwonlyargcount)
	assert.Equal(t, []string{"a", "b", "c", "d", "args", "kw"}, f.Varnames)
	assert.Equal(t, int32(py.CO_OPTIMIZED|py.CO_NEWLOCALS|py.CO_VARARGS|py.CO_VARKEYWORDS|py.CO_NOFREE), f.Flags)
}

// derefs returns the names read or written by the *_DEREF and LOAD_CLOSURE
// instructions of code, resolved with CPython's rule: an index below
// len(Cellvars) is a cell, otherwise Freevars[i-len(Cellvars)].
func derefs(code *py.Code) []string {
	var out []string
	for i := 0; i < len(code.Code); {
		op := vm.OpCode(code.Code[i])
		if op < vm.HAVE_ARGUMENT {
			i++
			continue
		}
		arg := int(code.Code[i+1]) | int(code.Code[i+2])<<8
		switch op {
		case vm.LOAD_DEREF, vm.STORE_DEREF, vm.DELETE_DEREF, vm.LOAD_CLOSURE, vm.LOAD_CLASSDEREF:
			if arg < len(code.Cellvars) {
				out = append(out, op.String()+" "+code.Cellvars[arg])
			} else {
				out = append(out, op.String()+" "+code.Freevars[arg-len(code.Cellvars)])
			}
		}
		i += 3
	}
	return out
}

func TestCellAndFreeIndices(t *testing.T) {
	src := `def outer():
    x = 1
    def mid(p):
        y = 2
        def inner():
            return x + y + p
        return x, inner
    return mid
`
	mid := find(t, compile(t, src), "outer", "mid")
	assert.Equal(t, []string{"p", "y"}, mid.Cellvars)
	assert.Equal(t, []string{"x"}, mid.Freevars)
	assert.Equal(t, []byte{0, py.CO_CELL_NOT_AN_ARG}, mid.Cell2arg)
	assert.Equal(t, []string{
		"STORE_DEREF y",
		"LOAD_CLOSURE p", "LOAD_CLOSURE x", "LOAD_CLOSURE y",
		"LOAD_DEREF x",
	}, derefs(mid))
	inner := find(t, compile(t, src), "outer", "mid", "inner")
	assert.Equal(t, []string{"p", "x", "y"}, inner.Freevars)
	assert.Equal(t, []string{"LOAD_DEREF x", "LOAD_DEREF y", "LOAD_DEREF p"}, derefs(inner))
}

func TestClassCells(t *testing.T) {
	src := `def f():
    v = 1
    class C:
        w = v
        def m(self):
            return super().m() + v
    return C
`
	code := compile(t, src)
	c := find(t, code, "f", "C")
	assert.Equal(t, []string{"__class__"}, c.Cellvars)
	assert.Equal(t, []string{"v"}, c.Freevars)
	assert.Equal(t, []string{"LOAD_CLASSDEREF v", "LOAD_CLOSURE __class__", "LOAD_CLOSURE v", "LOAD_CLOSURE __class__"}, derefs(c))
	m := find(t, code, "f", "C", "m")
	assert.Equal(t, []string{"__class__", "v"}, m.Freevars)
	// Zero-argument super() finds the __class__ cell through the frame; the
	// method itself only reads v.
	assert.Equal(t, []string{"LOAD_DEREF v"}, derefs(m))
}

// TestLines checks which lines the instructions map to: every statement and
// every sub-expression on a later line of its statement, as CPython 3.4.
func TestLines(t *testing.T) {
	tests := []struct {
		name string
		src  string
		path []string
		want []int
	}{
		{"module", "a = 1\n\nb = 2\nif a:\n    c = 3\n", nil, []int{1, 3, 4, 5}},
		{"multiline call", "f(1,\n  2,\n  g(\n    3))\n", nil, []int{1, 2, 3, 4}},
		{"function body", "def f(x):\n    y = x\n\n    return y\n", []string{"f"}, []int{2, 4}},
		{"decorated", "@d\ndef f():\n    pass\n", nil, []int{1, 2}},
		{"loop", "for i in x:\n    y = i\nelse:\n    z = 1\n", nil, []int{1, 2, 4}},
		{"try", "try:\n    a()\nexcept E as e:\n    b()\nfinally:\n    c()\n", nil, []int{1, 2, 3, 4, 6}},
		{"far line", "a = 1" + strings.Repeat("\n", 300) + "b = 2\n", nil, []int{1, 301}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code := find(t, compile(t, tt.src), tt.path...)
			assert.Equal(t, tt.want, lines(code), disassemble(code))
		})
	}
}

func TestLnotabFormat(t *testing.T) {
	// 300 lines apart: the signed line increment is split into 127+127+46.
	code := compile(t, "a = 1"+strings.Repeat("\n", 300)+"b = 2\n")
	assert.Equal(t, "\x06\x7f\x00\x7f\x00\x2e", code.Lnotab)
	assert.Equal(t, 1, Addr2Line(code, 0))
	assert.Equal(t, 1, Addr2Line(code, 5))
	assert.Equal(t, 301, Addr2Line(code, 6))

	// A call spread over lines 1-3 goes back to line 1 for CALL_FUNCTION:
	// LOAD_NAME f (1), LOAD_CONST 1 (2), LOAD_CONST 2 (3), CALL_FUNCTION (1).
	code = compile(t, "f(\n 1,\n 2)\n")
	assert.Equal(t, 1, Addr2Line(code, 0))
	assert.Equal(t, 2, Addr2Line(code, 3))
	assert.Equal(t, 3, Addr2Line(code, 6))
	assert.Equal(t, 1, Addr2Line(code, 9))
	assert.Equal(t, "\x03\x01\x03\x01\x03\xfe", code.Lnotab)
}

// TestStacksize checks the computed stack size against the true maximum,
// counted by hand on the 3.4 instruction sequence (an exception handler
// starts with six values on top of the depth at its SETUP_*).
func TestStacksize(t *testing.T) {
	tests := []struct {
		src  string
		want int32
	}{
		{"f(a, b, c)\n", 4},
		{"x = [a, (b, c), {d: e}]\n", 5},
		{"a, *b, c = x\n", 3},
		{"try:\n    pass\nexcept E:\n    pass\n", 8},
		// The inner exit method, the six exception values over it, and the
		// "silenced" marker a suppressing __exit__ pushes, over the outer
		// exit method: 1 + 1 + 6 + 1.
		{"with a as b, c as d:\n    pass\n", 9},
		{"for i in x:\n    for j in y:\n        f(i, j)\n", 5},
		{"x = a < b < c\n", 3},
		// The deepest point: in "except E as e" (6 values, 3 left after
		// binding e) the cleanup handler is entered with 6 more and pushes
		// None to clear e.
		{"while x:\n    try:\n        try:\n            f()\n        finally:\n            g()\n    except E as e:\n        continue\n", 10},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			code := compile(t, tt.src)
			assert.Equal(t, tt.want, code.Stacksize, disassemble(code))
		})
	}
}

func TestExtendedArg(t *testing.T) {
	code, err := Compile("def f():\n    return [0"+strings.Repeat(", 0", 70000)+"]\n", "t.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	f := find(t, code, "f")
	// BUILD_LIST 70001 needs EXTENDED_ARG.
	n := len(f.Code)
	require.Greater(t, n, 9)
	tail := f.Code[n-7:]
	assert.Equal(t, byte(vm.EXTENDED_ARG), tail[0])
	assert.Equal(t, 70001, int(tail[1])<<16|int(tail[2])<<24|int(tail[4])|int(tail[5])<<8)
	assert.Equal(t, byte(vm.BUILD_LIST), tail[3])
}

type syntaxCase struct {
	src    string
	msg    string
	lineno int
	offset int
}

// Messages and locations from CPython 3.11 (compile(src, "f.py", "exec")),
// except where gpython's parser reports a different offset.
var syntaxCases = []syntaxCase{
	{"return 1", "'return' outside function", 1, 1},
	{"x = 1\nyield x", "'yield' outside function", 2, 1},
	{"break", "'break' outside loop", 1, 1},
	{"continue", "'continue' not properly in loop", 1, 1},
	{"while x:\n  def f():\n    continue", "'continue' not properly in loop", 3, 5},
	{"nonlocal x", "nonlocal declaration not allowed at module level", 1, 1},
	{"def f():\n  nonlocal x", "no binding for nonlocal 'x' found", 2, 3},
	{"def f():\n  x = 1\n  global x", "name 'x' is assigned to before global declaration", 3, 3},
	{"def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10},
	{"f(a=1, a=2)", "keyword argument repeated: a", 1, 8},
	{"a, *b, *c = x", "multiple starred expressions in assignment", 1, 1},
	{"*a = x", "starred assignment target must be in a list or tuple", 1, 1},
	{"x = *a", "can't use starred expression here", 1, 5},
	{"def f():\n  x = [(yield) for i in y]", "'yield' inside list comprehension", 2, 9},
	{"class C:\n  yield 1", "'yield' outside function", 2, 3},
	{"try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass", "default 'except:' must be last", 3, 1},
	{"(a, b) += 1", "'tuple' is an illegal expression for augmented assignment", 1, 1},
	{"x.y += 1\n[a] += 1", "'list' is an illegal expression for augmented assignment", 2, 1},
	{"__debug__ = 1", "cannot assign to __debug__", 1, 1},
	{"def f(x):\n  global x", "name 'x' is parameter and global", 2, 3},
	{"def f():\n  from m import *", "import * only allowed at module level", 2, 3},
	{"from __future__ import braces", "not a chance", 1, 1},
	{"'doc'\nfrom __future__ import division\nx = 1\nfrom __future__ import division", "from __future__ imports must occur at the beginning of the file", 4, 1},
	{"from __future__ import spam", "future feature spam is not defined", 1, 1},
	{"x +=", "invalid syntax", 1, 5},
	{"class C:\n  nonlocal x", "no binding for nonlocal 'x' found", 2, 3},
	{"def f():\n  print(x)\n  global x", "name 'x' is used prior to global declaration", 3, 3},
	{"def f(x):\n  nonlocal x", "name 'x' is parameter and nonlocal", 2, 3},
	{"def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x", "name 'x' is nonlocal and global", 4, 5},
	{"def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x", "name 'x' is assigned to before nonlocal declaration", 5, 5},
	{"def f(*, a, a): pass", "duplicate argument 'a' in function definition", 1, 13},
	{"lambda a, a: 1", "duplicate argument 'a' in function definition", 1, 11},
	{"f(x for x in y, 1)", "Generator expression must be parenthesized", 1, 3},
	{"f(1, x for x in y)", "Generator expression must be parenthesized", 1, 6},
	{"f(a=1, b)", "positional argument follows keyword argument", 1, 9},
	{"del f()", "cannot delete function call", 1, 5},
	{"for f() in x: pass", "cannot assign to function call", 1, 5},
}

func TestSyntaxErrors(t *testing.T) {
	for _, tt := range syntaxCases {
		t.Run(tt.src, func(t *testing.T) {
			assertCompileError(t, tt.src, tt.msg, tt.lineno, tt.offset)
		})
	}
}

func TestModes(t *testing.T) {
	code, err := Compile("1 + 2", "<eval>", py.EvalMode, 0, true)
	require.NoError(t, err)
	assert.Equal(t, byte(vm.RETURN_VALUE), code.Code[len(code.Code)-1])

	code, err = Compile("x\n", "<single>", py.SingleMode, 0, true)
	require.NoError(t, err)
	assert.Equal(t, 1, countOp(t, code, vm.PRINT_EXPR))

	_, err = Compile("x", "<bad>", py.CompileMode("bogus"), 0, true)
	require.Error(t, err)
	assert.Equal(t, py.ValueError, pyerrType(err))
}

func pyerrType(err error) *py.Type {
	var info py.ExceptionInfo
	if errors.As(err, &info) {
		return info.Type
	}
	return nil
}

// qualnames returns the qualified names code passes to MAKE_FUNCTION and
// MAKE_CLOSURE: the string constant loaded just before each.
func qualnames(code *py.Code) []string {
	var out []string
	prev := ""
	for i := 0; i < len(code.Code); {
		op := vm.OpCode(code.Code[i])
		if op < vm.HAVE_ARGUMENT {
			i++
			continue
		}
		arg := int(code.Code[i+1]) | int(code.Code[i+2])<<8
		switch op {
		case vm.LOAD_CONST:
			if s, ok := code.Consts[arg].(py.String); ok {
				prev = string(s)
			}
		case vm.MAKE_FUNCTION, vm.MAKE_CLOSURE:
			out = append(out, prev)
		}
		i += 3
	}
	return out
}

// TestQualnames checks __qualname__ values against CPython 3.11.
func TestQualnames(t *testing.T) {
	src := `def f():
    def g():
        return [x for x in ()]
    return lambda: (y for y in ())
class C:
    def m(self):
        pass
    class D:
        def n(self):
            global h
            def h():
                pass
`
	code := compile(t, src)
	assert.Equal(t, []string{"f", "C"}, qualnames(code))
	assert.Equal(t, []string{"f.<locals>.g", "f.<locals>.<lambda>"}, qualnames(find(t, code, "f")))
	assert.Equal(t, []string{"f.<locals>.g.<locals>.<listcomp>"}, qualnames(find(t, code, "f", "g")))
	assert.Equal(t, []string{"f.<locals>.<lambda>.<locals>.<genexpr>"}, qualnames(find(t, code, "f", "<lambda>")))
	assert.Equal(t, []string{"C.m", "C.D"}, qualnames(find(t, code, "C")))
	assert.Equal(t, []string{"C.D.n"}, qualnames(find(t, code, "C", "D")))
	assert.Equal(t, []string{"h"}, qualnames(find(t, code, "C", "D", "n")))
}

func TestTooManyBlocks(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 21; i++ {
		sb.WriteString(strings.Repeat(" ", i) + "for x in y:\n")
	}
	sb.WriteString(strings.Repeat(" ", 21) + "pass\n")
	_, err := Compile(sb.String(), "f.py", py.ExecMode, 0, true)
	require.Error(t, err)
	exc := err.(py.ExceptionInfo).Value.(*py.Exception)
	assert.Equal(t, py.Tuple{py.String("too many statically nested blocks")}, exc.Args)
	assert.Equal(t, py.Int(21), exc.Dict["lineno"])
	assert.Equal(t, py.Int(21), exc.Dict["offset"])

	// 20 levels are allowed.
	sb.Reset()
	for i := 0; i < 20; i++ {
		sb.WriteString(strings.Repeat(" ", i) + "for x in y:\n")
	}
	sb.WriteString(strings.Repeat(" ", 20) + "pass\n")
	_, err = Compile(sb.String(), "f.py", py.ExecMode, 0, true)
	require.NoError(t, err)
}

// TestTracebackLines runs code on gpython's VM and maps the offsets in its
// traceback to lines: CPython 3.11 reports the first line of the failing
// call and of the failing addition.
func TestTracebackLines(t *testing.T) {
	src := "def f(a,\n      b):\n    x = 1\n    return (a +\n            b)\n\nprint(1)\nf(1,\n  None)\n"
	_, err := runPython(t, src, "tb.py")
	require.Error(t, err)
	info := err.(py.ExceptionInfo)
	assert.Equal(t, py.TypeError, info.Type)
	var got []int
	for tb := info.Traceback; tb != nil; tb = tb.Next {
		got = append(got, Addr2Line(tb.Frame.Code, tb.Lasti))
	}
	assert.Equal(t, []int{8, 4}, got)
}

func TestCompileFile(t *testing.T) {
	const src = "def f():\n    return 1\n"
	f, err := syntax.Parse(src, "m.py", py.ExecMode)
	require.NoError(t, err)
	code, err := CompileFile(f, "m.py", src, 0)
	require.NoError(t, err)
	assert.Equal(t, int32(1), find(t, code, "f").Firstlineno)

	_, err = CompileFile(nil, "m.py", "", 0)
	assert.Equal(t, py.SystemError, pyerrType(err))

	// A malformed tree from a buggy front end is an error, not a panic.
	bad := &ast.Module{Body: []ast.Stmt{&ast.Assign{Targets: []ast.Expr{&ast.Name{Id: "x", Ctx: ast.Store}}}}}
	_, err = CompileFile(&syntax.File{Mod: bad}, "m.py", "", 0)
	assert.Equal(t, py.SystemError, pyerrType(err))
}

func TestAsyncFlags(t *testing.T) {
	const src = `async def coro():
    await x
async def agen():
    await x
    yield 1
async def plain():
    return 1
def gen():
    yield 1
async def comps():
    return [y async for y in x], [await y for y in x], (y async for y in x)
`
	code, err := Compile(src, "m.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	kind := func(name string) int32 {
		return find(t, code, name).Flags & (py.CO_GENERATOR | coroutine.CoCoroutine | coroutine.CoAsyncGenerator)
	}
	assert.Equal(t, int32(coroutine.CoCoroutine), kind("coro"))
	assert.Equal(t, int32(coroutine.CoAsyncGenerator), kind("agen"))
	assert.Equal(t, int32(coroutine.CoCoroutine), kind("plain"))
	assert.Equal(t, int32(py.CO_GENERATOR), kind("gen"))
	comps := find(t, code, "comps")
	assert.Equal(t, int32(coroutine.CoCoroutine), find(t, comps, "<listcomp>").Flags&(py.CO_GENERATOR|coroutine.CoCoroutine|coroutine.CoAsyncGenerator))
	assert.Equal(t, int32(coroutine.CoAsyncGenerator), find(t, comps, "<genexpr>").Flags&(py.CO_GENERATOR|coroutine.CoCoroutine|coroutine.CoAsyncGenerator))
	// Two list comprehensions are awaited, the generator expression not.
	assert.Equal(t, 2, countOp(t, comps, GET_AWAITABLE))
	assert.Equal(t, 1, countOp(t, find(t, code, "coro"), GET_AWAITABLE))
}

func TestFStringCode(t *testing.T) {
	code, err := Compile("a = f'{x}'\nb = f'x{y!r:>{w}}z'\nc = f'lit'\nd = f''\n", "m.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	assert.Equal(t, 3, countOp(t, code, FORMAT_VALUE))
	assert.Equal(t, 2, countOp(t, code, BUILD_STRING))
	assert.Contains(t, code.Consts, py.Object(py.String("lit")))
	assert.Contains(t, code.Consts, py.Object(py.String("")))
}

func TestSingleModePrints(t *testing.T) {
	// Expression statements at the top level of an interactive statement
	// print, also inside compound statements; those in functions do not.
	code, err := Compile("if 1:\n    x\n    y\n", "<stdin>", py.SingleMode, 0, true)
	require.NoError(t, err)
	assert.Equal(t, 2, countOp(t, code, vm.PRINT_EXPR))
	code, err = Compile("def f():\n    y\n", "<stdin>", py.SingleMode, 0, true)
	require.NoError(t, err)
	assert.Equal(t, 0, countOp(t, find(t, code, "f"), vm.PRINT_EXPR))
}

func countOp(t *testing.T, code *py.Code, op vm.OpCode) int {
	t.Helper()
	instrs, err := decode(code.Code)
	require.NoError(t, err)
	n := 0
	for _, in := range instrs {
		if in.op == op {
			n++
		}
	}
	return n
}

// TestConcurrentCompile backs the package's goroutine-safety claim; run it
// with -race.
func TestConcurrentCompile(t *testing.T) {
	done := make(chan error)
	for i := 0; i < 4; i++ {
		go func() {
			var err error
			for j := 0; j < 20 && err == nil; j++ {
				_, err = Compile(layoutSrc, "c.py", py.ExecMode, 0, true)
			}
			done <- err
		}()
	}
	for i := 0; i < 4; i++ {
		require.NoError(t, <-done)
	}
}

func TestAsyncMisuseIsASyntaxError(t *testing.T) {
	for _, src := range []string{
		"async def f():\n    yield 1\n    return 2\n",
		"def f():\n    await g()\n",
		"async def f():\n    yield from g()\n",
	} {
		_, err := Compile(src, "m.py", py.ExecMode, 0, true)
		require.Error(t, err, src)
		assert.Equal(t, py.SyntaxError, pyerrType(err), src)
	}
}
