import helper
print(helper.twice(helper.VALUE))
