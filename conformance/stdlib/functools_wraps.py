# functools.wraps / update_wrapper copy the wrapped function's metadata.
import functools


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) * 2
    return wrapper


@deco
def hello(x):
    return x + 1


print(hello(1))
print(hello.__name__, hello.__qualname__, hello.__module__)
print(hello.__wrapped__.__name__, hello.__wrapped__(1))


def target():
    pass


target.extra = 'copied'


def wrapper():
    pass


functools.update_wrapper(wrapper, target)
print(wrapper.__name__, wrapper.extra, wrapper.__wrapped__ is target)


class Outer:
    def method(self):
        return 1


w = functools.update_wrapper(lambda self: 2, Outer.method)
print(w.__name__, w.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)
