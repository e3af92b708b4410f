package bench

import (
	"context"
	"testing"
)

func TestRunSecAggQuick(t *testing.T) {
	res, err := RunSecAgg(context.Background(), Options{Quick: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 {
		t.Fatalf("%d results", len(res))
	}
	for _, r := range res {
		if f, _ := r.Metrics["failure_log2"].(float64); f > -40 {
			t.Errorf("%s: failure bound 2^%v above 2^-40", r.Name, f)
		}
		for _, k := range []string{"clients", "dim", "neighbours", "threshold", "dropout", "client_ms", "server_ms",
			"bytes_per_client", "plain_bytes_per_client", "plain_round_ms", "secagg_round_ms", "peak_rss_mb",
			"k", "t", "failure_log2", "plain_signed_round_ms"} {
			if _, ok := r.Metrics[k]; !ok {
				t.Errorf("%s: metric %s missing", r.Name, k)
			}
		}
	}
}
