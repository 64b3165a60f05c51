package main

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every workload must run on gpyasync; the harness prints one row each.
func TestWorkloadsRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, benchAll(&out, "workloads", "", "", time.Millisecond))
	for _, name := range []string{"calls", "generator_steps", "yield_from_chain", "while_loop", "attributes", "closures"} {
		assert.Contains(t, out.String(), name)
	}
}

func TestFailingWorkloadIsReported(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, writeFile(dir+"/broken.py", "def run(n):\n    return 1 / 0\n"))
	var out bytes.Buffer
	err := benchAll(&out, dir, "", "", time.Millisecond)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "ZeroDivisionError")
}

func writeFile(path, text string) error { return os.WriteFile(path, []byte(text), 0o644) }
