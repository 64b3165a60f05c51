//go:build !amd64 && !arm64

package eventloop

import "runtime"

// goroutineID returns the runtime's identifier of the calling goroutine.
// Go hides it on purpose; the loop needs it only to refuse loop-only calls
// made from the wrong goroutine, so it parses the header of the caller's
// stack trace ("goroutine 123 [running]:"), which costs microseconds. On
// amd64 and arm64 a few instructions do (see gid_asm.go).
func goroutineID() uint64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	const prefix = len("goroutine ")
	var id uint64
	for _, c := range buf[prefix:n] {
		if c < '0' || c > '9' {
			break
		}
		id = id*10 + uint64(c-'0')
	}
	return id
}
