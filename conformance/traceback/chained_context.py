# Uncaught exception raised while handling another: both tracebacks are printed.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise LookupError("no number in %r" % s)


print(parse("12"))
print(parse("twelve"))
