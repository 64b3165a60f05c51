# Causes and contexts inside groups, and a group as a cause.


def with_cause():
    try:
        raise ZeroDivisionError("division")
    except ZeroDivisionError as e:
        raise ValueError("converted") from e


def with_context():
    try:
        raise KeyError("missing")
    except KeyError:
        raise RuntimeError("while handling")


errors = []
for f in (with_cause, with_context):
    try:
        f()
    except Exception as e:
        errors.append(e)
try:
    raise ExceptionGroup("chained inside", errors)
except ExceptionGroup as eg:
    raise SystemError("outer") from eg
