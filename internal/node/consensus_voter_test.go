package node

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/validator"
)

// TestConsensusRoleCommitsRevealsFinalizes: two validator nodes' consensus roles commit what they
// measured (one from training attestations, one from inference scores), reveal it in the reveal phase,
// and finalize the epoch after it; the nodes' reputations in the registry then come from consensus.
func TestConsensusRoleCommitsRevealsFinalizes(t *testing.T) {
	ctx := context.Background()
	sim, err := chain.NewSimulated(ctx, 5, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	c, admin := sim.Conn, sim.Accounts[0]
	if _, err := c.DeploySuite(ctx, admin, chain.DeployParams{}); err != nil {
		t.Fatal(err)
	}
	k, err := c.SuiteConsensus()
	if err != nil {
		t.Fatal(err)
	}
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	var roles []*consensusRole
	for _, v := range sim.Accounts[1:3] {
		_, err := c.Transfer(ctx, admin, v.Addr, chain.Tokens(10))
		must("fund", err)
		_, err = c.Register(ctx, v, chain.NodeProfile{Roles: []cohort.Role{cohort.RoleValidator}, Endpoint: "http://127.0.0.1:1/v"}, chain.Tokens(10))
		must("register validator", err)
		s := &system{conn: c, acct: v, log: slog.New(slog.DiscardHandler)}
		roles = append(roles, newConsensusRole(s, newMeasurements()))
	}
	good, poor := sim.Accounts[3], sim.Accounts[4]
	_, err = c.Register(ctx, good, chain.NodeProfile{Roles: []cohort.Role{cohort.RoleTrainer}, Endpoint: "http://127.0.0.1:1/t"}, nil)
	must("register", err)
	_, err = c.Register(ctx, poor, chain.NodeProfile{Roles: []cohort.Role{cohort.RoleTrainer, cohort.RoleMiner}, Endpoint: "http://127.0.0.1:1/m"}, nil)
	must("register", err)
	roles[0].m.setQuality(cohort.NodeID(good.Addr), 0.9)
	roles[0].m.setQuality(cohort.NodeID(poor.Addr), 0.3)
	must("publish", inferencePublisher{roles[1].m}.PublishWeights(ctx, 1, []validator.Weight{
		{Miner: cohort.NodeID(good.Addr), Value: 0.8}, {Miner: cohort.NodeID(poor.Addr), Value: 0.2}}))

	st, err := k.Status(ctx)
	must("status", err)
	steps := func() {
		for _, r := range roles {
			must("step", r.step(ctx, k))
		}
	}
	steps() // commit phase of epoch 0
	must("advance", sim.AdvanceTime(time.Duration(st.CommitWindow)*time.Second))
	steps() // reveal
	rec, err := k.Epoch(ctx, 0)
	must("epoch", err)
	if len(rec.Validators) != 2 || len(rec.Nodes) != 2 {
		t.Fatalf("epoch 0: %d revealers, %d nodes", len(rec.Validators), len(rec.Nodes))
	}
	must("advance", sim.AdvanceTime(time.Duration(st.EpochLength)*time.Second))
	steps() // finalizes epoch 0 (the second role's finalize is refused, which is fine) and commits epoch 1
	rec, err = k.Epoch(ctx, 0)
	must("epoch", err)
	if !rec.Finalized {
		t.Fatal("epoch 0 not finalized")
	}
	g, err := c.Node(ctx, good.Addr)
	must("node", err)
	p, err := c.Node(ctx, poor.Addr)
	must("node", err)
	if g.Reputation != 10_000 || p.Reputation == 0 || p.Reputation >= g.Reputation {
		t.Fatalf("reputations good %d poor %d", g.Reputation, p.Reputation)
	}
}
