package object

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// c3 is the C3 linearization of a class with the given bases: its MRO.
func c3(cls *py.Type, bases py.Tuple) (py.Tuple, error) {
	var seqs [][]*py.Type
	direct := make([]*py.Type, 0, len(bases))
	for _, b := range bases {
		bt, ok := b.(*py.Type)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "bases must be types")
		}
		for _, d := range direct {
			if d == bt {
				return nil, pyerr.Newf(py.TypeError, "duplicate base class %s", bt.Name)
			}
		}
		mro := make([]*py.Type, 0, len(bt.Mro))
		for _, m := range bt.Mro {
			mro = append(mro, m.(*py.Type))
		}
		seqs = append(seqs, mro)
		direct = append(direct, bt)
	}
	seqs = append(seqs, direct)
	out := py.Tuple{cls}
	for {
		live := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				live = append(live, s)
			}
		}
		seqs = live
		if len(seqs) == 0 {
			return out, nil
		}
		var next *py.Type
		for _, s := range seqs {
			if !inTail(s[0], seqs) {
				next = s[0]
				break
			}
		}
		if next == nil {
			// CPython names the heads of the lists left to merge.
			var names []string
			seen := map[*py.Type]bool{}
			for _, s := range seqs {
				if !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, pyerr.Newf(py.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, next)
		for i, s := range seqs {
			if s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

func inTail(t *py.Type, seqs [][]*py.Type) bool {
	for _, s := range seqs {
		for _, x := range s[1:] {
			if x == t {
				return true
			}
		}
	}
	return false
}

// mixedClass makes a class whose bases mix Go-defined class families
// (a Python mixin and an exception class, say), which gpython's type()
// rejects as a metaclass conflict because it takes a Go class's parent
// for its metaclass: the class is made on object, then given its real
// bases and MRO.
func mixedClass(name py.String, bases py.Tuple, ns py.StringDict) (*py.Type, error) {
	r, err := py.TypeNew(py.TypeType, py.Tuple{name, py.Tuple{py.ObjectType}, ns}, nil)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	cls := r.(*py.Type)
	mro, err := c3(cls, bases)
	if err != nil {
		return nil, err
	}
	cls.Bases = bases
	cls.Mro = mro
	cls.Base = bases[0].(*py.Type)
	for _, b := range bases {
		if bt := b.(*py.Type); !IsUserClass(bt) {
			cls.Base = bt
			break
		}
	}
	if cls.IsSubtype(py.BaseException) {
		cls.Flags |= py.TPFLAGS_BASE_EXC_SUBCLASS
	}
	return cls, nil
}
