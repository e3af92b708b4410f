package bench

import (
	"context"
	"fmt"

	"github.com/cohort-net/cohort/internal/chain"
)

// RunGov measures the DAO's steps on the simulated backend (mainnet-like config): ten holders stake
// and delegate, one proposes a market parameter change, all ten vote, then queue and execute. gov_vote
// reports the first vote and the mean of the ten (each voter's first vote on the proposal).
func RunGov(ctx context.Context, opts Options) ([]Result, error) {
	ResetPeakRSS()
	s, err := chain.NewSimulated(ctx, 12, opts.Log)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	c, admin := s.Conn, s.Accounts[0]
	g := chain.DevGovParams()
	if _, err := c.DeploySuite(ctx, admin, chain.DeployParams{Gov: g}); err != nil {
		return nil, err
	}
	voters := s.Accounts[1:11]
	for _, v := range voters {
		if _, err := c.Transfer(ctx, admin, v.Addr, chain.Tokens(1_000_000)); err != nil {
			return nil, err
		}
		if err := c.StakeVotes(ctx, v, chain.Tokens(1_000_000)); err != nil {
			return nil, err
		}
	}
	tx, err := c.SetParamAction(ctx, []string{"fee_bps=150"})
	if err != nil {
		return nil, err
	}
	p := chain.Proposal{Calls: []chain.Tx{tx}, Description: "bench: fee 1.5 %"}
	id, r, err := c.Propose(ctx, voters[0], p)
	if err != nil {
		return nil, err
	}
	proposeGas := r.GasUsed
	st, err := c.ProposalState(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := c.WaitChainTime(ctx, admin, st.Snapshot+1); err != nil {
		return nil, err
	}
	var first, sum, worst uint64
	for i, v := range voters {
		r, err := c.CastVote(ctx, v, id, chain.VoteFor)
		if err != nil {
			return nil, fmt.Errorf("vote %d: %w", i, err)
		}
		if i == 0 {
			first = r.GasUsed
		}
		sum += r.GasUsed
		worst = max(worst, r.GasUsed)
	}
	if err := c.WaitChainTime(ctx, admin, st.Deadline+1); err != nil {
		return nil, err
	}
	if r, err = c.QueueProposal(ctx, admin, p); err != nil {
		return nil, err
	}
	queueGas := r.GasUsed
	if st, err = c.ProposalState(ctx, id); err != nil {
		return nil, err
	}
	if err := c.WaitChainTime(ctx, admin, st.ETA); err != nil {
		return nil, err
	}
	if r, err = c.ExecuteProposal(ctx, admin, p); err != nil {
		return nil, err
	}
	rss := PeakRSSMB()
	mean := sum / uint64(len(voters))
	return []Result{
		{Name: "gov_propose", Compare: "one setParams call; the governor's callable-list check adds one storage read per call to OpenZeppelin's propose",
			Metrics: map[string]any{"gas": proposeGas, "peak_rss_mb": rss}},
		{Name: "gov_vote", Target: "<= 100,000 gas", Compare: "OpenZeppelin 5.7 Governor castVote (simple counting, timestamp clock) unchanged; an ERC-20 transfer 34.5-51.6k",
			Metrics: map[string]any{"gas": first, "gas_mean_10_voters": mean, "gas_max": worst, "meets_target": worst <= 100_000, "peak_rss_mb": rss}},
		{Name: "gov_queue", Compare: "schedules one call in the TimelockController",
			Metrics: map[string]any{"gas": queueGas, "peak_rss_mb": rss}},
		{Name: "gov_execute", Compare: "timelock execution of one market setParams (what a single admin key paid alone, plus the DAO's checks)",
			Metrics: map[string]any{"gas": r.GasUsed, "peak_rss_mb": rss}},
	}, nil
}
