package pytext_test

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/pyerr"
)

func ExampleRepr() {
	s, _ := pytext.Repr(py.Tuple{py.Int(1)})
	fmt.Println(s)
	s, _ = pytext.Repr(py.NewListFromItems([]py.Object{py.String("it's"), py.Float(1e16), py.None}))
	fmt.Println(s)
	// Output:
	// (1,)
	// ["it's", 1e+16, None]
}

func ExampleMod() {
	s, _ := pytext.Mod("%(name)s scored %(score).1f%%", py.StringDict{"name": py.String("Ann"), "score": py.Float(97.25)})
	fmt.Println(s)
	_, err := pytext.Mod("%s %s", py.Int(1))
	msg, _ := pytext.Str(pyerr.Info(err).Value)
	fmt.Println(msg)
	// Output:
	// Ann scored 97.2%
	// not enough arguments for format string
}
