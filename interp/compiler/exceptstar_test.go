package compiler

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The messages and positions are CPython 3.11's: a return is reported at
// its value, which is compiled first.
func TestExceptStarExits(t *testing.T) {
	const msg = "'break', 'continue' and 'return' cannot appear in an except* block"
	cases := []struct {
		src            string
		lineno, offset int
	}{
		{"for x in y:\n    try:\n        pass\n    except* E:\n        break\n", 5, 9},
		{"for x in y:\n    try:\n        pass\n    except* E:\n        continue\n", 5, 9},
		{"def f():\n    try:\n        pass\n    except* E:\n        return 1\n", 5, 16},
		{"def f():\n    try:\n        pass\n    except* E:\n        if x:\n            return\n", 6, 13},
		{"try:\n    pass\nexcept* E:\n    break\n", 4, 5},
		{"while 1:\n    try:\n        pass\n    except* E:\n        try:\n            pass\n        finally:\n            break\n", 8, 13},
	}
	for _, c := range cases {
		assertCompileError(t, c.src, msg, c.lineno, c.offset)
	}
	// Loops and functions inside the clause may use them.
	compile(t, "try:\n    pass\nexcept* E:\n    for x in y:\n        break\n    while x:\n        continue\n    def g():\n        return 1\n")
}

func TestExceptStarStacksize(t *testing.T) {
	// In the clause: the saved state (3), the original exception, the
	// list of raised exceptions, the rest and the matched part (4); the
	// handler catching what the clause raises adds 6.
	code := compile(t, "try:\n    pass\nexcept* E as e:\n    pass\n")
	assert.Equal(t, int32(13), code.Stacksize, disassemble(code))
}

func TestExceptStarFlow(t *testing.T) {
	code := compile(t, "for i in x:\n    try:\n        f()\n    except* A as a:\n        g(a)\n    except* (B, C):\n        try:\n            h()\n        finally:\n            k()\n    else:\n        m()\n    finally:\n        n()\n")
	checkFlow(t, code)
}
