"""Functional tools for creating and using iterators."""

_maxsize = 9223372036854775807


def _is_number(v):
    if isinstance(v, (int, float, complex)):
        return True
    if isinstance(v, (str, bytes, tuple, list, dict, set, frozenset)):
        return False
    t = type(v)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not _is_number(v):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, *args, **kwargs):
        if 'object' in kwargs:
            args = (kwargs.pop('object'),) + args
        if not args:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError('repeat expected at most 2 arguments, got %d' % len(args))
        self._obj = args[0]
        times = args[1] if len(args) > 1 else kwargs.pop('times', None)
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    return _cycle(iter(iterable))


def _accumulate(it, func):
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for element in it:
        total = func(total, element) if func is not None else total + element
        yield total


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    it = iter(iterable)
    if initial is not None:
        return _accumulate_initial(it, func, initial)
    return _accumulate(it, func)


def _accumulate_initial(it, func, initial):
    total = initial
    yield total
    for element in it:
        total = func(total, element) if func is not None else total + element
        yield total


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __new__(cls, *iterables):
        return _chain(iterables)

    @staticmethod
    def from_iterable(iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        return _chain(iter(iterable))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


def filterfalse(predicate, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(predicate, iter(iterable))


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = object()

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._id = object()
        while self._currkey is not _marker and self._currkey == self._tgtkey:
            self._step()
        if self._currkey is _marker:
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._step()
            except StopIteration:
                return


_marker = object()


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    if stop is not None and start >= stop:
        # The items before start are consumed anyway, as in CPython.
        for _ in zip(range(start), it):
            pass
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
            if stop is not None and nexti >= stop:
                # The items between the last one yielded and stop are
                # consumed, as in CPython.
                for _ in zip(range(stop - i - 1), it):
                    pass
                return
        i += 1


def _index_arg(v, msg):
    if v is None:
        return None
    if isinstance(v, int):
        if 0 <= v <= _maxsize:
            return int(v)
    else:
        try:
            n = v.__index__()
        except (AttributeError, TypeError):
            raise ValueError(msg) from None
        if 0 <= n <= _maxsize:
            return n
    raise ValueError(msg)


def islice(*args):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    if len(args) < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
    if len(args) > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
    iterable = args[0]
    if len(args) == 2:
        start, step = 0, 1
        stop = _index_arg(args[1], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    else:
        msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        start = _index_arg(args[1], msg)
        stop = _index_arg(args[2], msg)
        step = 1
        if len(args) == 4 and args[3] is not None:
            try:
                step = _index_arg(args[3], '')
            except ValueError:
                step = 0
            if step == 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
        if start is None:
            start = 0
    return _islice(iter(iterable), start, stop, step)


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


class _TeeData:
    """The values read from a shared iterator that some tee copy has not seen yet."""

    def __init__(self, it):
        self.it = it
        self.values = []
        self.base = 0  # index in the stream of values[0]
        self.positions = []


def _tee_gen(data, slot):
    while True:
        pos = data.positions[slot]
        i = pos - data.base
        if i < len(data.values):
            value = data.values[i]
        else:
            value = next(data.it, _marker)
            if value is _marker:
                return
            data.values.append(value)
        data.positions[slot] = pos + 1
        lowest = min(data.positions)
        if lowest > data.base:
            del data.values[:lowest - data.base]
            data.base = lowest
        yield value


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    data = _TeeData(iter(iterable))
    data.positions = [0] * n
    return tuple(_tee_gen(data, i) for i in range(n))


def _zip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    _check_r(r)
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    _check_r(r)
    return _combinations(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""
    pool = tuple(iterable)
    _check_r(r)
    return _combinations_with_replacement(pool, r)


def _pairwise(it):
    a = next(it, _marker)
    if a is _marker:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _pairwise(iter(iterable))
