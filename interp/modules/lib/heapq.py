"""Heap queue algorithm (a.k.a. priority queue).

heappush, heappop and heapify run in Go; the rest is written here with the
same sift order, so results and tie order match CPython's."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


# The sifts take the heap order as `before`: _lt for a min-heap, _gt for a
# max-heap, which compares with the operands swapped as CPython's _max
# variants do.
def _siftdown(heap, startpos, pos, before=_lt):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if before(newitem, parent):
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos, before=_lt):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not before(heap[childpos], heap[rightpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos, before)


def _siftdown_max(heap, startpos, pos):
    _siftdown(heap, startpos, pos, _gt)


def _siftup_max(heap, pos):
    _siftup(heap, pos, _gt)


def _check(heap, func):
    if not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (func, type(heap).__name__))


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    h = []
    if reverse:
        _heapify_, _heappop_, _heapreplace_, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        _heapify_, _heappop_, _heapreplace_, direction = heapify, heappop, heapreplace, 1
    for order, it in enumerate(map(iter, iterables)):
        try:
            nxt = it.__next__
            value = nxt()
            h.append([value if key is None else key(value), order * direction, value, nxt])
        except StopIteration:
            pass
    _heapify_(h)
    while len(h) > 1:
        try:
            while True:
                s = h[0]
                k, order, value, nxt = s
                yield value
                value = nxt()
                s[0] = value if key is None else key(value)
                s[2] = value
                _heapreplace_(h, s)
        except StopIteration:
            _heappop_(h)
    if h:
        k, order, value, nxt = h[0]
        yield value
        for value in _rest(nxt):
            yield value


def _rest(nxt):
    while True:
        try:
            yield nxt()
        except StopIteration:
            return


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset. Equivalent to: sorted(iterable, key=key)[:n]"""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel) if key is None else min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top, _order = result[0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top, _order, _elem = result[0]
            order += 1
    result.sort()
    return [elem for (k, order, elem) in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset. Equivalent to: sorted(iterable, key=key, reverse=True)[:n]"""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel) if key is None else max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top, _order = result[0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top, _order, _elem = result[0]
            order -= 1
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]
