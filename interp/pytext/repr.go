// Package pytext produces the text of Python values exactly as CPython 3.11
// does: repr, str and ascii of builtin values, the format mini-language,
// printf-style `%` formatting and str.format, plus the builtins that reach
// them (Install). gpython's own M__repr__/M__str__ methods differ from
// CPython in many places and cannot be changed, so this package never relies
// on them for builtin types.
//
// It is not a general object model: user classes are asked for their
// __repr__, __str__ and __format__ through their class dictionaries, and
// objects this package does not know keep gpython's text.
//
// Python objects are single-goroutine: call these functions on the
// goroutine that owns the objects passed in.
package pytext

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/interp/pylib"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// maxDepth bounds nesting of containers inside one repr call. CPython would
// raise RecursionError long before; so do we, instead of overflowing the Go
// stack.
const maxDepth = 1000

// printer carries the containers being printed, so that a container that
// contains itself prints as `[...]` as in CPython.
type printer struct {
	active map[uintptr]bool
	depth  int
}

// Repr is CPython's repr(o). Builtin values get CPython's text; instances
// of user classes get the __repr__ found in their class, else
// `<module.Name object at 0x...>`.
func Repr(o py.Object) (string, error) {
	var p printer
	return p.repr(o)
}

// Str is CPython's str(o).
func Str(o py.Object) (string, error) {
	if o == py.NotImplemented {
		return "NotImplemented", nil
	}
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case *py.Exception:
		if s, ok, err := callUser(v, v.Base, "__str__"); ok {
			return s, err
		}
		if pylib.IsGroup(v) {
			return pylib.GroupStr(v), nil
		}
		if pylib.IsSyntaxError(v) {
			return pylib.SyntaxErrorStr(v)
		}
		return excStr(v)
	case *py.Type:
		if !pyobj.IsClass(v) {
			// object.__str__ is repr(self), but CPython checks the result
			// as __str__'s.
			fn := object.Lookup(v.Type(), "__str__")
			if fn == nil {
				fn = object.Lookup(v.Type(), "__repr__")
			}
			if fn != nil {
				res, err := py.Call(fn, py.Tuple{v}, nil)
				if err != nil {
					return "", err
				}
				return textResult(res, "__str__")
			}
		}
	case *object.Instance:
		res, err := v.M__str__()
		if err != nil {
			return "", err
		}
		return string(res.(py.String)), nil
	}
	return Repr(o)
}

// ASCII is CPython's ascii(o): the repr with every non-ASCII character
// escaped.
func ASCII(o py.Object) (string, error) {
	s, err := Repr(o)
	if err != nil {
		return "", err
	}
	return asciiEscape(s), nil
}

func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}

func (p *printer) repr(o py.Object) (string, error) {
	if o == py.NotImplemented {
		// gpython's NotImplemented is an exception instance.
		return "NotImplemented", nil
	}
	switch v := o.(type) {
	case nil:
		return "<NULL>", nil
	case py.String:
		return quoteString(string(v)), nil
	case py.Bytes:
		return quoteBytes(v), nil
	case py.Bool:
		if v {
			return "True", nil
		}
		return "False", nil
	case py.Int:
		return strconv.FormatInt(int64(v), 10), nil
	case *py.BigInt:
		return (*big.Int)(v).String(), nil
	case py.Float:
		return floatRepr(float64(v)), nil
	case py.Complex:
		return complexRepr(complex128(v)), nil
	case py.NoneType:
		return "None", nil
	case py.EllipsisType:
		return "Ellipsis", nil
	case py.Tuple:
		if len(v) == 0 {
			return "()", nil
		}
		return p.sequence(o, "(", ")", v, len(v) == 1)
	case *py.List:
		return p.sequence(o, "[", "]", v.Items, false)
	case py.StringDict:
		return p.dict(v)
	case *py.Set:
		return p.set(o, "set", "")
	case *py.FrozenSet:
		return p.set(o, "frozenset", "frozenset(")
	case *py.Range:
		if v.Step == 1 {
			return fmt.Sprintf("range(%d, %d)", v.Start, v.Stop), nil
		}
		return fmt.Sprintf("range(%d, %d, %d)", v.Start, v.Stop, v.Step), nil
	case *py.Slice:
		return p.sequence(o, "slice(", ")", []py.Object{v.Start, v.Stop, v.Step}, false)
	case *py.Exception:
		if s, ok, err := callUser(v, v.Base, "__repr__"); ok {
			return s, err
		}
		return p.exception(v)
	case *py.Type:
		return p.typeRepr(v)
	case *py.Function:
		return fmt.Sprintf("<function %s at %p>", v.Qualname, v), nil
	case *py.RangeIterator:
		// gpython's embeds the range, whose repr it would show.
		return defaultRepr(v), nil
	case *py.Method:
		if owner := pyobj.MethodOwner(v); owner != nil {
			return fmt.Sprintf("<method '%s' of '%s' objects>", v.Name, owner.Name), nil
		}
		if v.Module != nil {
			return fmt.Sprintf("<built-in function %s>", v.Name), nil
		}
		return fmt.Sprintf("<built-in method %s>", v.Name), nil
	case *py.BoundMethod:
		return p.boundMethod(v)
	case *py.Module:
		return moduleRepr(v), nil
	case *py.Code:
		return fmt.Sprintf("<code object %s at %p, file \"%s\", line %d>", v.Name, v, v.Filename, v.Firstlineno), nil
	case *py.Cell:
		return fmt.Sprintf("<cell at %p>", v), nil
	case *object.Instance:
		if v.Base != nil && !v.Overrides("__repr__") {
			// A subclass of a builtin type prints as its value.
			return p.repr(v.Base)
		}
	}
	return p.fallback(o)
}

// Reprer is implemented by Go-defined types outside this package that
// hold other objects (a dict or deque type in a package this one imports
// cannot call Repr). Repr calls ReprWith with a function that prints an
// element with this package's text, so nested values and recursion
// markers come out as in CPython. When the object is already being printed
// further up, Repr calls ReprWith(nil): the method then returns its
// recursion marker, such as "[...]" or "{...}".
type Reprer interface {
	ReprWith(item func(py.Object) (string, error)) (string, error)
}

// fallback serves types this package does not know: Reprer, their own
// __repr__ if they have one, else CPython's default text.
func (p *printer) fallback(o py.Object) (string, error) {
	if r, ok := o.(Reprer); ok {
		key, fresh, err := p.enter(o)
		if err != nil {
			return "", err
		}
		if !fresh {
			return r.ReprWith(nil)
		}
		defer p.leave(key)
		return r.ReprWith(p.repr)
	}
	if r, ok := o.(py.I__repr__); ok {
		res, err := r.M__repr__()
		if err != nil {
			return "", err
		}
		return textResult(res, "__repr__")
	}
	return defaultRepr(o), nil
}

// defaultRepr is object.__repr__.
func defaultRepr(o py.Object) string {
	t := pyobj.TypeOf(o)
	return fmt.Sprintf("<%s object at %s>", className(t), address(o))
}

// address is the text CPython prints for id(o) in default reprs.
func address(o py.Object) string {
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
		return fmt.Sprintf("0x%x", v.Pointer())
	}
	return "0x0"
}

// className is a class's name as reprs show it: qualified by its module
// unless it is a builtin.
func className(t *py.Type) string {
	name := t.Qualname
	if name == "" {
		name = t.Name
	}
	if mod, ok := t.Dict["__module__"].(py.String); ok && mod != "builtins" {
		return string(mod) + "." + name
	}
	return name
}

func (p *printer) typeRepr(t *py.Type) (string, error) {
	if pyobj.IsClass(t) || t.Name != "" {
		if s, ok, err := metaText(t, "__repr__"); ok {
			return s, err
		}
		return fmt.Sprintf("<class '%s'>", className(t)), nil
	}
	if s, ok, err := callText(t, "__repr__"); ok {
		return s, err
	}
	return defaultRepr(t), nil
}

// metaText calls method name of class t's metaclass when the metaclass
// is written in Python and defines or inherits it from a Python class.
func metaText(t *py.Type, name string) (string, bool, error) {
	meta := t.Type()
	if meta == nil || meta == py.TypeType || !pyobj.IsClass(t) {
		return "", false, nil
	}
	fn, ok := object.Lookup(meta, name).(*py.Function)
	if !ok {
		return "", false, nil
	}
	res, err := py.Call(fn, py.Tuple{t}, nil)
	if err != nil {
		return "", true, err
	}
	s, err := textResult(res, name)
	return s, true, err
}

// callText calls the method name of a user instance when its class (not
// object) defines one, and checks that it returns a str.
func callText(inst *py.Type, name string) (string, bool, error) {
	fn := object.Lookup(inst.Type(), name)
	if fn == nil {
		return "", false, nil
	}
	res, err := py.Call(fn, py.Tuple{inst}, nil)
	if err != nil {
		return "", true, err
	}
	s, err := textResult(res, name)
	return s, true, err
}

// callUser calls method name of o when a user-defined class among cls and
// its bases defines it. Exceptions use it: their builtin classes' text is
// this package's.
func callUser(o py.Object, cls *py.Type, name string) (string, bool, error) {
	mro := cls.Mro
	if len(mro) == 0 {
		mro = py.Tuple{cls}
	}
	for _, c := range mro {
		ct, ok := c.(*py.Type)
		if !ok {
			continue
		}
		if mod, ok := ct.Dict["__module__"].(py.String); !ok || mod == "builtins" {
			return "", false, nil
		}
		if fn, ok := ct.Dict[name]; ok {
			res, err := py.Call(fn, py.Tuple{o}, nil)
			if err != nil {
				return "", true, err
			}
			s, err := textResult(res, name)
			return s, true, err
		}
	}
	return "", false, nil
}

func textResult(res py.Object, name string) (string, error) {
	s, ok := res.(py.String)
	if !ok {
		return "", pyerr.Newf(py.TypeError, "%s returned non-string (type %s)", name, pyobj.TypeOf(res).Name)
	}
	return string(s), nil
}

func (p *printer) boundMethod(m *py.BoundMethod) (string, error) {
	if f, ok := m.Method.(*py.Method); ok {
		return fmt.Sprintf("<built-in method %s of %s object at %s>", f.Name, pyobj.TypeOf(m.Self).Name, address(m.Self)), nil
	}
	self, err := p.repr(m.Self)
	if err != nil {
		return "", err
	}
	name := "?"
	if f, ok := m.Method.(*py.Function); ok {
		name = f.Qualname
	}
	return fmt.Sprintf("<bound method %s of %s>", name, self), nil
}

func moduleRepr(m *py.Module) string {
	name, ok := m.Globals["__name__"].(py.String)
	if !ok {
		name = "?"
	}
	if file, ok := m.Globals["__file__"].(py.String); ok {
		return fmt.Sprintf("<module %s from %s>", quoteString(string(name)), quoteString(string(file)))
	}
	return fmt.Sprintf("<module %s (built-in)>", quoteString(string(name)))
}

// enter marks a container as being printed; it reports false when the
// container is already being printed further up.
func (p *printer) enter(o py.Object) (key uintptr, fresh bool, err error) {
	if p.depth >= maxDepth {
		return 0, false, pyerr.Newf(recursionError(), "maximum recursion depth exceeded while getting the repr of an object")
	}
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map:
		key = v.Pointer()
	case reflect.Slice:
		if v.Len() > 0 {
			key = v.Pointer()
		}
	}
	if key != 0 && p.active[key] {
		return key, false, nil
	}
	if p.active == nil {
		p.active = map[uintptr]bool{}
	}
	if key != 0 {
		p.active[key] = true
	}
	p.depth++
	return key, true, nil
}

func (p *printer) leave(key uintptr) {
	p.depth--
	delete(p.active, key)
}

func (p *printer) sequence(o py.Object, open, close string, items []py.Object, trailingComma bool) (string, error) {
	key, fresh, err := p.enter(o)
	if err != nil {
		return "", err
	}
	if !fresh {
		return open + "..." + close, nil
	}
	defer p.leave(key)
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := p.repr(it)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if trailingComma {
		b.WriteString(",")
	}
	b.WriteString(close)
	return b.String(), nil
}

func (p *printer) dict(d py.StringDict) (string, error) {
	if len(d) == 0 {
		return "{}", nil
	}
	key, fresh, err := p.enter(d)
	if err != nil {
		return "", err
	}
	if !fresh {
		return "{...}", nil
	}
	defer p.leave(key)
	var b strings.Builder
	b.WriteString("{")
	for i, name := range hashed.Names(d) {
		if i > 0 {
			b.WriteString(", ")
		}
		ks, err := p.repr(py.String(name))
		if err != nil {
			return "", err
		}
		vs, err := p.repr(d[name])
		if err != nil {
			return "", err
		}
		b.WriteString(ks + ": " + vs)
	}
	b.WriteString("}")
	return b.String(), nil
}

func (p *printer) set(o py.Object, name, open string) (string, error) {
	items, err := iterproto.Collect(o)
	if err != nil {
		return "", err
	}
	if len(items) == 0 {
		return name + "()", nil
	}
	sortSmallInts(items)
	close := "}"
	if open != "" {
		close = "})"
	}
	return p.sequence(o, open+"{", close, items, false)
}

// sortSmallInts puts a set of small non-negative ints in the order
// CPython's hash table holds them: an int hashes to itself, and a table
// always has at least 8 slots and more slots than elements, so ints below
// that bound sit in ascending slots. gpython's sets have no order; other
// elements keep the one they come in.
func sortSmallInts(items []py.Object) {
	limit := int64(len(items)) + 1
	if limit < 8 {
		limit = 8
	}
	vals := make([]int64, len(items))
	for i, it := range items {
		switch v := it.(type) {
		case py.Int:
			vals[i] = int64(v)
		case py.Bool:
			if v {
				vals[i] = 1
			}
		default:
			return
		}
		if vals[i] < 0 || vals[i] >= limit {
			return
		}
	}
	sort.Sort(byValue{items, vals})
}

type byValue struct {
	items []py.Object
	vals  []int64
}

func (b byValue) Len() int           { return len(b.items) }
func (b byValue) Less(i, j int) bool { return b.vals[i] < b.vals[j] }
func (b byValue) Swap(i, j int) {
	b.items[i], b.items[j] = b.items[j], b.items[i]
	b.vals[i], b.vals[j] = b.vals[j], b.vals[i]
}

// exception is BaseException.__repr__: the class name and the repr of the
// arguments, without the trailing comma of a one-element tuple.
func (p *printer) exception(e *py.Exception) (string, error) {
	args := excArgs(e)
	name := e.Base.Name
	if len(args) == 1 {
		s, err := p.repr(args[0])
		if err != nil {
			return "", err
		}
		return name + "(" + s + ")", nil
	}
	s, err := p.repr(args)
	if err != nil {
		return "", err
	}
	return name + s, nil
}

func excArgs(e *py.Exception) py.Tuple {
	switch a := e.Args.(type) {
	case py.Tuple:
		return a
	case nil:
		return nil
	default:
		return py.Tuple{a}
	}
}

// excStr is BaseException.__str__, with KeyError's variant (the repr of a
// single key) and StopIteration's unchanged.
func excStr(e *py.Exception) (string, error) {
	args := excArgs(e)
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		if e.Base == py.KeyError || e.Base.IsSubtype(py.KeyError) {
			return Repr(args[0])
		}
		return Str(args[0])
	}
	return Repr(args)
}

// quoteString is str.__repr__: single quotes unless the text contains a
// single quote and no double quote.
func quoteString(s string) string {
	q := quoteFor(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			// Invalid UTF-8 can only come from Go callers; show the byte.
			fmt.Fprintf(&b, "\\x%02x", s[i])
			i++
			continue
		}
		i += n
		if writeASCIIEscape(&b, r, q) {
			continue
		}
		switch {
		case r < 0x7f:
			b.WriteRune(r)
		case isPrintable(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// isPrintable is str.isprintable for one character: everything except the
// Unicode categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space.
func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co, unicode.Zl, unicode.Zp, unicode.Zs) {
		return false
	}
	// Unassigned code points (Cn) belong to no category.
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S) && !unicode.Is(unicode15, r)
}

// unicode15 holds the characters Unicode 15.0 added. Go's tables are
// Unicode 15.0, CPython 3.11's are 14.0, where these are unassigned and so
// escaped by repr.
var unicode15 = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x0cf3, Hi: 0x0cf3, Stride: 1},
		{Lo: 0x0ece, Hi: 0x0ece, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x10efd, Hi: 0x10eff, Stride: 1},
		{Lo: 0x1123f, Hi: 0x11241, Stride: 1},
		{Lo: 0x11b00, Hi: 0x11b09, Stride: 1},
		{Lo: 0x11f00, Hi: 0x11f10, Stride: 1},
		{Lo: 0x11f12, Hi: 0x11f3a, Stride: 1},
		{Lo: 0x11f3e, Hi: 0x11f59, Stride: 1},
		{Lo: 0x1342f, Hi: 0x1342f, Stride: 1},
		{Lo: 0x13440, Hi: 0x13455, Stride: 1},
		{Lo: 0x1b132, Hi: 0x1b132, Stride: 1},
		{Lo: 0x1b155, Hi: 0x1b155, Stride: 1},
		{Lo: 0x1d2c0, Hi: 0x1d2d3, Stride: 1},
		{Lo: 0x1df25, Hi: 0x1df2a, Stride: 1},
		{Lo: 0x1e030, Hi: 0x1e06d, Stride: 1},
		{Lo: 0x1e08f, Hi: 0x1e08f, Stride: 1},
		{Lo: 0x1e4d0, Hi: 0x1e4f9, Stride: 1},
		{Lo: 0x1f6dc, Hi: 0x1f6dc, Stride: 1},
		{Lo: 0x1f774, Hi: 0x1f776, Stride: 1},
		{Lo: 0x1f77b, Hi: 0x1f77f, Stride: 1},
		{Lo: 0x1f7d9, Hi: 0x1f7d9, Stride: 1},
		{Lo: 0x1fa75, Hi: 0x1fa77, Stride: 1},
		{Lo: 0x1fa87, Hi: 0x1fa88, Stride: 1},
		{Lo: 0x1faad, Hi: 0x1faaf, Stride: 1},
		{Lo: 0x1fabb, Hi: 0x1fabd, Stride: 1},
		{Lo: 0x1fabf, Hi: 0x1fabf, Stride: 1},
		{Lo: 0x1face, Hi: 0x1facf, Stride: 1},
		{Lo: 0x1fada, Hi: 0x1fadb, Stride: 1},
		{Lo: 0x1fae8, Hi: 0x1fae8, Stride: 1},
		{Lo: 0x1faf7, Hi: 0x1faf8, Stride: 1},
		{Lo: 0x2b739, Hi: 0x2b739, Stride: 1},
		{Lo: 0x31350, Hi: 0x323af, Stride: 1},
	},
}

// quoteFor is the quote str and bytes reprs use: single unless the text
// contains a single quote and no double quote.
func quoteFor(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// writeASCIIEscape writes the escape str and bytes reprs share for the
// ASCII character r (the quote q, backslash, \n, \r, \t, other control
// characters) and reports whether r needed one.
func writeASCIIEscape(b *strings.Builder, r rune, q byte) bool {
	switch {
	case r == rune(q) || r == '\\':
		b.WriteByte('\\')
		b.WriteRune(r)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r == '\t':
		b.WriteString(`\t`)
	case r < ' ' || r == 0x7f:
		fmt.Fprintf(b, "\\x%02x", r)
	default:
		return false
	}
	return true
}

// quoteBytes is bytes.__repr__.
func quoteBytes(bs []byte) string {
	q := quoteFor(string(bs))
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(q)
	for _, c := range bs {
		switch {
		case c >= 0x80:
			fmt.Fprintf(&b, "\\x%02x", c)
		case !writeASCIIEscape(&b, rune(c), q):
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// floatRepr is float.__repr__: the shortest text that reads back as f,
// positional when the decimal exponent is in [-4, 16), otherwise
// scientific, positional text always having a fractional part.
func floatRepr(f float64) string {
	return formatShortest(f, true, false)
}

// formatShortest renders the shortest round-trip digits of f.
// addDot0 adds ".0" to integral positional text (complex parts omit it);
// alt keeps a decimal point in scientific text too.
func formatShortest(f float64, addDot0, alt bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	digits, exp, neg := shortestDigits(f)
	decpt := exp + 1
	var s string
	if decpt <= -4 || decpt > 16 {
		s = sciText(digits, exp, false, alt)
	} else {
		s = fixedText(digits, decpt)
		if addDot0 && !strings.Contains(s, ".") {
			s += ".0"
		}
	}
	if neg {
		return "-" + s
	}
	return s
}

// shortestDigits returns the shortest decimal digits d1d2d3... of |f|
// and the exponent e such that |f| = d1.d2d3... × 10^e.
func shortestDigits(f float64) (digits string, exp int, neg bool) {
	s := strconv.FormatFloat(f, 'e', -1, 64)
	return splitE(s)
}

// splitE takes Go's %e text apart.
func splitE(s string) (digits string, exp int, neg bool) {
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	i := strings.IndexByte(s, 'e')
	mant, e := s[:i], s[i+1:]
	exp, _ = strconv.Atoi(e)
	digits = strings.Replace(mant, ".", "", 1)
	return digits, exp, neg
}

// sciText writes digits as d.ddd e±XX; alt keeps a decimal point even
// with one digit.
func sciText(digits string, exp int, upper, alt bool) string {
	var b strings.Builder
	b.WriteByte(digits[0])
	if len(digits) > 1 || alt {
		b.WriteByte('.')
		b.WriteString(digits[1:])
	}
	if upper {
		b.WriteByte('E')
	} else {
		b.WriteByte('e')
	}
	if exp < 0 {
		b.WriteByte('-')
		exp = -exp
	} else {
		b.WriteByte('+')
	}
	if exp < 10 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(exp))
	return b.String()
}

// fixedText places the decimal point decpt digits into digits.
func fixedText(digits string, decpt int) string {
	switch {
	case decpt <= 0:
		return "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		return digits + strings.Repeat("0", decpt-len(digits))
	}
	return digits[:decpt] + "." + digits[decpt:]
}

// complexRepr is complex.__repr__.
func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	ims := formatShortest(im, false, false)
	if re == 0 && !math.Signbit(re) {
		return ims + "j"
	}
	res := formatShortest(re, false, false)
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + res + ims + "j)"
}

// recursionError is the builtins module's RecursionError, which the
// evaluator defines; gpython has none.
func recursionError() *py.Type {
	if m := py.GetModuleImpl("builtins"); m != nil {
		if t, ok := m.Globals["RecursionError"].(*py.Type); ok {
			return t
		}
	}
	return py.RuntimeError
}
