package trainer

import (
	"math/rand/v2"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
)

// privateTraining makes local training private as the task's spec (not the train request) says: DP-SGD's
// parameters come from the spec, so a coordinator cannot turn the noise down in a request, and its noise
// seed from this trainer's key (protocol.NoiseSeed), so nobody else can reproduce and subtract the noise.
//
// A task with a privacy budget trains no round beyond the last one the budget covers
// (protocol.TaskSpec.PrivacyRounds), whatever the coordinator asks: a coordinator that ignores the
// budget gets no further update from this trainer.
func (t *Trainer) privateTraining(cfg *fl.TrainConfig, spec *protocol.TaskSpec, round uint64) error {
	if spec.Privacy.Mode != "" {
		last, err := spec.PrivacyRounds()
		if err != nil {
			return err
		}
		if round > uint64(last) {
			return cohort.Errorf(cohort.EForbidden, "round %d is beyond the privacy budget (ε %v at δ %v covers %d rounds)", round, spec.Privacy.Epsilon, spec.Privacy.Delta, last)
		}
	}
	cfg.DP = spec.Train.DP
	if !cfg.DP.Enabled() {
		return nil
	}
	seed, err := protocol.NoiseSeed(t.cfg.Key, "dp-sgd", spec.ID, round)
	if err != nil {
		return err
	}
	cfg.NoiseSeed = seed
	return nil
}

// distributedNoise adds this trainer's share of client-level DP noise to its clipped update before it is
// masked (a task whose privacy noise is distributed): N(0, σ²C²/n_min) on every coordinate, with σ, C
// and n_min from the task's spec and the round's roster of n trainers (protocol.TaskSpec.DistributedNoise),
// never from the coordinator's request, and the draw seeded from this trainer's key
// (protocol.NoiseSeed), so neither the coordinator nor another trainer can subtract it. A retried
// session of the same round repeats the same draw.
func (t *Trainer) distributedNoise(spec *protocol.TaskSpec, round uint64, n int, delta []float64) error {
	if spec.Privacy.Noise != protocol.NoiseDistributed {
		return nil
	}
	std, _, err := spec.DistributedNoise(n)
	if err != nil {
		return err
	}
	seed, err := protocol.NoiseSeed(t.cfg.Key, "distributed", spec.ID, round)
	if err != nil {
		return err
	}
	fl.AddGaussian(delta, std, rand.New(rand.NewPCG(seed, round)))
	return nil
}
