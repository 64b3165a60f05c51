# close() raises GeneratorExit at the yield, so finally blocks run.
def g():
    try:
        print("start")
        yield 1
        print("not reached")
    finally:
        print("finally ran")


gen = g()
print(next(gen))
print(gen.close())
print("after close")

unstarted = g()
unstarted.close()
print("closing an unstarted generator runs nothing")

finished = g()
print(list(finished))
finished.close()
print("closing a finished generator is fine")
