"""collections.abc: the container ABCs, defined in _collections_abc."""

from _collections_abc import *
from _collections_abc import __all__

# gpython's import binds the name `collections` in `import collections.abc`
# to this module rather than to the package, so collections.abc.X must
# resolve here too.
abc = __import__('collections.abc')
