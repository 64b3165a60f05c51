# Text methods reached through attributes, bound and unbound.
(5).__format__('>3')
(2.5).__format__('.2f')
'ab'.__format__('^4')
True.__format__('d')
(10 ** 30).__format__(',')
str.format('{}-{}', 1, 2)
str.format_map('{a}', {'a': 1})
'{}'.format_map({})
object.__format__(1, '')
object.__format__(1, 'x')
class C: pass
c = C()
object.__format__(c, '') == repr(c)
str(c) == repr(c)
format(c, '') == repr(c)
format(c, 'x')
'{}'.format(c) == repr(c)
repr(c).startswith('<cases.C object at 0x')
class R:
  def __repr__(self): return 'R(' + str(len(repr([1, 2]))) + ')'
R()
str(R())
[R(), R()]
format(R())
'{0!r} {0!s} {0}'.format(R())
class S:
  def __str__(self): return 'S-str'
str(S())
format(S())
'{}'.format(S())
repr(S()).startswith('<cases.S object')
class F:
  def __format__(self, spec): return 'F[' + spec + ']'
format(F(), 'abc')
'{:xyz} {!r:5}'.format(F(), 'q')
class BadF:
  def __format__(self, spec): return 1
format(BadF())
class BadR:
  def __repr__(self): return None
repr(BadR())
str(BadR())
class BadS:
  def __str__(self): return 3
str(BadS())
class Raise:
  def __repr__(self): raise ValueError('no repr')
repr(Raise())
repr([Raise()])
