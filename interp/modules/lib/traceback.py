"""Extract, format and print exceptions the way the interpreter does."""

import collections
import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

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
    if limit is not None or not chain:
        # The interpreter's renderer always shows everything.
        if tb is _sentinel:
            tb = e.__traceback__
        return list(TracebackException(type(e), e, tb, limit=limit).format(chain=chain))
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


def print_list(extracted_list, file=None):
    """Print a list of (filename, lineno, name, line) entries or FrameSummary objects as a stack trace."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_list(extracted_list):
    """Format a list of entries as print_list prints them: a list of strings ending in a newline."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to limit stack trace entries from the traceback tb."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of the traceback tb, outermost first."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from f (default: the caller's frame)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """A shorthand for format_list(extract_stack(f, limit))."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Return a StackSummary of the stack from f (default: the caller's frame), outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of the frames of tb: a no-op here."""


def walk_stack(f):
    """Yield (frame, lineno) from f outward along f_back; from the caller's caller when f is None."""
    if f is None:
        # As CPython: walk_stack is a generator that StackSummary.extract
        # runs, so this skips the frames of the library functions.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of the traceback tb, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


_RECURSIVE_CUTOFF = 3


class FrameSummary:
    """Information about a single frame of a traceback: filename, lineno, name, line, locals."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _limited(frame_gen, limit):
    # limit None: sys.tracebacklimit when set; a negative limit keeps the
    # last entries.
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        if limit >= 0:
            frame_gen = itertools.islice(frame_gen, limit)
        else:
            frame_gen = collections.deque(frame_gen, maxlen=-limit)
    return frame_gen


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Create a StackSummary from (frame, lineno) pairs such as walk_tb or walk_stack yield."""
        result = klass()
        fnames = set()
        for f, lineno in _limited(frame_gen, limit):
            co = f.f_code
            fnames.add(co.co_filename)
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=False,
                                       locals=f.f_locals if capture_locals else None))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format one entry: its File line, its source line and its locals."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Return a list of strings, one per entry, with runs of a repeated entry folded."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')

_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


class TracebackException:
    """An exception made ready for rendering: its type, stack, message and chained exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        try:
            self._str = str(exc_value) if exc_value is not None else 'None'
        except Exception:
            self._str = '<exception str() failed>'
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if exc_value is not None:
            kw = dict(limit=limit, lookup_lines=lookup_lines,
                      capture_locals=capture_locals, _seen=_seen)
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **kw)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__, **kw)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the lines of the exception part: type, message and, for SyntaxError, the location."""
        if self._exc is None:
            yield _qualified(self.exc_type) + '\n' if self.exc_type is not None else 'NoneType: None\n'
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        """Yield the lines of the whole report, chained exceptions first, as the interpreter prints it."""
        output = []
        exc = self
        while exc is not None:
            if chain and exc.__cause__ is not None:
                output.append((_cause_message, exc))
                exc = exc.__cause__
            elif chain and exc.__context__ is not None and not exc.__suppress_context__:
                output.append((_context_message, exc))
                exc = exc.__context__
            else:
                output.append((None, exc))
                exc = None
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the result of format() to file (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')
