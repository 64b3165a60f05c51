# traceback: format_exc, print_exc, format_exception (3.10+ form and old
# form), format_exception_only, chained exceptions.
import sys
import traceback


def clean(text):
    # CPython prints the main script's absolute path: keep the file name.
    out = []
    for line in text.splitlines(True):
        if line.startswith('  File "'):
            path, sep, tail = line[len('  File "'):].partition('"')
            line = '  File "' + path.rsplit('/', 1)[-1] + sep + tail
        out.append(line)
    return ''.join(out)


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def inner():
    raise ValueError('bad value')


def outer():
    inner()


try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()), end='')
    buf = Out()
    traceback.print_exc(file=buf)
    print(clean(''.join(buf.parts)), end='')

try:
    outer()
except ValueError as e:
    print(clean(''.join(traceback.format_exception(e))), end='')
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    buf = Out()
    traceback.print_exception(type(e), e, e.__traceback__, file=buf)
    print(clean(''.join(buf.parts)), end='')

try:
    try:
        raise KeyError('missing')
    except KeyError as k:
        raise RuntimeError('wrapped') from k
except RuntimeError as e:
    print(clean(''.join(traceback.format_exception(e))), end='')

try:
    try:
        raise TypeError('first')
    except TypeError:
        raise OSError('second')
except OSError as e:
    print(clean(''.join(traceback.format_exception(e))), end='')

print(repr(traceback.format_exc()))


class MyErr(Exception):
    pass


print(traceback.format_exception_only(MyErr()))
print(traceback.format_exception_only(MyErr('x', 1)))
print(traceback.format_exception_only(ValueError('')))
print(traceback.format_exception(ValueError('no tb')))
