"""Shallow and deep copy operations: copy, deepcopy and Error."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), frozenset)


def _is_function(x):
    return type(x).__name__ in ('function', 'builtin_function_or_method', 'method')


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or _is_function(x) or isinstance(x, type):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls in _atomic or _is_function(x) or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(cls, '__deepcopy__', None)
        if copier is not None:
            y = copier(x, memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        # Keep x alive so its id is not reused while memo is in use.
        memo.setdefault(id(memo), []).append(x)
    return y


def _reconstruct(x, memo):
    cls = type(x)
    state = getattr(x, '__dict__', None)
    if isinstance(x, (list, dict, set, tuple)):
        # Subclasses of the built-in containers: rebuild from the contents.
        if isinstance(x, dict):
            items = x.items() if memo is None else [(deepcopy(k, memo), deepcopy(v, memo)) for k, v in x.items()]
            y = cls.__new__(cls)
            dict.update(y, items)
        elif isinstance(x, tuple):
            args = tuple(x) if memo is None else tuple(deepcopy(a, memo) for a in x)
            y = tuple.__new__(cls, args)
        else:
            y = cls.__new__(cls)
            contents = list(x) if memo is None else [deepcopy(a, memo) for a in x]
            if isinstance(x, list):
                list.extend(y, contents)
            else:
                set.update(y, contents)
    else:
        y = object.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    return y
