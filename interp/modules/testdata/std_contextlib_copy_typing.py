# contextlib, copy, keyword and typing.
import copy
import keyword
from contextlib import contextmanager, ExitStack
from typing import List, Optional, Union

events = []


@contextmanager
def cm(name):
    events.append('enter ' + name)
    try:
        yield name
    finally:
        events.append('exit ' + name)


with ExitStack() as stack:
    assert stack.enter_context(cm('a')) == 'a'
    stack.enter_context(cm('b'))
assert events == ['enter a', 'enter b', 'exit b', 'exit a'], events

src = {'k': [1, [2]]}
deep = copy.deepcopy(src)
src['k'][1].append(3)
assert deep == {'k': [1, [2]]} and copy.copy(src)['k'] is src['k']
assert keyword.iskeyword('await') and not keyword.iskeyword('print')
assert repr(List[int]) == 'typing.List[int]' and repr(Optional[str]) == 'typing.Optional[str]'
assert repr(Union[int, str, None]) == 'typing.Union[int, str, NoneType]'
print('ok')
