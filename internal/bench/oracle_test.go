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
	if len(res) != 4 || res[0].Name != "onchain_verify_gas" {
		t.Fatalf("%d results", len(res))
	}
	if g, m := res[0].Metrics["gas"].(uint64), res[0].Metrics["gas_max"].(uint64); g == 0 || m < g {
		t.Errorf("onchain_verify_gas: gas %d, gas_max %d", g, m)
	}
	res = res[1:]
	for _, r := range res {
		t.Logf("%s: %v", r.Name, r.Metrics)
		if g := r.Metrics["onchain_verify_gas"].(uint64); g == 0 || g > 400_000 {
			t.Errorf("%s: verify gas %d", r.Name, g)
		}
	}
	if g := res[0].Metrics["onchain_verify_gas"].(uint64); g > 300_000 {
		t.Errorf("no-commitment verify gas %d over the 300k target", g)
	}
	if g, c := res[0].Metrics["onchain_verify_gas"].(uint64), res[1].Metrics["onchain_verify_gas"].(uint64); g >= c {
		t.Errorf("default (binary) variant %d gas, not below the lookup variant's %d", g, c)
	}
}
