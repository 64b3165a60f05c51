"""Names for type hints, enough for annotated code to import and run.

Annotations are not checked at run time, in CPython as here: these objects
only need to exist, subscript and print. Aliases subscript to themselves
with a CPython-like repr; Generic and Protocol are plain base classes."""

import collections.abc as _abc

__all__ = ['Any', 'Annotated', 'AsyncGenerator', 'AsyncIterable', 'AsyncIterator',
           'Awaitable', 'Callable', 'ClassVar', 'Coroutine', 'DefaultDict', 'Deque',
           'Dict', 'Final', 'FrozenSet', 'Generator', 'Generic', 'Hashable',
           'Iterable', 'Iterator', 'List', 'Literal', 'Mapping', 'MutableMapping',
           'MutableSequence', 'MutableSet', 'NamedTuple', 'NewType', 'NoReturn',
           'Optional', 'Protocol', 'Sequence', 'Set', 'Sized', 'Tuple', 'Type',
           'TypeVar', 'Union', 'TYPE_CHECKING', 'cast', 'final', 'get_type_hints',
           'no_type_check', 'overload', 'runtime_checkable']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class _Special:
    """A special form such as Any, Union or Optional."""

    def __init__(self, name, origin=None, nparams=None):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            if len(params) != 1:
                raise TypeError('typing.Optional requires a single type.')
            return Union[params[0], None]
        if self._name == 'Union':
            flat = []
            for p in params:
                p = type(None) if p is None else p
                members = p.__args__ if isinstance(p, _Union) else (p,)
                for m in members:
                    if m not in flat:
                        flat.append(m)
            if len(flat) == 1:
                return flat[0]
            return _Union(tuple(flat))
        return _GenericAlias(self, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _Union:
    def __init__(self, args):
        self.__args__ = args
        self.__origin__ = Union

    def __repr__(self):
        if len(self.__args__) == 2 and type(None) in self.__args__:
            other = self.__args__[0] if self.__args__[1] is type(None) else self.__args__[1]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _Union):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias:
    """A subscripted alias such as List[int]."""

    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            params = '[%s]' % ', '.join(_type_repr(a) for a in self.__args__[0])
            return 'typing.Callable[%s, %s]' % (params, _type_repr(self.__args__[1]))
        if not self.__args__:
            return 'typing.%s[()]' % self._name
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))

    def __getitem__(self, params):
        return self

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, _Alias):
            origin = origin.__origin__
        return origin(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _Alias:
    """An unsubscripted alias of a concrete class, such as List."""

    def __init__(self, name, origin):
        self._name = name
        self.__origin__ = origin

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Any = _Special('Any')
NoReturn = _Special('NoReturn')
Union = _Special('Union')
Optional = _Special('Optional')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Literal = _Special('Literal')
Annotated = _Special('Annotated')

List = _Alias('List', list)
Dict = _Alias('Dict', dict)
Set = _Alias('Set', set)
FrozenSet = _Alias('FrozenSet', frozenset)
Tuple = _Alias('Tuple', tuple)
Type = _Alias('Type', type)
Callable = _Alias('Callable', _abc.Callable)
Iterable = _Alias('Iterable', _abc.Iterable)
Iterator = _Alias('Iterator', _abc.Iterator)
Generator = _Alias('Generator', _abc.Generator)
AsyncIterable = _Alias('AsyncIterable', _abc.AsyncIterable)
AsyncIterator = _Alias('AsyncIterator', _abc.AsyncIterator)
AsyncGenerator = _Alias('AsyncGenerator', _abc.AsyncGenerator)
Awaitable = _Alias('Awaitable', _abc.Awaitable)
Coroutine = _Alias('Coroutine', _abc.Coroutine)
Mapping = _Alias('Mapping', _abc.Mapping)
MutableMapping = _Alias('MutableMapping', _abc.MutableMapping)
Sequence = _Alias('Sequence', _abc.Sequence)
MutableSequence = _Alias('MutableSequence', _abc.MutableSequence)
MutableSet = _Alias('MutableSet', _abc.MutableSet)
Hashable = _Alias('Hashable', _abc.Hashable)
Sized = _Alias('Sized', _abc.Sized)


def _collections(name):
    import collections
    return getattr(collections, name)


Deque = _Alias('Deque', _collections('deque'))
DefaultDict = _Alias('DefaultDict', _collections('defaultdict'))


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        # gpyasync's instances cannot carry a __name__ attribute yet.
        self._name = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self._name

    def __or__(self, other):
        return Union[self, other]


class _GenericMeta(type):
    def __getitem__(cls, params):
        return cls


class Generic(metaclass=_GenericMeta):
    """Abstract base class for generic types."""
    __slots__ = ()


class Protocol(Generic):
    """Base class for protocol classes."""
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. A series of @typing.overload-decorated '
            'functions outside a stub module should always be followed by an implementation '
            'that is not @typing.overload-ed.')
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def NewType(name, tp):
    """NewType creates simple unique types with almost zero runtime overhead."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the annotations of obj (a class: merged along its MRO)."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}))


def NamedTuple(typename, fields=None, **kwargs):
    """Typed version of namedtuple, in its functional form NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nt = _collections('namedtuple')(typename, [name for name, _ in fields])
    nt.__annotations__ = dict(fields)
    return nt
