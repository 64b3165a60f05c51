// Package asyncio completes the Python asyncio module that package
// eventloop registers: importing it adds the synchronization primitives
// and queues of package locks to the module and lets them find the
// running loop. Programs that run Python code with asyncio import it for
// its side effects:
//
//	import _ "github.com/gpyasync/gpyasync/eventloop/asyncio"
//
// It has no API of its own, and it is not where the module's functions
// live (see package eventloop).
package asyncio

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/eventloop/locks"
)

func init() {
	g := py.GetModuleImpl("asyncio").Globals
	for k, v := range locks.Members() {
		g[k] = v
	}
	eventloop.OnRun(locks.Attach)
}
