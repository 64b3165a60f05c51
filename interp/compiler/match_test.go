package compiler

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The messages and positions are CPython 3.11's.
func TestMatchErrors(t *testing.T) {
	cases := []struct {
		src            string
		msg            string
		lineno, offset int
	}{
		{"match x:\n case _: pass\n case 1: pass", "wildcard makes remaining patterns unreachable", 2, 7},
		{"match x:\n case y: pass\n case 1: pass", "name capture 'y' makes remaining patterns unreachable", 2, 7},
		{"match x:\n case 1 if x: pass\n case _: pass\n case 2: pass", "wildcard makes remaining patterns unreachable", 3, 7},
		{"match x:\n case x as y: pass\n case 2: pass", "name capture 'x' makes remaining patterns unreachable", 2, 7},
		{"match x:\n case (x): pass\n case 2: pass", "name capture 'x' makes remaining patterns unreachable", 2, 8},
		{"match x:\n case a | [b]: pass", "name capture 'a' makes remaining patterns unreachable", 2, 7},
		{"match x:\n case _ | 1: pass", "wildcard makes remaining patterns unreachable", 2, 7},
		{"match x:\n case [a, a]: pass", "multiple assignments to name 'a' in pattern", 2, 11},
		{"match x:\n case (a as b) as b: pass", "multiple assignments to name 'b' in pattern", 2, 8},
		{"match x:\n case {'a': x, **x}: pass", "multiple assignments to name 'x' in pattern", 2, 13},
		{"match x:\n case [a] | [b]: pass", "alternative patterns bind different names", 2, 14},
		{"match x:\n case 1 | ([a] | [b]): pass", "alternative patterns bind different names", 2, 19},
		{"match x:\n case P(x=1, x=2): pass", "attribute name repeated in class pattern: x", 2, 16},
		{"match x:\n case {'a': 1, 'a': 2}: pass", "mapping pattern checks duplicate key ('a')", 2, 7},
		{"match x:\n case {True: 1, 1: 2}: pass", "mapping pattern checks duplicate key (1)", 2, 7},
		{"match x:\n case {None: 1, None: 2}: pass", "mapping pattern checks duplicate key (None)", 2, 7},
		{"match x:\n case {-0: 1, 0: 2}: pass", "mapping pattern checks duplicate key (0)", 2, 7},
		{"match x:\n case [*a, *b]: pass", "multiple starred names in sequence pattern", 2, 7},
	}
	for _, c := range cases {
		assertCompileError(t, c.src, c.msg, c.lineno, c.offset)
	}
	// Accepted: a guarded or final irrefutable case, keys equal only
	// across types that never compare equal.
	compile(t, "match x:\n case _ if x: pass\n case y: pass\n")
	compile(t, "match x:\n case {1: _, '1': _, b'1': _}: pass\n")
}

func TestMatchStacksize(t *testing.T) {
	// The subject, two capture slots, the copy of the subject, then
	// during the length check the length and the constant above it.
	code := compile(t, "match x:\n case [a, b]: pass\n")
	assert.Equal(t, int32(6), code.Stacksize, disassemble(code))
	// The subject, one slot, the copy, the keys tuple, then MATCH_KEYS's
	// result, its copy and None.
	code = compile(t, "match x:\n case {'k': v}: pass\n")
	assert.Equal(t, int32(7), code.Stacksize, disassemble(code))
}

func TestMatchFlow(t *testing.T) {
	code := compile(t, "for i in x:\n    match i:\n        case [1, *r] | (2, r) if r:\n            continue\n        case {'k': P(a, b=[c, *_]), **rest} as m:\n            break\n        case 1 | 2 | 3:\n            pass\n        case _:\n            f()\n")
	checkFlow(t, code)
}
