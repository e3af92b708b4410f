package bench

import (
	"context"
	"testing"
)

func TestRunChainQuick(t *testing.T) {
	res, err := RunChain(context.Background(), Options{Quick: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"publish", "bid", "select", "commit_round", "attest", "settle_per_node", "withdraw", "full_task_10_nodes", "tx_latency_embedded_chain",
		"consensus_epoch_16_nodes_8_validators", "consensus_epoch_64_nodes_8_validators"}
	if len(res) != len(want) {
		t.Fatalf("%d results", len(res))
	}
	for i, r := range res {
		if r.Name != want[i] {
			t.Fatalf("result %d is %s, want %s", i, r.Name, want[i])
		}
		if r.Name == "tx_latency_embedded_chain" {
			continue
		}
		if g, ok := r.Metrics["gas"].(uint64); !ok || g == 0 {
			t.Fatalf("%s: gas %v", r.Name, r.Metrics["gas"])
		}
		if ok, has := r.Metrics["meets_target"]; has && ok != true {
			t.Errorf("%s misses its target: %v gas", r.Name, r.Metrics["gas"])
		}
	}
}
