"""Higher-order functions and operations on callable objects."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'cached_property']

from collections import namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        try:
            source = getattr(wrapped, attr)
        except AttributeError:
            continue
        target = getattr(wrapper, attr)
        for k, v in source.items():
            target[k] = v
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ does
    # not win over wrapped itself.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to a wrapper function."""
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


_convert = {
    '__lt__': [('__gt__', lambda self, other: _flip(self.__lt__(other), self, other, False)),
               ('__le__', lambda self, other: _or_eq(self.__lt__(other), self, other)),
               ('__ge__', lambda self, other: _not(self.__lt__(other)))],
    '__le__': [('__ge__', lambda self, other: _flip(self.__le__(other), self, other, True)),
               ('__lt__', lambda self, other: _and_ne(self.__le__(other), self, other)),
               ('__gt__', lambda self, other: _not(self.__le__(other)))],
    '__gt__': [('__lt__', lambda self, other: _flip(self.__gt__(other), self, other, False)),
               ('__ge__', lambda self, other: _or_eq(self.__gt__(other), self, other)),
               ('__le__', lambda self, other: _not(self.__gt__(other)))],
    '__ge__': [('__le__', lambda self, other: _flip(self.__ge__(other), self, other, True)),
               ('__gt__', lambda self, other: _and_ne(self.__ge__(other), self, other)),
               ('__lt__', lambda self, other: _not(self.__ge__(other)))],
}


def _not(result):
    if result is NotImplemented:
        return result
    return not result


def _flip(result, self, other, or_equal):
    # a > b is "not (a < b) and a != b"; a >= b is "not (a <= b) or a == b".
    if result is NotImplemented:
        return result
    if or_equal:
        return not result or self == other
    return not result and self != other


def _or_eq(result, self, other):
    if result is NotImplemented:
        return result
    return result or self == other


def _and_ne(result, self, other):
    if result is NotImplemented:
        return result
    return result and self != other


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def reduce(function, sequence, initial=_missing):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a
    sequence or iterable, from left to right, so as to reduce the iterable
    to a single value."""
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords."""

    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError('type \'partial\' takes at least one argument')
        cls, func, args = args[0], args[1], args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial) and type(func) is partial:
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self = super(partial, cls).__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(keywords)
        return self

    def __call__(*args, **keywords):
        self, args = args[0], args[1:]
        keywords = dict(self.keywords, **keywords)
        if self.args:
            args = self.args + args
        return self.func(*args, **keywords)

    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__qualname__
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return '%s(%s)' % (name, ', '.join(parts))


class partialmethod:
    """Method descriptor with partial application of the given arguments and
    keywords."""

    def __init__(*args, **keywords):
        self, func, args = args[0], args[1], args[2:]
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return 'functools.partialmethod(%s)' % ', '.join(parts)


_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    # The table and the statistics live in Go (_lru_cache); this function
    # gives the wrapper the shape of a Python function, so that it binds as
    # a method and takes update_wrapper's attributes.
    table = _lru_cache(user_function, maxsize, typed)
    call = table.call

    def wrapper(*args, **kwds):
        return call(args, kwds)

    def cache_info():
        """Report cache statistics"""
        hits, misses, currsize = table.info()
        return _CacheInfo(hits, misses, maxsize, currsize)

    def cache_clear():
        """Clear the cache and cache statistics"""
        table.clear()

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    """Turn a method into a property whose value is computed once per instance."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = ("No '__dict__' attribute on %r instance to cache %r property."
                   % (type(instance).__name__, self.attrname))
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _missing)
        if val is _missing:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


def _find_impl(cls, registry):
    for base in getattr(cls, '__mro__', (cls, object)):
        if base is not object and base in registry:
            return registry[base]
    # Virtual subclasses (ABCs) and gpython's built-in types whose __mro__
    # omits a base (bool of int) are found by issubclass.
    for registered in registry:
        if registered is not object and issubclass(cls, registered):
            return registry[registered]
    return registry[object]


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    registry = {}

    def dispatch(cls):
        return _find_impl(cls, registry)

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an '
                    'annotated function.' % (cls,))
            func = cls
            cls = next(iter(annotations.values()))
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
