# String format specs: width, alignment, fill and truncation.
s = "gopher"
print(f"[{s:10}]")
print(f"[{s:>10}]")
print(f"[{s:^10}]")
print(f"[{s:-^11}]")
print(f"[{s:.3}]")
print(f"[{s:>8.2}]")
