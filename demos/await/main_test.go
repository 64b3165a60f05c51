package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The lines CPython prints for seed 002's two programs, and the order the
// await protocol imposes on the Go side's lines.
func TestDemo(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(&out))
	text := out.String()

	inOrder(t, text,
		// Part 1: nothing runs until the first step, which runs the whole
		// body; the return value comes back in StopIteration.
		"Go calls foo() and gets a coroutine object",
		"Go calls __await__() on it and gets a coroutine_wrapper",
		"foo is being called\n",
		"StopIteration after 1 step(s)",
		"Result of our coroutine: 'hello'\n",
		// Part 2: each value the Go body yields reaches the driver before
		// the body is stepped again, and the return value becomes the
		// result of Python's await.
		"Go body, step 1: yields 1",
		"driver received 1",
		"Go body, step 2: yields 2",
		"driver received 2",
		"Go body, step 3: returns 'Ended'",
		"my_coroutine returned with: 'Ended'\n",
		"main() returned 'Ended'\n",
	)
	assert.Equal(t, 1, strings.Count(text, "\nfoo is being called\n"))
	assert.NotContains(t, text, "driver received 3")
}

// inOrder checks that every part occurs in text, each after the previous.
func inOrder(t *testing.T, text string, parts ...string) {
	t.Helper()
	rest := text
	for _, p := range parts {
		i := strings.Index(rest, p)
		if !assert.GreaterOrEqual(t, i, 0, "%q missing or out of order in:\n%s", p, text) {
			return
		}
		rest = rest[i+len(p):]
	}
}

func TestDemoRunsTwice(t *testing.T) {
	for i := 0; i < 2; i++ {
		var out strings.Builder
		require.NoError(t, run(&out))
		assert.Contains(t, out.String(), "Result of our coroutine: 'hello'\n")
	}
}
