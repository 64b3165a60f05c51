package locks_test

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestScripts runs the Python programs in testdata and compares their
// output with CPython 3.11's.
func TestScripts(t *testing.T) {
	for _, name := range []string{"locks.py", "queues.py"} {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t)
			require.Equal(t, golden(t, name), e.runScript(t, name))
		})
	}
}
