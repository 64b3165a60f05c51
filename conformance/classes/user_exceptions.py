# User exception classes are raised and caught by their own class and
# their bases, keep custom attributes, and print with their own __str__.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key, code=404):
        super().__init__("missing " + key)
        self.key = key
        self.code = code

class Pretty(ValueError):
    def __str__(self):
        return "pretty: " + str(self.args[0])

try:
    raise NotFound("k")
except AppError as e:
    print(type(e).__name__, e, e.key, e.code, e.args, repr(e))

try:
    raise AppError
except NotFound:
    print("wrong")
except AppError as e:
    print("base caught", repr(e))

try:
    raise Pretty(7)
except ValueError as e:
    print(str(e), repr(e), isinstance(e, Pretty), isinstance(e, Exception))

try:
    try:
        raise NotFound("inner")
    except NotFound as e:
        raise AppError("outer") from e
except AppError as e:
    print(e, "from", repr(e.__cause__))

print(issubclass(NotFound, Exception), NotFound.__mro__)
raise NotFound("at top")
