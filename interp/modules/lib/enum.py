"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.

Members come in class-body order. Flag boundaries other than Flag's STRICT
and IntFlag's KEEP are not provided."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique']

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # auto() values are assigned when the class is made, after its body has
    # run (a class namespace cannot be a recording mapping here): an
    # expression over auto() members (AB = A | B) is kept and computed then.
    def __or__(self, other):
        return _AutoExpr(lambda a, b: a | b, self, other)

    def __and__(self, other):
        return _AutoExpr(lambda a, b: a & b, self, other)

    def __xor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, self, other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class _AutoExpr(auto):
    def __init__(self, op, left, right):
        auto.__init__(self)
        self._op = op
        self._operands = (left, right)

    def _resolve(self):
        values = [x._resolve() if isinstance(x, _AutoExpr) else x.value if isinstance(x, auto) else x
                  for x in self._operands]
        return self._op(*values)


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__') or isinstance(obj, (classmethod, staticmethod, property))
            or type(obj).__name__ in ('function', 'builtin_function_or_method'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        names = []
        values = {}
        for key in list(classdict):
            value = classdict[key]
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            names.append(key)
            values[key] = value
        for key in names:
            del classdict[key]
        if 'mro' in names:
            raise ValueError('Invalid enum member name: mro')
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type
        enum_class._new_member_ = metacls._find_new_(classdict, member_type, first_enum)

        generate = getattr(enum_class, '_generate_next_value_')
        last_values = []
        for name in names:
            value = values[name]
            if isinstance(value, _AutoExpr):
                value = value._resolve()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            last_values.append(value)
            metacls._add_member_(enum_class, name, value)
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = enum_class._member_type_
        new = enum_class._new_member_
        if member_type is object:
            member = new(enum_class)
        else:
            member = new(enum_class, *args)
        if not hasattr(member, '_value_'):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = enum_class
        if member_type is object and '__init__' in _own_dicts(enum_class):
            member.__init__(*args)
        member._sort_order_ = len(enum_class._member_names_)
        for canonical in enum_class._member_map_.values():
            if canonical._value_ == value:
                member = canonical
                break
        else:
            enum_class._member_names_.append(name)
        # Before the member map knows name, which __setattr__ guards.
        setattr(enum_class, name, member)
        enum_class._member_map_[name] = member
        try:
            if value not in enum_class._value2member_map_:
                enum_class._value2member_map_[value] = member
        except (TypeError, KeyError):
            # Unhashable values are found by the linear search in Enum.__new__.
            pass

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, None
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend <enum %r>' % (class_name, base.__name__))
        member_type = object
        for chain in bases:
            for base in getattr(chain, '__mro__', (chain,)):
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                member_type = base
                break
            if member_type is not object:
                break
        return member_type, last

    @staticmethod
    def _find_new_(classdict, member_type, first_enum):
        # The member constructor: a __new__ of the class or of an enum
        # base; Enum's own __new__ is the value lookup, not a constructor.
        new = classdict.get('__new__', None)
        if new is not None:
            return new
        if first_enum is not None:
            for base in first_enum.__mro__:
                if base is Enum or base is object:
                    break
                if '__new__' in base.__dict__:
                    return base.__dict__['__new__']
        if member_type is object:
            return object.__new__
        return member_type.__new__

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, values[:])
                values.append(value)
                classdict[name] = value
        elif isinstance(names, dict):
            for name in names:
                classdict[name] = names[name]
        else:
            for name, value in names:
                classdict[name] = value
        metacls = cls.__class__
        enum_class = metacls.__new__(metacls, class_name, bases, classdict)
        if module is not None:
            enum_class.__module__ = module
        if qualname is not None:
            enum_class.__qualname__ = qualname
        return enum_class

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __setattr__(cls, name, value):
        # Members are fixed once the class exists; the class body's own
        # assignments go through the namespace, not here.
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        if hasattr(cls, '_canonical'):
            # A Flag class iterates over its single-bit members only.
            return iter(cls._canonical())
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return reversed(list(cls))

    def __len__(cls):
        if hasattr(cls, '_canonical'):
            return len(cls._canonical())
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return '<enum %r>' % cls.__name__


EnumMeta = EnumType


def _own_dicts(cls):
    names = []
    for base in cls.__mro__:
        if base is Enum or base is object:
            break
        names.extend(base.__dict__)
    return names


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def _generate_next_value_(name, start, count, last_values):
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ is not object else repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _all_bits(cls):
        bits = 0
        for m in cls._member_map_.values():
            bits |= m._value_
        return bits

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        all_bits = cls._all_bits()
        extra = value & ~all_bits if value >= 0 else value
        if extra and not cls._keep_extra_bits():
            raise ValueError('%s invalid value %r\n    given %s\n  allowed %s' % (
                '<flag %r>' % cls.__name__, value, _bin(value, value | all_bits),
                _bin(all_bits, value | all_bits)))
        return cls._pseudo_member(value)

    @classmethod
    def _keep_extra_bits(cls):
        return False

    @classmethod
    def _pseudo_member(cls, value):
        member_type = cls._member_type_
        if member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, value)
        member._value_ = value
        names = [m._name_ for m in cls._canonical() if m._value_ & value == m._value_ and m._value_]
        covered = 0
        for m in cls._canonical():
            if m._value_ & value == m._value_:
                covered |= m._value_
        if names and value & ~covered:
            names.append(str(value & ~covered))
        member._name_ = '|'.join(names) if names else None
        return member

    @classmethod
    def _canonical(cls):
        # The single-bit members, in definition order.
        return [cls._member_map_[n] for n in cls._member_names_
                if _is_single_bit(cls._member_map_[n]._value_)]

    def __iter__(self):
        return iter([m for m in self.__class__._canonical() if m._value_ & self._value_ == m._value_])

    def __len__(self):
        return len(list(self))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ is not object else repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self.__class__._member_type_ is not object and isinstance(other, int):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._all_bits() & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based flags; bits outside the members are kept."""

    @classmethod
    def _keep_extra_bits(cls):
        return True

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


def _bin(value, width_of):
    digits = max(value.bit_length(), width_of.bit_length())
    text = format(value, 'b').rjust(digits, '0')
    return '0b0 ' + text


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for (alias, name) in duplicates)
        raise ValueError('duplicate values found in <enum %r>: %s' % (enumeration.__name__, alias_details))
    return enumeration
