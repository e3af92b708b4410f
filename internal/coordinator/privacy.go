package coordinator

import (
	"fmt"
	"math/rand/v2"

	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
)

// setCentralNoise gives the round's aggregator its client-level DP noise source (a task in privacy
// mode client): a PCG seeded by protocol.NoiseSeed from the coordinator's key, secret to it and the same
// for the same round after a restart. Under distributed noise the trainers have added it before
// masking, and the aggregator adds none.
func (c *Coordinator) setCentralNoise(r uint64, strat fl.Strategy) error {
	if c.spec.Privacy.Mode != protocol.PrivacyClient {
		return nil
	}
	ag, ok := strat.(*fl.Aggregator)
	if !ok {
		return fmt.Errorf("round %d: client-level dp: strategy %T takes no noise source", r, strat)
	}
	if c.spec.Privacy.Noise == protocol.NoiseDistributed {
		ag.SetClientNoise()
		return nil
	}
	seed, err := protocol.NoiseSeed(c.cfg.Key, "central", c.spec.ID, r)
	if err != nil {
		return fmt.Errorf("round %d: %w", r, err)
	}
	ag.SetNoise(rand.New(rand.NewPCG(seed, r)))
	return nil
}

// recordPrivacy sets the ε spent once round r closes in its summary (tasks with a privacy budget).
func (c *Coordinator) recordPrivacy(r uint64, sum *protocol.RoundSummary) error {
	if c.spec.Privacy.Mode == "" {
		return nil
	}
	sp, err := c.spec.PrivacySpent(int(r))
	if err != nil {
		return fmt.Errorf("round %d: %w", r, err)
	}
	eps := sp.Epsilon
	sum.Epsilon = &eps
	return nil
}

// lastRound is the last round the task runs: its rounds, or fewer when its privacy budget runs out
// first (protocol.TaskSpec.PrivacyRounds).
func (c *Coordinator) lastRound() int { return c.privRounds }
