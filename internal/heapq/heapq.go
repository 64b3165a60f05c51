// Package heapq is Python's heapq algorithm over a Go slice: the smallest
// item at index 0, each item no greater than its children at 2i+1 and 2i+2.
// It exists because ties must come out in the same order as in CPython —
// asyncio's timers with equal deadlines, PriorityQueue items that compare
// equal — and Go's container/heap breaks ties differently.
//
// less may fail (a Python comparison can raise); the operation then stops
// with the slice still holding every item, as heapq leaves its list.
package heapq

// Push adds x to the heap *h.
func Push[T any](h *[]T, x T, less func(a, b T) (bool, error)) error {
	*h = append(*h, x)
	return siftDown(*h, 0, len(*h)-1, less)
}

// Pop removes and returns the smallest item of the non-empty heap *h.
func Pop[T any](h *[]T, less func(a, b T) (bool, error)) (T, error) {
	s := *h
	n := len(s) - 1
	last := s[n]
	var zero T
	s[n] = zero
	s = s[:n]
	*h = s
	if n == 0 {
		return last, nil
	}
	top := s[0]
	s[0] = last
	return top, siftUp(s, 0, less)
}

// siftDown moves the item at pos up toward start while it is less than its
// parent (heapq's _siftdown).
func siftDown[T any](h []T, start, pos int, less func(a, b T) (bool, error)) error {
	for pos > start {
		parent := (pos - 1) / 2
		lt, err := less(h[pos], h[parent])
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		h[pos], h[parent] = h[parent], h[pos]
		pos = parent
	}
	return nil
}

// siftUp moves the item at pos down to a leaf along the smaller children,
// then back up to its place (heapq's _siftup), which saves comparisons.
func siftUp[T any](h []T, pos int, less func(a, b T) (bool, error)) error {
	start := pos
	child := 2*pos + 1
	for child < len(h) {
		if right := child + 1; right < len(h) {
			lt, err := less(h[child], h[right])
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		h[pos], h[child] = h[child], h[pos]
		pos = child
		child = 2*pos + 1
	}
	return siftDown(h, start, pos, less)
}

// Init orders h into a heap (heapq's heapify).
func Init[T any](h []T, less func(a, b T) (bool, error)) error {
	for i := len(h)/2 - 1; i >= 0; i-- {
		if err := siftUp(h, i, less); err != nil {
			return err
		}
	}
	return nil
}
