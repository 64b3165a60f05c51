# The stream exceptions of asyncio exist without streams: their bases,
# constructor arguments, attributes and messages are CPython's.
import asyncio
import asyncio.exceptions

e = asyncio.IncompleteReadError(b"abc", 10)
print(type(e).__name__, isinstance(e, EOFError), str(e))
print(e.partial, e.expected, e.args)
e = asyncio.IncompleteReadError(b"", None)
print(str(e), e.expected)
print(type(e).__module__)

e = asyncio.LimitOverrunError("Separator is not found", 7)
print(isinstance(e, Exception), str(e), e.consumed, e.args)
print(asyncio.SendfileNotAvailableError.__mro__[1].__name__)
print(asyncio.exceptions.IncompleteReadError is asyncio.IncompleteReadError)
print(asyncio.exceptions.LimitOverrunError is asyncio.LimitOverrunError)

try:
    raise asyncio.IncompleteReadError(b"xy", 5)
except EOFError as exc:
    print("caught", exc.partial, exc.expected)

try:
    raise asyncio.SendfileNotAvailableError("no sendfile")
except RuntimeError as exc:
    print("caught", type(exc).__name__, exc)
