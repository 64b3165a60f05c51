package pytext_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/pyerr"
)

func TestMain(m *testing.M) {
	pytext.Install()
	os.Exit(m.Run())
}

// TestCases runs every testdata/*.py case file line by line, as
// testdata/gen.py does on CPython, and compares with the .py.out file
// CPython wrote.
func TestCases(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	require.NoError(t, err)
	for _, file := range files {
		if filepath.Base(file) == "gen.py" {
			continue
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			want, err := os.ReadFile(file + ".out")
			require.NoError(t, err)
			got := runCases(t, file)
			wantLines := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
			require.Len(t, got, len(wantLines), "one result per expression line")
			for i := range wantLines {
				assert.Equal(t, wantLines[i], got[i])
			}
		})
	}
}

func runCases(t *testing.T, file string) []string {
	src, err := os.ReadFile(file)
	require.NoError(t, err)
	var out bytes.Buffer
	ctx := interp.NewContext(interp.Config{Stdout: &out, Stderr: &out})
	defer ctx.Close()
	code, err := py.Compile("pass\n", "cases", py.ExecMode, 0, true)
	require.NoError(t, err)
	mod, err := py.RunCode(ctx, code, "cases", "cases")
	require.NoError(t, err)
	mod.Globals["mod"] = py.MustNewMethod("mod", func(self py.Object, args py.Tuple) (py.Object, error) {
		f, ok := args[0].(py.String)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "mod() needs a str format")
		}
		s, err := pytext.Mod(string(f), args[1])
		return py.String(s), err
	}, 0, "")
	var blocks []string
	for _, line := range strings.Split(string(src), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if (line[0] == ' ' || line[0] == '\t') && len(blocks) > 0 {
			blocks[len(blocks)-1] += "\n" + line
			continue
		}
		blocks = append(blocks, line)
	}
	var results []string
	for _, line := range blocks {
		code, err := py.Compile(line, "<case>", py.EvalMode, 0, true)
		if err != nil {
			code, err = py.Compile(line+"\n", "<case>", py.ExecMode, 0, true)
			require.NoError(t, err, line)
			_, err = ctx.RunCode(code, mod.Globals, mod.Globals, nil)
			require.NoError(t, err, line)
			continue
		}
		results = append(results, line+evalCase(ctx, code, mod.Globals))
	}
	return results
}

// evalCase returns " => repr" or " !! Type: str" for one expression,
// turning a Go panic into a visible failure of that line alone.
func evalCase(ctx py.Context, code *py.Code, globals py.StringDict) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprintf(" PANIC %v", r)
		}
	}()
	v, err := ctx.RunCode(code, globals, globals, nil)
	if err != nil {
		info := pyerr.Info(err)
		s, serr := pytext.Str(info.Value)
		if serr != nil {
			s = "<str failed: " + serr.Error() + ">"
		}
		return " !! " + info.Type.Name + ": " + s
	}
	s, err := pytext.Repr(v)
	if err != nil {
		return " !! repr failed: " + err.Error()
	}
	return " => " + s
}

// TestPrograms runs testdata/programs/*.py and compares their stdout with
// CPython's.
func TestPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/programs/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			want, err := os.ReadFile(file + ".out")
			require.NoError(t, err)
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			var out bytes.Buffer
			ctx := interp.NewContext(interp.Config{Stdout: &out, Stderr: &out})
			defer ctx.Close()
			err = interp.RunMain(ctx, string(src), file)
			require.NoError(t, err, out.String())
			assert.Equal(t, string(want), out.String())
		})
	}
}
