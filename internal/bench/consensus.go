package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
)

// consensusGas is one ValidatorConsensus epoch's gas: the first commit, the first reveal (which adds
// every node to the epoch's list), the mean of the later reveals, and finalize; finalizeSteady is the
// next epoch's finalize, when the nodes' balances, consensus values and reputations already exist.
type consensusGas struct {
	commit, revealFirst, revealRest, finalize, finalizeSteady uint64
}

// runConsensusEpoch registers validators and nodes on a fresh suite, has every validator commit and
// reveal a full vector over all nodes, and finalizes the epoch.
func runConsensusEpoch(ctx context.Context, opts Options, validators, nodes int) (consensusGas, error) {
	var g consensusGas
	s, err := chain.NewSimulated(ctx, 1+validators+nodes, opts.Log)
	if err != nil {
		return g, err
	}
	defer s.Close()
	c, admin := s.Conn, s.Accounts[0]
	if _, err := c.DeploySuite(ctx, admin, chain.DeployParams{Gov: chain.DevGovParams()}); err != nil {
		return g, err
	}
	k, err := c.SuiteConsensus()
	if err != nil {
		return g, err
	}
	vals, ns := s.Accounts[1:1+validators], s.Accounts[1+validators:]
	for _, v := range vals {
		if _, err := c.Transfer(ctx, admin, v.Addr, chain.Tokens(100)); err != nil {
			return g, err
		}
		if _, err := c.Register(ctx, v, chain.NodeProfile{Roles: []cohort.Role{cohort.RoleValidator}, Endpoint: "http://127.0.0.1:1/v"}, chain.Tokens(100)); err != nil {
			return g, err
		}
	}
	vec := chain.Vector{}
	for j, n := range ns {
		if _, err := c.Register(ctx, n, chain.NodeProfile{Roles: []cohort.Role{cohort.RoleTrainer}, Endpoint: "http://127.0.0.1:1/n"}, nil); err != nil {
			return g, err
		}
		vec.Nodes = append(vec.Nodes, n.Addr)
		vec.Weights = append(vec.Weights, uint16(1000+37*j%9000))
	}
	if _, err := k.Fund(ctx, admin, chain.Tokens(1_000_000)); err != nil {
		return g, err
	}
	// The DAO sets the reward (the deployer holds its dev votes).
	set := chain.Proposal{Calls: []chain.Tx{k.SetParamsTx(100_000_000, 5_000, chain.Tokens(1000))}, Description: "bench: consensus reward"}
	if _, err := c.PassProposal(ctx, admin, set); err != nil {
		return g, err
	}
	st, err := k.Status(ctx)
	if err != nil {
		return g, err
	}
	// the suite was just deployed: epoch 0's commit phase is open
	for e := uint64(0); e < 2; e++ {
		eg, err := consensusEpoch(ctx, s, k, st, vals, vec, e)
		if err != nil {
			return g, err
		}
		if e == 0 {
			g = eg
		} else {
			g.finalizeSteady = eg.finalize
		}
	}
	return g, nil
}

// toPhase moves the simulated clock to the start of the next epoch (commit) or to the current epoch's
// reveal phase.
func toPhase(ctx context.Context, s *chain.Simulated, st chain.ConsensusStatus, commit bool) error {
	now, err := s.Conn.HeadTime(ctx)
	if err != nil {
		return err
	}
	l, cw := uint64(st.EpochLength), uint64(st.CommitWindow)
	off := (uint64(now.Unix()) - st.Start) % l
	d := l - off
	if !commit {
		if off >= cw {
			return nil
		}
		d = cw - off
	}
	return s.AdvanceTime(time.Duration(d) * time.Second)
}

// consensusEpoch commits and reveals every validator's vector in epoch e (in its commit phase) and
// finalizes it from the start of epoch e+1.
func consensusEpoch(ctx context.Context, s *chain.Simulated, k *chain.Consensus, st chain.ConsensusStatus, vals []*chain.Account, vec chain.Vector, e uint64) (consensusGas, error) {
	var g consensusGas
	var err error
	vecs := make([]chain.Vector, len(vals))
	for i, v := range vals {
		vecs[i] = vec
		vecs[i].Weights = append([]uint16(nil), vec.Weights...)
		vecs[i].Weights[(i+int(e))%len(vec.Nodes)] += uint16(i) // vectors differ a little, as measurements do
		if vecs[i].Salt, err = chain.NewSalt(); err != nil {
			return g, err
		}
		_, r, err := k.Commit(ctx, v, vecs[i])
		if err != nil {
			return g, fmt.Errorf("commit: %w", err)
		}
		if i == 0 {
			g.commit = r.GasUsed
		}
	}
	if err := toPhase(ctx, s, st, false); err != nil {
		return g, err
	}
	for i, v := range vals {
		r, err := k.Reveal(ctx, v, e, vecs[i])
		if err != nil {
			return g, fmt.Errorf("reveal: %w", err)
		}
		if i == 0 {
			g.revealFirst = r.GasUsed
		} else {
			g.revealRest += r.GasUsed
		}
	}
	if len(vals) > 1 {
		g.revealRest /= uint64(len(vals) - 1)
	}
	if err := toPhase(ctx, s, st, true); err != nil {
		return g, err
	}
	r, err := k.Finalize(ctx, vals[0], e)
	if err != nil {
		return g, fmt.Errorf("finalize: %w", err)
	}
	g.finalize = r.GasUsed
	return g, nil
}

// maxTxGas is the per-transaction gas cap (EIP-7825).
const maxTxGas = 16_777_216

// RunConsensus measures ValidatorConsensus's gas: commit, reveal and finalize for 16 and 64 scored
// nodes with 8 validators, and finalize at the bounds (64 nodes, 32 validators; skipped by Quick).
func RunConsensus(ctx context.Context, opts Options) ([]Result, error) {
	ResetPeakRSS()
	cases := []struct{ validators, nodes int }{{8, 16}, {8, 64}, {32, 64}}
	if opts.Quick {
		cases = cases[:2]
	}
	var out []Result
	for _, cs := range cases {
		g, err := runConsensusEpoch(ctx, opts, cs.validators, cs.nodes)
		if err != nil {
			return nil, fmt.Errorf("consensus epoch, %d validators, %d nodes: %w", cs.validators, cs.nodes, err)
		}
		out = append(out, Result{Name: fmt.Sprintf("consensus_epoch_%d_nodes_%d_validators", cs.nodes, cs.validators),
			Metrics: map[string]any{"gas": g.finalize, "finalize_gas": g.finalize, "finalize_gas_steady": g.finalizeSteady,
				"commit_gas": g.commit, "reveal_first_gas": g.revealFirst,
				"reveal_gas": g.revealRest, "meets_target": g.finalize < maxTxGas && g.revealFirst < maxTxGas, "peak_rss_mb": PeakRSSMB()},
			Target:  "finalize and reveal under the 16,777,216 per-transaction gas cap",
			Compare: "Bittensor runs Yuma consensus in its runtime, not the EVM; a commit is a 44k-gas commit-reveal reference"})
	}
	return out, nil
}
