package bench

import (
	"context"
	"strings"
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
	want := []string{"logreg_breast_cancer", "throughput_logreg_c1", "throughput_logreg_c4", "throughput_logreg_c16",
		"mlp_784_128_10", "throughput_mlp_c1", "throughput_mlp_c4", "throughput_mlp_c16",
		"mlp_784_128_10_lookup", "mlp_784_128_10_private", "lstm_2x50_5steps", "lstm_co2_accuracy"}
	if len(res) != len(want) {
		t.Fatalf("%d results", len(res))
	}
	for i, r := range res {
		if r.Name != want[i] {
			t.Errorf("result %d is %s", i, r.Name)
		}
		keys := []string{"constraints", "prove_ms", "verify_ms", "proof_bytes", "peak_rss_mb"}
		if strings.HasPrefix(r.Name, "throughput_") {
			keys = []string{"proofs_per_s", "p50_ms", "p99_ms", "peak_rss_mb", "verified_proofs"}
		}
		if r.Name == "lstm_co2_accuracy" {
			keys = []string{"float_accuracy", "quantized_accuracy", "persistence_accuracy", "logreg_accuracy", "peak_rss_mb"}
		}
		for _, k := range keys {
			if _, ok := r.Metrics[k]; !ok {
				t.Errorf("%s lacks %s", r.Name, k)
			}
		}
		t.Logf("%s %v", r.Name, r.Metrics)
	}
}
