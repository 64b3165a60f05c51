package conformance

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpyasync/gpyasync/eventloop/asyncio" // asyncio, contextvars
	"github.com/gpyasync/gpyasync/interp"
)

// onlyEnv names the environment variable that selects programs by a glob on
// their slash-separated path relative to this directory, e.g. "gen/*" or
// "exc/yield_*". The ".py" suffix may be left out of the pattern.
const onlyEnv = "CONFORMANCE_ONLY"

// childEnv, when set to a program's absolute path, makes the test binary run
// that one program and exit with its status instead of running tests.
const childEnv = "GPYASYNC_CONFORMANCE_CHILD"

// childSetupFailure is the child's exit status when it cannot even read its
// program; CPython uses 2 for a missing script too.
const childSetupFailure = 2

// maxChildStack bounds a child's Go stack (see runChild).
const maxChildStack = 256 << 20

// runTimeout bounds one program. A stuck evaluator must fail its own subtest
// instead of hanging the whole suite until go test's global timeout.
const runTimeout = 60 * time.Second

func TestConformance(t *testing.T) {
	only := os.Getenv(onlyEnv)
	if only != "" {
		_, err := path.Match(only, "")
		require.NoError(t, err, "%s=%q is not a valid glob", onlyEnv, only)
	}
	progs := programs(t, ".")
	require.NotEmpty(t, progs, "no conformance programs found")
	known := readKnownFailures(t)
	ran := 0
	for _, rel := range progs {
		if only != "" && !selected(only, rel) {
			continue
		}
		ran++
		t.Run(rel, func(t *testing.T) {
			t.Parallel()
			check(t, rel, known)
		})
	}
	require.NotZero(t, ran, "%s=%q matches no program", onlyEnv, only)
}

// programs lists every .py file under root, as slash-separated paths relative
// to root, in lexical order.
func programs(t *testing.T, root string) []string {
	t.Helper()
	var progs []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".py") {
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return err
			}
			progs = append(progs, filepath.ToSlash(rel))
		}
		return nil
	})
	require.NoError(t, err)
	return progs
}

// selected reports whether the CONFORMANCE_ONLY glob only picks the program rel.
func selected(only, rel string) bool {
	for _, name := range []string{rel, strings.TrimSuffix(rel, ".py")} {
		if ok, _ := path.Match(only, name); ok {
			return true
		}
	}
	return false
}

// golden is what CPython 3.11 did with one program.
type golden struct {
	stdout string
	stderr string // compared only when hasErr
	hasErr bool
	code   int
}

func readGolden(t *testing.T, prog string) golden {
	t.Helper()
	var g golden
	out, err := os.ReadFile(prog + ".out")
	require.NoError(t, err, "missing golden: run scripts/goldens.sh")
	g.stdout = string(out)
	if errOut, err := os.ReadFile(prog + ".err"); err == nil {
		g.stderr, g.hasErr = string(errOut), true
	} else {
		require.ErrorIs(t, err, fs.ErrNotExist)
	}
	if code, err := os.ReadFile(prog + ".code"); err == nil {
		g.code, err = strconv.Atoi(strings.TrimSpace(string(code)))
		require.NoError(t, err, "%s.code must hold a number", prog)
	} else {
		require.ErrorIs(t, err, fs.ErrNotExist)
	}
	return g
}

// result is what gpyasync did with one program.
type result struct {
	stdout, stderr string
	code           int
}

func check(t *testing.T, rel string, known map[string]string) {
	prog := filepath.FromSlash(rel)
	want := readGolden(t, prog)
	got := run(t, prog)

	var problems []string
	if want.code != got.code {
		problems = append(problems, fmt.Sprintf("exit status: CPython %d, gpyasync %d", want.code, got.code))
	}
	if got.stdout != want.stdout {
		problems = append(problems, "stdout differs from CPython 3.11:\n"+diff(want.stdout, got.stdout))
	}
	wantErr := ""
	if want.hasErr {
		wantErr = want.stderr
	}
	if a, b := normalizeStderr(wantErr), normalizeStderr(got.stderr); a != b {
		problems = append(problems, "stderr differs from CPython 3.11 (caret lines and library frames ignored):\n"+diff(a, b))
	}
	reason, isKnown := known[rel]
	switch {
	case isKnown && len(problems) == 0:
		assert.Fail(t, "known failure passes now", "remove %s from %s (%s)", rel, knownFailuresFile, reason)
	case isKnown:
		t.Logf("known failure (%s):\n%s", reason, strings.Join(problems, "\n"))
	default:
		for _, p := range problems {
			assert.Fail(t, p)
		}
	}
}

// knownFailuresFile lists programs gpyasync does not pass yet, one per line:
// the path, then "#" and the issue that will fix it. Listed programs must
// still fail: one that passes makes the suite fail until it is removed, so
// the list can only shrink.
const knownFailuresFile = "known_failures.txt"

func readKnownFailures(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile(knownFailuresFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	require.NoError(t, err)
	known := map[string]string{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rel, reason, _ := strings.Cut(line, "#")
		rel, reason = strings.TrimSpace(rel), strings.TrimSpace(reason)
		require.NotEmpty(t, reason, "%s:%d: say which issue fixes %s", knownFailuresFile, i+1, rel)
		_, err := os.Stat(filepath.FromSlash(rel))
		require.NoError(t, err, "%s:%d: no such program", knownFailuresFile, i+1)
		known[rel] = reason
	}
	return known
}

// run executes the program in a child process: this test binary re-executed
// with childEnv set (see TestMain). A child per program keeps the suite
// alive through what a half-built evaluator may do that no recover() can
// catch — fatal Go stack overflow from unbounded recursion, os.Exit, a
// deadlock — and lets a stuck program be killed at runTimeout. It also runs
// in the program's directory, like `cd dir && python3 name.py`.
func run(t *testing.T, prog string) result {
	abs, err := filepath.Abs(prog)
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
	cmd.Dir = filepath.Dir(abs)
	cmd.Env = append(os.Environ(), childEnv+"="+abs)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ctx.Err() != nil {
		require.FailNow(t, "timed out", "after %v; stdout so far:\n%s\nstderr so far:\n%s",
			runTimeout, stdout.String(), stderr.String())
	}
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		require.NoError(t, err, "cannot start the child process")
	}
	return result{stdout: stdout.String(), stderr: stderr.String(), code: cmd.ProcessState.ExitCode()}
}

// TestMain turns this binary into a program runner when childEnv is set.
func TestMain(m *testing.M) {
	if prog := os.Getenv(childEnv); prog != "" {
		os.Exit(runChild(prog))
	}
	os.Exit(m.Run())
}

// runChild runs the program at the absolute path prog as __main__ in a fresh
// context, with the process's stdout and stderr as sys.stdout and
// sys.stderr, and returns the exit status CPython would have.
func runChild(prog string) int {
	// Real recursion is bounded by the interpreter's recursion limit; this
	// only makes a missing limit fail fast instead of growing to 1 GB.
	debug.SetMaxStack(maxChildStack)
	src, err := os.ReadFile(prog)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return childSetupFailure
	}
	name := filepath.Base(prog)
	// Passing the bare file name gives tracebacks `File "name.py"`, and the
	// directory first on sys.path gives the imports of `python3 name.py`.
	ctx := interp.NewContext(interp.Config{
		Argv:   []string{name},
		Path:   []string{filepath.Dir(prog)},
		Stdout: os.Stdout,
		Stderr: os.Stderr,
	})
	defer ctx.Close()
	return interp.ExitStatus(interp.RunMain(ctx, string(src), name), os.Stderr)
}

// normalizeStderr drops the lines CPython 3.11 prints under a traceback's source
// line to point at the failing expression (made only of spaces, '~' and
// '^'). They depend on column positions that our 3.4-model code objects do
// not record, and they carry no information beyond the source line above;
// every other line must still match byte for byte.
//
// It also drops traceback entries of files given by absolute path, with
// their source line: goldens name the program's own files relatively (see
// scripts/goldens.sh), so such frames are CPython's standard library
// written in Python (asyncio's runners.py...), which gpyasync implements
// in Go and so has no frames for.
func normalizeStderr(s string) string {
	lines := strings.SplitAfter(s, "\n")
	kept := lines[:0]
	inLibraryFrame := false
	for _, line := range lines {
		// Inside an exception group's box every line carries a margin
		// ("  | ", "    | "...); the rules apply to what follows it.
		text := strings.TrimRight(line, "\n")
		if m := groupMargin.FindString(text); m != "" {
			text = text[len(m):]
		}
		switch {
		case strings.HasPrefix(text, "  File \"/"), strings.HasPrefix(text, "  File \"<frozen "):
			inLibraryFrame = true
			continue
		case inLibraryFrame && strings.HasPrefix(text, "    "):
			continue
		}
		inLibraryFrame = false
		if !isCaretLine(text) {
			kept = append(kept, line)
		}
	}
	return strings.Join(kept, "")
}

// groupMargin matches the margin CPython draws before each line of an
// exception group's traceback.
var groupMargin = regexp.MustCompile(`^ *\| `)

func isCaretLine(line string) bool {
	marks := 0
	for _, r := range line {
		switch r {
		case '~', '^':
			marks++
		case ' ':
		default:
			return false
		}
	}
	return marks > 0
}
