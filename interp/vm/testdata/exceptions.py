import sys

def show(e):
    print(name_of(e), *e.args)

try:
    raise ValueError("bad")
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    finally:
        print("finally ran")
except ZeroDivisionError:
    print("caught zde")

def f():
    try:
        return "from try"
    finally:
        print("finally on return")
print(f())

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("fin", i)
    return i
print(g())

print(sys.exc_info()[0])
try:
    raise KeyError("k")
except KeyError:
    print(name_of(sys.exc_info()[0]))
    def inner():
        return name_of(sys.exc_info()[0])
    print("inner sees", inner())
print(sys.exc_info()[0])

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    show(context_of(e))
    print(suppressed(e))

try:
    try:
        raise KeyError("first")
    except KeyError as k:
        raise ValueError("second") from TypeError("cause")
except ValueError as e:
    show(cause_of(e))
    show(context_of(e))
    print(suppressed(e))

try:
    raise ValueError("x") from None
except ValueError as e:
    print(cause_of(e), suppressed(e))

def reraiser():
    try:
        raise IndexError("again")
    except IndexError:
        print("handling")
        raise

try:
    reraiser()
except IndexError as e:
    show(e)

try:
    raise
except RuntimeError as e:
    show(e)

try:
    raise 42
except TypeError as e:
    show(e)

try:
    raise ValueError
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError(1)
    except (TypeError, KeyError) as e:
        print("tuple match", name_of(e))
except Exception:
    print("wrong")

try:
    try:
        raise KeyError(1)
    except 5:
        pass
except TypeError as e:
    show(e)

class CM:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t is not None)
        return self.swallow

with CM("a", False) as n:
    print("body", n)

with CM("b", True):
    raise ValueError("swallowed")
print("after b")

try:
    with CM("c", False):
        raise ValueError("propagates")
except ValueError as e:
    show(e)

def with_return():
    with CM("d", False):
        return "ret"
print(with_return())

try:
    with 5:
        pass
except TypeError as e:
    show(e)

def nested_finally():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally", name_of(sys.exc_info()[0]))
    except ValueError:
        print("outer caught")
    print("after", sys.exc_info()[0])
nested_finally()

try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        print("restored", name_of(sys.exc_info()[0]))
except Exception:
    pass

def lines():
    x = 1
    y = 0
    return x / y

try:
    lines()
except ZeroDivisionError as e:
    print(tb_lines(e))

try:
    undefined_name
except NameError as e:
    show(e)

def unbound():
    print(v)
    v = 1

try:
    unbound()
except UnboundLocalError as e:
    show(e)

try:
    a, b = [1, 2, 3]
except ValueError as e:
    show(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    show(e)
try:
    a, *b, c = [1]
except ValueError as e:
    show(e)
try:
    a, b = 5
except TypeError as e:
    show(e)
a, *b, c = range(6)
print(a, b, c)

class OnlyEnter:
    def __enter__(self):
        pass
try:
    with OnlyEnter():
        pass
except TypeError as e:
    show(e)
class OnlyExit:
    def __exit__(self, *a):
        pass
try:
    with OnlyExit():
        pass
except TypeError as e:
    show(e)

import math
class Plain:
    pass
for o in (None, 1, "s", [1], Plain, Plain(), math, (1, 2), {}):
    try:
        o.nope
    except AttributeError as e:
        show(e)
