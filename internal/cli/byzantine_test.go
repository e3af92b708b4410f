package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/node"
)

// TestKrumFromCLIIsNotFedAvg: `--strategy krum` without --byzantine used to assume no attacker, keep
// every update and give FedAvg's model bit for bit. It now assumes 20 % of the participants (1 of 5)
// and drops one update a round, so the two models differ; --byzantine is checked against Krum's bound.
func TestKrumFromCLIIsNotFedAvg(t *testing.T) {
	run := func(args ...string) node.DevnetResult {
		t.Helper()
		rc, out, errs := cli(t, t.TempDir(), append([]string{"devnet", "--once", "--no-chain", "--nodes", "5", "--rounds", "2", "--seed", "3", "--json"}, args...)...)
		if rc != 0 {
			t.Fatalf("devnet %v: exit %d: %s", args, rc, errs)
		}
		var res node.DevnetResult
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		return res
	}
	fedavg, krum := run("--strategy", "fedavg"), run("--strategy", "krum")
	if krum.FederatedLogLoss == fedavg.FederatedLogLoss {
		t.Errorf("krum's model equals fedavg's (log loss %v): no update was dropped", krum.FederatedLogLoss)
	}
	for _, bad := range [][]string{
		{"--byzantine", "0.5"},
		{"--byzantine", "1.5"},
		{"--byzantine", "-1"},
		{"--strategy", "krum", "--byzantine", "2"}, // 5 < 2*2 + 3
	} {
		rc, _, errs := cli(t, t.TempDir(), append([]string{"devnet", "--once", "--no-chain", "--nodes", "5", "--rounds", "1"}, bad...)...)
		if rc != 2 || !strings.Contains(errs, "byzantine") && !strings.Contains(errs, "2f + 2") {
			t.Errorf("%v: exit %d, %s", bad, rc, errs)
		}
	}
}
