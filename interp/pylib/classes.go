package pylib

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// installClasses publishes what user classes need from builtins:
// property and super, and isinstance, issubclass, callable, id, hash,
// getattr, hasattr, setattr and bool that understand user classes and
// their instances (package object). type(name, bases, ns) and classes
// deriving from type go through package object too.
func installClasses() {
	g := py.GetModuleImpl("builtins").Globals
	g["property"] = object.PropertyType
	g["super"] = object.SuperType
	py.BoolType.New = boolNew
	// Metaclasses derive from type, and type(name, bases, ns) makes
	// classes as the class statement does.
	py.TypeType.Flags |= py.TPFLAGS_BASETYPE
	py.TypeType.New = object.TypeNew
	for _, m := range []*py.Method{
		py.MustNewMethod("isinstance", builtinIsinstance, 0, "Return whether an object is an instance of a class or of a subclass thereof."),
		py.MustNewMethod("issubclass", builtinIssubclass, 0, "Return whether 'cls' is derived from another class or is the same class."),
		py.MustNewMethod("callable", builtinCallable, 0, "Return whether the object is callable (i.e., some kind of function)."),
		py.MustNewMethod("id", builtinID, 0, "Return the identity of an object."),
		py.MustNewMethod("hash", builtinHash, 0, "Return the hash value for the given object."),
		py.MustNewMethod("getattr", builtinGetattr, 0, "getattr(object, name[, default]) -> value"),
		py.MustNewMethod("hasattr", builtinHasattr, 0, "Return whether the object has an attribute with the given name."),
		py.MustNewMethod("setattr", builtinSetattr, 0, "Sets the named attribute on the given object to the specified value."),
	} {
		ReplaceMethod("builtins", m)
	}
}

func boolNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, pyerr.Newf(py.TypeError, "bool() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return py.False, nil
	case 1:
		r, err := pyobj.Truth(args[0])
		if err != nil {
			return nil, err
		}
		return py.NewBool(r), nil
	}
	return nil, pyerr.Newf(py.TypeError, "bool expected at most 1 argument, got %d", len(args))
}

func twoArgs(name string, args py.Tuple) error {
	if len(args) != 2 {
		return pyerr.Newf(py.TypeError, "%s expected 2 arguments, got %d", name, len(args))
	}
	return nil
}

func builtinIsinstance(self py.Object, args py.Tuple) (py.Object, error) {
	if err := twoArgs("isinstance", args); err != nil {
		return nil, err
	}
	r, err := object.IsInstance(args[0], args[1])
	return py.NewBool(r), err
}

func builtinIssubclass(self py.Object, args py.Tuple) (py.Object, error) {
	if err := twoArgs("issubclass", args); err != nil {
		return nil, err
	}
	r, err := object.IsSubclass(args[0], args[1])
	return py.NewBool(r), err
}

func builtinCallable(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "callable() takes exactly one argument (%d given)", len(args))
	}
	return py.NewBool(object.Callable(args[0])), nil
}

func builtinID(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "id() takes exactly one argument (%d given)", len(args))
	}
	return py.Int(object.ID(args[0])), nil
}

func attrName(fn string, o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", pyerr.Newf(py.TypeError, "attribute name must be string, not '%s'", pyobj.TypeOf(o).Name)
	}
	return string(s), nil
}

func builtinGetattr(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 2 || len(args) > 3 {
		return nil, pyerr.Newf(py.TypeError, "getattr expected at least 2 arguments, got %d", len(args))
	}
	name, err := attrName("getattr", args[1])
	if err != nil {
		return nil, err
	}
	v, err := object.GetAttr(args[0], name)
	if err != nil && len(args) == 3 && pyerr.Matches(err, py.AttributeError) {
		return args[2], nil
	}
	if err != nil {
		return nil, attributeError(args[0], name, err)
	}
	return v, nil
}

func builtinHasattr(self py.Object, args py.Tuple) (py.Object, error) {
	if err := twoArgs("hasattr", args); err != nil {
		return nil, err
	}
	name, err := attrName("hasattr", args[1])
	if err != nil {
		return nil, err
	}
	_, err = object.GetAttr(args[0], name)
	if err != nil {
		if pyerr.Matches(err, py.AttributeError) {
			return py.False, nil
		}
		return nil, pyerr.Info(err)
	}
	return py.True, nil
}

func builtinHash(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "hash() takes exactly one argument (%d given)", len(args))
	}
	r, err := object.Hash(args[0])
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return r, nil
}

func builtinSetattr(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, pyerr.Newf(py.TypeError, "setattr expected 3 arguments, got %d", len(args))
	}
	name, err := attrName("setattr", args[1])
	if err != nil {
		return nil, err
	}
	if err := object.SetAttr(args[0], name, args[2]); err != nil {
		return nil, pyerr.Info(err)
	}
	return py.None, nil
}

// attributeError gives gpython's "'T' has no attribute 'x'" CPython's
// wording, "'T' object has no attribute 'x'"; other errors pass through.
func attributeError(o py.Object, name string, err error) error {
	if pyerr.Matches(err, py.AttributeError) {
		if args, ok := pyerr.Exception(err).Args.(py.Tuple); ok && len(args) == 1 {
			t := pyobj.TypeOf(o).Name
			if args[0] == py.String("'"+t+"' has no attribute '"+name+"'") {
				return pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", t, name)
			}
		}
	}
	return pyerr.Info(err)
}
