package modules_test

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp"
)

// Every standard module imports in a fresh context and defines the names
// CPython's does (a sample of each).
func TestStdModulesImport(t *testing.T) {
	want := map[string][]string{
		"functools":       {"partial", "reduce", "wraps", "lru_cache", "cache", "cached_property", "total_ordering", "singledispatch", "cmp_to_key"},
		"itertools":       {"count", "cycle", "repeat", "islice", "tee", "groupby", "product", "pairwise"},
		"operator":        {"add", "itemgetter", "attrgetter", "methodcaller", "__add__", "index"},
		"heapq":           {"heappush", "heappop", "heapify", "heapreplace", "heappushpop", "nlargest", "nsmallest", "merge"},
		"collections":     {"deque", "namedtuple", "defaultdict", "OrderedDict", "Counter", "ChainMap", "abc"},
		"collections.abc": {"Iterable", "Iterator", "Awaitable", "Coroutine", "AsyncIterator", "Mapping", "Sequence"},
		"abc":             {"ABC", "ABCMeta", "abstractmethod"},
		"dataclasses":     {"dataclass", "field", "fields", "asdict", "astuple", "replace", "FrozenInstanceError"},
		"enum":            {"Enum", "IntEnum", "StrEnum", "auto", "unique"},
		"traceback":       {"format_exc", "print_exc", "format_exception", "print_exception", "format_exception_only"},
		"weakref":         {"ref", "proxy", "WeakValueDictionary", "WeakKeyDictionary", "WeakSet", "finalize"},
		"contextlib":      {"contextmanager", "asynccontextmanager", "suppress", "closing", "aclosing", "nullcontext", "ExitStack", "AsyncExitStack"},
		"copy":            {"copy", "deepcopy", "Error"},
		"keyword":         {"kwlist", "softkwlist", "iskeyword"},
		"typing":          {"Any", "Optional", "Union", "List", "Dict", "Callable", "TypeVar", "Generic", "Protocol", "cast"},
		"json":            {"dumps", "dump", "loads", "load", "JSONDecodeError", "JSONEncoder", "JSONDecoder"},
	}
	for name, names := range want {
		t.Run(name, func(t *testing.T) {
			ctx := interp.NewContext(interp.Config{})
			defer ctx.Close()
			if err := py.Import(ctx, name); err != nil {
				t.Fatalf("import %s: %s", name, interp.FormatException(err))
			}
			mod, err := ctx.GetModule(name)
			require.NoError(t, err)
			for _, n := range names {
				_, ok := mod.Globals[n]
				assert.True(t, ok, "%s.%s missing", name, n)
			}
		})
	}
}

// A heap function given something other than a list raises CPython's
// TypeError rather than panicking.
func TestHeapFunctionsRejectNonLists(t *testing.T) {
	var out strings.Builder
	ctx := interp.NewContext(interp.Config{Stdout: &out, Stderr: &out})
	defer ctx.Close()
	src := `import heapq
for f, args in [(heapq.heappush, ((), 1)), (heapq.heappop, ({},)), (heapq.heapify, (None,))]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
`
	err := interp.RunMain(ctx, src, "heap.py")
	require.NoError(t, err)
	assert.Equal(t, "heappush() argument 1 must be list, not tuple\n"+
		"heappop() argument must be list, not dict\n"+
		"heapify() argument must be list, not NoneType\n", out.String())
}
