package iterproto_test

import (
	"fmt"
	"slices"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
)

func ExampleAll() {
	for v, err := range iterproto.All(py.Tuple{py.Int(1), py.String("two")}) {
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Println(v)
	}
	// Output:
	// 1
	// two
}

func ExampleFromSeq() {
	it := iterproto.FromSeq(slices.Values([]py.Object{py.Int(10), py.Int(20)}))
	items, err := iterproto.Collect(it)
	fmt.Println(items, err)
	// Output:
	// [10 20] <nil>
}
