package syntax_test

import (
	"fmt"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/syntax"
)

func ExampleParse() {
	src := "async def greet(name):\n    await ready()\n    return f'hello {name!r:>10}'\n"
	f, err := syntax.Parse(src, "greet.py", py.ExecMode)
	if err != nil {
		fmt.Println(err)
		return
	}
	fn := f.Mod.(*ast.Module).Body[0].(*ast.FunctionDef)
	await := fn.Body[0].(*ast.ExprStmt).Value.(*ast.YieldFrom)
	joined := fn.Body[1].(*ast.Return).Value.(*ast.Call)
	field := joined.Args[1].(*ast.Call)
	fmt.Println("async def:", f.Extra.Async[fn])
	fmt.Println("await:", f.Extra.Await[await], ast.Dump(await.Value))
	fmt.Println("f-string:", f.Extra.JoinedStr[joined], ast.Dump(joined.Args[0]))
	fmt.Printf("field: %s !%c %s\n", ast.Dump(field.Args[0]), f.Extra.FormattedValue[field].Conversion, ast.Dump(field.Args[1]))
	// Output:
	// async def: true
	// await: true Call(func=Name(id='ready', ctx=Load()), args=[], keywords=[], starargs=None, kwargs=None)
	// f-string: true Str(s='hello ')
	// field: Name(id='name', ctx=Load()) !r Str(s='>10')
}

func ExampleParse_error() {
	_, err := syntax.Parse("def f():\n    await x\n", "f.py", py.ExecMode)
	exc := err.(*py.Exception)
	fmt.Println(exc.Type().Name+":", exc.Args.(py.Tuple)[0], exc.Dict["lineno"], exc.Dict["offset"])
	// Output:
	// SyntaxError: 'await' outside async function 2 5
}
