"""Data classes: the @dataclass decorator and its helpers.

Fields come from the class's __annotations__, in order. gpyasync's parser
does not accept annotated assignments (x: int = 0) yet, so a class body
declares them with an explicit `__annotations__ = {'x': int}` until it does."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, '__name__', None) or repr(self.type)
        return 'dataclasses.InitVar[%s]' % name


_FIELD = '_FIELD'
_FIELD_INITVAR = '_FIELD_INITVAR'
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=mappingproxy(%r),kw_only=%r,'
                '_field_type=%s)' % (
                    self.name, self.type, self.default, self.default_factory,
                    self.init, self.repr, self.hash, self.compare, self.metadata,
                    self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_mutable_default(value):
    return type(value) in (list, dict, set) or (
        getattr(type(value), '__hash__', 0) is None and not isinstance(value, Field))


def _get_field(cls, name, a_type, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD_INITVAR if isinstance(a_type, InitVar) or a_type is InitVar else _FIELD
    if f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type is _FIELD and f.default is not MISSING and _is_mutable_default(f.default):
        raise ValueError('mutable default %r for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _make_init(cls, fields, frozen, has_post_init):
    std, kw_only = _fields_in_init_order(fields)
    seen_default = False
    for f in std:
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError('non-default argument %r follows default argument' % (f.name,))
        else:
            seen_default = True

    ns = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
          '__dataclass_builtins_object__': object}
    params = []

    def param(f):
        if f.default is not MISSING:
            ns['_dflt_' + f.name] = f.default
            return '%s=_dflt_%s' % (f.name, f.name)
        if f.default_factory is not MISSING:
            return '%s=_HAS_DEFAULT_FACTORY' % f.name
        return f.name

    params = [param(f) for f in std]
    if kw_only:
        params.append('*')
        params.extend(param(f) for f in kw_only)

    body = []
    for f in fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            ns['_dflt_' + f.name] = f.default_factory
            if f.init:
                value = '_dflt_%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (f.name, f.name, f.name)
            else:
                value = '_dflt_%s()' % f.name
        elif f.init:
            value = f.name
        else:
            if f.default is MISSING:
                continue
            ns['_dflt_' + f.name] = f.default
            value = '_dflt_%s' % f.name
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(self, %r, %s)' % (f.name, value))
        else:
            body.append('self.%s = %s' % (f.name, value))
    if has_post_init:
        initvars = ', '.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append('self.__post_init__(%s)' % initvars)
    if not body:
        body = ['pass']
    src = 'def __init__(%s):\n%s\n' % (', '.join(['self'] + params),
                                       '\n'.join('    ' + line for line in body))
    exec(src, ns)
    return ns['__init__']


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


def _set_method(cls, name, func, overwrite=True):
    if not overwrite and name in cls.__dict__:
        return False
    func.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    setattr(cls, name, func)
    return True


def _tuple(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    all_frozen_bases = None
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            all_frozen_bases = all_frozen_bases and getattr(b, _PARAMS).frozen

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw_only_default = kw_only
    for name in annotations:
        a_type = annotations[name]
        if a_type is KW_ONLY or isinstance(a_type, _KW_ONLY_TYPE):
            kw_only_default = True
            continue
        own.append(_get_field(cls, name, a_type, kw_only_default))
    for f in own:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if all_frozen_bases and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    all_fields = list(fields.values())

    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_method(cls, '__init__', _make_init(cls, all_fields, frozen, has_post_init))

    if repr:
        repr_fields = [f for f in field_list if f.repr]
        running = []

        def __repr__(self):
            for o in running:
                if o is self:
                    return '...'
            running.append(self)
            try:
                return self.__class__.__qualname__ + '(' + ', '.join(
                    '%s=%r' % (f.name, getattr(self, f.name)) for f in repr_fields) + ')'
            finally:
                running.pop()
        _set_method(cls, '__repr__', __repr__, overwrite=False)

    cmp_fields = [f for f in field_list if f.compare]
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple(self, cmp_fields) == _tuple(other, cmp_fields)
            return NotImplemented
        _set_method(cls, '__eq__', __eq__, overwrite=False)

    if order:
        def make(name, op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple(self, cmp_fields), _tuple(other, cmp_fields))
                return NotImplemented
            if not _set_method(cls, name, method, overwrite=False):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
        make('__lt__', lambda a, b: a < b)
        make('__le__', lambda a, b: a <= b)
        make('__gt__', lambda a, b: a > b)
        make('__ge__', lambda a, b: a >= b)

    has_explicit_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_tuple(self, hash_fields))
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        _set_method(cls, '__hash__', __hash__)
    elif eq and frozen:
        if not has_explicit_hash:
            _set_method(cls, '__hash__', __hash__)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        cls.__doc__ = cls.__name__ + '(' + ', '.join(f.name for f in field_list) + ')'

    if match_args:
        if '__match_args__' not in cls.__dict__:
            cls.__match_args__ = tuple(f.name for f in _fields_in_init_order(all_fields)[0])

    if frozen:
        names = tuple(f.name for f in all_fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError('cannot assign to field %r' % (name,))
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError('cannot delete field %r' % (name,))
            super(cls, self).__delattr__(name)
        # Installed last: gpyasync routes setattr(cls, ...) through the
        # class's own __setattr__, which would refuse the remaining setup.
        _set_method(cls, '__delattr__', __delattr__, overwrite=False)
        if not _set_method(cls, '__setattr__', __setattr__, overwrite=False):
            raise TypeError('Cannot overwrite attribute __setattr__ in class %s' % cls.__name__)

    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    def instance(o):
        return dict_factory([(f.name, _copy_inner(getattr(o, f.name), instance))
                             for f in fields(o)])
    return _copy_inner(obj, instance)


def _copy_inner(obj, instance):
    """Copies obj recursively for asdict() and astuple(): namedtuples, lists,
    tuples and dicts are rebuilt with their type, dataclass instances are
    made by instance(obj), anything else is kept as it is."""
    if _is_dataclass_instance(obj):
        return instance(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_copy_inner(v, instance) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_copy_inner(v, instance) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_copy_inner(k, instance), _copy_inner(v, instance))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    def instance(o):
        return tuple_factory([_copy_inner(getattr(o, f.name), instance) for f in fields(o)])
    return _copy_inner(obj, instance)


def replace(obj, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_INITVAR and f.name not in changes and f.default is MISSING:
            raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % (f.name,))
            continue
        if f.name not in changes and f._field_type is _FIELD:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """Return a new dynamically created dataclass."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
