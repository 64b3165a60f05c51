def f(a: int, *b: str, c: 'x' = 1, **d: None) -> bool:
    pass
