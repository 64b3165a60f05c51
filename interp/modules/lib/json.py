"""JSON encoder and decoder: dumps, dump, loads, load and JSONDecodeError,
with CPython 3.11's output format and error messages."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecodeError', 'JSONDecoder', 'JSONEncoder']

_INFINITY = float('inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the error position."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        super().__init__(errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
            '\b': '\\b', '\f': '\\f'}


def _encode_string(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    """Extensible JSON encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._encode(o, chunks, indent, 0, [] if self.check_circular else None)
        return chunks

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s' % key.__class__.__name__)

    def _enter(self, o, markers):
        if markers is None:
            return
        for m in markers:
            if m is o:
                raise ValueError('Circular reference detected')
        markers.append(o)

    def _encode(self, o, out, indent, level, markers):
        if isinstance(o, str):
            out.append(_encode_string(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            if not o:
                out.append('[]')
                return
            self._enter(o, markers)
            out.append('[')
            if indent is not None:
                level += 1
                newline = '\n' + indent * level
                separator = self.item_separator + newline
                out.append(newline)
            else:
                separator = self.item_separator
            first = True
            for value in o:
                if not first:
                    out.append(separator)
                first = False
                self._encode(value, out, indent, level, markers)
            if indent is not None:
                level -= 1
                out.append('\n' + indent * level)
            out.append(']')
            if markers is not None:
                markers.pop()
        elif isinstance(o, dict):
            if not o:
                out.append('{}')
                return
            self._enter(o, markers)
            out.append('{')
            if indent is not None:
                level += 1
                newline = '\n' + indent * level
                separator = self.item_separator + newline
                out.append(newline)
            else:
                separator = self.item_separator
            items = list(o.items())
            if self.sort_keys:
                items.sort(key=lambda kv: kv[0])
            first = True
            for key, value in items:
                key = self._key(key)
                if key is None:
                    continue
                if not first:
                    out.append(separator)
                first = False
                out.append(_encode_string(key, self.ensure_ascii))
                out.append(self.key_separator)
                self._encode(value, out, indent, level, markers)
            if indent is not None:
                level -= 1
                out.append('\n' + indent * level)
            out.append('}')
            if markers is not None:
                markers.pop()
        else:
            self._enter(o, markers)
            self._encode(self.default(o), out, indent, level, markers)
            if markers is not None:
                markers.pop()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file-like object)."""
    fp.write(dumps(obj, **kw))


_WS = ' \t\n\r'
_NUMBER_START = '-0123456789'
_DIGITS = '0123456789'
_CONSTANTS = {'NaN': float('nan'), 'Infinity': _INFINITY, '-Infinity': -_INFINITY}
_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


class JSONDecoder:
    """Simple JSON decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        end = len(s)
        pos = self._skip(s, 0)
        value, pos = self._value(s, pos)
        pos = self._skip(s, pos)
        if pos != end:
            raise JSONDecodeError('Extra data', s, pos)
        return value

    def raw_decode(self, s, idx=0):
        return self._value(s, idx)

    def _skip(self, s, pos):
        n = len(s)
        while pos < n and s[pos] in _WS:
            pos += 1
        return pos

    def _value(self, s, pos):
        if pos >= len(s):
            raise JSONDecodeError('Expecting value', s, pos)
        ch = s[pos]
        if ch == '"':
            return self._string(s, pos + 1)
        if ch == '{':
            return self._object(s, pos + 1)
        if ch == '[':
            return self._array(s, pos + 1)
        if ch == 'n' and s.startswith('null', pos):
            return None, pos + 4
        if ch == 't' and s.startswith('true', pos):
            return True, pos + 4
        if ch == 'f' and s.startswith('false', pos):
            return False, pos + 5
        if ch in _NUMBER_START:
            if s.startswith('-Infinity', pos):
                return self.parse_constant('-Infinity'), pos + 9
            return self._number(s, pos)
        if ch == 'N' and s.startswith('NaN', pos):
            return self.parse_constant('NaN'), pos + 3
        if ch == 'I' and s.startswith('Infinity', pos):
            return self.parse_constant('Infinity'), pos + 8
        raise JSONDecodeError('Expecting value', s, pos)

    def _number(self, s, pos):
        n = len(s)
        start = pos
        if s[pos] == '-':
            pos += 1
        if pos >= n or s[pos] not in _DIGITS:
            raise JSONDecodeError('Expecting value', s, start)
        if s[pos] == '0':
            pos += 1
        else:
            while pos < n and s[pos] in _DIGITS:
                pos += 1
        is_float = False
        if pos + 1 < n and s[pos] == '.' and s[pos + 1] in _DIGITS:
            is_float = True
            pos += 1
            while pos < n and s[pos] in _DIGITS:
                pos += 1
        if pos < n and s[pos] in 'eE':
            exp = pos + 1
            if exp < n and s[exp] in '+-':
                exp += 1
            if exp < n and s[exp] in _DIGITS:
                is_float = True
                pos = exp
                while pos < n and s[pos] in _DIGITS:
                    pos += 1
        text = s[start:pos]
        if is_float:
            return self.parse_float(text), pos
        return self.parse_int(text), pos

    def _string(self, s, pos):
        begin = pos - 1
        n = len(s)
        chunks = []
        while True:
            start = pos
            while pos < n and s[pos] != '"' and s[pos] != '\\' and (s[pos] >= ' ' or not self.strict):
                pos += 1
            chunks.append(s[start:pos])
            if pos >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            ch = s[pos]
            if ch == '"':
                return ''.join(chunks), pos + 1
            if ch != '\\':
                raise JSONDecodeError('Invalid control character at', s, pos)
            pos += 1
            if pos >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[pos]
            if esc != 'u':
                if esc not in _UNESCAPE:
                    raise JSONDecodeError('Invalid \\escape', s, pos - 1)
                chunks.append(_UNESCAPE[esc])
                pos += 1
                continue
            code = self._hex4(s, pos + 1)
            pos += 5
            if 0xd800 <= code <= 0xdbff and s.startswith('\\u', pos):
                low = self._hex4(s, pos + 2)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    pos += 6
            chunks.append(chr(code))

    def _hex4(self, s, pos):
        digits = s[pos:pos + 4]
        if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
            return int(digits, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', s, pos - 1)

    def _object(self, s, pos):
        pairs = []
        pos = self._skip(s, pos)
        if pos < len(s) and s[pos] == '}':
            return self._finish_object(pairs), pos + 1
        while True:
            if pos >= len(s) or s[pos] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, pos)
            key, pos = self._string(s, pos + 1)
            pos = self._skip(s, pos)
            if pos >= len(s) or s[pos] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, pos)
            pos = self._skip(s, pos + 1)
            value, pos = self._value(s, pos)
            pairs.append((key, value))
            pos = self._skip(s, pos)
            if pos < len(s) and s[pos] == '}':
                return self._finish_object(pairs), pos + 1
            if pos >= len(s) or s[pos] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, pos)
            pos = self._skip(s, pos + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, pos):
        values = []
        pos = self._skip(s, pos)
        if pos < len(s) and s[pos] == ']':
            return values, pos + 1
        while True:
            value, pos = self._value(s, pos)
            values.append(value)
            pos = self._skip(s, pos)
            if pos < len(s) and s[pos] == ']':
                return values, pos + 1
            if pos >= len(s) or s[pos] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, pos)
            pos = self._skip(s, pos + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray instance containing a JSON document) to a Python object."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s' % s.__class__.__name__)
    if s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, **kw):
    """Deserialize fp (a .read()-supporting file-like object containing a JSON document) to a Python object."""
    return loads(fp.read(), **kw)
