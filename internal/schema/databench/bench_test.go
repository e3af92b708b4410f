package databench

import (
	"context"
	"testing"
)

func TestRunBenchmarkQuick(t *testing.T) {
	res, err := RunBenchmark(context.Background(), BenchOptions{Quick: true, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 4 {
		t.Fatalf("%d results", len(res))
	}
	for _, r := range res {
		if r.Metrics["peak_rss_mb"] == nil || r.Target == "" {
			t.Errorf("%s: missing peak_rss_mb or target", r.Name)
		}
	}
}
