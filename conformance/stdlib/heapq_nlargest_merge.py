# heapq.nlargest, nsmallest (with keys and ties) and merge.
import heapq

nums = [5, 1, 8, 3, 9, 2, 8, 7]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, []), heapq.nlargest(0, nums), heapq.nlargest(20, nums))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(4, iter(words), key=len), heapq.nlargest(4, iter(words), key=len))
print(heapq.nsmallest(2, iter([3, 1, 2])), heapq.nlargest(2, iter([3, 1, 2])))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3], [], [2])))
print(list(heapq.merge(['a', 'ccc'], ['bb'], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge()))
tagged = list(heapq.merge([(1, 'x')], [(1, 'y')], [(0, 'z')]))
print(tagged)
