# except* syntax errors.

sources = [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept TypeError:\n    pass\nexcept* ValueError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        if x:\n            return\n",
    "try:\n    pass\n",
    "try:\n    pass\nexcept* A, B:\n    pass\n",
    "try:\n    pass\nexcept A, B as e:\n    pass\n",
    "try:\n    pass\nexcept* ValueError as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept *ValueError:\n    pass\n",
    "try:\n    pass\nexcept* (A, B) as e:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break\n    while x:\n        continue\n",
    "try:\n    pass\nexcept* ValueError:\n    break\n",
    "try:\n    pass\nexcept* ValueError:\n    continue\n",
    "while 1:\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            break\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        def g():\n            return 1\n        lambda: 2\n",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
    else:
        print("ok")
