# except* refuses to catch exception groups and non-exceptions.


def attempt(cls):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* cls:
            print("handled")
    except TypeError as e:
        print("TypeError:", e)
        print("  context:", repr(e.__context__))


attempt(ExceptionGroup)
attempt(BaseExceptionGroup)
attempt((ValueError, ExceptionGroup))
attempt(int)
attempt((ValueError, "x"))
attempt(ValueError)


class MyGroup(ExceptionGroup):
    pass


attempt(MyGroup)
