package compiler

import (
	"runtime"
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp/syntax"
)

// The expected strings are what CPython 3.11 stores under
// `from __future__ import annotations`.
func TestUnparse(t *testing.T) {
	cases := map[string]string{
		"int":                        "int",
		"list[int]":                  "list[int]",
		`dict[str, "C"] | None`:      `dict[str, 'C'] | None`,
		"typing.Optional[x.y]":       "typing.Optional[x.y]",
		"Callable[[int, str], None]": "Callable[[int, str], None]",
		"tuple[int, ...]":            "tuple[int, ...]",
		"Literal[1, -2.5, True]":     "Literal[1, -2.5, True]",
		"f(1, k=2)":                  "f(1, k=2)",
		"(int, str)":                 "(int, str)",
		`Literal["it's"]`:            `Literal["it's"]`,
	}
	for src, want := range cases {
		f, err := syntax.Parse(src, "<test>", py.EvalMode)
		require.NoError(t, err, src)
		assert.Equal(t, want, unparse(f.Mod.(*ast.Expression).Body), src)
	}
}

func TestPosOnlyArgCount(t *testing.T) {
	code, err := Compile("def f(a, b=1, /, c=2, *, d): pass\ng = lambda x, /: x\ndef h(a): pass\n", "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	counts := map[string]int{}
	for _, c := range code.Consts {
		if c, ok := c.(*py.Code); ok {
			counts[c.Name] = PosOnlyArgCount(c)
			if c.Name == "f" {
				assert.Equal(t, int32(3), c.Argcount, "positional-only parameters count in co_argcount")
			}
		}
	}
	assert.Equal(t, map[string]int{"f": 2, "<lambda>": 1, "h": 0}, counts)
	assert.Equal(t, 0, PosOnlyArgCount(&py.Code{}))
}

// The count of a code object that is gone is forgotten.
func TestPosOnlyForgotten(t *testing.T) {
	setPosOnly(&py.Code{Name: "gone"}, 3)
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	n := 0
	posOnly.Range(func(k, _ any) bool {
		n++
		return true
	})
	assert.Zero(t, n)
}

func hasOp(code *py.Code, op byte) bool {
	for i := 0; i < len(code.Code); {
		if code.Code[i] == op {
			return true
		}
		if code.Code[i] >= 90 {
			i += 3
		} else {
			i++
		}
	}
	return false
}

func TestSetupAnnotations(t *testing.T) {
	cases := map[string]bool{
		"x: int\n": true,
		"if a:\n    for i in b:\n        y: int = 1\n": true,
		"x = 1\n":                false,
		"def f():\n    x: int\n": false,
		"class C:\n    x: int\n": false,
	}
	for src, want := range cases {
		code, err := Compile(src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err, src)
		assert.Equal(t, want, hasOp(code, byte(SETUP_ANNOTATIONS)), src)
	}
	code, err := Compile("class C:\n    x: int\n", "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	assert.True(t, hasOp(code.Consts[0].(*py.Code), byte(SETUP_ANNOTATIONS)))
}

func TestFutureAnnotations(t *testing.T) {
	src := "from __future__ import annotations\nx: List[int] = 1\ndef f(a: Foo) -> Bar: pass\n"
	code, err := Compile(src, "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	assert.Contains(t, code.Consts, py.String("List[int]"))
	assert.Contains(t, code.Consts, py.String("Foo"))
	assert.Contains(t, code.Consts, py.String("Bar"))
	assert.NotContains(t, code.Names, "List", "the annotation is not evaluated")
	code, err = Compile("x: List[int] = 1\n", "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	assert.NotContains(t, code.Consts, py.String("List[int]"))
	assert.Contains(t, code.Names, "List")
}
