# keyword: the keyword lists of CPython 3.11.
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword('async'), keyword.iskeyword('print'), keyword.issoftkeyword('match'))
