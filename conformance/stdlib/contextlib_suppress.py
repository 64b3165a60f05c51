# contextlib.suppress as the whole of a small program and function.
from contextlib import suppress


def lookup(d, key):
    with suppress(KeyError):
        return d[key]
    return 'missing'


with suppress(KeyError):
    raise KeyError('x')
print(lookup({'a': 1}, 'a'), lookup({}, 'b'))
