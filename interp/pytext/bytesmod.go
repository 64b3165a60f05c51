package pytext

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/interp/pylib"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// BytesMod is CPython's `format % args` for a bytes format (PEP 461): the
// numeric conversions as for str, %s and %b taking bytes or objects with
// __bytes__, %r and %a giving ascii(), and %c an int below 256 or one byte.
// The format is handled as its Latin-1 image, one rune per byte.
func BytesMod(format []byte, args py.Object) ([]byte, error) {
	runes := make([]rune, len(format))
	for i, c := range format {
		runes[i] = rune(c)
	}
	t := bytesMod{out: []byte{}}
	if err := modFormat(runes, args, &t); err != nil {
		return nil, err
	}
	return t.out, nil
}

type bytesMod struct{ out []byte }

func (t *bytesMod) literal(r rune) { t.out = append(t.out, byte(r)) }
func (t *bytesMod) kind() string   { return "bytes" }

func (t *bytesMod) isMapping(args py.Object) bool {
	_, isBytes := args.(py.Bytes)
	return !isBytes && isMapping(args)
}

// item looks up a %(key) by the bytes of the key: each rune of a bytes
// format is one byte.
func (t *bytesMod) item(mapping py.Object, key []rune) (py.Object, error) {
	b := make(py.Bytes, len(key))
	for i, r := range key {
		b[i] = byte(r)
	}
	v, err := py.GetItem(mapping, b)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return v, nil
}

func (t *bytesMod) convert(c rune, v py.Object, fl modFlags, pos int) error {
	b, err := bytesConvert(c, v, fl, pos)
	if err != nil {
		return err
	}
	t.out = append(t.out, b...)
	return nil
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
	switch b := object.Unwrap(v).(type) {
	case py.Bytes:
		return b, true, nil
	case *pylib.ByteArray:
		return b.Bytes(), true, nil
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
