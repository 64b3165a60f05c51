package pylib

import "github.com/gpyasync/gpyasync/interp/object"

// Instances of subclasses of builtin types (package object) apply this
// package's fixed operators to the builtin values they carry.
func init() {
	object.BaseOps.GetItem = GetItem
	object.BaseOps.SetItem = SetItem
	object.BaseOps.DelItem = DelItem
	object.BaseOps.Add = Add
	object.BaseOps.Mul = Mul
}
