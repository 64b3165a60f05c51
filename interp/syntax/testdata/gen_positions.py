# Regenerates positions.json: where CPython 3.11 places every Name node and
# every statement and except clause of the corpus files, to check our positions against.
# Run: python3 gen_positions.py > positions.json
import ast, json, glob

out = {}
for fn in sorted(glob.glob("corpus/*.py")):
    tree = ast.parse(open(fn).read())
    names, stmts = [], []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.append("%s %d:%d" % (node.id, node.lineno, node.col_offset))
        elif isinstance(node, ast.stmt):
            stmts.append("%d:%d" % (node.lineno, node.col_offset))
        elif isinstance(node, ast.excepthandler):
            stmts.append("except %d:%d" % (node.lineno, node.col_offset))
    out[fn] = {"names": sorted(names), "stmts": sorted(stmts)}
print(json.dumps(out, indent=1))
