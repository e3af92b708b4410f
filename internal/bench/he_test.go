package bench

import (
	"context"
	"testing"
)

func TestRunHEQuick(t *testing.T) {
	res, err := RunHE(context.Background(), Options{Quick: true})
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
		if e, ok := r.Metrics["max_abs_logit_error"].(float64); ok && e > 1e-3 {
			t.Fatalf("%s: max abs logit error %g", r.Name, e)
		}
	}
	for _, n := range []string{"logreg_batch", "logreg_single", "mlp_batch", "threshold_agg"} {
		if !names[n] {
			t.Fatalf("missing entry %s", n)
		}
	}
	only, err := RunHE(context.Background(), Options{Quick: true, Only: []string{"logreg_single"}})
	if err != nil || len(only) != 1 || only[0].Name != "logreg_single" {
		t.Fatalf("Only: %d entries, %v", len(only), err)
	}
}
