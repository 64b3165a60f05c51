# os.path: POSIX path operations, as CPython's posixpath. The file system
# queries call _kind, which is Go.
sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _check(p, fname):
    if not isinstance(p, str):
        raise TypeError('%s() argument must be str, not %s' % (fname, type(p).__name__))


def isabs(s):
    _check(s, 'isabs')
    return s.startswith('/')


def join(a, *p):
    _check(a, 'join')
    path = a
    for b in p:
        _check(b, 'join')
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    _check(p, 'split')
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    _check(p, 'basename')
    return p[p.rfind('/') + 1:]


def dirname(p):
    _check(p, 'dirname')
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def splitext(p):
    _check(p, 'splitext')
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        # A leading run of dots is part of the name, not an extension.
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def splitdrive(p):
    _check(p, 'splitdrive')
    return p[:0], p


def normpath(path):
    _check(path, 'normpath')
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    # POSIX keeps exactly two leading slashes, collapses three or more.
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    new_comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    _check(path, 'abspath')
    if not isabs(path):
        path = join(_getcwd(), path)
    return normpath(path)


def exists(path):
    return _kind(path) != 0


def isfile(path):
    return _kind(path) == 1


def isdir(path):
    return _kind(path) == 2


def lexists(path):
    return _kind(path) != 0


def expanduser(path):
    _check(path, 'expanduser')
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _home()
    if not home:
        return path
    return (home.rstrip('/') or '/') + path[i:]


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1
