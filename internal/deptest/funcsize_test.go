package deptest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// maxFuncLines bounds a production function, closures included, from its func line to its closing
// brace.
const maxFuncLines = 120

// longFuncsPending are functions over the limit waiting to be split, as "dir/file.go Func" (methods
// as "dir/file.go (*T).Method"). An entry that no longer exceeds the limit fails the test: delete it.
var longFuncsPending = map[string]bool{}

// TestFunctionSize keeps production functions (not tests, not generated code such as the abigen
// bindings in internal/chain/bindings) at most maxFuncLines long.
func TestFunctionSize(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	seen := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if n := d.Name(); path != root && (n == "testdata" || n == "node_modules" || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") || rel == "internal/chain/bindings") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		if ast.IsGenerated(f) {
			return nil
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			start, end := fset.Position(fd.Pos()).Line, fset.Position(fd.End()).Line
			n := end - start + 1
			if n <= maxFuncLines {
				continue
			}
			key := rel + " " + funcName(fd)
			seen[key] = true
			if longFuncsPending[key] {
				t.Logf("pending: %s:%d %s is %d lines", rel, start, funcName(fd), n)
				continue
			}
			t.Errorf("%s:%d: %s is %d lines, over %d: split it", rel, start, funcName(fd), n, maxFuncLines)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for key := range longFuncsPending {
		if !seen[key] {
			t.Errorf("pending long function %q is no longer over %d lines: delete it from longFuncsPending", key, maxFuncLines)
		}
	}
}

func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	recv := fd.Recv.List[0].Type
	star := ""
	if s, ok := recv.(*ast.StarExpr); ok {
		star, recv = "*", s.X
	}
	switch r := recv.(type) {
	case *ast.IndexExpr:
		recv = r.X
	case *ast.IndexListExpr:
		recv = r.X
	}
	name := "?"
	if id, ok := recv.(*ast.Ident); ok {
		name = id.Name
	}
	return "(" + star + name + ")." + fd.Name.Name
}
