# BaseExceptionGroup's constructor checks its arguments as CPython 3.11 does.


def attempt(label, make):
    try:
        r = make()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", repr(r))


attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("keywords", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("keyword exceptions", lambda: ExceptionGroup("m", exceptions=[ValueError()]))
attempt("extra keyword", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("not a sequence", lambda: ExceptionGroup("m", 5))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: BaseExceptionGroup("m", ()))
attempt("non-exception", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("a class", lambda: ExceptionGroup("m", [ValueError]))
attempt("base in EG", lambda: ExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
attempt("base in BEG", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt("tuple", lambda: BaseExceptionGroup("m", (ValueError(1), TypeError(2))))


class MyEG(ExceptionGroup):
    pass


class MyBEG(BaseExceptionGroup):
    pass


attempt("base in subclass", lambda: MyEG("m", [SystemExit()]))
attempt("subclass of BEG", lambda: MyBEG("m", [ValueError()]))
attempt("subclass of BEG with base", lambda: MyBEG("m", [GeneratorExit()]))
