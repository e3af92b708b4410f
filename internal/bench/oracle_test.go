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
	if len(res) != 6 || res[0].Name != "onchain_verify_gas" {
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
	// The default circuits of the logistic model and the MLP, public and private weights: within 250k.
	for _, i := range []int{0, 2, 3} {
		if g := res[i].Metrics["onchain_verify_gas"].(uint64); g > 250_000 {
			t.Errorf("%s: verify gas %d over the 250k target", res[i].Name, g)
		}
	}
	if g, c := res[0].Metrics["onchain_verify_gas"].(uint64), res[1].Metrics["onchain_verify_gas"].(uint64); g >= c {
		t.Errorf("default (binary) variant %d gas, not below the lookup variant's %d", g, c)
	}
}
