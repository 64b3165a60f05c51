//go:build amd64 || arm64

package eventloop

// getg returns the address of the runtime's descriptor of the calling
// goroutine.
func getg() uintptr

// goroutineID identifies the calling goroutine among the live ones: the
// address of its runtime descriptor, read in a few instructions. Go hides
// goroutine identity on purpose; the loop needs it only to refuse
// loop-only calls from the wrong goroutine, and the portable way (parsing
// runtime.Stack) costs microseconds per call. The runtime reuses the
// descriptors of goroutines that ended, so an identifier is only
// meaningful while its goroutine lives, which holds for a loop's owner.
func goroutineID() uint64 { return uint64(getg()) }
