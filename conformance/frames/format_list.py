# format_list, print_list, StackSummary.from_list and repeated-entry folding.
import sys
import traceback

entries = [("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None), ("c.py", 3, "h", "")]
print(traceback.format_list(entries))
traceback.print_list(entries, file=sys.stdout)
stack = traceback.StackSummary.from_list(entries)
print(type(stack).__name__, [fs.name for fs in stack])
same = [("r.py", 7, "rec", "rec()")] * 6 + [("r.py", 9, "end", "stop()")]
print("".join(traceback.format_list(same)), end="")
one_more = [("r.py", 7, "rec", "rec()")] * 4
print("".join(traceback.format_list(one_more)), end="")
