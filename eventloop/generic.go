package eventloop

import "github.com/gpyasync/gpyasync/interp/pylib"

// Future and Task are generic in CPython: Future[int] is a
// types.GenericAlias (pylib.GenericAlias).
func init() {
	FutureType.Dict["__class_getitem__"] = pylib.ClassGetItem(FutureType)
	TaskType.Dict["__class_getitem__"] = pylib.ClassGetItem(TaskType)
}
