package pylib

import "github.com/go-python/gpython/py"

// inspectStackSrc is the Python half of the inspect module's stack
// functions: FrameInfo records built from frames and the source lines
// around them. Its FrameInfo lacks 3.11's positions attribute, since our
// code objects have no column table.
const inspectStackSrc = `
import linecache as _linecache
import sys as _sys


def _record(name, fields):
    # A named tuple made by hand: importing collections would cost every
    # importer of inspect more than the rest of the module.
    fields = tuple(fields.split())

    def __new__(cls, *values):
        if len(values) != len(fields):
            raise TypeError('%s() takes %d positional arguments but %d were given'
                            % (name, len(fields) + 1, len(values) + 1))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return '%s(%s)' % (name, ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self)))

    body = {'__slots__': (), '_fields': fields, '__new__': __new__, '__repr__': __repr__}
    for i, f in enumerate(fields):
        body[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), body)


FrameInfo = _record('FrameInfo', 'frame filename lineno function code_context index')
Traceback = _record('Traceback', 'filename lineno function code_context index')


def _context(filename, lineno, context):
    if context is None or context <= 0:
        return None, None
    lines = _linecache.getlines(filename)
    if not lines:
        return None, None
    start = lineno - 1 - context // 2
    start = max(0, min(start, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object: a Traceback record."""
    if type(frame).__name__ == 'traceback':
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if type(frame).__name__ != 'frame':
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    lines, index = _context(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    """Get a list of FrameInfo records for a frame and all higher (calling) frames."""
    records = []
    while frame is not None:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """Get a list of FrameInfo records for a traceback's frame and all lower frames."""
    records = []
    while tb is not None:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return records


def stack(context=1):
    """Return a list of FrameInfo records for the stack above the caller's frame."""
    return getouterframes(_sys._getframe(1), context)


def trace(context=1):
    """Return a list of FrameInfo records for the stack between this frame and the frame where the exception being handled was raised."""
    return getinnerframes(_sys.exc_info()[2], context)
`

// installInspectStack adds inspect.stack, trace, getframeinfo,
// getouterframes, getinnerframes and FrameInfo, unless the inspect module
// already runs Python source of its own.
func installInspectStack() {
	if inspect := py.GetModuleImpl("inspect"); inspect != nil && inspect.CodeSrc == "" {
		inspect.CodeSrc = inspectStackSrc
	}
}
