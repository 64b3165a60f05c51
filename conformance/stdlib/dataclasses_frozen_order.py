# dataclasses: frozen instances, ordering, hashing.
from dataclasses import dataclass, FrozenInstanceError, field


@dataclass(frozen=True)
class F:
    __annotations__ = {'a': int, 'b': str}
    b = 'x'


f = F(1)
print(f, hash(f) == hash(F(1)), f == F(1, 'x'))
try:
    f.a = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
try:
    del f.b
except AttributeError as e:
    print(type(e).__name__ + ':', e)
print({f: 1}[F(1)])


@dataclass(order=True)
class Version:
    __annotations__ = {'major': int, 'minor': int, 'note': str}
    note = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'old'), Version(1, 0)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2, 0) >= Version(1, 9), Version(1, 1, 'a') == Version(1, 1, 'b'))
try:
    Version(1, 0) < 1
except TypeError as e:
    print('TypeError:', e)


@dataclass(unsafe_hash=True)
class H:
    __annotations__ = {'k': int}


print(hash(H(3)) == hash(H(3)), H.__hash__ is not None)


@dataclass
class Unhashable:
    __annotations__ = {'k': int}


try:
    hash(Unhashable(1))
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass(order=True, eq=False)
    class Wrong:
        pass
except ValueError as e:
    print('ValueError:', e)
