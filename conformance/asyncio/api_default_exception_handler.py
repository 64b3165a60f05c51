# loop.default_exception_handler called from Python with a context dict
# logs the message (and the exception) to stderr; a custom handler can
# delegate to it. The program exits with 1 so that stderr is compared.
import asyncio
import sys

loop = asyncio.new_event_loop()
loop.default_exception_handler({"message": "plain message"})
loop.default_exception_handler({"message": "with exception", "exception": ValueError("v")})
try:
    raise KeyError("k")
except KeyError as exc:
    caught = exc
loop.default_exception_handler({"message": "raised before", "exception": caught})


def handler(lp, context):
    print("handler got", sorted(context))
    lp.default_exception_handler(context)


loop.set_exception_handler(handler)
loop.call_exception_handler({"message": "through the handler"})
print(loop.get_exception_handler() is handler)
loop.close()
sys.stdout.flush()
sys.exit(1)
