package pytext

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// numbering tracks whether fields are numbered automatically ('{}') or by
// hand ('{0}'); a format string may not mix the two.
type numbering struct {
	next   int
	auto   bool
	manual bool
}

// formatter renders one str.format call.
type formatter struct {
	args    py.Tuple
	kwargs  py.Object // a mapping, or nil
	mapOnly bool      // str.format_map: there are no positional arguments
	numbers numbering
}

// FormatString is CPython's format.format(*args, **kwargs); kwargs may be
// any mapping (str.format_map) or nil.
func FormatString(format string, args py.Tuple, kwargs py.Object) (string, error) {
	f := formatter{args: args, kwargs: kwargs}
	return f.render([]rune(format), 2)
}

func (f *formatter) render(s []rune, depth int) (string, error) {
	if depth <= 0 {
		return "", pyerr.Newf(py.ValueError, "Max string recursion exceeded")
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		i++
		switch c {
		case '}':
			if i < len(s) && s[i] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return "", pyerr.Newf(py.ValueError, "Single '}' encountered in format string")
		case '{':
			if i < len(s) && s[i] == '{' {
				b.WriteByte('{')
				i++
				continue
			}
			if i >= len(s) {
				return "", pyerr.Newf(py.ValueError, "Single '{' encountered in format string")
			}
			fd, next, err := parseField(s, i)
			if err != nil {
				return "", err
			}
			i = next
			text, err := f.field(fd, depth)
			if err != nil {
				return "", err
			}
			b.WriteString(text)
		default:
			b.WriteRune(c)
		}
	}
	return b.String(), nil
}

// field is one replacement field: {name!conversion:spec}.
type field struct {
	name       []rune
	conversion rune // 0 when absent
	spec       []rune
	nested     bool // spec holds fields of its own
}

// parseField reads the field starting at s[i] (just after its '{') and
// returns the index after its closing '}'.
func parseField(s []rune, i int) (field, int, error) {
	var fd field
	start := i
	var c rune
	for i < len(s) {
		c = s[i]
		i++
		if c == '{' {
			return fd, i, pyerr.Newf(py.ValueError, "unexpected '{' in field name")
		}
		if c == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			c = 0
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
		c = 0
	}
	switch c {
	case '}':
		fd.name = s[start : i-1]
		return fd, i, nil
	case ':', '!':
		fd.name = s[start : i-1]
	default:
		return fd, i, pyerr.Newf(py.ValueError, "expected '}' before end of string")
	}
	if c == '!' {
		if i >= len(s) {
			return fd, i, pyerr.Newf(py.ValueError, "end of string while looking for conversion specifier")
		}
		fd.conversion = s[i]
		i++
		if i < len(s) {
			c = s[i]
			i++
			if c == '}' {
				return fd, i, nil
			}
			if c != ':' {
				return fd, i, pyerr.Newf(py.ValueError, "expected ':' after conversion specifier")
			}
		}
	}
	specStart, count := i, 1
	for i < len(s) {
		c = s[i]
		i++
		switch c {
		case '{':
			fd.nested = true
			count++
		case '}':
			count--
			if count == 0 {
				fd.spec = s[specStart : i-1]
				return fd, i, nil
			}
		}
	}
	return fd, i, pyerr.Newf(py.ValueError, "unmatched '{' in format spec")
}

func (f *formatter) field(fd field, depth int) (string, error) {
	obj, err := f.lookup(fd.name)
	if err != nil {
		return "", err
	}
	switch fd.conversion {
	case 0:
	case 'r', 's', 'a':
		var s string
		switch fd.conversion {
		case 'r':
			s, err = Repr(obj)
		case 's':
			s, err = Str(obj)
		default:
			s, err = ASCII(obj)
		}
		if err != nil {
			return "", err
		}
		obj = py.String(s)
	default:
		return "", pyerr.Newf(py.ValueError, "Unknown conversion specifier %c", fd.conversion)
	}
	spec := string(fd.spec)
	if fd.nested {
		if spec, err = f.render(fd.spec, depth-1); err != nil {
			return "", err
		}
	}
	return Format(obj, spec)
}

// lookup resolves a field name: an argument index or keyword, then any
// number of .attribute and [key] steps.
func (f *formatter) lookup(name []rune) (py.Object, error) {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first := string(name[:i])
	var obj py.Object
	var err error
	if first == "" {
		if f.numbers.manual {
			return nil, pyerr.Newf(py.ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		f.numbers.auto = true
		obj, err = f.positional(f.numbers.next)
		f.numbers.next++
	} else if n, ok := decimal(first); ok {
		if f.numbers.auto {
			return nil, pyerr.Newf(py.ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		f.numbers.manual = true
		obj, err = f.positional(n)
	} else {
		if f.kwargs == nil {
			return nil, pyerr.New(py.KeyError, py.String(first))
		}
		obj, err = getItem(f.kwargs, py.String(first))
	}
	if err != nil {
		return nil, err
	}
	for i < len(name) {
		switch name[i] {
		case '.':
			j := i + 1
			for j < len(name) && name[j] != '.' && name[j] != '[' {
				j++
			}
			attr := string(name[i+1 : j])
			if attr == "" {
				return nil, pyerr.Newf(py.ValueError, "Empty attribute in format string")
			}
			if obj, err = py.GetAttrString(obj, attr); err != nil {
				return nil, err
			}
			i = j
		case '[':
			j := i + 1
			for j < len(name) && name[j] != ']' {
				j++
			}
			if j >= len(name) {
				return nil, pyerr.Newf(py.ValueError, "Missing ']' in format string")
			}
			key := string(name[i+1 : j])
			if key == "" {
				return nil, pyerr.Newf(py.ValueError, "Empty attribute in format string")
			}
			var k py.Object = py.String(key)
			if n, ok := decimal(key); ok {
				k = py.Int(n)
			}
			if obj, err = py.GetItem(obj, k); err != nil {
				return nil, err
			}
			i = j + 1
			if i < len(name) && name[i] != '.' && name[i] != '[' {
				return nil, pyerr.Newf(py.ValueError, "Only '.' or '[' may follow ']' in format field specifier")
			}
		}
	}
	return obj, nil
}

func (f *formatter) positional(n int) (py.Object, error) {
	if f.mapOnly {
		return nil, pyerr.Newf(py.ValueError, "Format string contains positional fields")
	}
	if n >= len(f.args) {
		return nil, pyerr.Newf(py.IndexError, "Replacement index %d out of range for positional args tuple", n)
	}
	return f.args[n], nil
}

// decimal parses an unsigned decimal field name.
func decimal(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, false
	}
	return n, true
}

func strFormatMethod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	self, args, err := receiver(self, args, "format", py.StringType, -1)
	if err != nil {
		return nil, err
	}
	s, ok := self.(py.String)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "descriptor 'format' for 'str' objects doesn't apply to a '%s' object", pyobj.TypeOf(self).Name)
	}
	var mapping py.Object
	if kwargs != nil {
		mapping = kwargs
	}
	r, err := FormatString(string(s), args, mapping)
	if err != nil {
		return nil, err
	}
	return py.String(r), nil
}

func strFormatMapMethod(self py.Object, args py.Tuple) (py.Object, error) {
	self, args, err := receiver(self, args, "format_map", py.StringType, -1)
	if err != nil {
		return nil, err
	}
	s, ok := self.(py.String)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "descriptor 'format_map' for 'str' objects doesn't apply to a '%s' object", pyobj.TypeOf(self).Name)
	}
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "str.format_map() takes exactly one argument (%d given)", len(args))
	}
	f := formatter{kwargs: args[0], mapOnly: true}
	r, err := f.render([]rune(string(s)), 2)
	if err != nil {
		return nil, err
	}
	return py.String(r), nil
}
