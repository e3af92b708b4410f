package node

import (
	"context"
	"fmt"
	"log/slog"
	"math"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/validator"
)

// reputationPublisher publishes a validator's weights on chain as the miners' reputation in the
// NodeRegistry (basis points of the normalized weight), signed by the validator's own key, which holds
// the registry's SCORER_ROLE.
type reputationPublisher struct {
	conn   *chain.Conn
	scorer *chain.Account
	log    *slog.Logger
}

var _ validator.WeightPublisher = reputationPublisher{}

func (p reputationPublisher) PublishWeights(ctx context.Context, round uint64, ws []validator.Weight) error {
	for _, w := range ws {
		bps := uint16(math.Round(math.Min(math.Max(w.Value, 0), 1) * 10_000))
		if _, err := p.conn.SetReputation(ctx, p.scorer, chain.Addr(w.Miner), bps); err != nil {
			return fmt.Errorf("publish weight of %s: %w", w.Miner, err)
		}
	}
	p.log.Info("weights published on chain", "round", round, "miners", len(ws))
	return nil
}

// inferenceChain is an inference devnet's chain: the registry where miners and the validator are
// registered and where the validator's weights become reputations.
type inferenceChain struct {
	cr  *chainRun
	pub reputationPublisher
}

// openInferenceChain starts (or dials) the chain, deploys the suite, registers and stakes the miners
// (role miner) and the validator (role validator), and grants the validator the scorer role.
func openInferenceChain(ctx context.Context, rpc string, vkey *identity.Key, miners []*identity.Key, endpoints []string, log *slog.Logger) (*inferenceChain, error) {
	cr := &chainRun{log: log, url: rpc}
	var err error
	if rpc == "" {
		if cr.dev, err = chain.StartDevChain(chain.DevChainConfig{}, log); err != nil {
			return nil, fmt.Errorf("embedded chain: %w", err)
		}
		cr.url = cr.dev.URL()
	}
	if cr.conn, _, err = chain.DeployDev(ctx, cr.url, log); err != nil {
		cr.close()
		return nil, fmt.Errorf("deploy the contract suite on %s: %w", cr.url, err)
	}
	admin := chain.NewAccount(identity.DevAccount(0))
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
	scorer := chain.NewAccount(vkey)
	if _, err := cr.conn.GrantScorer(ctx, admin, scorer.Addr); err != nil {
		cr.close()
		return nil, err
	}
	return &inferenceChain{cr: cr, pub: reputationPublisher{conn: cr.conn, scorer: scorer, log: log}}, nil
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
