package syntax

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syntaxErrorCase is a source the parser must reject, with CPython 3.11's
// SyntaxError message and position.
type syntaxErrorCase struct {
	src            string
	msg            string
	lineno, offset int
}

// assertSyntaxErrors parses each case and checks the message, line and
// column of the SyntaxError it raises.
func assertSyntaxErrors(t *testing.T, cases []syntaxErrorCase) {
	t.Helper()
	for _, c := range cases {
		_, err := Parse(c.src, "<test>", py.ExecMode)
		require.Error(t, err, "%q", c.src)
		e, ok := err.(*py.Exception)
		require.True(t, ok, "%q: %v", c.src, err)
		assert.Equal(t, py.String(c.msg), e.Args.(py.Tuple)[0], "%q", c.src)
		assert.Equal(t, py.Int(c.lineno), e.Dict["lineno"], "%q", c.src)
		assert.Equal(t, py.Int(c.offset), e.Dict["offset"], "%q", c.src)
	}
}
