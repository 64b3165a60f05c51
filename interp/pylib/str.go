package pylib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
)

// str's method table, complete as in CPython 3.11 (format and format_map
// come from package pytext). Python indexes strings by code point while
// py.String holds UTF-8, so methods taking positions work on runes.

type strMethod func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error)

func installStr() {
	d := py.StringType.Dict
	add := func(name, doc string, fn strMethod) {
		qual := "str." + name
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			s, args, err := bind[py.String](self, args, qual)
			if err != nil {
				return nil, err
			}
			return fn(string(s), args, kwargs)
		}, 0, doc)
	}
	// Methods without arguments.
	for name, fn := range map[string]func(string) py.Object{
		"upper":        func(s string) py.Object { return py.String(upper(s)) },
		"lower":        func(s string) py.Object { return py.String(lower(s)) },
		"casefold":     func(s string) py.Object { return py.String(casefold(s)) },
		"swapcase":     func(s string) py.Object { return py.String(swapcase(s)) },
		"title":        func(s string) py.Object { return py.String(title(s)) },
		"capitalize":   func(s string) py.Object { return py.String(capitalize(s)) },
		"isalnum":      func(s string) py.Object { return py.NewBool(every(s, isAlnum)) },
		"isalpha":      func(s string) py.Object { return py.NewBool(every(s, unicode.IsLetter)) },
		"isascii":      func(s string) py.Object { return py.NewBool(isASCII(s)) },
		"isdecimal":    func(s string) py.Object { return py.NewBool(every(s, isDecimal)) },
		"isdigit":      func(s string) py.Object { return py.NewBool(every(s, isDigit)) },
		"isnumeric":    func(s string) py.Object { return py.NewBool(every(s, isNumeric)) },
		"isspace":      func(s string) py.Object { return py.NewBool(every(s, isSpace)) },
		"isprintable":  func(s string) py.Object { return py.NewBool(s == "" || every(s, isPrintable)) },
		"isidentifier": func(s string) py.Object { return py.NewBool(isIdentifier(s)) },
		"islower":      func(s string) py.Object { return py.NewBool(isLowerStr(s)) },
		"isupper":      func(s string) py.Object { return py.NewBool(isUpperStr(s)) },
		"istitle":      func(s string) py.Object { return py.NewBool(isTitleStr(s)) },
	} {
		add(name, "", func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := noKeywords("str."+name, kwargs); err != nil {
				return nil, err
			}
			if err := noArgs("str."+name, args); err != nil {
				return nil, err
			}
			return fn(s), nil
		})
	}
	add("center", "Return a centered string of length width.", padMethod("center"))
	add("ljust", "Return a left-justified string of length width.", padMethod("ljust"))
	add("rjust", "Return a right-justified string of length width.", padMethod("rjust"))
	add("zfill", "Pad a numeric string with zeros on the left, to fill a field of the given width.", strZfill)
	add("count", "Return the number of non-overlapping occurrences of substring sub.", findMethod("count"))
	add("find", "Return the lowest index in S where substring sub is found.", findMethod("find"))
	add("rfind", "Return the highest index in S where substring sub is found.", findMethod("rfind"))
	add("index", "Like find, but raise ValueError when the substring is not found.", findMethod("index"))
	add("rindex", "Like rfind, but raise ValueError when the substring is not found.", findMethod("rindex"))
	add("startswith", "Return True if S starts with the specified prefix, False otherwise.", affixMethod("startswith"))
	add("endswith", "Return True if S ends with the specified suffix, False otherwise.", affixMethod("endswith"))
	add("strip", "Return a copy of the string with leading and trailing whitespace removed.", stripMethod("strip", true, true))
	add("lstrip", "Return a copy of the string with leading whitespace removed.", stripMethod("lstrip", true, false))
	add("rstrip", "Return a copy of the string with trailing whitespace removed.", stripMethod("rstrip", false, true))
	add("split", "Return a list of the substrings in the string, using sep as the separator string.", splitMethod("split"))
	add("rsplit", "Return a list of the substrings in the string, using sep as the separator string.", splitMethod("rsplit"))
	add("splitlines", "Return a list of the lines in the string, breaking at line boundaries.", strSplitlines)
	add("partition", "Partition the string into three parts using the given separator.", partitionMethod("partition"))
	add("rpartition", "Partition the string into three parts using the given separator.", partitionMethod("rpartition"))
	add("removeprefix", "Return a str with the given prefix string removed if present.", removeMethod("removeprefix"))
	add("removesuffix", "Return a str with the given suffix string removed if present.", removeMethod("removesuffix"))
	add("replace", "Return a copy with all occurrences of substring old replaced by new.", strReplace)
	add("expandtabs", "Return a copy where all tab characters are expanded using spaces.", strExpandtabs)
	add("encode", "Encode the string using the codec registered for encoding.", strEncode)
	add("translate", "Replace each character in the string using the given translation table.", strTranslate)
	d["maketrans"] = staticMethod(py.StringType, py.MustNewMethod("maketrans", strMaketrans, 0, "Return a translation table usable for str.translate()."))
	d["__getnewargs__"] = py.MustNewMethod("__getnewargs__", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, _, err := bind[py.String](self, args, "str.__getnewargs__")
		return py.Tuple{py.String(string(s))}, err
	}, 0, "")
}

func every(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !pred(r) {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// strArg checks a str argument: "must be str, not int".
func strArg(o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", pyerr.Newf(py.TypeError, "must be str, not %s", o.Type().Name)
	}
	return string(s), nil
}

// Character classes, after CPython's unicodectype.c definitions.

func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

func isDecimal(r rune) bool { return unicode.Is(unicode.Nd, r) }

// isDigit adds the digits that are not decimal (superscripts, circled
// digits) to the decimals: the numeric characters of No whose value is a
// single digit.
func isDigit(r rune) bool {
	if isDecimal(r) {
		return true
	}
	switch {
	case r == 0xb2 || r == 0xb3 || r == 0xb9 || r == 0x2070 || r == 0x19da:
		return true
	case r >= 0x1369 && r <= 0x1371, r >= 0x2074 && r <= 0x2079, r >= 0x2080 && r <= 0x2089,
		r >= 0x2460 && r <= 0x2468, r >= 0x2474 && r <= 0x247c, r >= 0x2488 && r <= 0x2490,
		r >= 0x24f5 && r <= 0x24fd, r == 0x24ea || r == 0x24ff, r >= 0x2776 && r <= 0x277e,
		r >= 0x2780 && r <= 0x2788, r >= 0x278a && r <= 0x2792, r >= 0x10a40 && r <= 0x10a43,
		r >= 0x1f100 && r <= 0x1f10a:
		return true
	}
	return false
}

// cjkNumerals are the Han characters Unicode gives a numeric value.
const cjkNumerals = "〇一七三九二五八六十千四百万亿兆零壹贰叁肆伍陆柒捌玖拾佰仟萬億廿卅卌"

func isNumeric(r rune) bool {
	return unicode.IsNumber(r) || strings.ContainsRune(cjkNumerals, r)
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || isNumeric(r) }

func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co, unicode.Zl, unicode.Zp, unicode.Zs) {
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
		if i == 0 && !start {
			return false
		}
		if !start && !unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue) {
			return false
		}
	}
	return true
}

// isCased reports whether r has case (CPython's _PyUnicode_IsCased).
func isCased(r rune) bool {
	return isUpper(r) || isLower(r) || unicode.IsTitle(r)
}

// isUpper and isLower are the Unicode Uppercase and Lowercase properties,
// which CPython's isupper and islower test.
func isUpper(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }

func isLower(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }

func isLowerStr(s string) bool {
	cased := false
	for _, r := range s {
		if isUpper(r) || unicode.IsTitle(r) {
			return false
		}
		cased = cased || isLower(r)
	}
	return cased
}

func isUpperStr(s string) bool {
	cased := false
	for _, r := range s {
		if isLower(r) || unicode.IsTitle(r) {
			return false
		}
		cased = cased || isUpper(r)
	}
	return cased
}

func isTitleStr(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case isUpper(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLower(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// Full case mappings that are not one rune to one rune (SpecialCasing.txt,
// unconditional entries), for the characters people meet.
var (
	specialUpper = map[rune]string{
		'ß': "SS", 'ŉ': "ʼN", 'ǰ': "J̌", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "ԵՒ",
		'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST",
		'ẖ': "H̱", 'ẗ': "T̈", 'ẘ': "W̊", 'ẙ': "Y̊", 'ẚ': "Aʾ",
	}
	specialTitle = map[rune]string{
		'ß': "Ss", 'ŉ': "ʼN", 'ǰ': "J̌", 'և': "Եւ",
		'ﬀ': "Ff", 'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi", 'ﬄ': "Ffl", 'ﬅ': "St", 'ﬆ': "St",
	}
	specialLower = map[rune]string{'İ': "i̇"}
	specialFold  = map[rune]string{
		'ß': "ss", 'ẞ': "ss", 'ŉ': "ʼn", 'ſ': "s", 'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi",
		'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st", 'ς': "σ", 'İ': "i̇",
	}
)

func upperRune(b *strings.Builder, r rune) {
	if s, ok := specialUpper[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

func titleRune(b *strings.Builder, r rune) {
	if s, ok := specialTitle[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

// lowerAt lowers rs[i], applying the Greek final sigma rule: a capital
// sigma preceded by a cased letter and not followed by one becomes ς.
func lowerAt(b *strings.Builder, rs []rune, i int) {
	r := rs[i]
	if s, ok := specialLower[r]; ok {
		b.WriteString(s)
		return
	}
	if r == 'Σ' && finalSigma(rs, i) {
		b.WriteRune('ς')
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

func caseIgnorable(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) || r == '\'' || r == '.' || r == ':' || r == '·'
}

func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !isCased(rs[j])
}

func upper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		upperRune(&b, r)
	}
	return b.String()
}

func lower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i := range rs {
		lowerAt(&b, rs, i)
	}
	return b.String()
}

func casefold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := specialFold[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func swapcase(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case isUpper(r):
			lowerAt(&b, rs, i)
		case isLower(r):
			upperRune(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func title(s string) string {
	rs := []rune(s)
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			lowerAt(&b, rs, i)
		} else {
			titleRune(&b, r)
		}
		prevCased = isCased(r)
	}
	return b.String()
}

func capitalize(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if i == 0 {
			titleRune(&b, r)
		} else {
			lowerAt(&b, rs, i)
		}
	}
	return b.String()
}

// padMethod is center, ljust and rjust.
func padMethod(name string) strMethod {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noKeywords("str."+name, kwargs); err != nil {
			return nil, err
		}
		if err := arity(name, args, 1, 2); err != nil {
			return nil, err
		}
		width, err := intArg(args[0])
		if err != nil {
			return nil, err
		}
		fill := ' '
		if len(args) == 2 {
			f, ok := args[1].(py.String)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "The fill character must be a unicode character, not %s", args[1].Type().Name)
			}
			if utf8.RuneCountInString(string(f)) != 1 {
				return nil, pyerr.Newf(py.TypeError, "The fill character must be exactly one character long")
			}
			fill, _ = utf8.DecodeRuneInString(string(f))
		}
		n := utf8.RuneCountInString(s)
		if width <= n {
			return py.String(s), nil
		}
		left, total := 0, width-n
		switch name {
		case "center":
			left = total / 2
			if total%2 == 1 && width%2 == 1 {
				left++
			}
		case "rjust":
			left = total
		}
		f := string(fill)
		return py.String(strings.Repeat(f, left) + s + strings.Repeat(f, total-left)), nil
	}
}

func strZfill(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := noKeywords("str.zfill", kwargs); err != nil {
		return nil, err
	}
	if err := oneArg("str.zfill", args); err != nil {
		return nil, err
	}
	width, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	n := utf8.RuneCountInString(s)
	if width <= n {
		return py.String(s), nil
	}
	zeros := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return py.String(s[:1] + zeros + s[1:]), nil
	}
	return py.String(zeros + s), nil
}

// runeRange returns s[start:end] in code points and the rune offset of
// its start, for methods that take start and end; ok is false when
// start lies past end or past the string, where nothing can match.
func runeRange(s string, args py.Tuple, i int) (sub string, offset int, ok bool, err error) {
	if len(args) <= i {
		return s, 0, true, nil
	}
	n := utf8.RuneCountInString(s)
	start, end, err := startEnd(args, i, n)
	if err != nil {
		return "", 0, false, err
	}
	if start > n || start > end {
		return "", start, false, nil
	}
	if n == len(s) {
		return s[start:end], start, true, nil
	}
	rs := []rune(s)
	return string(rs[start:end]), start, true, nil
}

// runeIndex converts a byte offset in s to a code point offset.
func runeIndex(s string, byteOff int) int {
	if byteOff < 0 {
		return byteOff
	}
	return utf8.RuneCountInString(s[:byteOff])
}

// findMethod is find, rfind, index, rindex and count.
func findMethod(name string) strMethod {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noKeywords("str."+name, kwargs); err != nil {
			return nil, err
		}
		if len(args) < 1 {
			return nil, pyerr.Newf(py.TypeError, "%s() takes at least 1 argument (0 given)", name)
		}
		if len(args) > 3 {
			return nil, pyerr.Newf(py.TypeError, "%s() takes at most 3 arguments (%d given)", name, len(args))
		}
		sub, err := strArg(args[0])
		if err != nil {
			return nil, err
		}
		hay, off, ok, err := runeRange(s, args, 1)
		if err != nil {
			return nil, err
		}
		if name == "count" {
			if !ok {
				return py.Int(0), nil
			}
			if sub == "" {
				return py.Int(utf8.RuneCountInString(hay) + 1), nil
			}
			return py.Int(strings.Count(hay, sub)), nil
		}
		at := -1
		if ok {
			if name == "find" || name == "index" {
				at = runeIndex(hay, strings.Index(hay, sub))
			} else {
				at = runeIndex(hay, strings.LastIndex(hay, sub))
			}
		}
		if at < 0 {
			if name == "index" || name == "rindex" {
				return nil, pyerr.Newf(py.ValueError, "substring not found")
			}
			return py.Int(-1), nil
		}
		return py.Int(at + off), nil
	}
}

// affixMethod is startswith and endswith.
func affixMethod(name string) strMethod {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noKeywords("str."+name, kwargs); err != nil {
			return nil, err
		}
		if len(args) < 1 {
			return nil, pyerr.Newf(py.TypeError, "%s() takes at least 1 argument (0 given)", name)
		}
		if len(args) > 3 {
			return nil, pyerr.Newf(py.TypeError, "%s() takes at most 3 arguments (%d given)", name, len(args))
		}
		var affixes []string
		switch a := args[0].(type) {
		case py.String:
			affixes = []string{string(a)}
		case py.Tuple:
			for _, item := range a {
				is, ok := item.(py.String)
				if !ok {
					return nil, pyerr.Newf(py.TypeError, "tuple for %s must only contain str, not %s", name, item.Type().Name)
				}
				affixes = append(affixes, string(is))
			}
		default:
			return nil, pyerr.Newf(py.TypeError, "%s first arg must be str or a tuple of str, not %s", name, args[0].Type().Name)
		}
		hay, _, ok, err := runeRange(s, args, 1)
		if err != nil || !ok {
			return py.False, err
		}
		for _, a := range affixes {
			if name == "startswith" && strings.HasPrefix(hay, a) || name == "endswith" && strings.HasSuffix(hay, a) {
				return py.True, nil
			}
		}
		return py.False, nil
	}
}

// stripMethod is strip, lstrip and rstrip.
func stripMethod(name string, left, right bool) strMethod {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noKeywords("str."+name, kwargs); err != nil {
			return nil, err
		}
		if err := arity(name, args, 0, 1); err != nil {
			return nil, err
		}
		cut := isSpace
		if len(args) == 1 && args[0] != py.None {
			chars, ok := args[0].(py.String)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "%s arg must be None or str", name)
			}
			cut = func(r rune) bool { return strings.ContainsRune(string(chars), r) }
		}
		if left {
			s = strings.TrimLeftFunc(s, cut)
		}
		if right {
			s = strings.TrimRightFunc(s, cut)
		}
		return py.String(s), nil
	}
}

// sepArgs reads (sep=None, maxsplit=-1) for split and rsplit.
func sepArgs(name string, args py.Tuple, kwargs py.StringDict) (sep py.Object, maxsplit int, err error) {
	a, err := keywords(name, args, kwargs, "sep", "maxsplit")
	if err != nil {
		return nil, 0, err
	}
	maxsplit = -1
	if a[1] != nil {
		if maxsplit, err = intArg(a[1]); err != nil {
			return nil, 0, err
		}
	}
	if a[0] == nil {
		a[0] = py.None
	}
	return a[0], maxsplit, nil
}

// splitMethod is split and rsplit.
func splitMethod(name string) strMethod {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		sepObj, maxsplit, err := sepArgs(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		var parts []string
		if sepObj == py.None {
			parts = splitSpace(s, maxsplit, name == "rsplit", isSpace)
		} else {
			sep, ok := sepObj.(py.String)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "must be str or None, not %s", sepObj.Type().Name)
			}
			if sep == "" {
				return nil, pyerr.Newf(py.ValueError, "empty separator")
			}
			parts = splitSep(s, string(sep), maxsplit, name == "rsplit")
		}
		return py.NewListFromStrings(parts), nil
	}
}

// splitSep splits at sep at most maxsplit times (all when negative),
// from the right when reverse is set.
func splitSep(s, sep string, maxsplit int, reverse bool) []string {
	if maxsplit < 0 {
		if !reverse {
			return strings.Split(s, sep)
		}
		maxsplit = len(s) + 1
	}
	if !reverse {
		return strings.SplitN(s, sep, maxsplit+1)
	}
	var rev []string
	for maxsplit > 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		rev = append(rev, s[i+len(sep):])
		s = s[:i]
		maxsplit--
	}
	out := []string{s}
	for i := len(rev) - 1; i >= 0; i-- {
		out = append(out, rev[i])
	}
	return out
}

// splitSpace splits at runs of whitespace, dropping empty fields; the
// remainder after maxsplit splits keeps its inner whitespace.
func splitSpace(s string, maxsplit int, reverse bool, space func(rune) bool) []string {
	if maxsplit < 0 {
		return strings.FieldsFunc(s, space)
	}
	var out []string
	if !reverse {
		for {
			s = strings.TrimLeftFunc(s, space)
			if s == "" {
				return out
			}
			if maxsplit == 0 {
				return append(out, s)
			}
			i := strings.IndexFunc(s, space)
			if i < 0 {
				return append(out, s)
			}
			out = append(out, s[:i])
			s = s[i:]
			maxsplit--
		}
	}
	for {
		s = strings.TrimRightFunc(s, space)
		if s == "" {
			break
		}
		if maxsplit == 0 {
			out = append(out, s)
			break
		}
		i := strings.LastIndexFunc(s, space)
		if i < 0 {
			out = append(out, s)
			break
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		out = append(out, s[i+size:])
		s = s[:i]
		maxsplit--
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func strSplitlines(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := keywords("splitlines", args, kwargs, "keepends")
	if err != nil {
		return nil, err
	}
	keep := false
	if a[0] != nil {
		n, err := intArg(a[0])
		if err != nil {
			return nil, err
		}
		keep = n != 0
	}
	var lines []string
	for s != "" {
		i := strings.IndexFunc(s, isLineBreak)
		if i < 0 {
			lines = append(lines, s)
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		end := i + size
		if r == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		if keep {
			lines = append(lines, s[:end])
		} else {
			lines = append(lines, s[:i])
		}
		s = s[end:]
	}
	return py.NewListFromStrings(lines), nil
}

// partitionMethod is partition and rpartition.
func partitionMethod(name string) strMethod {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noKeywords("str."+name, kwargs); err != nil {
			return nil, err
		}
		if err := oneArg("str."+name, args); err != nil {
			return nil, err
		}
		sep, err := strArg(args[0])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, pyerr.Newf(py.ValueError, "empty separator")
		}
		var i int
		if name == "partition" {
			i = strings.Index(s, sep)
			if i < 0 {
				return py.Tuple{py.String(s), py.String(""), py.String("")}, nil
			}
		} else {
			i = strings.LastIndex(s, sep)
			if i < 0 {
				return py.Tuple{py.String(""), py.String(""), py.String(s)}, nil
			}
		}
		return py.Tuple{py.String(s[:i]), py.String(sep), py.String(s[i+len(sep):])}, nil
	}
}

// removeMethod is removeprefix and removesuffix.
func removeMethod(name string) strMethod {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noKeywords("str."+name, kwargs); err != nil {
			return nil, err
		}
		if err := oneArg("str."+name, args); err != nil {
			return nil, err
		}
		a, ok := args[0].(py.String)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "%s() argument must be str, not %s", name, args[0].Type().Name)
		}
		if name == "removeprefix" {
			return py.String(strings.TrimPrefix(s, string(a))), nil
		}
		return py.String(strings.TrimSuffix(s, string(a))), nil
	}
}

func strReplace(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := noKeywords("str.replace", kwargs); err != nil {
		return nil, err
	}
	if err := arity("replace", args, 2, 3); err != nil {
		return nil, err
	}
	var olds [2]string
	for i := range 2 {
		a, ok := args[i].(py.String)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "replace() argument %d must be str, not %s", i+1, args[i].Type().Name)
		}
		olds[i] = string(a)
	}
	count := -1
	if len(args) == 3 {
		var err error
		if count, err = intArg(args[2]); err != nil {
			return nil, err
		}
	}
	return py.String(strings.Replace(s, olds[0], olds[1], count)), nil
}

func strExpandtabs(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := keywords("expandtabs", args, kwargs, "tabsize")
	if err != nil {
		return nil, err
	}
	size := 8
	if a[0] != nil {
		if size, err = intArg(a[0]); err != nil {
			return nil, err
		}
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if size > 0 {
				n := size - col%size
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return py.String(b.String()), nil
}

func strEncode(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	encoding, errors, err := codecArgs("encode", args, kwargs)
	if err != nil {
		return nil, err
	}
	b, err := Encode(s, encoding, errors)
	if err != nil {
		return nil, err
	}
	return py.Bytes(b), nil
}

// codecArgs reads the (encoding='utf-8', errors='strict') arguments of
// str.encode and bytes.decode, named fn in errors.
func codecArgs(fn string, args py.Tuple, kwargs py.StringDict) (encoding, errors string, err error) {
	a, err := keywords(fn, args, kwargs, "encoding", "errors")
	if err != nil {
		return "", "", err
	}
	encoding, errors = "utf-8", "strict"
	for i, name := range []string{"encoding", "errors"} {
		if a[i] == nil {
			continue
		}
		v, ok := a[i].(py.String)
		if !ok {
			return "", "", pyerr.Newf(py.TypeError, "%s() argument '%s' must be str, not %s", fn, name, a[i].Type().Name)
		}
		if i == 0 {
			encoding = string(v)
		} else {
			errors = string(v)
		}
	}
	return encoding, errors, nil
}

func strTranslate(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := noKeywords("str.translate", kwargs); err != nil {
		return nil, err
	}
	if err := oneArg("str.translate", args); err != nil {
		return nil, err
	}
	table := args[0]
	var b strings.Builder
	for _, r := range s {
		v, err := py.GetItem(table, py.Int(r))
		if err != nil {
			if pyerr.Matches(err, py.LookupError) {
				b.WriteRune(r)
				continue
			}
			return nil, pyerr.Info(err)
		}
		switch v := v.(type) {
		case py.NoneType:
		case py.String:
			b.WriteString(string(v))
		default:
			n, ok, err := bigOf(v)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "character mapping must return integer, None or str")
			}
			if !n.IsInt64() || n.Int64() < 0 || n.Int64() > unicode.MaxRune {
				return nil, pyerr.Newf(py.ValueError, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(n.Int64()))
		}
	}
	return py.String(b.String()), nil
}

func strMaketrans(self py.Object, args py.Tuple) (py.Object, error) {
	if err := arity("maketrans", args, 1, 3); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		keys, values, err := mappingItems(args[0])
		if err != nil {
			return nil, err
		}
		table := newIntDict()
		for i, k := range keys {
			switch kk := k.(type) {
			case py.String:
				if utf8.RuneCountInString(string(kk)) != 1 {
					return nil, pyerr.Newf(py.ValueError, "string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(string(kk))
				table.set(py.Int(r), values[i])
			case py.Int:
				table.set(kk, values[i])
			default:
				return nil, pyerr.Newf(py.TypeError, "keys in translate table must be strings or integers")
			}
		}
		return table.object()
	}
	from, ok1 := args[0].(py.String)
	to, ok2 := args[1].(py.String)
	if !ok1 || !ok2 {
		bad := args[0]
		if ok1 {
			bad = args[1]
		}
		return nil, pyerr.Newf(py.TypeError, "maketrans() argument %d must be str, not %s", map[bool]int{true: 2, false: 1}[ok1], bad.Type().Name)
	}
	fr, tr := []rune(string(from)), []rune(string(to))
	if len(fr) != len(tr) {
		return nil, pyerr.Newf(py.ValueError, "the first two maketrans arguments must have equal length")
	}
	table := newIntDict()
	for i, r := range fr {
		table.set(py.Int(r), py.Int(tr[i]))
	}
	if len(args) == 3 {
		del, ok := args[2].(py.String)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "maketrans() argument 3 must be str, not %s", args[2].Type().Name)
		}
		for _, r := range string(del) {
			table.set(py.Int(r), py.None)
		}
	}
	return table.object()
}

// mappingItems reads the items of a dict-like argument through keys().
func mappingItems(m py.Object) ([]py.Object, []py.Object, error) {
	keysFn, err := py.GetAttrString(m, "keys")
	if err != nil {
		return nil, nil, pyerr.Newf(py.TypeError, "if you give only one argument to maketrans it must be a dict")
	}
	ks, err := py.Call(keysFn, nil, nil)
	if err != nil {
		return nil, nil, pyerr.Info(err)
	}
	keys, err := iterproto.Collect(ks)
	if err != nil {
		return nil, nil, err
	}
	values := make([]py.Object, len(keys))
	for i, k := range keys {
		if values[i], err = py.GetItem(m, k); err != nil {
			return nil, nil, pyerr.Info(err)
		}
	}
	return keys, values, nil
}

// intDict builds a dict with int keys in insertion order, through the
// dict constructor so that it is whatever dict type is installed.
type intDict struct {
	pairs []py.Object
	at    map[py.Int]int
}

func newIntDict() *intDict { return &intDict{at: map[py.Int]int{}} }

func (d *intDict) set(k py.Int, v py.Object) {
	if i, ok := d.at[k]; ok {
		d.pairs[i] = py.Tuple{k, v}
		return
	}
	d.at[k] = len(d.pairs)
	d.pairs = append(d.pairs, py.Tuple{k, v})
}

func (d *intDict) object() (py.Object, error) {
	r, err := py.Call(py.StringDictType, py.Tuple{&py.List{Items: d.pairs}}, nil)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return r, nil
}
