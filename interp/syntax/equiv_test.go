package syntax

import (
	"fmt"
	goast "go/ast"
	goparser "go/parser"
	gotoken "go/token"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	past "github.com/go-python/gpython/ast"
	gparser "github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type corpusEntry struct {
	name string
	src  string
	mode py.CompileMode
}

func gpythonDir(t testing.TB) string {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-python/gpython").Output()
	require.NoError(t, err)
	return strings.TrimSpace(string(out))
}

// grammarSnippets extracts the (source, mode) pairs of gpython's parser test
// table, which were generated from CPython 3.4.
func grammarSnippets(t testing.TB, dir string) []corpusEntry {
	fset := gotoken.NewFileSet()
	f, err := goparser.ParseFile(fset, filepath.Join(dir, "parser", "grammar_data_test.go"), nil, 0)
	require.NoError(t, err)
	var out []corpusEntry
	goast.Inspect(f, func(n goast.Node) bool {
		cl, ok := n.(*goast.CompositeLit)
		if !ok || len(cl.Elts) != 5 {
			return true
		}
		src, ok1 := cl.Elts[0].(*goast.BasicLit)
		mode, ok2 := cl.Elts[1].(*goast.BasicLit)
		if !ok1 || !ok2 || src.Kind != gotoken.STRING {
			return true
		}
		s, err1 := strconv.Unquote(src.Value)
		m, err2 := strconv.Unquote(mode.Value)
		if err1 == nil && err2 == nil {
			out = append(out, corpusEntry{fmt.Sprintf("grammar:%d", fset.Position(src.Pos()).Line), s, py.CompileMode(m)})
		}
		return false
	})
	return out
}

func pyFiles(t testing.TB, root, prefix string) []corpusEntry {
	var out []corpusEntry
	err := filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		out = append(out, corpusEntry{prefix + rel, string(b), py.ExecMode})
		return nil
	})
	require.NoError(t, err)
	return out
}

func corpus(t testing.TB) []corpusEntry {
	dir := gpythonDir(t)
	entries := grammarSnippets(t, dir)
	entries = append(entries, pyFiles(t, dir, "gpython:")...)
	entries = append(entries, pyFiles(t, filepath.Join("..", "..", "conformance"), "conformance:")...)
	entries = append(entries, pyFiles(t, filepath.Join("testdata", "corpus"), "corpus:")...)
	return entries
}

// gpythonParse runs gpython's parser, which may panic on some inputs.
func gpythonParse(src string, mode py.CompileMode) (mod past.Ast, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gpython panic: %v", r)
		}
	}()
	return gparser.ParseString(src, mode)
}

// normalize rewrites the parts of gpython's tree where we deliberately
// differ (see the package documentation) into our form.
func normalize(n past.Ast) {
	past.Walk(n, func(a past.Ast) bool {
		switch x := a.(type) {
		case *past.FunctionDef:
			x.DecoratorList = dottedDecorators(x.DecoratorList)
		case *past.ClassDef:
			x.DecoratorList = dottedDecorators(x.DecoratorList)
		case *past.Arguments:
			var kw []past.Expr
			for _, d := range x.KwDefaults {
				if d != nil {
					kw = append(kw, d)
				}
			}
			x.KwDefaults = kw
		}
		return true
	})
}

func dottedDecorators(list []past.Expr) []past.Expr {
	for i, d := range list {
		fix := func(e past.Expr) past.Expr {
			n, ok := e.(*past.Name)
			if !ok || !strings.Contains(string(n.Id), ".") {
				return e
			}
			parts := strings.Split(string(n.Id), ".")
			var out past.Expr = &past.Name{ExprBase: n.ExprBase, Id: past.Identifier(parts[0]), Ctx: past.Load}
			for _, p := range parts[1:] {
				out = &past.Attribute{Value: out, Attr: past.Identifier(p), Ctx: past.Load}
			}
			return out
		}
		if c, ok := d.(*past.Call); ok {
			c.Func = fix(c.Func)
		} else {
			list[i] = fix(d)
		}
	}
	return list
}

// comparePositions walks both trees in step and reports nodes whose
// positions differ, except where gpython's positions are meaningless.
func comparePositions(src string, a, b reflect.Value, path string, diffs *[]string) {
	if !a.IsValid() || !b.IsValid() {
		return
	}
	switch a.Kind() {
	case reflect.Interface, reflect.Ptr:
		if a.IsNil() || b.IsNil() {
			return
		}
		if a.Kind() == reflect.Interface && a.Elem().Type() != b.Elem().Type() {
			return
		}
		if a.Kind() == reflect.Ptr {
			if na, ok := a.Interface().(past.Ast); ok {
				nb := b.Interface().(past.Ast)
				if skipPos(src, na) {
					// skip only this node's own position
				} else if na.GetLineno() != nb.GetLineno() || na.GetColOffset() != nb.GetColOffset() {
					*diffs = append(*diffs, fmt.Sprintf("%s %s: ours %d:%d gpython %d:%d", path, na.Type().Name,
						na.GetLineno(), na.GetColOffset(), nb.GetLineno(), nb.GetColOffset()))
				}
			}
		}
		comparePositions(src, a.Elem(), b.Elem(), path, diffs)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			f := a.Type().Field(i)
			if !f.IsExported() || f.Name == "DecoratorList" {
				continue
			}
			comparePositions(src, a.Field(i), b.Field(i), path+"."+f.Name, diffs)
		}
	case reflect.Slice:
		if a.Type().Elem().Kind() == reflect.Uint8 || a.Len() != b.Len() {
			return
		}
		for i := 0; i < a.Len(); i++ {
			comparePositions(src, a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i), diffs)
		}
	}
}

func skipPos(src string, n past.Ast) bool {
	switch x := n.(type) {
	case *past.Module, *past.Interactive, *past.Expression, *past.Call, *past.ExceptHandler:
		return true
	case *past.Arguments:
		return len(x.Args) == 0 && len(x.Kwonlyargs) == 0 && x.Vararg == nil && x.Kwarg == nil
	case *past.If:
		line := lineText(src, x.Lineno)
		return x.ColOffset < len(line) && strings.HasPrefix(line[x.ColOffset:], "elif")
	}
	return false
}

func TestGpythonEquivalence(t *testing.T) {
	entries := corpus(t)
	require.NotEmpty(t, entries)
	compared, oursOnly := 0, 0
	for _, e := range entries {
		theirs, gerr := gpythonParse(e.src, e.mode)
		ours, err := Parse(e.src, "<string>", e.mode)
		if gerr != nil {
			if err == nil {
				oursOnly++
				t.Logf("%s: only we parse %q (gpython: %v)", e.name, e.src, gerr)
			}
			continue
		}
		if reason, ok := cpythonRejects[e.src]; ok {
			assert.Error(t, err, "%s: CPython 3.11 rejects this (%s)", e.name, reason)
			continue
		}
		if !assert.NoError(t, err, "%s: gpython parses this:\n%s", e.name, e.src) {
			continue
		}
		normalize(theirs)
		normalize(ours.Mod)
		compared++
		if want, got := past.Dump(theirs), past.Dump(ours.Mod); want != got {
			t.Errorf("%s: AST differs:\n gpython: %s\n ours:    %s\nsource:\n%.400s", e.name, window(want, got), window(got, want), e.src)
			continue
		}
		var diffs []string
		comparePositions(e.src, reflect.ValueOf(ours.Mod), reflect.ValueOf(theirs), "", &diffs)
		assert.Empty(t, diffs, "%s: positions differ:\n%.400s", e.name, e.src)
	}
	t.Logf("%d sources compared with gpython; %d more parsed only by us", compared, oursOnly)
	assert.Greater(t, compared, 300)
}

// window shows a of a pair of differing strings around their first
// difference.
func window(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo, hi := i-80, i+80
	if lo < 0 {
		lo = 0
	}
	if hi > len(a) {
		hi = len(a)
	}
	return a[lo:hi]
}

// cpythonRejects lists corpus sources that gpython's 3.4 parser accepts but
// CPython 3.11 rejects, with CPython's message.
var cpythonRejects = map[string]string{
	"del *a,*b":                            "cannot delete starred",
	"( a for a in ab if lambda: None )":    "invalid syntax",
	"( a for a in ab if lambda x,y: x+y )": "invalid syntax",
}
