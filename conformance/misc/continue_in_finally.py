out = []
for i in range(4):
    try:
        if i == 1:
            raise ValueError(i)
        out.append(i)
    finally:
        if i < 3:
            continue
        out.append("last")
print(out)
def g():
    for i in range(3):
        try:
            yield i
        finally:
            continue
print(list(g()))
for i in range(2):
    try:
        try:
            1 / 0
        finally:
            continue
    except ZeroDivisionError:
        print("never")
print("done")
import sys
print(sys.exc_info())
n = 0
seen = []
while n < 5:
    n += 1
    try:
        if n % 2:
            raise KeyError(n)
    finally:
        seen.append(n)
        continue
print(seen)
def h():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"
print(h())
