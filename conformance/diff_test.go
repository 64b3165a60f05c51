package conformance

import (
	"fmt"
	"strings"
)

// maxDiffCells bounds the LCS table; beyond it diff shows both texts whole.
const maxDiffCells = 4 << 20

// diff renders a line diff from want to got: "-" lines only CPython printed,
// "+" lines only gpyasync printed, " " lines both printed. A missing final
// newline is marked, since the comparison is byte for byte.
func diff(want, got string) string {
	a, b := splitLines(want), splitLines(got)
	if len(a)*len(b) > maxDiffCells {
		return fmt.Sprintf("--- CPython 3.11\n%s\n+++ gpyasync\n%s", want, got)
	}
	// lcs[i][j] is the length of the longest common subsequence of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var sb strings.Builder
	sb.WriteString("--- CPython 3.11\n+++ gpyasync\n")
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			sb.WriteString(" " + a[i] + "\n")
			i++
			j++
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			sb.WriteString("-" + a[i] + "\n")
			i++
		default:
			sb.WriteString("+" + b[j] + "\n")
			j++
		}
	}
	return sb.String()
}

// splitLines splits s into lines without their "\n"; a last line lacking its
// newline is marked so that it differs from the same text with one.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(s, "\n")
	if last := len(lines) - 1; lines[last] == "" {
		lines = lines[:last]
	} else {
		lines[last] += "\\ (no newline at end)"
	}
	return lines
}
