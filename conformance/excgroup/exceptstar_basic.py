# except* clauses each take their part of the group.


def run(eg):
    print("raising", repr(eg))
    try:
        raise eg
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* (TypeError, KeyError) as e:
        print("  TypeError/KeyError part:", repr(e))
    except* OSError:
        print("  OSError part, unnamed")
    else:
        print("  else runs only without exception")
    finally:
        print("  finally")


run(ExceptionGroup("all", [ValueError(1), TypeError(2), KeyError(3), OSError(4)]))
run(ExceptionGroup("values", [ValueError(1), ValueError(2)]))
run(ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError(1), OSError(2)]), KeyError(3)]))
try:
    run(ExceptionGroup("rest", [ValueError(1), ZeroDivisionError(2)]))
except ExceptionGroup as rest:
    print("left over:", repr(rest))

try:
    print("no exception")
except* ValueError:
    print("not reached")
else:
    print("else")
finally:
    print("finally")

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as e:
    pass
print("bound name deleted:", "e" not in globals())


def in_function():
    x = 0
    try:
        raise ExceptionGroup("f", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        x += 1
    except* TypeError as e:
        x += 10
    return x


print(in_function())

for i in range(3):
    try:
        if i == 1:
            raise ExceptionGroup("loop", [KeyError(i)])
    except* KeyError as e:
        print("loop", i, repr(e))
        for j in range(5):
            if j == 1:
                break
        print("inner loop broke at", j)
