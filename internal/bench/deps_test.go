package bench

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEnginesDoNotImportBench keeps the suites out of the engines: of the internal packages only the
// CLI may import this package.
func TestEnginesDoNotImportBench(t *testing.T) {
	const self = "github.com/cohort-net/cohort/internal/bench"
	allowed := map[string]bool{
		"cli": true,
		// Suites still to move here; remove each entry as its suite lands.
		"chain": true, "he": true, "node": true, "zk": true,
	}
	fset := token.NewFileSet()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, _ := filepath.Rel("..", path)
		top := strings.Split(filepath.ToSlash(rel), "/")[0]
		if top == "bench" || allowed[top] {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == self {
				t.Errorf("%s imports %s: engines expose what a suite needs through their own APIs", rel, self)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
