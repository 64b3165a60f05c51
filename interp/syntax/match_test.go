package syntax

import (
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMatchEncoding(t *testing.T) {
	f := parseExec(t, "match x:\n    case [a, *_] | (a, 1):\n        pass\n    case {'k': v, **r} if v:\n        pass\n    case P(1, y=Q.R) as p:\n        pass\n    case _:\n        pass\n")
	s := f.Mod.(*ast.Module).Body[0].(*ast.If)
	subject, ok := MatchSubject(s)
	require.True(t, ok)
	assert.Equal(t, ast.Identifier("x"), subject.(*ast.Name).Id)
	require.Len(t, s.Body, 4)

	pat, guard := CaseOf(s.Body[0].(*ast.If))
	assert.Nil(t, guard)
	or := pat.(*ast.Call)
	assert.Equal(t, "|", PatternCall(or))
	seq := or.Args[0].(*ast.List)
	assert.Equal(t, ast.Store, seq.Elts[0].(*ast.Name).Ctx)
	assert.IsType(t, &ast.Ellipsis{}, seq.Elts[1].(*ast.Starred).Value)
	assert.Len(t, or.Args[1].(*ast.List).Elts, 2)

	pat, guard = CaseOf(s.Body[1].(*ast.If))
	assert.Equal(t, ast.Identifier("v"), guard.(*ast.Name).Id)
	d := pat.(*ast.Dict)
	require.Len(t, d.Keys, 2)
	assert.Nil(t, d.Keys[1])
	assert.Equal(t, ast.Identifier("r"), d.Values[1].(*ast.Name).Id)

	pat, _ = CaseOf(s.Body[2].(*ast.If))
	as := pat.(*ast.Call)
	assert.Equal(t, "as", PatternCall(as))
	cls := as.Args[0].(*ast.Call)
	assert.Equal(t, "", PatternCall(cls))
	assert.Equal(t, ast.Load, cls.Func.(*ast.Name).Ctx)
	assert.Equal(t, ast.Identifier("y"), cls.Keywords[0].Arg)
	assert.Equal(t, ast.Load, cls.Keywords[0].Value.(*ast.Attribute).Ctx)
	assert.Equal(t, 6, s.Body[2].GetLineno())

	pat, _ = CaseOf(s.Body[3].(*ast.If))
	assert.IsType(t, &ast.Ellipsis{}, pat)

	// An ordinary if is not a match.
	f = parseExec(t, "if 'match'(x):\n    pass\n")
	_, ok = MatchSubject(f.Mod.(*ast.Module).Body[0].(*ast.If))
	assert.False(t, ok)
}

func TestMatchSoftKeyword(t *testing.T) {
	for _, src := range []string{
		"match = 1\n", "match(x)\n", "match[1]\n", "match.x = 2\n", "match, case = 1, 2\n",
		"case = 1\n", "_ = 1\n", "match -x\n", "print(match, case)\n", "match(x) if y else z\n",
	} {
		f := parseExec(t, src)
		s := f.Mod.(*ast.Module).Body[0]
		if i, ok := s.(*ast.If); ok {
			_, isMatch := MatchSubject(i)
			assert.False(t, isMatch, "%q", src)
		}
	}
	f := parseExec(t, "match (x):\n    case 1:\n        pass\nmatch -x, *y:\n    case 1:\n        pass\n")
	for _, s := range f.Mod.(*ast.Module).Body {
		_, ok := MatchSubject(s.(*ast.If))
		assert.True(t, ok)
	}
}

// The messages and positions are CPython 3.11's.
func TestMatchErrors(t *testing.T) {
	assertSyntaxErrors(t, []syntaxErrorCase{
		{"match x:\n case P(x=1, 2): pass", "positional patterns follow keyword patterns", 2, 14},
		{"match x:\n case {f(): 1}: pass", "invalid syntax", 2, 9},
		{"match x:\n case {a: 1}: pass", "invalid syntax", 2, 9},
		{"match x:\n case {**_}: pass", "invalid syntax", 2, 10},
		{"match x:\n case 1 + 1: pass", "imaginary number required in complex literal", 2, 11},
		{"match x:\n case 1j + 1: pass", "real number required in complex literal", 2, 7},
		{"match x:\n case f'a': pass", "patterns may only match literals and attribute lookups", 2, 7},
		{"match x:\n case a as _: pass", "cannot use '_' as a target", 2, 12},
		{"match x:\n case a as b.c: pass", "invalid syntax", 2, 13},
		{"match x:\n case -a: pass", "invalid syntax", 2, 8},
		{"match x:\n case *a: pass", "invalid syntax", 2, 9},
		{"match x:\n  pass", "invalid syntax", 2, 3},
		{"match x\n case 1: pass", "expected ':'", 1, 8},
		{"match x:\n case 1 as b as c: pass", "invalid syntax", 2, 14},
		{"match x:\n case 1:\n  pass\n case:\n  pass", "invalid syntax", 4, 6},
		{"match x:\n case 1:\n pass", "expected an indented block after 'case' statement on line 2", 3, 2},
	})
}
