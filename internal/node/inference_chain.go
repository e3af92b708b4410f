package node

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
)

// Epochs of the inference devnet's ValidatorConsensus: short, so that one epoch fits a devnet run.
const (
	devnetEpoch  = 6 * time.Second
	devnetCommit = 3 * time.Second
)

// inferenceChain is an inference devnet's chain: the registry where miners and the validator are
// registered, and a ValidatorConsensus of short epochs through which the validator's weights become
// reputations (committed, revealed and finalized like any validator node's).
type inferenceChain struct {
	cr   *chainRun
	k    *chain.Consensus
	role *consensusRole
	pub  inferencePublisher
}

// openInferenceChain starts (or dials) the chain, deploys the suite with a short-epoch
// ValidatorConsensus, and registers and stakes the miners (role miner) and the validator (role validator).
func openInferenceChain(ctx context.Context, rpc string, modelID [32]byte, vkey *identity.Key, miners []*identity.Key, endpoints []string, log *slog.Logger) (*inferenceChain, error) {
	cr := &chainRun{log: log, url: rpc}
	var err error
	if rpc == "" {
		if cr.dev, err = chain.StartDevChain(chain.DevChainConfig{}, log); err != nil {
			return nil, fmt.Errorf("embedded chain: %w", err)
		}
		cr.url = cr.dev.URL()
	}
	// The suite's own ValidatorConsensus, with the devnet's short epochs: the DAO holds the registry's
	// admin role, so no later contract could be granted SCORER_ROLE without a proposal.
	p := chain.DevParams()
	p.EpochLength, p.CommitWindow = devnetEpoch, devnetCommit
	if cr.conn, _, err = chain.DeployDevParams(ctx, cr.url, p, log); err != nil {
		cr.close()
		return nil, fmt.Errorf("deploy the contract suite on %s: %w", cr.url, err)
	}
	admin := chain.NewAccount(identity.DevAccount(0))
	if _, err := CreateBundledSubnets(ctx, cr.conn, admin, modelID); err != nil {
		cr.close()
		return nil, err
	}
	register := func(k *identity.Key, role cohort.Role, endpoint string) error {
		acct := chain.NewAccount(k)
		if _, err := cr.conn.SendETH(ctx, admin, acct.Addr, chain.Tokens(1)); err != nil {
			return err
		}
		if _, err := cr.conn.Transfer(ctx, admin, acct.Addr, chain.Tokens(100)); err != nil {
			return err
		}
		prof := chain.NodeProfile{Roles: []cohort.Role{role}, Endpoint: endpoint, CPUCores: 2, MemoryMB: 2048, HourlyRate: chain.Tokens(1)}
		_, err := cr.conn.Register(ctx, acct, prof, chain.Tokens(100))
		return err
	}
	for i, k := range miners {
		if err := register(k, cohort.RoleMiner, endpoints[i]); err != nil {
			cr.close()
			return nil, fmt.Errorf("register miner %s: %w", k.ID(), err)
		}
	}
	if err := register(vkey, cohort.RoleValidator, endpoints[len(endpoints)-1]); err != nil {
		cr.close()
		return nil, fmt.Errorf("register the validator: %w", err)
	}
	k, err := cr.conn.SuiteConsensus()
	if err != nil {
		cr.close()
		return nil, fmt.Errorf("the devnet's validator consensus: %w", err)
	}
	m := newMeasurements()
	sys := &system{conn: cr.conn, acct: chain.NewAccount(vkey), log: log}
	return &inferenceChain{cr: cr, k: k, role: newConsensusRole(sys, m), pub: inferencePublisher{m}}, nil
}

// settle runs the validator's consensus role until an epoch it revealed in is finalized, so that its
// published weights are the miners' reputations. Before each step a zero-value transaction brings the
// chain's head to the present (a dev chain seals blocks only for transactions, and calls see the head's
// time, which every transaction moves on by at least a second).
func (ic *inferenceChain) settle(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 10*devnetEpoch)
	defer cancel()
	acct := ic.role.s.acct
	for {
		if _, err := ic.cr.conn.SendETH(ctx, acct, acct.Addr, new(big.Int)); err != nil {
			return err
		}
		if err := ic.role.step(ctx, ic.k); err != nil {
			// a transaction that lands just past its phase reverts; the next step retries
			ic.role.s.log.Debug("validator consensus step", "err", err)
		}
		ic.role.mu.Lock()
		var revealed []uint64
		for e, ok := range ic.role.revealed {
			if ok {
				revealed = append(revealed, e)
			}
		}
		ic.role.mu.Unlock()
		for _, e := range revealed {
			if rec, err := ic.k.Epoch(ctx, e); err == nil && rec.Finalized {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("validator consensus: no epoch finalized: %w", ctx.Err())
		case <-time.After(devnetEpoch / 8):
		}
	}
}

// reputations reads the miners' reputation back from the registry, in basis points.
func (ic *inferenceChain) reputations(ctx context.Context, miners []cohort.NodeID) (map[cohort.NodeID]uint16, error) {
	out := make(map[cohort.NodeID]uint16, len(miners))
	for _, m := range miners {
		n, err := ic.cr.conn.Node(ctx, chain.Addr(m))
		if err != nil {
			return nil, err
		}
		out[m] = n.Reputation
	}
	return out, nil
}
