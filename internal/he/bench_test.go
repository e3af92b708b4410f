package he

import (
	"context"
	"testing"
)

func TestRunBenchmarkQuick(t *testing.T) {
	res, err := RunBenchmark(context.Background(), BenchOptions{Quick: true, DataDir: repoFile(t, "")})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, r := range res {
		names[r.Name] = true
		if _, ok := r.Metrics["peak_rss_mb"]; !ok || r.Target == "" || r.Compare == "" {
			t.Fatalf("%s: missing peak_rss_mb, target or compare", r.Name)
		}
		if a, ok := r.Metrics["label_agreement"].(float64); ok && a != 1 {
			t.Fatalf("%s: label agreement %g", r.Name, a)
		}
	}
	for _, n := range []string{"logreg_batch", "logreg_single", "mlp_batch", "threshold_agg"} {
		if !names[n] {
			t.Fatalf("missing entry %s", n)
		}
	}
}
