package conformance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNormalizeStderrDropsCarets(t *testing.T) {
	in := "Traceback (most recent call last):\n" +
		"  File \"a.py\", line 3, in <module>\n" +
		"    f(x)[0]\n" +
		"    ~~~~^^^\n" +
		"    ^^^^\n" +
		"   \n" +
		"ValueError: ^~\n"
	want := "Traceback (most recent call last):\n" +
		"  File \"a.py\", line 3, in <module>\n" +
		"    f(x)[0]\n" +
		"   \n" +
		"ValueError: ^~\n"
	assert.Equal(t, want, normalizeStderr(in))
	assert.Equal(t, "", normalizeStderr(""))
	assert.Equal(t, "x\n", normalizeStderr("x\n^\n"))
}

func TestSelected(t *testing.T) {
	assert.True(t, selected("gen/*", "gen/send.py"))
	assert.True(t, selected("gen/send", "gen/send.py"))
	assert.True(t, selected("*/send*", "gen/send_none.py"))
	assert.False(t, selected("gen/*", "iter/user.py"))
	assert.False(t, selected("send", "gen/send.py"))
}

func TestDiff(t *testing.T) {
	got := diff("a\nb\nc\n", "a\nx\nc\n")
	assert.Equal(t, "--- CPython 3.11\n+++ gpyasync\n a\n-b\n+x\n c\n", got)
	got = diff("a\n", "a")
	assert.Equal(t, "--- CPython 3.11\n+++ gpyasync\n-a\n+a\\ (no newline at end)\n", got)
	got = diff("", "z\n")
	assert.Equal(t, "--- CPython 3.11\n+++ gpyasync\n+z\n", got)
}

// TestGoldensConsistent checks the shape scripts/goldens.sh leaves behind, so
// a hand-edited or half-regenerated golden set fails loudly: every program
// has a .out, .err and .code come together, and no golden is orphaned.
func TestGoldensConsistent(t *testing.T) {
	for _, rel := range programs(t, ".") {
		prog := filepath.FromSlash(rel)
		assert.FileExists(t, prog+".out")
		_, errErr := os.Stat(prog + ".err")
		_, codeErr := os.Stat(prog + ".code")
		assert.Equal(t, errErr == nil, codeErr == nil, "%s: .err and .code must both exist or both be absent", rel)
		if codeErr == nil {
			g := readGolden(t, prog)
			assert.NotZero(t, g.code, "%s.code must not be 0", rel)
		}
	}
	for _, ext := range []string{"out", "err", "code"} {
		goldens, err := filepath.Glob(filepath.Join("*", "*.py."+ext))
		require.NoError(t, err)
		for _, g := range goldens {
			assert.FileExists(t, strings.TrimSuffix(g, "."+ext), "orphaned golden %s", g)
		}
	}
}

func TestNormalizeStderrDropsLibraryFrames(t *testing.T) {
	in := "Traceback (most recent call last):\n" +
		"  File \"p.py\", line 12, in <module>\n" +
		"    asyncio.run(main())\n" +
		"  File \"/usr/lib/python3.11/asyncio/runners.py\", line 190, in run\n" +
		"    return runner.run(main)\n" +
		"           ^^^^^^^^^^^^^^^^\n" +
		"  File \"p.py\", line 10, in main\n" +
		"    await inner()\n" +
		"ValueError: escaped\n"
	want := "Traceback (most recent call last):\n" +
		"  File \"p.py\", line 12, in <module>\n" +
		"    asyncio.run(main())\n" +
		"  File \"p.py\", line 10, in main\n" +
		"    await inner()\n" +
		"ValueError: escaped\n"
	assert.Equal(t, want, normalizeStderr(in))
}
