package syntax

import "github.com/go-python/gpython/ast"

// MatMult is the `@` operator (Python 3.5+) in BinOp and AugAssign nodes.
// gpython's ast predates it, so it takes the first operator number after
// gpython's last one.
const MatMult = ast.FloorDiv + 1
