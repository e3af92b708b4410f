package bench

import (
	"context"
	"testing"
)

func TestRunZKQuick(t *testing.T) {
	if testing.Short() {
		t.Skip("about a minute on 2 shared cores: run without -short")
	}
	res, err := RunZK(context.Background(), ZKOptions{Options: Options{Quick: true}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"logreg_breast_cancer", "mlp_784_128_10", "mlp_784_128_10_nocommit", "mlp_784_128_10_private", "lstm_2x50_5steps"}
	if len(res) != len(want) {
		t.Fatalf("%d results", len(res))
	}
	for i, r := range res {
		if r.Name != want[i] {
			t.Errorf("result %d is %s", i, r.Name)
		}
		for _, k := range []string{"constraints", "prove_ms", "verify_ms", "proof_bytes", "peak_rss_mb"} {
			if _, ok := r.Metrics[k]; !ok {
				t.Errorf("%s lacks %s", r.Name, k)
			}
		}
		t.Logf("%s %v", r.Name, r.Metrics)
	}
}
