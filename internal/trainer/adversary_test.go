package trainer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNodeNeverSetsAdversary: hostile trainers exist for benchmarks and tests only. internal/node, the
// one place that builds trainers from configuration, must never name Config.Adversary, so no node
// config, flag or environment variable can turn a trainer hostile.
func TestNodeNeverSetsAdversary(t *testing.T) {
	files, err := filepath.Glob("../node/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no node sources: %v", err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "Adversary") {
			t.Errorf("%s names Adversary: a node config could make a trainer hostile", f)
		}
	}
}
