# Arbitrary expressions: conditionals, comprehensions, lambdas in parentheses, calls.
nums = [3, 1, 2]
print(f"{'big' if len(nums) > 2 else 'small'}")
print(f"{[n * n for n in nums]}")
print(f"{sorted(nums)}")
print(f"{(lambda v: v + 1)(41)}")
print(f"{sum(nums) / len(nums)}")
print(f"{nums[1:]!r}")
print(f"{'-' * 5}")
print(f"{not nums}")
