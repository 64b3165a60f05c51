# sorted, list.sort, min and max: keys, stability, reverse, defaults and the
# errors for unorderable items and bad arguments.
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["pear", "fig", "apple", "kiwi"]
words.sort(key=len)
print(words)
print(min(pairs), max(pairs), min(3, 1, 2), max("b", "a", "c"))
print(max([3, 1, 2], key=lambda x: -x), min([], default="empty"))
print(max([1, 3, 3.0], key=lambda x: x), min([[2], [1, 5], [1]]))
for call in [lambda: sorted([1, "a"]), lambda: min([]), lambda: max(),
             lambda: min(1, 2, default=0), lambda: [].sort(1),
             lambda: sorted([], [], []), lambda: max(5),
             lambda: sorted([(1, 2), (1, "x")])]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
