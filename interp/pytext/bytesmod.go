package pytext

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// BytesMod is CPython's `format % args` for a bytes format (PEP 461): the
// numeric conversions as for str, %s and %b taking bytes or objects with
// __bytes__, %r and %a giving ascii(), and %c an int below 256 or one byte.
// The format is handled as its Latin-1 image, one rune per byte.
func BytesMod(format []byte, args py.Object) ([]byte, error) {
	if t, ok := object.Unwrap(args).(py.Tuple); ok {
		args = t
	}
	st := modArgs{args: args, arglen: -1, argidx: -2}
	if t, ok := args.(py.Tuple); ok {
		st.arglen, st.argidx = len(t), 0
	}
	var mapping py.Object
	if _, isBytes := args.(py.Bytes); !isBytes && isMapping(args) {
		mapping = args
	}
	runes := make([]rune, len(format))
	for i, c := range format {
		runes[i] = rune(c)
	}
	var out []byte
	for i := 0; i < len(runes); {
		if runes[i] != '%' {
			out = append(out, byte(runes[i]))
			i++
			continue
		}
		i++
		if i < len(runes) && runes[i] == '%' {
			out = append(out, '%')
			i++
			continue
		}
		if i < len(runes) && runes[i] == '(' {
			if mapping == nil {
				return nil, pyerr.Newf(py.TypeError, "format requires a mapping")
			}
			depth, start := 1, i+1
			i++
			for i < len(runes) && depth > 0 {
				switch runes[i] {
				case '(':
					depth++
				case ')':
					depth--
				}
				i++
			}
			if depth > 0 {
				return nil, pyerr.Newf(py.ValueError, "incomplete format key")
			}
			v, err := py.GetItem(mapping, py.Bytes(format[start:i-1]))
			if err != nil {
				return nil, pyerr.Info(err)
			}
			st = modArgs{args: v, arglen: -1, argidx: -2}
		}
		fl := modFlags{prec: -1}
	flags:
		for ; i < len(runes); i++ {
			switch runes[i] {
			case '-':
				fl.left = true
			case '+':
				fl.plus = true
			case ' ':
				fl.space = true
			case '#':
				fl.alt = true
			case '0':
				fl.zero = true
			default:
				break flags
			}
		}
		var err error
		if fl.width, i, err = modNumber(runes, i, &st, "width"); err != nil {
			return nil, err
		}
		if fl.width < 0 {
			fl.left = true
			fl.width = -fl.width
		}
		if i < len(runes) && runes[i] == '.' {
			if fl.prec, i, err = modNumber(runes, i+1, &st, "precision"); err != nil {
				return nil, err
			}
			if fl.prec < 0 {
				fl.prec = 0
			}
			if fl.prec > math.MaxInt32 {
				return nil, pyerr.Newf(py.ValueError, "precision too big")
			}
		}
		if fl.width > maxText || fl.prec > maxText {
			return nil, pyerr.New(py.MemoryError)
		}
		for i < len(runes) && (runes[i] == 'h' || runes[i] == 'l' || runes[i] == 'L') {
			i++
		}
		if i >= len(runes) {
			return nil, pyerr.Newf(py.ValueError, "incomplete format")
		}
		c := runes[i]
		i++
		v, err := st.next()
		if err != nil {
			return nil, err
		}
		b, err := bytesConvert(c, v, fl, i-1)
		if err != nil {
			return nil, err
		}
		out = append(out, b...)
	}
	if st.argidx < st.arglen && mapping == nil {
		return nil, pyerr.Newf(py.TypeError, "not all arguments converted during bytes formatting")
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

// bytesConvert formats one argument; the text conversions shared with str
// give ASCII, which is its own byte encoding.
func bytesConvert(c rune, v py.Object, fl modFlags, pos int) ([]byte, error) {
	switch c {
	case 's', 'b':
		b, ok, err := bytesOf(v)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", pyobj.TypeOf(v).Name)
		}
		if fl.prec >= 0 && len(b) > fl.prec {
			b = b[:fl.prec]
		}
		return padBytes(b, fl), nil
	case 'r', 'a':
		s, err := ASCII(v)
		if err != nil {
			return nil, err
		}
		if fl.prec >= 0 && len(s) > fl.prec {
			s = s[:fl.prec]
		}
		return padBytes([]byte(s), fl), nil
	case 'c':
		if b, ok := v.(py.Bytes); ok {
			if len(b) != 1 {
				return nil, pyerr.Newf(py.TypeError, "%%c requires an integer in range(256) or a single byte")
			}
			return padBytes(b, fl), nil
		}
		n, ok, err := index(v)
		if err != nil && !pyerr.Matches(err, py.TypeError) {
			return nil, err
		}
		if !ok || err != nil {
			return nil, pyerr.Newf(py.TypeError, "%%c requires an integer in range(256) or a single byte")
		}
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
			return nil, pyerr.Newf(py.OverflowError, "%%c arg not in range(256)")
		}
		return padBytes([]byte{byte(n.Int64())}, fl), nil
	}
	s, err := convert(c, v, fl, pos)
	if err != nil {
		return nil, err
	}
	return []byte(s), nil
}

// bytesOf gives the bytes of a bytes object or of an object whose class
// defines __bytes__.
func bytesOf(v py.Object) ([]byte, bool, error) {
	if b, ok := object.Unwrap(v).(py.Bytes); ok {
		return b, true, nil
	}
	if inst, ok := v.(*object.Instance); ok && object.Lookup(inst.Class, "__bytes__") != nil {
		r, err := py.Call(py.BytesType, py.Tuple{v}, nil)
		if err != nil {
			return nil, true, pyerr.Info(err)
		}
		b, _ := r.(py.Bytes)
		return b, true, nil
	}
	return nil, false, nil
}

func padBytes(b []byte, fl modFlags) []byte {
	if len(b) >= fl.width {
		return b
	}
	pad := make([]byte, fl.width-len(b))
	for i := range pad {
		pad[i] = ' '
	}
	if fl.left {
		return append(append([]byte{}, b...), pad...)
	}
	return append(pad, b...)
}
