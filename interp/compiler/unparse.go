package compiler

import (
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// unparse writes an annotation back as source text, as CPython stores it
// under `from __future__ import annotations`. It covers what annotations
// are made of (names, attributes, subscripts, literals, calls, unary and
// some binary operators, lists and tuples); anything else is written as "...".
func unparse(e ast.Expr) string {
	var b strings.Builder
	writeExpr(&b, e)
	return b.String()
}

func writeExpr(b *strings.Builder, e ast.Expr) {
	switch e := e.(type) {
	case *ast.Name:
		b.WriteString(string(e.Id))
	case *ast.Attribute:
		writeExpr(b, e.Value)
		b.WriteString("." + string(e.Attr))
	case *ast.Subscript:
		writeExpr(b, e.Value)
		b.WriteString("[")
		writeSlice(b, e.Slice)
		b.WriteString("]")
	case *ast.Str:
		b.WriteString(quote(string(e.S)))
	case *ast.Num:
		if r, err := py.Repr(e.N); err == nil {
			b.WriteString(string(r.(py.String)))
		}
	case *ast.NameConstant:
		switch e.Value {
		case py.None:
			b.WriteString("None")
		case py.True:
			b.WriteString("True")
		default:
			b.WriteString("False")
		}
	case *ast.Ellipsis:
		b.WriteString("...")
	case *ast.UnaryOp:
		b.WriteString(unaryOpText[e.Op])
		writeExpr(b, e.Operand)
	case *ast.BinOp:
		writeExpr(b, e.Left)
		b.WriteString(" " + binOpText[e.Op] + " ")
		writeExpr(b, e.Right)
	case *ast.List:
		b.WriteString("[")
		writeList(b, e.Elts)
		b.WriteString("]")
	case *ast.Tuple:
		b.WriteString("(")
		writeList(b, e.Elts)
		if len(e.Elts) == 1 {
			b.WriteString(",")
		}
		b.WriteString(")")
	case *ast.Call:
		writeExpr(b, e.Func)
		b.WriteString("(")
		writeList(b, e.Args)
		for i, k := range e.Keywords {
			if i > 0 || len(e.Args) > 0 {
				b.WriteString(", ")
			}
			b.WriteString(string(k.Arg) + "=")
			writeExpr(b, k.Value)
		}
		b.WriteString(")")
	default:
		b.WriteString("...")
	}
}

var binOpText = map[ast.OperatorNumber]string{
	ast.BitOr: "|", ast.BitAnd: "&", ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/",
}

var unaryOpText = map[ast.UnaryOpNumber]string{ast.USub: "-", ast.UAdd: "+", ast.Invert: "~", ast.Not: "not "}

func writeList(b *strings.Builder, es []ast.Expr) {
	for i, x := range es {
		if i > 0 {
			b.WriteString(", ")
		}
		writeExpr(b, x)
	}
}

func writeSlice(b *strings.Builder, s ast.Slicer) {
	switch s := s.(type) {
	case *ast.Index:
		if t, ok := s.Value.(*ast.Tuple); ok && len(t.Elts) > 0 {
			writeList(b, t.Elts)
			return
		}
		writeExpr(b, s.Value)
	default:
		b.WriteString("...")
	}
}

// quote is Python's repr of a str of printable characters.
func quote(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	s = strings.ReplaceAll(s, `\`, `\\`)
	if q == "'" {
		s = strings.ReplaceAll(s, "'", `\'`)
	}
	return q + s + q
}
