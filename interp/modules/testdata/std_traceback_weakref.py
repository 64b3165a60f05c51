# traceback renders like the interpreter; weakref keeps its referent.
import traceback
import weakref


def fail():
    raise KeyError('k')


try:
    fail()
except KeyError as e:
    text = ''.join(traceback.format_exception(e))
    lines = text.splitlines()
    assert lines[0] == 'Traceback (most recent call last):', lines
    assert lines[-1] == "KeyError: 'k'", lines
    assert lines[-2] == "    raise KeyError('k')", lines
    assert traceback.format_exception_only(e) == ["KeyError: 'k'\n"]
    assert traceback.format_exc() == text


class O:
    pass


o = O()
r = weakref.ref(o)
assert r() is o
try:
    weakref.ref(1)
except TypeError as e:
    assert str(e) == "cannot create weak reference to 'int' object"
else:
    raise AssertionError('no error')
print('ok')
