// Package conformance holds the conformance suite: Python programs whose
// expected output was produced by CPython 3.11, and the test that runs each of
// them on gpyasync and compares the results byte for byte.
//
// It is not a library and exports nothing. The programs live in
// <topic>/<name>.py next to their goldens (see README.md); scripts/goldens.sh
// regenerates the goldens, and the test itself never runs python3.
package conformance
