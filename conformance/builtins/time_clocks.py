# The time module's clocks (values vary; their types and order do not).
import time
a, b = time.monotonic(), time.monotonic()
print(type(a).__name__, a <= b)
p, q = time.perf_counter(), time.perf_counter()
print(type(p).__name__, p <= q)
n, m = time.monotonic_ns(), time.monotonic_ns()
print(type(n).__name__, n <= m)
n, m = time.perf_counter_ns(), time.perf_counter_ns()
print(type(n).__name__, n <= m)
t = time.time_ns()
print(type(t).__name__, t > 1_600_000_000 * 10**9, abs(time.time() - t / 1e9) < 5)
try:
    time.monotonic(1)
except TypeError as e:
    print("TypeError:", e)
