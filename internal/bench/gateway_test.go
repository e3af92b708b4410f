package bench

import (
	"context"
	"testing"
)

// TestRunGatewayQuick smoke-runs the gateway suite: entries in order, plain_logreg first, with the
// fields the checks read.
func TestRunGatewayQuick(t *testing.T) {
	res, err := RunGateway(context.Background(), GatewayOptions{Options: Options{Quick: true}, Seconds: 0.3, Clients: 4})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || res[0].Name != "plain_logreg" || res[1].Name != "plain_mlp" {
		t.Fatalf("entries %v", res)
	}
	for _, r := range res {
		for _, k := range []string{"requests_per_s", "p99_ms", "peak_rss_mb"} {
			if _, ok := r.Metrics[k]; !ok {
				t.Errorf("%s lacks %s", r.Name, k)
			}
		}
		if r.Metrics["requests"].(int) < 1 {
			t.Errorf("%s: no request", r.Name)
		}
	}
}
