"""Abstract Base Classes (ABCs): ABCMeta, ABC and abstractmethod."""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'get_cache_token']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


_token = [0]


def get_cache_token():
    """Return the current ABC registration token; it changes on every register()."""
    return _token[0]


def _mro(cls):
    return getattr(cls, '__mro__', (cls,))


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = [name for name, value in dict.items(namespace)
                     if getattr(value, '__isabstractmethod__', False)]
        for base in bases:
            for name in getattr(base, '__abstractmethods__', ()):
                value = getattr(cls, name, None)
                if getattr(value, '__isabstractmethod__', False) and name not in abstracts:
                    abstracts.append(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow usage as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if subclass in _mro(cls):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in _mro(subclass):
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for rcls in cls._abc_registry:
            if rcls in _mro(subclass) or (isinstance(rcls, ABCMeta) and issubclass(subclass, rcls)):
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                return True
        return False

    def __call__(cls, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', None)
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return super().__call__(*args, **kwargs)


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
