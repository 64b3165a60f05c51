package vm

import (
	"runtime"

	"github.com/go-python/gpython/py"
	op "github.com/go-python/gpython/vm"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/compiler"
	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/interp/pylib"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// why says why the evaluation loop left straight-line execution, as in
// CPython 3.4's ceval. The values are pushed on the stack (as Ints) by the
// finally machinery, so they must stay stable within a frame's life.
type why int

const (
	whyNot why = iota
	whyException
	whyReraise // an exception already recorded in this frame's traceback
	whyReturn
	whyBreak
	whyContinue
	whyYield
	whySilenced
)

// run executes f from f.pc until it returns, yields or raises. pending is
// an exception to raise at the current instruction first; throw says it
// came from outside (gen.throw), so it is chained only to the exception
// the body handles, not to one its caller handles.
func (f *Frame) run(pending error, throw bool) (py.Object, bool, error) {
	for panics := 0; ; panics++ {
		res, yielded, err, panicked := f.loop(pending, throw)
		if !panicked {
			return res, yielded, err
		}
		if panics == maxPanics {
			// The frame is too broken to unwind (malformed bytecode).
			f.Blockstack = f.Blockstack[:0]
			f.sp = 0
			f.escaped = true
			return nil, false, pyerr.Info(err)
		}
		// A Go panic in a builtin becomes a SystemError raised at the
		// instruction that called it; the frame may still handle it.
		pending, throw = err, false
	}
}

// maxPanics bounds how many Go panics one run of a frame recovers from.
const maxPanics = 100

func panicError(r any) error {
	if e, ok := r.(runtime.Error); ok {
		return pyerr.Newf(py.SystemError, "%s", e.Error())
	}
	if e, ok := r.(error); ok {
		return pyerr.Newf(py.SystemError, "%s", e.Error())
	}
	return pyerr.Newf(py.SystemError, "%v", r)
}

// loop is the instruction loop. It reports panicked when a Go panic was
// recovered; err is then the SystemError to raise in f.
func (f *Frame) loop(pending error, throw bool) (result py.Object, yielded bool, err error, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			f.t.resync(f)
			result, yielded, err, panicked = nil, false, panicError(r), true
		}
	}()
	code := f.Code.Code
	names := f.Code.Names
	consts := f.Code.Consts
	locals := f.Localsplus
	pc := f.pc
	ext := 0
	status := whyNot
	if pending != nil {
		err = pending
		if throw {
			// Like CPython, chain to the exception the body itself is
			// handling, not to its caller's.
			if own, ok := f.exc.Value.(*py.Exception); ok {
				chainTo(pyerr.Exception(err), own)
			}
			f.raise(err, false, false)
			err = nil
			status = whyException
		}
	}
	for {
		if err == nil && status == whyNot {
			start := pc
			opc := code[pc]
			arg := 0
			if opc >= byte(op.HAVE_ARGUMENT) {
				arg = int(code[pc+1]) | int(code[pc+2])<<8 | ext
				ext = 0
				pc += 3
			} else {
				pc++
			}
			f.Lasti = int32(start)
			switch op.OpCode(opc) {
			case op.LOAD_FAST:
				v := locals[arg]
				if v == nil {
					err = unboundLocal(f.Code.Varnames[arg])
					break
				}
				f.Stack[f.sp] = v
				f.sp++
				continue
			case op.STORE_FAST:
				f.sp--
				locals[arg] = f.Stack[f.sp]
				continue
			case op.LOAD_CONST:
				f.Stack[f.sp] = consts[arg]
				f.sp++
				continue
			case op.POP_TOP:
				f.sp--
				continue
			case op.ROT_TWO:
				s := f.Stack[f.sp-2 : f.sp]
				s[0], s[1] = s[1], s[0]
				continue
			case op.ROT_THREE:
				s := f.Stack[f.sp-3 : f.sp]
				s[0], s[1], s[2] = s[2], s[0], s[1]
				continue
			case op.DUP_TOP:
				f.push(f.top())
				continue
			case op.DUP_TOP_TWO:
				a, b := f.Stack[f.sp-2], f.Stack[f.sp-1]
				f.push(a)
				f.push(b)
				continue
			case op.NOP:
				continue
			case op.EXTENDED_ARG:
				ext = arg << 16
				continue

			case op.UNARY_POSITIVE:
				err = f.unary(pylib.Pos)
			case op.UNARY_NEGATIVE:
				err = f.unary(pylib.Neg)
			case op.UNARY_INVERT:
				err = f.unary(pylib.Invert)
			case op.UNARY_NOT:
				err = f.unary(logicalNot)

			case op.BINARY_ADD, op.INPLACE_ADD:
				if a, ok := f.Stack[f.sp-2].(py.Int); ok {
					if b, ok := f.Stack[f.sp-1].(py.Int); ok {
						if c := a + b; (c^a)&(c^b) >= 0 {
							f.sp--
							f.Stack[f.sp-1] = boxInt(c)
							continue
						}
					}
				}
				if op.OpCode(opc) == op.BINARY_ADD {
					err = f.binary(pylib.Add)
				} else if l, ok := f.Stack[f.sp-2].(*py.List); ok {
					err = f.extendList(l)
				} else {
					err = f.binary(pylib.IAdd)
				}
			case op.BINARY_SUBTRACT, op.INPLACE_SUBTRACT:
				if a, ok := f.Stack[f.sp-2].(py.Int); ok {
					if b, ok := f.Stack[f.sp-1].(py.Int); ok {
						if c := a - b; (a^b)&(c^a) >= 0 {
							f.sp--
							f.Stack[f.sp-1] = boxInt(c)
							continue
						}
					}
				}
				if op.OpCode(opc) == op.BINARY_SUBTRACT {
					err = f.binary(pylib.Sub)
				} else {
					err = f.binary(py.ISub)
				}
			case op.BINARY_MULTIPLY:
				err = f.binary(pylib.Mul)
			case op.BINARY_TRUE_DIVIDE:
				err = f.binary(object.TrueDiv)
			case op.BINARY_FLOOR_DIVIDE, op.INPLACE_FLOOR_DIVIDE, op.BINARY_MODULO, op.INPLACE_MODULO:
				err = f.divide(op.OpCode(opc))
			case op.BINARY_POWER:
				err = f.binary(pow2)
			case op.BINARY_LSHIFT:
				err = f.binary(py.Lshift)
			case op.BINARY_RSHIFT:
				err = f.binary(py.Rshift)
			case op.BINARY_AND:
				err = f.binary(py.And)
			case op.BINARY_XOR:
				err = f.binary(py.Xor)
			case op.BINARY_OR:
				err = f.binary(py.Or)
			case op.BINARY_SUBSCR:
				err = f.binary(pylib.GetItem)
			case op.INPLACE_MULTIPLY:
				err = f.binary(pylib.IMul)
			case op.INPLACE_TRUE_DIVIDE:
				err = f.binary(iTrueDiv)
			case op.INPLACE_POWER:
				err = f.binary(ipow2)
			case op.INPLACE_LSHIFT:
				err = f.binary(py.ILshift)
			case op.INPLACE_RSHIFT:
				err = f.binary(py.IRshift)
			case op.INPLACE_AND:
				err = f.binary(py.IAnd)
			case op.INPLACE_XOR:
				err = f.binary(py.IXor)
			case op.INPLACE_OR:
				err = f.binary(py.IOr)
			case compiler.BINARY_MATRIX_MULTIPLY:
				err = f.binary(object.MatMul)
			case compiler.INPLACE_MATRIX_MULTIPLY:
				err = f.binary(object.IMatMul)

			case op.STORE_SUBSCR:
				key, container, v := f.Stack[f.sp-1], f.Stack[f.sp-2], f.Stack[f.sp-3]
				f.sp -= 3
				if err = pylib.SetItem(container, key, v); err != nil {
					err = opError(op.STORE_SUBSCR, container, key, err)
				}
			case op.DELETE_SUBSCR:
				key, container := f.Stack[f.sp-1], f.Stack[f.sp-2]
				f.sp -= 2
				if err = pylib.DelItem(container, key); err != nil {
					err = opError(op.DELETE_SUBSCR, container, key, err)
				}

			case op.COMPARE_OP:
				b := f.pop()
				if x, ok := f.Stack[f.sp-1].(py.Int); ok && arg <= op.PyCmp_GE {
					if y, ok := b.(py.Int); ok {
						f.Stack[f.sp-1] = compareInts(x, y, arg)
						continue
					}
				}
				var r py.Object
				r, err = compare(f.top(), b, arg)
				if err == nil {
					f.Stack[f.sp-1] = r
					continue
				}

			case op.POP_JUMP_IF_FALSE:
				f.sp--
				switch v := f.Stack[f.sp]; v {
				case py.False:
					pc = arg
				case py.True:
				default:
					var t bool
					if t, err = truth(v); err == nil && !t {
						pc = arg
					}
				}
			case op.POP_JUMP_IF_TRUE:
				f.sp--
				switch v := f.Stack[f.sp]; v {
				case py.True:
					pc = arg
				case py.False:
				default:
					var t bool
					if t, err = truth(v); err == nil && t {
						pc = arg
					}
				}
			case op.JUMP_IF_FALSE_OR_POP:
				var t bool
				if t, err = truth(f.top()); err == nil {
					if t {
						f.sp--
					} else {
						pc = arg
					}
				}
			case op.JUMP_IF_TRUE_OR_POP:
				var t bool
				if t, err = truth(f.top()); err == nil {
					if t {
						pc = arg
					} else {
						f.sp--
					}
				}
			case op.JUMP_FORWARD:
				pc += arg
				continue
			case op.JUMP_ABSOLUTE:
				if arg <= start && f.t.interrupted.Load() {
					// A loop's back edge is where CTRL-C is raised.
					f.t.interrupted.Store(false)
					err = pyerr.New(py.KeyboardInterrupt)
					break
				}
				pc = arg
				continue

			case op.GET_ITER:
				var it py.Object
				if it, err = iterproto.Iter(f.top()); err == nil {
					f.Stack[f.sp-1] = it
				}
			case op.FOR_ITER:
				if it, ok := f.top().(*py.RangeIterator); ok {
					// Loops over range are the commonest; its iterator
					// fails only with a bare StopIteration at the end.
					if v, ierr := it.M__next__(); ierr == nil {
						f.push(v)
					} else {
						f.sp--
						pc += arg
					}
					break
				}
				v, done, ierr := iterproto.Next(f.top())
				switch {
				case ierr != nil:
					err = ierr
				case done:
					f.sp--
					pc += arg
				default:
					f.push(v)
				}

			case op.LOAD_GLOBAL:
				name := names[arg]
				if v, ok := f.Globals[name]; ok {
					f.push(v)
				} else if v, ok := f.Builtins[name]; ok {
					f.push(v)
				} else {
					err = pyerr.Newf(py.NameError, "name '%s' is not defined", name)
				}
			case op.STORE_GLOBAL:
				// A grown map means a new name, whose place in the
				// insertion order is recorded; no extra lookup.
				n := len(f.Globals)
				f.Globals[names[arg]] = f.pop()
				if len(f.Globals) != n {
					hashed.AddName(f.Globals, names[arg])
				}
			case op.DELETE_GLOBAL:
				name := names[arg]
				if _, ok := f.Globals[name]; ok {
					hashed.RemoveName(f.Globals, name)
					delete(f.Globals, name)
				} else {
					err = pyerr.Newf(py.NameError, "name '%s' is not defined", name)
				}
			case op.LOAD_NAME:
				err = f.loadName(names[arg])
			case op.STORE_NAME:
				if f.Locals == nil {
					f.Locals = py.NewStringDict()
				}
				n := len(f.Locals)
				f.Locals[names[arg]] = f.pop()
				if len(f.Locals) != n {
					hashed.AddName(f.Locals, names[arg])
				}
			case op.DELETE_NAME:
				name := names[arg]
				if _, ok := f.Locals[name]; ok {
					hashed.RemoveName(f.Locals, name)
					delete(f.Locals, name)
				} else {
					err = pyerr.Newf(py.NameError, "name '%s' is not defined", name)
				}
			case op.DELETE_FAST:
				if locals[arg] == nil {
					err = unboundLocal(f.Code.Varnames[arg])
				} else {
					locals[arg] = nil
				}

			case op.LOAD_CLOSURE:
				f.push(locals[int(f.Code.Nlocals)+arg])
			case op.LOAD_DEREF:
				cell := locals[int(f.Code.Nlocals)+arg].(*py.Cell)
				if v := cell.Get(); v != nil {
					f.push(v)
				} else {
					err = f.unboundDeref(arg)
				}
			case op.LOAD_CLASSDEREF:
				err = f.loadClassDeref(arg)
			case op.STORE_DEREF:
				locals[int(f.Code.Nlocals)+arg].(*py.Cell).Set(f.pop())
			case op.DELETE_DEREF:
				cell := locals[int(f.Code.Nlocals)+arg].(*py.Cell)
				if cell.Get() == nil {
					err = f.unboundDeref(arg)
				} else {
					cell.Delete()
				}

			case op.LOAD_ATTR:
				obj := f.top()
				var v py.Object
				if v, err = object.GetAttr(obj, names[arg]); err == nil {
					f.Stack[f.sp-1] = v
				} else {
					err = attrError(obj, names[arg], err)
				}
			case op.STORE_ATTR:
				obj, v := f.Stack[f.sp-1], f.Stack[f.sp-2]
				f.sp -= 2
				err = object.SetAttr(obj, names[arg], v)
			case op.DELETE_ATTR:
				err = py.DeleteAttrString(f.pop(), names[arg])

			case op.BUILD_TUPLE:
				t := make(py.Tuple, arg)
				f.sp -= arg
				copy(t, f.Stack[f.sp:f.sp+arg])
				f.push(t)
			case op.BUILD_LIST:
				items := make([]py.Object, arg)
				f.sp -= arg
				copy(items, f.Stack[f.sp:f.sp+arg])
				f.push(py.NewListFromItems(items))
			case op.BUILD_SET:
				s := hashed.NewSet()
				for _, v := range f.Stack[f.sp-arg : f.sp] {
					if err = s.Add(v); err != nil {
						break
					}
				}
				f.sp -= arg
				f.push(s)
			case op.BUILD_MAP:
				f.push(hashed.NewDictSized(arg))
			case op.STORE_MAP:
				key, v := f.Stack[f.sp-1], f.Stack[f.sp-2]
				f.sp -= 2
				err = f.top().(*hashed.Dict).SetItem(key, v)
			case op.BUILD_SLICE:
				var step py.Object = py.None
				if arg == 3 {
					step = f.pop()
				}
				stop := f.pop()
				f.Stack[f.sp-1] = py.NewSlice(f.top(), stop, step)
			case op.LIST_APPEND:
				v := f.pop()
				f.Stack[f.sp-arg].(*py.List).Append(v)
			case op.SET_ADD:
				v := f.pop()
				err = f.Stack[f.sp-arg].(*hashed.Set).Add(v)
			case op.MAP_ADD:
				key, v := f.Stack[f.sp-1], f.Stack[f.sp-2]
				f.sp -= 2
				err = f.Stack[f.sp-arg].(*hashed.Dict).SetItem(key, v)
			case op.UNPACK_SEQUENCE:
				err = f.unpack(f.pop(), arg, -1)
			case op.UNPACK_EX:
				err = f.unpack(f.pop(), arg&0xff, arg>>8)

			case op.CALL_FUNCTION:
				var done bool
				if done, err = f.callFast(arg); !done {
					err = f.call(arg, nil, nil)
				}
			case op.CALL_FUNCTION_VAR:
				star := f.pop()
				err = f.call(arg, star, nil)
			case op.CALL_FUNCTION_KW:
				kw := f.pop()
				err = f.call(arg, nil, kw)
			case op.CALL_FUNCTION_VAR_KW:
				kw := f.pop()
				star := f.pop()
				err = f.call(arg, star, kw)
			case op.MAKE_FUNCTION:
				err = f.makeFunction(arg, false)
			case op.MAKE_CLOSURE:
				err = f.makeFunction(arg, true)
			case op.LOAD_BUILD_CLASS:
				f.push(BuildClass)

			case op.IMPORT_NAME:
				err = f.importName(names[arg])
			case op.IMPORT_FROM:
				err = f.importFrom(names[arg])
			case op.IMPORT_STAR:
				err = f.importStar(f.pop())
			case op.PRINT_EXPR:
				err = f.printExpr(f.pop())

			case op.SETUP_LOOP:
				f.pushBlock(py.TryBlockSetupLoop, pc+arg, f.sp)
			case op.SETUP_EXCEPT:
				f.pushBlock(py.TryBlockSetupExcept, pc+arg, f.sp)
			case op.SETUP_FINALLY:
				f.pushBlock(py.TryBlockSetupFinally, pc+arg, f.sp)
			case op.SETUP_WITH:
				err = f.setupWith(pc + arg)
			case op.WITH_CLEANUP:
				err = f.withCleanup()
			case op.POP_BLOCK:
				b := f.Blockstack[len(f.Blockstack)-1]
				f.Blockstack = f.Blockstack[:len(f.Blockstack)-1]
				f.unwindTo(b.Level)
			case op.POP_EXCEPT:
				b := f.Blockstack[len(f.Blockstack)-1]
				if b.Type != py.TryBlockExceptHandler {
					err = pyerr.Newf(py.SystemError, "popped block is not an except handler")
					break
				}
				f.Blockstack = f.Blockstack[:len(f.Blockstack)-1]
				f.unwindExceptHandler(b.Level)
			case op.END_FINALLY:
				status, err = f.endFinally()
			case op.BREAK_LOOP:
				status = whyBreak
			case op.CONTINUE_LOOP:
				f.retval = py.Int(arg)
				status = whyContinue
			case op.RETURN_VALUE:
				f.retval = f.pop()
				status = whyReturn
			case op.RAISE_VARARGS:
				status, err = f.raiseVarargs(arg)

			case op.YIELD_VALUE:
				f.retval = f.pop()
				if f.Code.Flags&coroutine.CoAsyncGenerator != 0 {
					f.retval = coroutine.WrapYield(f.retval)
				}
				f.pc = pc
				status = whyYield
			case op.YIELD_FROM:
				v := f.pop()
				if c, ok := f.top().(*coroutine.Coroutine); ok {
					// Awaiting a native coroutine: its result needs no
					// StopIteration.
					var r py.Object
					var done bool
					if r, done, err = f.awaitFresh(c, v); err == nil {
						if done {
							f.yf = nil
							f.Stack[f.sp-1] = r
						} else {
							f.yf = c
							f.retval = r
							f.pc = start
							status = whyYield
						}
					} else {
						f.yf = nil
					}
					break
				}
				var step awaitproto.Result
				if step, err = awaitproto.Send(f.top(), v); err == nil {
					if step.Done {
						f.yf = nil
						f.Stack[f.sp-1] = step.Value
					} else {
						f.yf = f.top()
						f.retval = step.Value
						f.pc = start
						status = whyYield
					}
				} else {
					f.yf = nil
				}

			case compiler.GET_AWAITABLE:
				err = f.getAwaitable(arg)
			case compiler.GET_YIELD_FROM_ITER:
				err = f.getYieldFromIter()
			case compiler.GET_AITER:
				err = f.getAIter()
			case compiler.GET_ANEXT:
				err = f.getANext()
			case compiler.BEFORE_ASYNC_WITH:
				err = f.beforeAsyncWith()
			case compiler.SETUP_ASYNC_WITH:
				f.setupAsyncWith(pc + arg)
			case compiler.WITH_CLEANUP_START:
				err = f.withCleanupStart()
			case compiler.WITH_CLEANUP_FINISH:
				err = f.withCleanupFinish()
			case compiler.FORMAT_VALUE:
				err = f.formatValue(arg)
			case compiler.BUILD_STRING:
				err = f.buildString(arg)
			case compiler.LIST_EXTEND:
				err = f.listExtend(arg)
			case compiler.SET_UPDATE:
				err = f.setUpdate(arg)
			case compiler.DICT_UPDATE:
				err = f.dictUpdate(arg)
			case compiler.DICT_MERGE:
				err = f.dictMerge(arg)
			case compiler.LIST_TO_TUPLE:
				f.listToTuple()
			case compiler.BUILD_MAP_ITEMS:
				err = f.buildMapItems(arg)
			case compiler.CALL_FUNCTION_EX:
				err = f.callEx(arg)
			case compiler.SETUP_ANNOTATIONS:
				f.setupAnnotations()

			case compiler.GET_LEN:
				err = f.getLen()
			case compiler.MATCH_MAPPING:
				f.matchMapping()
			case compiler.MATCH_SEQUENCE:
				f.matchSequence()
			case compiler.MATCH_KEYS:
				err = f.matchKeys()
			case compiler.COPY_DICT_WITHOUT_KEYS:
				err = f.copyDictWithoutKeys()
			case compiler.MATCH_CLASS:
				err = f.matchClass(arg)
			case compiler.MATCH_COPY:
				err = f.matchCopy(arg)
			case compiler.MATCH_STORE:
				err = f.matchStore(arg)

			case compiler.EXCEPT_STAR_START:
				f.exceptStarStart()
			case compiler.EXCEPT_STAR_MATCH:
				var skip bool
				if skip, err = f.exceptStarMatch(); skip {
					pc = arg
				}
			case compiler.EXCEPT_STAR_ENTER:
				f.exceptStarEnter()
			case compiler.EXCEPT_STAR_LEAVE:
				f.exceptStarLeave()
			case compiler.EXCEPT_STAR_COLLECT:
				err = f.exceptStarCollect()
			case compiler.EXCEPT_STAR_RERAISE:
				var raising bool
				if raising, err = f.exceptStarReraise(); raising {
					status = whyReraise
				}

			default:
				err = pyerr.Newf(py.SystemError, "unknown opcode %d", opc)
			}
			if err == nil && status == whyNot {
				continue
			}
		}

		if status == whyYield {
			return f.retval, true, nil, false
		}
		if err != nil {
			f.raiseError(err)
			err = nil
			status = whyException
		} else if status == whyReraise {
			status = whyException
		}
		status, pc = f.unwind(status, pc)
		if status == whyNot {
			continue
		}
		f.yf = nil
		f.unwindTo(0)
		if status == whyReturn {
			r := f.retval
			f.retval = nil
			return r, false, nil, false
		}
		exc := f.curexc
		f.curexc = py.ExceptionInfo{}
		return nil, false, exc, false
	}
}

// unwind pops blocks for a non-local exit (CPython's fast_block_end). It
// returns whyNot and the handler address when a block takes over.
func (f *Frame) unwind(status why, pc int) (why, int) {
	for status != whyNot && len(f.Blockstack) > 0 {
		b := &f.Blockstack[len(f.Blockstack)-1]
		if b.Type == py.TryBlockSetupLoop && status == whyContinue {
			// A continue inside a finally clause leaves that clause's
			// saved state on the value stack. The loop's head expects its
			// own level, plus the iterator when the head is FOR_ITER.
			target := int(f.retval.(py.Int))
			level := b.Level
			if target < len(f.Code.Code) && loopKeepsIterator(f.Code.Code, target) {
				level++
			}
			f.unwindTo(level)
			return whyNot, target
		}
		blk := *b
		f.Blockstack = f.Blockstack[:len(f.Blockstack)-1]
		if blk.Type == py.TryBlockExceptHandler {
			f.unwindExceptHandler(blk.Level)
			continue
		}
		f.unwindTo(blk.Level)
		if blk.Type == py.TryBlockSetupLoop && status == whyBreak {
			return whyNot, int(blk.Handler)
		}
		if status == whyException && (blk.Type == py.TryBlockSetupExcept || blk.Type == py.TryBlockSetupFinally) {
			f.pushBlock(py.TryBlockExceptHandler, -1, f.sp)
			f.pushExcTriple(f.exc)
			exc := f.curexc
			f.curexc = py.ExceptionInfo{}
			f.setExc(exc.Value, tbObject(exc.Traceback))
			f.pushExcTriple(exc)
			return whyNot, int(blk.Handler)
		}
		if blk.Type == py.TryBlockSetupFinally {
			if status == whyReturn || status == whyContinue {
				f.push(f.retval)
			}
			f.push(py.Int(status))
			return whyNot, int(blk.Handler)
		}
	}
	return status, pc
}

func tbObject(tb *py.Traceback) py.Object {
	if tb == nil {
		return py.None
	}
	return tb
}

// pushExcTriple pushes traceback, value and type (None for no exception).
func (f *Frame) pushExcTriple(e py.ExceptionInfo) {
	if e.Value == nil {
		f.push(py.None)
		f.push(py.None)
		f.push(py.None)
		return
	}
	f.push(tbObject(e.Traceback))
	f.push(e.Value)
	f.push(e.Type)
}

func (f *Frame) unwindTo(level int) {
	for f.sp > level {
		f.sp--
		f.Stack[f.sp] = nil
	}
}

// unwindExceptHandler drops an except handler's values and restores the
// exception that was being handled before it.
func (f *Frame) unwindExceptHandler(level int) {
	f.unwindTo(level + 3)
	f.sp--
	f.sp--
	v := f.Stack[f.sp]
	f.sp--
	tb := f.Stack[f.sp]
	f.Stack[f.sp], f.Stack[f.sp+1], f.Stack[f.sp+2] = nil, nil, nil
	f.setExc(v, tb)
}

// endFinally implements END_FINALLY.
func (f *Frame) endFinally() (why, error) {
	status := f.pop()
	switch s := status.(type) {
	case py.Int:
		w := why(s)
		switch w {
		case whyReturn, whyContinue:
			f.retval = f.pop()
		case whySilenced:
			// The with statement swallowed the exception: drop the except
			// handler that catching it created.
			b := f.Blockstack[len(f.Blockstack)-1]
			f.Blockstack = f.Blockstack[:len(f.Blockstack)-1]
			f.unwindExceptHandler(b.Level)
			return whyNot, nil
		}
		return w, nil
	case *py.Type:
		v := f.pop()
		tb := f.pop()
		e, ok := v.(*py.Exception)
		if !ok {
			return whyNot, pyerr.Newf(py.SystemError, "'finally' pops bad exception")
		}
		t, _ := tb.(*py.Traceback)
		e.Traceback = tbObject(t)
		f.curexc = py.ExceptionInfo{Type: e.Base, Value: e, Traceback: t}
		return whyReraise, nil
	default:
		if status != py.None {
			return whyNot, pyerr.Newf(py.SystemError, "'finally' pops bad exception")
		}
	}
	return whyNot, nil
}

func unboundLocal(name string) error {
	return pyerr.Newf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
}

func (f *Frame) unboundDeref(i int) error {
	co := f.Code
	if i < len(co.Cellvars) {
		return unboundLocal(co.Cellvars[i])
	}
	return pyerr.Newf(py.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", co.Freevars[i-len(co.Cellvars)])
}

func (f *Frame) derefName(i int) string {
	co := f.Code
	if i < len(co.Cellvars) {
		return co.Cellvars[i]
	}
	return co.Freevars[i-len(co.Cellvars)]
}

func (f *Frame) loadName(name string) error {
	if v, ok := f.Locals[name]; ok {
		f.push(v)
		return nil
	}
	if v, ok := f.Globals[name]; ok {
		f.push(v)
		return nil
	}
	if v, ok := f.Builtins[name]; ok {
		f.push(v)
		return nil
	}
	return pyerr.Newf(py.NameError, "name '%s' is not defined", name)
}

func (f *Frame) loadClassDeref(i int) error {
	if v, ok := f.Locals[f.derefName(i)]; ok {
		f.push(v)
		return nil
	}
	if v := f.Localsplus[int(f.Code.Nlocals)+i].(*py.Cell).Get(); v != nil {
		f.push(v)
		return nil
	}
	return f.unboundDeref(i)
}

const cannotCatch = "catching classes that do not inherit from BaseException is not allowed"

func isExceptionClass(o py.Object) bool {
	t, ok := o.(*py.Type)
	return ok && (t == py.BaseException || t.IsSubtype(py.BaseException))
}

// excMatches reports whether the exception class or instance e matches the
// class or tuple of classes c.
func excMatches(e, c py.Object) bool {
	if t, ok := c.(py.Tuple); ok {
		for _, x := range t {
			if excMatches(e, x) {
				return true
			}
		}
		return false
	}
	if x, ok := e.(*py.Exception); ok {
		e = x.Base
	}
	et, ok1 := e.(*py.Type)
	ct, ok2 := c.(*py.Type)
	if !ok1 || !ok2 {
		return pyobj.Is(e, c)
	}
	return et == ct || et.IsSubtype(ct)
}

// raiseVarargs implements RAISE_VARARGS.
func (f *Frame) raiseVarargs(argc int) (why, error) {
	var exc, cause py.Object
	switch argc {
	case 2:
		cause = f.pop()
		exc = f.pop()
	case 1:
		exc = f.pop()
	case 0:
		h := f.handled()
		if h == nil {
			return whyNot, pyerr.Newf(py.RuntimeError, "No active exception to reraise")
		}
		t, _ := h.Traceback.(*py.Traceback)
		f.curexc = py.ExceptionInfo{Type: h.Base, Value: h, Traceback: t}
		return whyReraise, nil
	default:
		return whyNot, pyerr.Newf(py.SystemError, "bad RAISE_VARARGS oparg")
	}
	e, err := makeException(exc, "exceptions must derive from BaseException")
	if err != nil {
		return whyNot, err
	}
	if argc == 2 {
		var c py.Object = py.None
		if cause != py.None {
			ce, err := makeException(cause, "exception causes must derive from BaseException")
			if err != nil {
				return whyNot, err
			}
			c = ce
		}
		e.Cause = c
		e.SuppressContext = true
	}
	f.chain(e)
	f.raise(e, false, false)
	return whyReraise, nil
}

// makeException turns the operand of raise into an exception instance,
// calling it when it is a class.
func makeException(o py.Object, msg string) (*py.Exception, error) {
	switch x := o.(type) {
	case *py.Exception:
		return x, nil
	case *py.Type:
		if !isExceptionClass(x) {
			break
		}
		v, err := py.Call(x, nil, nil)
		if err != nil {
			return nil, err
		}
		e, ok := v.(*py.Exception)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "calling %s should have returned an instance of BaseException, not %s", x.Name, v.Type().Name)
		}
		return e, nil
	}
	return nil, pyerr.Newf(py.TypeError, "%s", msg)
}

// unpack implements UNPACK_SEQUENCE (after < 0) and UNPACK_EX.
func (f *Frame) unpack(v py.Object, before, after int) error {
	var items []py.Object
	switch x := v.(type) {
	case py.Tuple:
		items = x
	case *py.List:
		items = x.Items
	default:
		it, err := py.Iter(v)
		if err != nil {
			if pyerr.Matches(err, py.TypeError) {
				return pyerr.Newf(py.TypeError, "cannot unpack non-iterable %s object", v.Type().Name)
			}
			return err
		}
		for {
			x, done, err := iterproto.Next(it)
			if err != nil {
				return err
			}
			if done {
				break
			}
			items = append(items, x)
			if after < 0 && len(items) > before {
				return pyerr.Newf(py.ValueError, "too many values to unpack (expected %d)", before)
			}
		}
	}
	if after < 0 {
		if len(items) != before {
			if len(items) > before {
				return pyerr.Newf(py.ValueError, "too many values to unpack (expected %d)", before)
			}
			return pyerr.Newf(py.ValueError, "not enough values to unpack (expected %d, got %d)", before, len(items))
		}
		for i := len(items) - 1; i >= 0; i-- {
			f.push(items[i])
		}
		return nil
	}
	if len(items) < before+after {
		return pyerr.Newf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	for i := len(items) - 1; i >= len(items)-after; i-- {
		f.push(items[i])
	}
	mid := make([]py.Object, len(items)-after-before)
	copy(mid, items[before:len(items)-after])
	f.push(py.NewListFromItems(mid))
	for i := before - 1; i >= 0; i-- {
		f.push(items[i])
	}
	return nil
}

// setupWith implements SETUP_WITH; handler is the cleanup address.
func (f *Frame) setupWith(handler int) error {
	mgr := f.top()
	enter, err := lookupSpecial(mgr, "__enter__", "")
	if err != nil {
		return err
	}
	exit, err := lookupSpecial(mgr, "__exit__", " (missed __exit__ method)")
	if err != nil {
		return err
	}
	f.Stack[f.sp-1] = exit
	res, err := py.Call(enter, nil, nil)
	if err != nil {
		return err
	}
	f.pushBlock(py.TryBlockSetupFinally, handler, f.sp)
	f.push(res)
	return nil
}

// lookupSpecial finds a context manager method, with CPython's TypeError
// (and hint) when it is missing.
func lookupSpecial(mgr py.Object, name, hint string) (py.Object, error) {
	m, err := py.GetAttrString(mgr, name)
	if err != nil && pyerr.Matches(err, py.AttributeError) {
		return nil, pyerr.Newf(py.TypeError, "'%s' object does not support the context manager protocol%s", mgr.Type().Name, hint)
	}
	return m, err
}

// loopKeepsIterator reports whether the loop head at target expects its
// iterator on the stack: a for loop's FOR_ITER, or an async for loop's
// SETUP_EXCEPT around GET_ANEXT.
func loopKeepsIterator(code string, target int) bool {
	if op.OpCode(code[target]) == op.EXTENDED_ARG && target+3 < len(code) {
		target += 3
	}
	switch op.OpCode(code[target]) {
	case op.FOR_ITER:
		return true
	case op.SETUP_EXCEPT:
		return target+3 < len(code) && op.OpCode(code[target+3]) == compiler.GET_ANEXT
	}
	return false
}

// withCleanup implements WITH_CLEANUP with CPython 3.4's stack layout.
// iTrueDiv is a /= b: an instance may define __itruediv__; for every other
// left operand it is a / b with CPython's fallback to b's __rtruediv__.
func iTrueDiv(a, b py.Object) (py.Object, error) {
	if _, ok := a.(*object.Instance); ok {
		return py.ITrueDiv(a, b)
	}
	return object.TrueDiv(a, b)
}

func (f *Frame) withCleanup() error {
	exit, typ, val, tb := f.exitArgs()
	res, err := py.Call(exit, py.Tuple{typ, val, tb}, nil)
	if err != nil {
		return err
	}
	if typ != py.None {
		t, err := truth(res)
		if err != nil {
			return err
		}
		if t {
			f.push(py.Int(whySilenced))
		}
	}
	return nil
}

// withCleanupStart implements WITH_CLEANUP_START: WITH_CLEANUP's call,
// leaving the exception type and the result to await on the stack.
func (f *Frame) withCleanupStart() error {
	exit, typ, val, tb := f.exitArgs()
	res, err := py.Call(exit, py.Tuple{typ, val, tb}, nil)
	if err != nil {
		return err
	}
	f.push(typ)
	f.push(res)
	return nil
}

// exitArgs takes the exit method of a with statement from under what its
// finally block was entered with, and returns it with the arguments to
// call it with.
func (f *Frame) exitArgs() (exit, typ, val, tb py.Object) {
	typ, val, tb = py.None, py.None, py.None
	switch x := f.top().(type) {
	case py.Int:
		if w := why(x); w == whyReturn || w == whyContinue {
			exit = f.Stack[f.sp-3]
			f.Stack[f.sp-3] = f.Stack[f.sp-2]
			f.Stack[f.sp-2] = x
		} else {
			exit = f.Stack[f.sp-2]
			f.Stack[f.sp-2] = x
		}
		f.sp--
	case *py.Type:
		typ, val, tb = x, f.Stack[f.sp-2], f.Stack[f.sp-3]
		s := f.Stack[f.sp-7 : f.sp]
		exit = s[0]
		// Shift the saved exception down over exit; the except handler
		// block's level moves down with it.
		s[0], s[1], s[2] = s[1], s[2], s[3]
		s[3] = nil
		f.Blockstack[len(f.Blockstack)-1].Level--
	default:
		f.sp--
		exit = f.top()
		f.Stack[f.sp-1] = py.None
	}
	return exit, typ, val, tb
}

func (f *Frame) makeFunction(argc int, closure bool) error {
	posdefaults := argc & 0xff
	kwdefaults := (argc >> 8) & 0xff
	nannotations := (argc >> 16) & 0x7fff
	qualname, ok := f.pop().(py.String)
	if !ok {
		return pyerr.Newf(py.SystemError, "MAKE_FUNCTION: qualname is not a str")
	}
	code, ok := f.pop().(*py.Code)
	if !ok {
		return pyerr.Newf(py.SystemError, "MAKE_FUNCTION: not a code object")
	}
	fn := py.NewFunction(f.Context, code, f.Globals, string(qualname))
	if closure {
		cells, ok := f.pop().(py.Tuple)
		if !ok {
			return pyerr.Newf(py.SystemError, "MAKE_CLOSURE: closure is not a tuple")
		}
		fn.Closure = cells
	}
	if nannotations > 0 {
		names, ok := f.pop().(py.Tuple)
		if !ok || len(names)+1 != nannotations {
			return pyerr.Newf(py.SystemError, "MAKE_FUNCTION: bad annotations")
		}
		anns := hashed.NewDictSized(len(names))
		base := f.sp - len(names)
		for i, n := range names {
			anns.SetString(string(n.(py.String)), f.Stack[base+i])
		}
		f.sp = base
		fn.Annotations = py.StringDict{annKey: anns}
	}
	if kwdefaults > 0 {
		defs := py.NewStringDict()
		for ; kwdefaults > 0; kwdefaults-- {
			v := f.pop()
			defs[string(f.pop().(py.String))] = v
		}
		fn.KwDefaults = defs
	}
	if posdefaults > 0 {
		defs := make(py.Tuple, posdefaults)
		f.sp -= posdefaults
		copy(defs, f.Stack[f.sp:f.sp+posdefaults])
		fn.Defaults = defs
	}
	f.push(fn)
	return nil
}

// displayWrite writes s to sys.stdout of ctx.
func displayWrite(ctx py.Context, s string) error {
	sys, err := ctx.GetModule("sys")
	if err != nil {
		return err
	}
	out, ok := sys.Globals["stdout"]
	if !ok {
		return pyerr.Newf(py.RuntimeError, "lost sys.stdout")
	}
	w, err := py.GetAttrString(out, "write")
	if err != nil {
		return err
	}
	_, err = py.Call(w, py.Tuple{py.String(s)}, nil)
	return err
}

// printExpr implements PRINT_EXPR through sys.displayhook when there is
// one, else as CPython's default hook does.
func (f *Frame) printExpr(v py.Object) error {
	if sys, err := f.Context.GetModule("sys"); err == nil {
		if hook, ok := sys.Globals["displayhook"]; ok {
			_, err := py.Call(hook, py.Tuple{v}, nil)
			return err
		}
	}
	if v == py.None {
		return nil
	}
	r, err := py.ReprAsString(v)
	if err != nil {
		return err
	}
	f.Builtins["_"] = py.None
	if err := displayWrite(f.Context, r+"\n"); err != nil {
		return err
	}
	f.Builtins["_"] = v
	return nil
}

func (f *Frame) importName(name string) error {
	fromlist := f.pop()
	level := f.top()
	imp, ok := f.Builtins["__import__"]
	if !ok {
		return pyerr.Newf(py.ImportError, "__import__ not found")
	}
	var locals py.Object = py.None
	if f.Locals != nil {
		locals = f.Locals
	}
	args := py.Tuple{py.String(name), f.Globals, locals, fromlist, level}
	var m py.Object
	var err error
	if meth, ok := imp.(*py.Method); ok && meth.Internal() == py.InternalMethodImport {
		m, err = py.BuiltinImport(f.Context, nil, args, nil, f.Globals)
	} else {
		m, err = py.Call(imp, args, nil)
	}
	if err != nil {
		return err
	}
	f.Stack[f.sp-1] = m
	return nil
}

func (f *Frame) importFrom(name string) error {
	mod := f.top()
	v, err := py.GetAttrString(mod, name)
	if err == nil {
		f.push(v)
		return nil
	}
	if !pyerr.Matches(err, py.AttributeError) {
		return err
	}
	modName, where := "<unknown module name>", "unknown location"
	if m, ok := mod.(*py.Module); ok {
		if n, ok := m.Globals["__name__"].(py.String); ok {
			modName = string(n)
		}
		if p, ok := m.Globals["__file__"].(py.String); ok {
			where = string(p)
		}
	}
	return pyerr.Newf(py.ImportError, "cannot import name '%s' from '%s' (%s)", name, modName, where)
}

// storeLocal sets a name in f.Locals, recording the insertion order of a
// new one.
func (f *Frame) storeLocal(name string, v py.Object) {
	n := len(f.Locals)
	f.Locals[name] = v
	if len(f.Locals) != n {
		hashed.AddName(f.Locals, name)
	}
}

func (f *Frame) importStar(from py.Object) error {
	mod, ok := from.(*py.Module)
	if !ok {
		return pyerr.Newf(py.SystemError, "import * from a non-module")
	}
	f.FastToLocals()
	if all, ok := mod.Globals["__all__"]; ok {
		names, err := iterproto.Collect(all)
		if err != nil {
			return err
		}
		for _, n := range names {
			name, err := py.AttributeName(n)
			if err != nil {
				return err
			}
			v, err := py.GetAttrString(mod, name)
			if err != nil {
				return err
			}
			f.storeLocal(name, v)
		}
	} else {
		for _, name := range hashed.Names(mod.Globals) {
			if len(name) == 0 || name[0] != '_' {
				f.storeLocal(name, mod.Globals[name])
			}
		}
	}
	if f.Code.Flags&py.CO_OPTIMIZED != 0 {
		f.LocalsToFast(false)
	}
	return nil
}
