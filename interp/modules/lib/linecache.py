"""Cache the lines of source files, so that tracebacks can quote them.

The cache maps a file name to (size, mtime, lines, fullname) as CPython's
does; mtime is None here because the os module has no stat.
"""

__all__ = ['getline', 'clearcache', 'checkcache', 'getlines', 'updatecache', 'lazycache']

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache; '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, reading it if needed."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    return updatecache(filename, module_globals)


def _read(filename):
    # None when the file cannot be read as text.
    try:
        fp = open(filename)
    except Exception:
        return None
    try:
        return fp.read()
    except Exception:
        return None
    finally:
        fp.close()


def checkcache(filename=None):
    """Discard cache entries whose file changed or went away."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        text = _read(entry[3])
        if text is None or len(text) != entry[0] or text.splitlines(True) != entry[2]:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read filename into the cache and return its lines; [] when it cannot be read."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    text = _read(filename)
    if text is None:
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(text), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Whether a module's loader could provide the lines: never, here."""
    return False
