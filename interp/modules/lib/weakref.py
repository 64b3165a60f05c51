"""Weak references, as far as a garbage-collected host allows.

Go has no reference counting and gpython no finalizer hook, so a reference
made here never dies: ref() keeps returning its object, the Weak*
containers keep their entries, and callbacks and finalize() run only when
called explicitly. Code written for CPython still runs, and stays correct
as long as it does not rely on objects disappearing."""

from _collections_abc import MutableMapping, MutableSet

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs',
           'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

_unreferenceable = (int, float, complex, str, bytes, tuple, list, dict, set,
                    frozenset, bool, type(None))

_refs = {}


def _check(obj):
    if type(obj) in _unreferenceable:
        raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)


class ReferenceType:
    """A weak reference to an object; calling it returns the object."""

    __slots__ = ('_obj', '__callback__')

    def __init__(self, obj, callback=None):
        _check(obj)
        self._obj = obj
        self.__callback__ = callback
        _refs.setdefault(id(obj), []).append(self)

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(self._obj).__name__, id(self._obj))


ref = ReferenceType


class WeakMethod(ReferenceType):
    """A weak reference to a bound method."""

    __slots__ = ()

    def __init__(self, meth, callback=None):
        try:
            meth.__self__
        except AttributeError:
            raise TypeError('argument should be a bound method, not %s' % type(meth).__name__) from None
        ref.__init__(self, meth, callback)


class ProxyType:
    """A proxy forwarding attribute access and calls to its referent."""

    def __init__(self, obj, callback=None):
        _check(obj)
        object.__setattr__(self, '_proxy_obj', obj)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_proxy_obj'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_proxy_obj'), name, value)

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_proxy_obj')(*args, **kwargs)

    def __repr__(self):
        obj = object.__getattribute__(self, '_proxy_obj')
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))


def proxy(obj, callback=None):
    """Create a proxy object that weakly references obj."""
    return ProxyType(obj, callback)


def getweakrefcount(obj):
    """Return the number of weak references to obj."""
    return len(_refs.get(id(obj), ()))


def getweakrefs(obj):
    """Return a list of all weak reference objects pointing to obj."""
    return list(_refs.get(id(obj), ()))


class WeakValueDictionary(MutableMapping):
    """Mapping class that references values weakly."""

    def __init__(self, other=(), **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]()

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)

    def copy(self):
        return WeakValueDictionary(self.items())

    def valuerefs(self):
        return list(self.data.values())


class WeakKeyDictionary(MutableMapping):
    """Mapping class that references keys weakly."""

    def __init__(self, dict=None):
        self.data = {}
        self._keys = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        _check(key)
        return self.data[id(key)]

    def __setitem__(self, key, value):
        _check(key)
        self.data[id(key)] = value
        self._keys[id(key)] = key

    def __delitem__(self, key):
        del self.data[id(key)]
        del self._keys[id(key)]

    def __iter__(self):
        return iter([self._keys[k] for k in list(self.data)])

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return id(key) in self.data and self._keys[id(key)] is key

    def __repr__(self):
        return '<WeakKeyDictionary at %#x>' % id(self)

    def copy(self):
        return WeakKeyDictionary(self.items())

    def keyrefs(self):
        return [ref(k) for k in self]


class WeakSet(MutableSet):
    """A set whose members are referenced weakly."""

    def __init__(self, data=None):
        self._items = {}
        if data is not None:
            for item in data:
                self.add(item)

    def add(self, item):
        _check(item)
        self._items[id(item)] = item

    def discard(self, item):
        self._items.pop(id(item), None)

    def __contains__(self, item):
        return self._items.get(id(item), self) is item

    def __iter__(self):
        return iter(list(self._items.values()))

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return '{%s}' % ', '.join(map(repr, self))

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def copy(self):
        return WeakSet(self)


class finalize:
    """A callable to run func(*args, **kwargs) once, explicitly or at exit.

    Objects never die here, so the finalizer runs only when called (or
    never): alive stays True until then."""

    __slots__ = ('_info',)

    def __init__(self, obj, func, *args, **kwargs):
        _check(obj)
        self._info = [obj, func, args, kwargs or {}]

    def __call__(self, _=None):
        info = self._info
        if info is None:
            return None
        self._info = None
        obj, func, args, kwargs = info
        return func(*args, **kwargs)

    def detach(self):
        info = self._info
        if info is None:
            return None
        self._info = None
        obj, func, args, kwargs = info
        return (obj, func, args, kwargs)

    def peek(self):
        info = self._info
        if info is None:
            return None
        return tuple(info)

    @property
    def alive(self):
        return self._info is not None

    atexit = True

    def __repr__(self):
        if self._info is None:
            return '<finalize object at %#x; dead>' % id(self)
        obj = self._info[0]
        return '<finalize object at %#x; for %r at %#x>' % (id(self), type(obj).__name__, id(obj))
