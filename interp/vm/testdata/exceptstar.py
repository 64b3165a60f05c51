# except* on the evaluator: matching, binding, merging what handlers raise
# with the rest, re-raising, and the exception being handled.
import sys


def leaves(e):
    if name_of(e) in ("ExceptionGroup", "BaseExceptionGroup"):
        out = []
        for x in e.exceptions:
            out.extend(leaves(x))
        return out
    return [name_of(e) + ":" + str(e.args[0])]


def describe(e):
    if name_of(e) in ("ExceptionGroup", "BaseExceptionGroup"):
        s = name_of(e) + "(" + e.message
        for x in e.exceptions:
            s = s + ", " + describe(x)
        return s + ")"
    return name_of(e) + ":" + str(e.args[0])


def run(f):
    try:
        f()
    except BaseException as e:
        print("raised", describe(e))
    else:
        print("completed")


def split_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("values", leaves(e), describe(sys.exc_info()[1]))
    except* TypeError as e:
        print("types", leaves(e))
    print("after", sys.exc_info()[0])


def rest_escapes():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")


def handler_raises():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        raise OSError(9)


def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [KeyError(2), ValueError(3)])])
    except* ValueError:
        raise
    except* KeyError:
        print("keys handled")


def naked():
    try:
        raise ValueError(5)
    except* ValueError as e:
        print("naked", describe(e))
        raise


def context():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        try:
            raise KeyError(7)
        except KeyError as k:
            print("context", describe(context_of(k)))


def catch_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass


def gen():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield describe(sys.exc_info()[1])
    except* TypeError:
        yield describe(sys.exc_info()[1])


for f in (split_two, rest_escapes, handler_raises, reraise, naked, context, catch_group):
    run(f)
for item in gen():
    print(item)
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as bound:
    pass
print("bound" in globals())
