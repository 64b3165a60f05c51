"""Container datatypes: deque, namedtuple, defaultdict, OrderedDict, Counter
and ChainMap."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque',
           'namedtuple']

import _collections_abc as _abc
import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter
from _collections import deque

abc = _abc
_abc.MutableSequence.register(deque)


_repr_active = []


def _repr_running(obj):
    for o in _repr_active:
        if o is obj:
            return True
    _repr_active.append(obj)
    return False


def _repr_done(obj):
    for i, o in enumerate(_repr_active):
        if o is obj:
            del _repr_active[i]
            return


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = []
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.append(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    seen = []
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.append(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        for name, value in zip(field_names[len(field_names) - len(defaults):], defaults):
            field_defaults[name] = value

    field_names = tuple(field_names)
    num_fields = len(field_names)
    qualname = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        return tuple.__new__(_cls, _bind(qualname, field_names, field_defaults, args, kwargs))
    __new__.__qualname__ = qualname
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(field_names))

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    def _replace(self, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            '%s=%r' % (name, value) for name, value in zip(field_names, self)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __hash__(self):
        return hash(tuple(self))

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(field_names)),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__hash__': __hash__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = property(_itemgetter(index), doc='Alias for field number %d' % index)
    result = type(typename, (tuple,), namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError, NotImplementedError):
            module = None
    if module is not None:
        result.__module__ = module
    return result


def _bind(qualname, names, defaults, args, kwargs):
    # The argument binding of a generated def __new__(_cls, <names>), with
    # CPython's error messages.
    n = len(names)
    if len(args) > n:
        required = n - len(defaults)
        if required == n:
            takes = '%d positional argument%s' % (n + 1, '' if n == 0 else 's')
        else:
            takes = 'from %d to %d positional arguments' % (required + 1, n + 1)
        raise TypeError('%s() takes %s but %d were given' % (qualname, takes, len(args) + 1))
    values = list(args)
    for name in kwargs:
        if name not in names:
            raise TypeError('%s() got an unexpected keyword argument %r' % (qualname, name))
        if names.index(name) < len(args):
            raise TypeError('%s() got multiple values for argument %r' % (qualname, name))
    missing = []
    for name in names[len(args):]:
        if name in kwargs:
            values.append(kwargs[name])
        elif name in defaults:
            values.append(defaults[name])
        else:
            missing.append(name)
    if missing:
        quoted = ["'%s'" % m for m in missing]
        if len(quoted) == 1:
            listed = quoted[0]
        else:
            listed = ', '.join(quoted[:-1]) + (',' if len(quoted) > 2 else '') + ' and ' + quoted[-1]
        raise TypeError('%s() missing %d required positional argument%s: %s' % (
            qualname, len(missing), '' if len(missing) == 1 else 's', listed))
    return values


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, *args, **kwargs):
        if args:
            default_factory, args = args[0], args[1:]
            if default_factory is not None and not callable(default_factory):
                raise TypeError('first argument must be callable or None')
        else:
            default_factory = None
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        if self.default_factory is None:
            factory = 'None'
        elif _repr_running(self):
            factory = '...'
        else:
            try:
                factory = repr(self.default_factory)
            finally:
                _repr_done(self)
        return '%s(%s, %s)' % (type(self).__name__, factory, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        if not self:
            raise KeyError('dictionary is empty')
        key = list(self)[-1] if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy


def _same(count):
    return count


def _positive(result, items, f):
    """Sets result[elem] to f(count) for the (elem, count) items where it is positive."""
    for elem, count in items:
        newcount = f(count)
        if newcount > 0:
            result[elem] = newcount
    return result


class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts."""
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping) or isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping) or isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (type(self).__name__, d)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __add__(self, other):
        return self._merge(other, lambda count, other_count: count + other_count, _same)

    def __sub__(self, other):
        return self._merge(other, lambda count, other_count: count - other_count, lambda count: 0 - count)

    def __or__(self, other):
        return self._merge(other, lambda count, other_count: other_count if count < other_count else count, _same)

    def __and__(self, other):
        return self._merge(other, lambda count, other_count: count if count < other_count else other_count)

    def __pos__(self):
        return _positive(Counter(), self.items(), _same)

    def __neg__(self):
        return _positive(Counter(), self.items(), lambda count: 0 - count)

    # _merge is the binary multiset operations: the positive both(count,
    # other_count) of the elements of self, and the positive only_other(count)
    # of the elements only other has (none when only_other is None).
    def _merge(self, other, both, only_other=None):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = both(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        if only_other is not None:
            _positive(result, ((e, c) for e, c in other.items() if e not in self), only_other)
        return result

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self


class ChainMap(_abc.MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together to create
    a single, updateable view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def clear(self):
        self.maps[0].clear()
