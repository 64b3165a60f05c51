# GeneratorExit is a BaseException, so "except Exception" does not swallow close().
def g():
    try:
        yield 1
    except Exception:
        print("wrongly caught")
    finally:
        print("finally")


it = g()
next(it)
it.close()
print("closed cleanly")
