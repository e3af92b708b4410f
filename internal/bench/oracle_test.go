package bench

import (
	"context"
	"testing"
)

func TestRunOracle(t *testing.T) {
	res, err := RunOracle(context.Background(), Options{Quick: true}, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 {
		t.Fatalf("%d results", len(res))
	}
	for _, r := range res {
		t.Logf("%s: %v", r.Name, r.Metrics)
		if g := r.Metrics["onchain_verify_gas"].(uint64); g == 0 || g > 400_000 {
			t.Errorf("%s: verify gas %d", r.Name, g)
		}
	}
	if g := res[0].Metrics["onchain_verify_gas"].(uint64); g > 300_000 {
		t.Errorf("no-commitment verify gas %d over the 300k target", g)
	}
}
