"""Extract, format and print exceptions the way the interpreter does."""

import sys

__all__ = ['format_exc', 'format_exception', 'format_exception_only',
           'print_exc', 'print_exception', 'print_last']

_sentinel = object()


def _exception(exc, value, tb):
    # The 3.10+ single-argument form passes the exception as exc; the old
    # form passes (type, value, tb).
    if value is not _sentinel and value is not None:
        exc = value
    if exc is None:
        return None
    if isinstance(exc, type):
        return exc()
    if not isinstance(exc, BaseException):
        raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
    return exc


def _split(text):
    # One string per traceback header, frame entry (with its source line),
    # chaining message and final exception line, as CPython returns them.
    lines = text.splitlines(True)
    out = []
    for line in lines:
        if line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        else:
            out.append(line)
    return out


def _qualified(etype):
    mod = getattr(etype, '__module__', None)
    name = getattr(etype, '__qualname__', etype.__name__)
    if mod not in (None, 'builtins', '__main__'):
        return mod + '.' + name
    return name


def format_exception_only(exc, value=_sentinel):
    """Format the exception part of a traceback: a list of strings, each ending in a newline."""
    if value is not _sentinel:
        if value is None:
            return [_qualified(exc) + '\n'] if exc is not None else ['NoneType: None\n']
        exc = value
    if exc is None:
        return ['NoneType: None\n']
    if isinstance(exc, SyntaxError):
        # The part after the traceback entries: the location line has no
        # ", in <function>".
        lines = _format_exception(exc).splitlines(True)
        start = 0
        for i, line in enumerate(lines):
            if line.startswith('  File ') and ', in ' not in line:
                start = i
        return [''.join(lines[start:-1]), lines[-1]]
    name = _qualified(type(exc))
    try:
        msg = str(exc)
    except Exception:
        msg = '<exception str() failed>'
    if msg:
        return ['%s: %s\n' % (name, msg)]
    return ['%s\n' % name]


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information: a list of strings, each ending in a newline."""
    e = _exception(exc, value, tb)
    if e is None:
        return ['NoneType: None\n']
    return _split(_format_exception(e))


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception information and stack trace entries to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled to file (sys.stderr by default)."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
