package cli

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
)

// TestGovCommands drives a parameter change through `cohort gov` on the embedded chain: params,
// propose, a vote before the vote opens and a double vote (refused in words), vote, queue, execute,
// status; and a raw call to a function the DAO may not call is refused before signing.
func TestGovCommands(t *testing.T) {
	d, err := chain.StartDevChain(chain.DevChainConfig{Port: 0, Accounts: 20}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	p := chain.DevParams()
	p.Gov.VotingPeriod = 8 * time.Second // the test waits it out in real time
	c, s, err := chain.DeployDevParams(ctx, d.URL(), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	common := []string{"--rpc", d.URL(), "--home", t.TempDir()}
	run := func(args ...string) (int, string, string) {
		t.Helper()
		return runChainCLI(t, append(args, common...)...)
	}
	rc, out, errs := run("gov", "params", "--json")
	var params struct {
		Chain struct {
			Timelock          string `json:"timelock"`
			VotingPeriod      uint64 `json:"voting_period_s"`
			GuardianThreshold uint8  `json:"guardian_threshold"`
		} `json:"chain"`
	}
	if rc != 0 || json.Unmarshal([]byte(out), &params) != nil || !strings.EqualFold(params.Chain.Timelock, s.Timelock.Hex()) || params.Chain.VotingPeriod != 8 || params.Chain.GuardianThreshold != 2 {
		t.Fatalf("gov params: rc %d %q %s", rc, out, errs)
	}
	rc, _, errs = run("gov", "propose", "--target", s.Registry.Hex(), "--calldata", "0xdeadbeef", "--dev-key", "0")
	if rc == 0 || !strings.Contains(errs, "may not call") {
		t.Fatalf("raw call to an unknown function: rc %d: %s", rc, errs)
	}
	rc, out, errs = run("gov", "propose", "--set-param", "fee_bps=300", "--dev-key", "0", "--json")
	var prop struct {
		Proposal string `json:"proposal"`
		Status   struct {
			ID       *big.Int `json:"id"`
			Snapshot uint64   `json:"snapshot"`
			Deadline uint64   `json:"deadline"`
		} `json:"status"`
	}
	if rc != 0 || json.Unmarshal([]byte(out), &prop) != nil || prop.Proposal == "" {
		t.Fatalf("propose: rc %d %q %s", rc, out, errs)
	}
	voter := chain.NewAccount(identity.DevAccount(0))
	if err := c.WaitChainTime(ctx, voter, prop.Status.Snapshot+1); err != nil {
		t.Fatal(err)
	}
	if rc, _, errs = run("gov", "vote", prop.Proposal, "--support", "for", "--dev-key", "0"); rc != 0 {
		t.Fatalf("vote: rc %d: %s", rc, errs)
	}
	rc, _, errs = run("gov", "vote", prop.Proposal, "--support", "against", "--dev-key", "0")
	if rc == 0 || !strings.Contains(errs, "already voted") {
		t.Fatalf("double vote: rc %d: %s", rc, errs)
	}
	if err := c.WaitChainTime(ctx, voter, prop.Status.Deadline+1); err != nil {
		t.Fatal(err)
	}
	if rc, _, errs = run("gov", "queue", prop.Proposal, "--dev-key", "1"); rc != 0 {
		t.Fatalf("queue: rc %d: %s", rc, errs)
	}
	st, err := c.ProposalState(ctx, prop.Status.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.WaitChainTime(ctx, voter, st.ETA); err != nil {
		t.Fatal(err)
	}
	if rc, _, errs = run("gov", "execute", prop.Proposal, "--dev-key", "1"); rc != 0 {
		t.Fatalf("execute: rc %d: %s", rc, errs)
	}
	rc, out, _ = run("gov", "status", prop.Proposal, "--json")
	if rc != 0 || !strings.Contains(out, `"state": "executed"`) {
		t.Fatalf("status: rc %d %s", rc, out)
	}
	if mp, err := c.MarketParams(ctx); err != nil || mp.FeeBps != 300 {
		t.Fatalf("fee after the proposal: %+v %v", mp, err)
	}
}
