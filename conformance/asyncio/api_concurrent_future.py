# The concurrent.futures.Future states and errors, without executors.
import concurrent.futures as cf

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(5)
print(f.done(), f.result(), f.exception())
try:
    f.set_result(6)
except cf.InvalidStateError as exc:
    print("InvalidStateError", exc.args[0].split(":")[0])

f = cf.Future()
seen = []
f.add_done_callback(lambda x: seen.append("first"))
f.add_done_callback(lambda x: seen.append("second"))
print(f.cancel(), f.cancelled(), seen)
print(f.set_running_or_notify_cancel())
try:
    f.result()
except cf.CancelledError as exc:
    print("CancelledError", type(exc).__mro__[1].__name__)

f = cf.Future()
f.set_exception(ValueError("v"))
try:
    f.result()
except ValueError as exc:
    print("ValueError:", exc)
f.add_done_callback(lambda x: print("late callback", x.done()))

print(cf.TimeoutError is TimeoutError)
print(issubclass(cf.CancelledError, Exception), issubclass(cf.InvalidStateError, Exception))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(repr(cf.Future()).split(" ")[-1])
